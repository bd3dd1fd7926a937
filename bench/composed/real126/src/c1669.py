META = dict(genre="communique", published="2019-04-12", area_code="620725", jurisdiction="山丹县",
            what={"p1": "2018 county statistical communiqué on a traditional-script mirror with pinyin junk inside words: intro and 一 綜合 with the GDP table (| 指 標 | 絕對數(萬元) | 比上年增長(%) |); title with junk and 發布時間 line excluded"})
TEXT = r"""
山丹縣2018年國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)
發布時間:2019-04-12 09:15 來源:山丹縣統(tǒng)計(jì)局
⟪p1⟫⟨k=a y=2018 ps=- m=l core=1⟩2018年,全縣上下在縣委縣政府的正確領(lǐng)導(dǎo)下,堅(jiān)持穩(wěn)中求進(jìn)工作總基調(diào),經(jīng)濟(jì)運(yùn)行總體平穩(wěn)、穩(wěn)中有進(jìn)。
一、綜合
年末全縣戶籍人口⟦19.8萬人¦戶籍人口⟧,比上年減少⟦0.1萬人¦戶籍人口¦m=c⟧;常住人口⟦18.6萬¦常住人口¦u=万人¦value_text stops at the pinyin junk (wàn); unit normalised to 万人⟧(wàn)人,比上年減少⟦0.2萬人¦常住人口¦m=c⟧。全年人口出生率⟦9.6‰¦人口出生率¦core=0⟧,死亡率⟦6.4‰¦人口死亡率¦core=0⟧,自然增長(zhǎng)率⟦3.2‰¦人口自然增長率¦core=0⟧。
初步核算,2018年全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值⟦56.82億元¦地區生產總值⟧,按可比價(jià)格計(jì)算,增長(zhǎng)⟦6.3%¦地區生產總值¦m=g⟧。分產(chǎn)業(yè)看,第一產(chǎn)業(yè)增加值⟦16.45億元¦第一產業增加值¦core=0⟧,增長(zhǎng)⟦5.6%¦第一產業增加值¦m=g core=0⟧;第二產(chǎn)業(yè)增加值⟦12.35億¦第二產業增加值¦u=亿元 core=0¦value_text stops at the pinyin junk (yì)⟧(yì)元,增長(zhǎng)⟦4.2%¦第二產業增加值¦m=g core=0⟧;第三產(chǎn)業(yè)增加值⟦28.02億元¦第三產業增加值¦core=0⟧,增長(zhǎng)⟦7.8%¦第三產業增加值¦m=g core=0⟧。三次產(chǎn)業(yè)結(jié)構(gòu)為⟦29.0¦三次產業結構(第一產業)¦u=% core=0⟧:⟦21.7¦三次產業結構(第二產業)¦u=% core=0⟧:⟦49.3¦三次產業結構(第三產業)¦u=% core=0⟧,第三產(chǎn)業(yè)比重比上年提高⟦1.4個百分點¦第三產業比重¦m=c core=0⟧。按照年均常住人口計(jì)算,人均生產(chǎn)總值⟦30466元¦人均地區生產總值⟧,比上年增加⟦2145元¦人均地區生產總值¦m=c⟧。
2018年全縣生產(chǎn)總值及其增長(zhǎng)速度
| 指 標(biāo) | 絕對數(shù)(萬(wàn)元) | 比上年增長(zhǎng)(%) |
| 生產(chǎn)總值 | ⟦568200¦地區生產總值¦u=万元 qf=生產(chǎn)總值~|⟧ | ⟦6.3¦地區生產總值¦m=g u=% qf=生產(chǎn)總值~|⟧ |
| 其中:第一產(chǎn)業(yè) | ⟦164500¦第一產業增加值¦u=万元 core=0 qf=第一產(chǎn)業(yè)~|⟧ | ⟦5.6¦第一產業增加值¦m=g u=% core=0 qf=第一產(chǎn)業(yè)~|⟧ |
| 第二產(chǎn)業(yè) | ⟦123500¦第二產業增加值¦u=万元 core=0 qf=第二產(chǎn)業(yè)~|⟧ | ⟦4.2¦第二產業增加值¦m=g u=% core=0 qf=第二產(chǎn)業(yè)~|⟧ |
| 第三產(chǎn)業(yè) | ⟦280200¦第三產業增加值¦u=万元 core=0 qf=第三產(chǎn)業(yè)~|⟧ | ⟦7.8¦第三產業增加值¦m=g u=% core=0 qf=第三產(chǎn)業(yè)~|⟧ |
| 其中:工 業(yè) | ⟦71800¦工業增加值¦u=万元 core=0 qf=工~業(yè)~|⟧ | ⟦3.1¦工業增加值¦m=g u=% core=0 qf=工~業(yè)~|⟧ |⟪/p1⟫
"""
