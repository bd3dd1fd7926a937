META = dict(genre="work_report_news", published="2020-01-08", area_code="340822", jurisdiction="怀宁县",
            what={"p1": "news body of the mirror page from the headline to the last paragraph; mirror header, date/来源 line and 责任编辑 footer excluded"})
TEXT = r"""
首頁 > 新聞 > 地方 > 正文
2020-01-08 09:12:33  來源：懷寧新聞網(wǎng)  作者：
⟪p1⟫懷寧縣(xiàn)十七屆人大五次會(huì)議(yì)開幕
懷寧新聞網(wǎng)訊 1月7日上午，懷寧縣(xiàn)第十七屆人民代表大會(huì)第五次會(huì)議(yì)在縣(xiàn)文化中心隆重開幕。縣(xiàn)長(zhǎng)代表縣(xiàn)人民政府作政府工作報(bào)告。
⟨k=a y=2019⟩報(bào)告指出，2019年，全縣(xiàn)經(jīng)濟(jì)運(yùn)行穩(wěn)中有進(jìn)。預(yù)計(jì)實(shí)現(xiàn)地區(qū)生產(chǎn)總值⟦293.6億元¦地区生产总值¦¦预计 for the year just ended is actual⟧，增長(zhǎng)⟦7.8%¦地区生产总值¦m=g⟧；財(cái)政收入⟦24.5億元¦财政收入⟧，增長(zhǎng)⟦6.9%¦财政收入¦m=g⟧，其中地方收入⟦13.2億元¦地方财政收入⟧；規(guī)模以上工業(yè)增加值增長(zhǎng)⟦9.2%¦规模以上工业增加值¦m=g⟧；固定資產(chǎn)投資(zī)增長(zhǎng)⟦11.6%¦固定资产投资¦m=g⟧；社會(huì)消費(fèi)品零售總額⟦102.3億元¦社会消费品零售总额⟧，增長(zhǎng)⟦10.7%¦社会消费品零售总额¦m=g⟧；城鎮(zhèn)和農(nóng)村常住居民人均可支配收入分別達(dá)到⟦35482元¦城镇常住居民人均可支配收入⟧和⟦16930元¦农村常住居民人均可支配收入⟧，分別增長(zhǎng)⟦8.6%¦城镇常住居民人均可支配收入¦m=g⟧和⟦9.9%¦农村常住居民人均可支配收入¦m=g⟧。全年新增規(guī)上工業(yè)企業(yè)⟦36戶¦新增规上工业企业¦u=户 core=0⟧，新增城鎮(zhèn)就業(yè)⟦6280人¦新增城镇就业⟧，實(shí)現(xiàn)脫貧⟦1.23萬¦脱贫人口¦u=万人 core=0¦value_text stops at the pinyin junk; unit normalised to 万人⟧(wàn)人，縣(xiàn)城建成區(qū)面積擴(kuò)大到⟦32.6平方公里¦县城建成区面积¦core=0⟧。
⟨k=t y=2020⟩報(bào)告提出，2020年全縣(xiàn)經(jīng)濟(jì)社會(huì)發(fā)展主要預(yù)期目標(biāo)是：地區(qū)生產(chǎn)總值增長(zhǎng)⟦7.5%左右¦地区生产总值¦m=g⟧；財(cái)政收入增長(zhǎng)⟦6%¦财政收入¦m=g⟧；固定資產(chǎn)投資(zī)增長(zhǎng)⟦10%以上¦固定资产投资¦m=g⟧；社會(huì)消費(fèi)品零售總額增長(zhǎng)⟦10%¦社会消费品零售总额¦m=g⟧；城鄉(xiāng)居民人均可支配收入分別增長(zhǎng)⟦8%¦城镇常住居民人均可支配收入¦m=g⟧和⟦9%¦农村常住居民人均可支配收入¦m=g⟧；新增城鎮(zhèn)就業(yè)⟦5000人以上¦新增城镇就业⟧；城鎮(zhèn)登記(jì)失業(yè)率控制在⟦4.5%以內¦城镇登记失业率⟧(nèi)；單(dān)位GDP能耗下降⟦3%¦单位GDP能耗¦m=g¦decline in prose: negative⟧。今年計(jì)劃(huà)實(shí)施億元以上重點(diǎn)項(xiàng)目⟦108個¦实施亿元以上重点项目¦core=0¦亿元以上 is a category threshold⟧(gè)，完成投資(zī)⟦210億元¦重点项目完成投资¦core=0⟧。⟪/p1⟫
責(zé)任編輯：新聞網(wǎng)
"""
