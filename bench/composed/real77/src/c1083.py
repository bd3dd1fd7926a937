META = dict(genre="communique", published="2024-04-12", area_code="420981", jurisdiction="应城市",
            what={"p1": "traditional-script mirror of the communique from its title to the crawler's cut in section 二 (pinyin junk inside words and after 億/萬); mirror header and 發佈時間 line excluded"})
TEXT = r"""
應城市人民政府 繁體版
首頁 > 信息公開 > 統計數據
發佈時間：2024-04-12 10:08  來源：應城市統計局
⟪p1⟫應城市2023年國民經濟和社會發展統計公報
應城市統計局
一、綜合
⟨k=a y=2023 ps=- m=l core=1⟩經孝感市統計局統一核算，2023年全市完成地區生(shēng)產總值⟦412.36億¦地區生產總值¦u=亿元¦pinyin junk after 億: value_text stops at the junk, unit normalised (GOLD_SPEC)⟧(yì)元，按可比價格計算，比上年增長⟦6.1%¦地區生產總值¦m=g⟧，低於年初確定的⟦7%¦地區生產總值¦k=t m=g⟧預期目標。其中，第一產業增加值⟦52.02億¦第一產業增加值¦u=亿元¦pinyin junk after 億⟧(yì)元，增長⟦4.3%¦第一產業增加值¦m=g⟧；第二產業增加值⟦176.43億元¦第二產業增加值⟧，增長⟦6.8%¦第二產業增加值¦m=g⟧；第三產業增加值⟦183.91億元¦第三產業增加值⟧，增長⟦5.9%¦第三產業增加值¦m=g⟧。三次產業結構調整為⟦12.6¦第一產業比重¦u=%⟧:⟦42.8¦第二產業比重¦u=%⟧:⟦44.6¦第三產業比重¦u=%⟧。
年末全市常住人口⟦50.36萬¦年末常住人口¦u=万人¦pinyin junk after 萬⟧(wàn)人，比上年末減少⟦0.42萬人¦年末常住人口¦m=c⟧；常住人口城鎮(zhèn)化率⟦58.4%¦常住人口城鎮化率⟧，提高⟦0.9個百分點¦常住人口城鎮化率¦m=c⟧。按常住人口計算，人均地區生產總值⟦81826元¦人均地區生產總值⟧，增長⟦6.7%¦人均地區生產總值¦m=g⟧。
全年規(guī)模以上工業增加值比上年增長⟦8.2%¦規模以上工業增加值¦m=g⟧；固定資產投資增長⟦10.4%¦固定資產投資¦m=g⟧；社會消(xiāo)費品零售總額⟦187.45億¦社會消費品零售總額¦u=亿元¦pinyin junk after 億⟧(yì)元，增長⟦8.9%¦社會消費品零售總額¦m=g⟧。
二、農業
全年糧食總產量⟦38.7萬¦糧食總產量¦u=万吨 core=0¦pinyin junk after 萬⟧(wàn)噸，增長⟦1.8%¦糧食總產量¦m=g core=0⟧，連續三年穩定在⟦35萬噸以上¦糧食總產量¦core=0 q=連續三年穩定在35萬噸以上¦own output above a threshold: ge fact; 連續三年 is a streak⟧。其中，稻穀產量⟦27.3萬噸¦稻穀產量¦core=0⟧，增長⟦2.4%¦稻穀產量¦m=g core=0⟧。全年生豬出欄⟦46.2萬¦生豬出欄¦u=万头 core=0¦pinyin junk after 萬⟧(wàn)頭，下降⟦3.5%¦生豬出欄¦m=g core=0⟧；水產品產量⟦6.8萬噸¦水產品產量¦core=0⟧，增長⟦4.1%¦水產品產量¦m=g core=0⟧。新建高標(biāo)準農田⟦4.5萬畝¦新建高標準農田¦core=0⟧，完成孝感市下達任務的1⟪/p1⟫"""
