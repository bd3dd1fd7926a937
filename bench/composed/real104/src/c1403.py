META = dict(genre="communique", published="2022-04-12", area_code="620881", jurisdiction="华亭市",
            what={"p1": "mirrored communique text in traditional script with pinyin junk, title to end of section 三; mirror site header, 發布時間 line and 上一篇/下一篇 footer excluded"})
TEXT = r"""
統計公報網 > 甘肅 > 縣級公報 > 2021年
發(fā)布時(shí)間：2022-04-12　　瀏(liú)覽：
⟪p1⟫華亭市2021年國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)
華亭市統(tǒng)計(jì)局
⟨y=2021⟩一、綜(zōng)合
初步核算，全年全市實(shí)現(xiàn)地區(qū)生產(chǎn)總值⟦98.63億¦地區生產總值¦u=亿元¦pinyin junk after 億 cuts value_text; unit normalised to 亿元 (GOLD_SPEC)⟧(yì)元，按可比價(jià)格計(jì)算，比上年增長(zhǎng)⟦6.9%¦地區生產總值¦m=g⟧。其中，第一產(chǎn)業(yè)增加值⟦9.84億¦第一產業增加值¦u=亿元⟧(yì)元，增長(zhǎng)⟦8.2%¦第一產業增加值¦m=g⟧；第二產(chǎn)業(yè)增加值⟦51.27億¦第二產業增加值¦u=亿元⟧(yì)元，增長(zhǎng)⟦7.6%¦第二產業增加值¦m=g⟧；第三產(chǎn)業(yè)增加值⟦37.52億¦第三產業增加值¦u=亿元⟧(yì)元，增長(zhǎng)⟦5.8%¦第三產業增加值¦m=g⟧。人均地區(qū)生產(chǎn)總值⟦58210元¦人均地區生產總值⟧，增長(zhǎng)⟦7.3%¦人均地區生產總值¦m=g⟧。
年末全市常住人口⟦16.93萬¦年末常住人口¦u=万人⟧(wàn)人，常住人口城鎮(zhèn)化率⟦57.42%¦常住人口城鎮化率⟧，比上年末提高⟦1.05個¦常住人口城鎮化率¦m=c u=个百分点¦junk inside 個(gè)百分點; unit normalised⟧(gè)百分點(diǎn)。
二、工業(yè)
全年規(guī)模以上工業(yè)增加值比上年增長(zhǎng)⟦8.1%¦規模以上工業增加值¦m=g⟧。其中，煤炭開(kāi)采和洗選業(yè)增加值增長(zhǎng)⟦6.4%¦煤炭開採和洗選業增加值¦m=g core=0⟧，電力熱力生產(chǎn)和供應(yīng)業(yè)增加值增長(zhǎng)⟦12.7%¦電力熱力生產和供應業增加值¦m=g core=0⟧。全年原煤產(chǎn)量⟦1286.5萬¦原煤產量¦u=万吨 core=0⟧(wàn)噸，增長(zhǎng)⟦4.9%¦原煤產量¦m=g core=0⟧；發(fā)電量⟦52.3億¦發電量¦u=亿千瓦时 core=0⟧千瓦時(shí)，增長(zhǎng)⟦10.8%¦發電量¦m=g core=0⟧。
三、固定資(zī)產(chǎn)投資(zī)
全年固定資(zī)產(chǎn)投資(zī)比上年增長(zhǎng)⟦11.5%¦固定資產投資¦m=g⟧。其中，工業(yè)投資(zī)增長(zhǎng)⟦18.3%¦工業投資¦m=g core=0⟧，基礎(chǔ)設(shè)施投資(zī)下降⟦4.2%¦基礎設施投資¦m=g core=0⟧。全年社會(huì)消費(fèi)品零售總額⟦21.46億¦社會消費品零售總額¦u=亿元⟧(yì)元，增長(zhǎng)⟦13.2%¦社會消費品零售總額¦m=g⟧。⟪/p1⟫
上一篇：崇信縣2021年統計公報　下一篇：靈臺縣2021年統計公報
"""
