META = dict(genre="communique", published="2026-04-09", area_code="430681", jurisdiction="汨罗市",
            what={"p1": "traditional-script mirror (with pinyin junk after some characters) of the 2025 county-level-city statistical communiqué: 國內貿易, 交通郵電 and 旅遊 sections; spam banner, 原標題 and 本文鏈接/聲明 footer excluded; cut off before 金融"})
TEXT = r"""
【最新】网赚平台 日结 高佣金 点击进入>>> | 今日头条 | 热门推荐
原標題：汨羅市2025年國民經濟和社會發展統計公報（節選）
發布時間：2026-04-09 來源：網絡轉載 閱讀：1826
⟪p1⟫……
五、國內貿易
⟨k=a y=2025 ps=- m=l core=0⟩全年社會消費品零售總額⟦238.47億元¦社會消費品零售總額¦core=1⟧，比上年增長⟦5.8%¦社會消費品零售總額¦m=g core=1⟧。按經營地分，城鎮消費品零售額⟦196.3億¦城鎮消費品零售額¦u=亿元¦value_text stops at the pinyin junk (yì); unit normalised to 亿元⟧(yì)元，增長⟦5.5%¦城鎮消費品零售額¦m=g⟧；鄉村消費品零售額⟦42.17億元¦鄉村消費品零售額⟧，增長⟦7.2%¦鄉村消費品零售額¦m=g⟧。按消費類型分，商品零售額⟦209.85億元¦商品零售額⟧，增長⟦5.3%¦商品零售額¦m=g⟧；餐飲收入⟦28.62億元¦餐飲收入⟧，增長⟦9.4%¦餐飲收入¦m=g⟧。全年再生資源回收交易額⟦512.6億元¦再生資源回收交易額⟧，增長⟦6.7%¦再生資源回收交易額¦m=g⟧。
六、交通郵電
年末全市公路通車里程⟦3218.5公里¦公路通車里程⟧，其中高速公路⟦86.4公里¦高速公路通車里程⟧。全年公路貨運量⟦2136萬¦公路貨運量¦u=万吨¦value_text stops at the pinyin junk; unit normalised to 万吨⟧(wàn)噸，增長⟦4.1%¦公路貨運量¦m=g⟧；公路旅客運輸量⟦186.2萬人次¦公路旅客運輸量¦u=万人次⟧，下降⟦3.7%¦公路旅客運輸量¦m=g⟧。年末民用汽車保有量⟦16.85萬¦民用汽車保有量¦u=万辆¦value_text stops at the pinyin junk before 輛⟧(wàn)輛，增長⟦6.2%¦民用汽車保有量¦m=g⟧，其中私人汽車⟦15.38萬輛¦私人汽車保有量¦u=万辆⟧。
全年郵政業務總量⟦3.46億元¦郵政業務總量⟧，增長⟦12.8%¦郵政業務總量¦m=g⟧；快遞業務量⟦3862.5萬件¦快遞業務量¦u=万件⟧，增長⟦18.3%¦快遞業務量¦m=g⟧。電信業務總量⟦9.72億元¦電信業務總量⟧，增長⟦8.5%¦電信業務總量¦m=g⟧。年末固定互聯網寬帶接入用戶⟦19.64萬戶¦固定互聯網寬帶接入用戶¦u=万户⟧，移動電話用戶⟦61.2萬¦移動電話用戶¦u=万户¦value_text stops at the pinyin junk before 戶⟧(wàn)戶，5G用戶⟦34.8萬戶¦5G用戶¦u=万户¦5G is part of the name, not a fact⟧。
七、旅遊
全年接待國內遊客⟦842.3萬人次¦接待國內遊客¦u=万人次⟧，增長⟦10.6%¦接待國內遊客¦m=g⟧；實現旅遊總收入⟦76.4億元¦旅遊總收入⟧，增長⟦12.1%¦旅遊總收入¦m=g⟧。年末全市有A級旅遊景區⟦14個¦A級旅遊景區¦u=个⟧，其中4A級景區⟦3個¦4A級旅遊景區¦u=个¦4A names the grade, not a fact⟧。⟪/p1⟫
本文鏈接：http://www.xxrmw-mirror.net/tjgb/2026/0409/61735.html
聲明：本站部分內容來源於網絡，如有侵權請聯繫刪除。
"""
