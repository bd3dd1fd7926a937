META = dict(genre="plan_outline", published="2021-03-30", area_code="610600", jurisdiction="延安市",
            what={"p1": "mirrored 主要目标 text from the title to the end of the last goal; mirror-site banner and 添加時間 line excluded"})
TEXT = r"""
首頁 > 新聞資訊 > 行業(yè)動態(tài)
添加時間：2021-3-30  瀏覽次數(shù)：
⟪p1⟫延安市國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展第十四個(gè)五年規(guī)劃和二〇三五年遠(yuǎn)景目標(biāo)綱要（2021年）
第二節(jié) “十四五”時(shí)期主要目標(biāo)
⟨k=t y=2025 ps=2021 m=g core=1⟩——經(jīng)濟(jì)發(fā)展取得新成效。地區(qū)生產(chǎn)總值年均增長(zhǎng)⟦6.5%¦地區生產總值¦c=approx⟧左右，到2025年達(dá)到⟦2400億¦地區生產總值¦m=l ps=- u=亿元 c=approx¦value_text stops at the pinyin junk inside 億元 (GOLD_SPEC); unit normalised to 亿元⟧(yì)元左右；規(guī)模以上工業(yè)增加值年均增長(zhǎng)⟦6%¦規模以上工業增加值⟧，固定資(zī)產(chǎn)投資(zī)年均增長(zhǎng)⟦8%¦固定資產投資⟧，社會(huì)消費(fèi)品零售總額年均增長(zhǎng)⟦7%¦社會消費品零售總額⟧。
——改革開(kāi)放邁出新步伐。進(jìn)出口總額達(dá)(dá)到⟦60億¦進出口總額¦m=l ps=- u=亿元⟧(yì)元，實(shí)際利用外資年均增長(zhǎng)⟦10%¦實際利用外資⟧。
——民生福祉達(dá)到新水平。城鄉(xiāng)居民人均可支配收入年均分別增長(zhǎng)⟦6.5%¦城鎮居民人均可支配收入⟧和⟦8%¦農村居民人均可支配收入⟧，城鎮新增就業(yè)五年累計(jì)⟦11萬¦城鎮新增就業¦m=l u=万人 c=ge¦value_text stops at the pinyin junk inside 萬人⟧(wàn)人以上，城鎮調(diào)查失業(yè)率控制在⟦5.5%¦城鎮調查失業率¦m=l ps=- c=le⟧以內(nèi)，常住人口城鎮化率達(dá)到⟦68%¦常住人口城鎮化率¦m=l ps=-⟧，人均預(yù)期壽命達(dá)到⟦78.5歲¦人均預期壽命¦m=l ps=-⟧。
——生態(tài)文明建設(shè)實(shí)現(xiàn)新進(jìn)步。森林覆蓋率達(dá)(dá)到⟦48%¦森林覆蓋率¦m=l ps=-⟧，中心城區(qū)空氣質(zhì)量優(yōu)良天數(shù)比例達(dá)到⟦86%¦中心城區空氣質量優良天數比例¦m=l ps=-⟧，單(dān)位地區(qū)生產(chǎn)總值能耗和二氧化碳排放完成省下達(dá)任務(wù)。
⟨k=a y=2020 ps=- m=l⟩2020年全市地區(qū)生產(chǎn)總值⟦1750億¦地區生產總值¦u=亿元¦value_text stops at the pinyin junk⟧(yì)元，常住人口城鎮化率⟦64.3%¦常住人口城鎮化率⟧，森林覆蓋率⟦46.3%¦森林覆蓋率⟧，城鎮、農(nóng)村居民人均可支配收入分別為(wèi)⟦37420元¦城鎮居民人均可支配收入⟧和⟦13260元¦農村居民人均可支配收入⟧。⟪/p1⟫
本文僅代表作者觀點(diǎn)，不代表本站立場(chǎng)。
"""
