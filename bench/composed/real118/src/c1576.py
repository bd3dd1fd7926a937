META = dict(genre="plan_outline", published="2021-05-20", area_code="150621", jurisdiction="达拉特旗",
            what={"p1": "traditional-script mirror text of the 主要目标 section from its title to the 生态 paragraph; mirror URL line and footer excluded"})
TEXT = r"""
www.dlt-mirror.com.cn/art/2021/5/20/art_1031_88213.html
⟪p1⟫達(dá)拉特旗國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展第十四個(gè)五年規(guī)劃綱要（2021年）
二、“十四五”時(shí)期主要目標(biāo)
⟨k=t y=2025 ps=- m=l core=1⟩綜合實(shí)力邁上新臺(tái)階。地區(qū)生產(chǎn)總值年均增長(zhǎng)⟦6%左右¦地区生产总值¦m=g ps=2021⟧，由2020年的⟦548億¦地区生产总值¦k=a y=2020 u=亿元¦junk (yì) splits 億元: value_text stops at the junk, unit normalised⟧(yì)元增加到⟦735億¦地区生产总值¦u=亿元⟧(yì)元；規(guī)模以上工業(yè)增加值年均增長(zhǎng)⟦7%¦规模以上工业增加值¦m=g ps=2021⟧；固定資(zī)產(chǎn)投資(zī)年均增長(zhǎng)⟦8%¦固定资产投资¦m=g ps=2021⟧；一般公共預(yù)算收入達(dá)到⟦60億¦一般公共预算收入¦u=亿元⟧(yì)元；研發(fā)經(jīng)費(fèi)投入強(qiáng)度達(dá)到⟦1.2%¦研发经费投入强度⟧。
產(chǎn)業(yè)結(jié)構(gòu)持續(xù)優(yōu)化。煤炭就地轉(zhuǎn)化率達(dá)到⟦60%¦煤炭就地转化率¦core=0⟧，新能源裝(zhuāng)機(jī)規(guī)模達(dá)到⟦500萬(wàn)¦新能源装机规模¦u=万千瓦 core=0¦junk (wàn) splits 萬千瓦: value_text stops at the junk⟧(wàn)千瓦，糧(liáng)食產(chǎn)量穩(wěn)定在⟦15億¦粮食产量¦u=亿斤¦junk (yì) splits 億斤⟧(yì)斤以上。
人民生活水平持續(xù)提高。城鎮(zhèn)常住居民人均可支配收入達(dá)到⟦6.2萬(wàn)¦城镇常住居民人均可支配收入¦u=万元⟧(wàn)元，農(nóng)村牧區(qū)常住居民人均可支配收入達(dá)到⟦2.9萬(wàn)¦农村牧区常住居民人均可支配收入¦u=万元⟧(wàn)元，年均分別(bié)增長(zhǎng)⟦6%¦城镇常住居民人均可支配收入¦m=g ps=2021⟧和⟦7.5%¦农村牧区常住居民人均可支配收入¦m=g ps=2021⟧；五年城鎮(zhèn)新增就業(yè)⟦1.5萬(wàn)¦城镇新增就业¦ps=2021 u=万人⟧(wàn)人，常住人口城鎮(zhèn)化率達(dá)到⟦75%¦常住人口城镇化率⟧。
生態(tài)環(huán)境明顯(xiǎn)改善。森林覆蓋(gài)率達(dá)到⟦28%¦森林覆盖率⟧，草原植被蓋(gài)度達(dá)到⟦48%¦草原植被盖度⟧，空氣(qì)質(zhì)量優(yōu)良天數(shù)比率保持在⟦90%¦空气质量优良天数比率¦c=ge⟧以上，庫(kù)布其沙漠治理面積(jī)累計(jì)新增⟦[120萬(wàn)¦库布其沙漠治理面积新增¦m=c ps=2021 u=万亩 core=0¦cumulative bracket; the junk falls inside the bracket, so value_text stops at 萬⟧(wàn)畝(mǔ)]。⟪/p1⟫
本站為(wèi)鏡(jìng)像站點(diǎn)，內(nèi)容以原網(wǎng)站為(wèi)準(zhǔn)
"""
