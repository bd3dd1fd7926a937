META = dict(genre="work_report_news", published="2021-01-25", area_code="621025", jurisdiction="正宁县",
            what={"p1": "mirrored news text from the headline to 縣人大常委會 sentence; mirror header, 繁體/简体 toggle, time line and disclaimer footer excluded"})
TEXT = r"""
資訊中心 | 繁體 | 简体
時(shí)間：2021-01-25 16:02:37  瀏覽：
⟪p1⟫正寧縣十八屆人大六次會(huì)議開(kāi)幕
1月24日，正寧縣第十八屆人民代表大會(huì)第六次會(huì)議在縣會(huì)議中心隆重開(kāi)幕??h長(zhǎng)代表縣人民政府作政府工作報(bào)告。
報(bào)告指出，2020年是極不平凡的一年。⟨k=a y=2020 ps=- m=l core=1⟩全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值⟦45.8億¦地區生產總值¦u=亿元¦junk after 億: value_text stops before (yì), unit normalised (GOLD_SPEC)⟧(yì)元，增長(zhǎng)⟦3.9%¦地區生產總值¦m=g⟧；規(guī)模以上工業(yè)增加值增長(zhǎng)⟦5.2%¦規模以上工業增加值¦m=g⟧；固定資產(chǎn)投資增長(zhǎng)⟦7.6%¦固定資產投資¦m=g⟧；社會(huì)消費(fèi)品零售總額⟦15.3億¦社會消費品零售總額¦u=亿元⟧(yì)元，下降⟦2.8%¦社會消費品零售總額¦m=g⟧；一般公共預(yù)算收入⟦2.16億¦一般公共預算收入¦u=亿元⟧(yì)元，增長(zhǎng)⟦4.1%¦一般公共預算收入¦m=g⟧；城鎮(zhèn)、農(nóng)村居民人均可支配收入分別達(dá)到⟦31240元¦城鎮居民人均可支配收入⟧、⟦10280元¦農村居民人均可支配收入⟧，分別增長(zhǎng)⟦4.3%¦城鎮居民人均可支配收入¦m=g⟧、⟦7.4%¦農村居民人均可支配收入¦m=g⟧。“十三五”期間累計減貧⟦2.36萬¦減貧人口¦y=2020 ps=2016 u=万人 core=0⟧(wàn)人，⟦48個¦退出貧困村¦y=2020 ps=2016 core=0¦villages exited during 十三五, a period flow like 累計減貧⟧貧困村全部退出，絕對(duì)貧困和區(qū)域性整體貧困問(wèn)題得到歷史性解決。
報(bào)告提出，⟨k=t y=2021⟩2021年全縣經(jīng)濟(jì)社會(huì)發(fā)展的主要預(yù)期目標(biāo)是：地區(qū)生產(chǎn)總值增長(zhǎng)⟦7%左右¦地區生產總值¦m=g⟧，固定資產(chǎn)投資增長(zhǎng)⟦8%¦固定資產投資¦m=g⟧，社會(huì)消費(fèi)品零售總額增長(zhǎng)⟦10%¦社會消費品零售總額¦m=g⟧，一般公共預(yù)算收入增長(zhǎng)⟦5%¦一般公共預算收入¦m=g⟧，城鄉(xiāng)居民人均可支配收入分別增長(zhǎng)⟦7%¦城鎮居民人均可支配收入¦m=g⟧和⟦9%¦農村居民人均可支配收入¦m=g⟧，糧食總產(chǎn)量穩(wěn)定在⟦16萬¦糧食總產量¦u=万吨 c=ge core=0¦以上 follows the junk and the unit; comparator ge set by hand⟧(wàn)噸以上。
會(huì)議還聽(tīng)取審議了縣人大常委會(huì)、縣人民法院、縣人民檢察院工作報(bào)告。⟪/p1⟫
免責(zé)聲明：本站轉(zhuǎn)載內(nèi)容僅供參考，版權(quán)歸原作者所有。
"""
