META = dict(genre="communique", published="2024-04-12", area_code="431226", jurisdiction="麻阳苗族自治县",
            what={"p1": "2023 county statistical communiqué, traditional-script mirror with pinyin in parentheses after many characters: 綜合, 農林牧漁業, 工業和建筑業, 固定資產投資; mirror title/date line excluded; cut off at 商品房銷(xiāo)…, left outside"})
TEXT = r"""
麻陽(yáng)苗族自治縣2023年國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)
發(fā)布時(shí)間:2024-04-12 10:36 信息來(lái)源:麻陽(yáng)苗族自治縣統(tǒng)計(jì)局
⟪p1⟫⟨k=a y=2023 m=l core=0⟩2023年是全面貫徹黨的二十大精神的開(kāi)局之年。在縣委、縣政府的堅(jiān)強(qiáng)領(lǐng)導(dǎo)下,全縣上下堅(jiān)持穩(wěn)中求進(jìn)工作總基調(diào),圍繞“長(zhǎng)壽之鄉(xiāng)、冰糖橙之鄉(xiāng)”建設(shè),扎實(shí)推進(jìn)產(chǎn)業(yè)發(fā)展和項(xiàng)目建設(shè),全年經(jīng)濟(jì)保持恢復(fù)向好態(tài)勢(shì)。
一、綜合
初步測(cè)算,全年完成地區(qū)生產(chǎn)總值(GDP)⟦93.58億¦地區生產總值¦u=亿元 core=1¦value_text stops at the pinyin junk (yì)⟧(yì)元,比上年同期增長(zhǎng)⟦5.4%¦地區生產總值¦m=g core=1⟧。其中:第一產(chǎn)業(yè)實(shí)現(xiàn)增加值⟦19.74億元¦第一產業增加值⟧,增長(zhǎng)⟦3.9%¦第一產業增加值¦m=g⟧;第二產(chǎn)業(yè)實(shí)現(xiàn)增加值⟦21.36億元¦第二產業增加值⟧,增長(zhǎng)⟦6.1%¦第二產業增加值¦m=g⟧;第三產(chǎn)業(yè)實(shí)現(xiàn)增加值⟦52.48億元¦第三產業增加值⟧,增長(zhǎng)⟦5.7%¦第三產業增加值¦m=g⟧。產(chǎn)業(yè)結(jié)構(gòu)構(gòu)成由上年的⟦21.83%¦產業結構構成(第一產業)¦y=2022¦上年 = 2022⟧、⟦23.47%¦產業結構構成(第二產業)¦y=2022⟧和⟦54.70%¦產業結構構成(第三產業)¦y=2022⟧調(diào)整為⟦21.09%¦產業結構構成(第一產業)⟧、⟦22.83%¦產業結構構成(第二產業)⟧和⟦56.08%¦產業結構構成(第三產業)⟧。全縣人均GDP為⟦27316.5元¦人均GDP¦core=1⟧,同比增長(zhǎng)⟦6.02%¦人均GDP¦m=g core=1⟧。
二、農(nóng)林牧漁業(yè)
2023年全年實(shí)現(xiàn)農(nóng)林牧漁業(yè)總產(chǎn)值⟦34.62億元¦農林牧漁業總產值⟧,同比增長(zhǎng)⟦4.1%¦農林牧漁業總產值¦m=g⟧。其中:農(nóng)業(yè)產(chǎn)值⟦21.85億元¦農業產值⟧,同比增長(zhǎng)⟦5.0%¦農業產值¦m=g⟧;林業(yè)產(chǎn)值⟦2.17億元¦林業產值⟧,同比增長(zhǎng)⟦7.8%¦林業產值¦m=g⟧;畜牧業(yè)產(chǎn)值⟦8.93億元¦畜牧業產值⟧,同比增長(zhǎng)⟦1.6%¦畜牧業產值¦m=g⟧;漁業(yè)產(chǎn)值⟦0.79億元¦漁業產值⟧,同比下降⟦2.3%¦漁業產值¦m=g⟧。
全縣糧食播種面積⟦31.62萬¦糧食播種面積¦u=万亩¦value_text stops at the pinyin junk (wàn); unit 萬…畝 normalised to 万亩⟧(wàn)畝,產(chǎn)量⟦12.04萬¦糧食產量¦u=万吨¦value_text stops at the pinyin junk (wàn)⟧(wàn)噸(dūn),同比增長(zhǎng)⟦1.3%¦糧食產量¦m=g⟧;柑橘種植面積⟦25.9萬畝¦柑橘種植面積⟧,產(chǎn)量⟦41.27萬噸¦柑橘產量⟧,增長(zhǎng)⟦8.6%¦柑橘產量¦m=g⟧。全年生豬出欄⟦28.46萬¦生豬出欄¦u=万头¦value_text stops at the pinyin junk (wàn)⟧(wàn)頭(tóu),同比下降⟦3.2%¦生豬出欄¦m=g⟧;年末生豬存欄⟦17.93萬頭¦年末生豬存欄⟧。
三、工業(yè)和建筑業(yè)
全年規(guī)模以上工業(yè)增加值同比增長(zhǎng)⟦7.2%¦規模以上工業增加值¦m=g core=1⟧,高于全市平均⟦0.9個(gè)¦規模以上工業增加值增速高于全市平均¦m=c u=个百分点¦value_text stops at the pinyin junk (gè); gap to the prefecture average belongs to the county⟧(gè)百分點(diǎn)。年末全縣規(guī)模以上工業(yè)企業(yè)⟦63家¦規模以上工業企業⟧,比上年增加⟦5家¦規模以上工業企業¦m=c⟧。全縣資質(zhì)以上建筑業(yè)總產(chǎn)值⟦11.48億元¦資質以上建筑業總產值⟧,同比增長(zhǎng)⟦4.4%¦資質以上建筑業總產值¦m=g⟧。
四、固定資(zī)產(chǎn)投資
全年固定資產(chǎn)投資同比增長(zhǎng)⟦8.7%¦固定資產投資¦m=g core=1⟧。其中:產(chǎn)業(yè)投資增長(zhǎng)⟦15.3%¦產業投資¦m=g⟧,占全部投資的⟦46.2%¦產業投資占全部投資比重⟧;民間投資下降⟦4.6%¦民間投資¦m=g⟧;房地產(chǎn)開(kāi)發(fā)投資⟦5.62億元¦房地產開發投資⟧,同比下降⟦18.4%¦房地產開發投資¦m=g⟧。⟪/p1⟫商品房銷(xiāo)
"""
