META = dict(genre="communique", published="2022-04-08", area_code="430481", jurisdiction="耒阳市", wrap=False,
            what={"p1": "traditional-script spam mirror of the 2021 county-level city communiqué with pinyin junk after characters: preamble, 一 綜合, 二 農業 up to the cut; spam keyword banner, title (no figure), 來源 line and 免責聲明 excluded"})
TEXT = r"""
国产精品久久久久久,亚洲一区二区三区,免费观看在线视频,精品人妻无码专区

耒陽(yáng)市2021年國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)

2022-04-08 11:26:40 來(lái)源:衡陽(yáng)新聞網(wǎng)

⟪p1⟫2021年,全市上下堅(jiān)持以習(xí)近平新時(shí)代中國(guó)特色社會(huì)主義思想為指導(dǎo),統(tǒng)籌推進(jìn)疫情防控和經(jīng)濟(jì)社會(huì)發(fā)展,全市經(jīng)濟(jì)穩(wěn)中加固、穩(wěn)中提質(zhì),實(shí)現(xiàn)“十四五”良好開局。
一、綜合
⟨k=a m=l y=2021 ps=- core=0⟩
初步核算,全年實(shí)現(xiàn)地區(qū)生產(chǎn)總值⟦496.82億¦地區生產總值¦u=亿元 core=1 notes=value_text stops at the pinyin junk (億(yì)元); unit normalised to 亿元⟧(yì)元,比上年增長(zhǎng)⟦8.1%¦地區生產總值¦m=g core=1⟧。其中,第一產(chǎn)業(yè)增加值⟦68.35億¦第一產業增加值¦u=亿元⟧(yì)元,增長(zhǎng)⟦8.6%¦第一產業增加值¦m=g⟧;第二產(chǎn)業(yè)增加值⟦176.94億¦第二產業增加值¦u=亿元⟧(yì)元,增長(zhǎng)⟦9.0%¦第二產業增加值¦m=g⟧;第三產(chǎn)業(yè)增加值⟦251.53億¦第三產業增加值¦u=亿元⟧(yì)元,增長(zhǎng)⟦7.3%¦第三產業增加值¦m=g⟧。三次產(chǎn)業(yè)結(jié)構(gòu)為⟦13.8¦三次產業結構（第一產業）¦u=%⟧:⟦35.6¦三次產業結構（第二產業）¦u=%⟧:⟦50.6¦三次產業結構（第三產業）¦u=%⟧。按常住人口計(jì)算,人均地區(qū)生產(chǎn)總值⟦43016元¦人均地區生產總值¦core=1⟧,增長(zhǎng)⟦8.9%¦人均地區生產總值¦m=g core=1⟧。

年末全市常住人口⟦115.42萬¦年末常住人口¦u=万人 core=1 notes=value_text stops at the pinyin junk (萬(wàn)人); unit normalised to 万人⟧(wàn)人,常住人口城鎮(zhèn)化率⟦52.37%¦常住人口城鎮化率¦core=1⟧,比上年提高⟦1.46個¦常住人口城鎮化率¦m=c u=个百分点 core=1 notes=value_text stops at the pinyin junk; unit 個(gè)百分點 normalised⟧(gè)百分點(diǎn)。全年城鎮(zhèn)新增就業(yè)⟦7358人¦城鎮新增就業¦core=1⟧;城鎮(zhèn)調(diào)查失業(yè)率⟦5.2%¦城鎮調查失業率¦core=1⟧。

全年地方一般公共預(yù)算收入⟦21.76億¦地方一般公共預算收入¦u=亿元 core=1⟧(yì)元,增長(zhǎng)⟦10.4%¦地方一般公共預算收入¦m=g core=1⟧,其中稅收收入⟦14.09億¦稅收收入¦u=亿元⟧(yì)元,占比⟦64.8%¦稅收收入占地方一般公共預算收入比重⟧。一般公共預(yù)算支出⟦78.63億¦一般公共預算支出¦u=亿元⟧(yì)元,下降⟦2.7%¦一般公共預算支出¦m=g⟧。

二、農(nóng)業(yè)

全年農(nóng)林牧漁業(yè)總產(chǎn)值⟦118.57億¦農林牧漁業總產值¦u=亿元⟧(yì)元,增長(zhǎng)⟦8.9%¦農林牧漁業總產值¦m=g⟧。糧食播種面積⟦101.3萬¦糧食播種面積¦u=万亩⟧(wàn)畝,糧食總產(chǎn)量⟦44.26萬¦糧食總產量¦u=万吨⟧(wàn)噸,增長(zhǎng)⟦0.9%¦糧食總產量¦m=g⟧。生豬出欄⟦112.6萬¦生豬出欄¦u=万头⟧(wàn)頭,增長(zhǎng)⟦31.5%¦生豬出欄¦m=g⟧;年末生豬存欄⟦68.9萬¦年末生豬存欄¦u=万头⟧(wàn)頭,下降⟦4.2%¦年末生豬存欄¦m=g⟧。⟪/p1⟫

免責(zé)聲明:本文轉(zhuǎn)載自網(wǎng)絡(luò),不代表本站觀點(diǎn),如有侵權(quán)請(qǐng)聯(lián)系刪除。
"""
