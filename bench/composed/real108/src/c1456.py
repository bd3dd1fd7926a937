META = dict(genre="plan_implementation_report", published="2024-08-29", area_code="130433", jurisdiction="馆陶县",
            what={"p1": "mirrored news body from the first sentence to the closing sentence; mirror's 發布時間/訪問次數 line and footer excluded"})
TEXT = r"""
發(fā)布時(shí)間:2024-08-29 16:02:11 訪問(wèn)次數(shù): 作者: 信息來(lái)源:
⟪p1⟫8月28日，館陶縣第十八屆人大常委會(huì)召開第十九次會(huì)議，縣人大常委會(huì)主任主持會(huì)議，常委會(huì)組成人員出席。會(huì)議聽取和審議了縣人民政府關於2024年上半年國民經濟和社會發展計劃執行情況的報告。
⟨k=a y=2024 ps=- m=l core=1⟩
報告顯示，上半年全縣地區生產總值完成⟦68.4億元¦上半年地區生產總值¦¦traditional-script mirror; indicator names given in simplified form would also be acceptable⟧，同比增長⟦5.6%¦上半年地區生產總值¦m=g⟧，增速居全市第⟦3位¦上半年地區生產總值增速全市排名¦core=0⟧；規模以上工業增加值增長⟦7.9%¦上半年規模以上工業增加值¦m=g⟧；固定資產投資增長⟦4.3%¦上半年固定資產投資¦m=g⟧，完成年計劃的⟦47.2%¦固定資產投資完成年計劃比例¦core=0⟧；社會消費品零售總額⟦29.6億元¦上半年社會消費品零售總額⟧，增長⟦6.2%¦上半年社會消費品零售總額¦m=g⟧；一般公共預算收入⟦3.42億元¦上半年一般公共預算收入⟧，增長⟦8.5%¦上半年一般公共預算收入¦m=g⟧，完成預算的⟦55.1%¦一般公共預算收入完成預算比例¦core=0⟧；城鎮、農村居民人均可支配收入分別為⟦16240元¦上半年城鎮居民人均可支配收入⟧和⟦8935元¦上半年農村居民人均可支配收入⟧，分別增長⟦4.9%¦上半年城鎮居民人均可支配收入¦m=g⟧和⟦6.8%¦上半年農村居民人均可支配收入¦m=g⟧。城鎮新增就業(yè)⟦1.1萬¦上半年城鎮新增就業¦u=万人¦junk pinyin after 萬 in the mirror: value_text stops at the junk, unit normalised to 万人 by GOLD_SPEC⟧(wàn)人。
外貿進出口總額完成⟦5.86億元¦上半年外貿進出口總額⟧，增長⟦12.4%¦上半年外貿進出口總額¦m=g⟧；夏糧總產量⟦21.3萬噸¦夏糧總產量¦core=0⟧，比上年增加⟦0.6萬噸¦夏糧總產量¦m=c core=0 ps=2024¦比上年增加: change against 2023, period_start = base year + 1⟧；城鎮調查失業率保持在⟦5.2%左右¦城鎮調查失業率⟧的較低水平；新登記市場主體⟦2140戶¦新登記市場主體¦u=户 core=0⟧，同比增長⟦9.7%¦新登記市場主體¦m=g core=0⟧。
⟨core=0⟩
重點項目方面，全縣⟦42個¦省市縣重點項目¦⟧省市縣重點項目完成投資⟦36.8億元¦省市縣重點項目完成投資⟧，其中億元以上項目⟦27個¦億元以上重點項目¦¦億元以上 is a category threshold, not a fact; the count is⟧。
會(huì)議認為，上半年計劃執行總體良好，但工業增長後勁不足、投資結構有待優化。會(huì)議要求，縣政府要緊盯全年地區生產總值增長⟦6%¦地區生產總值¦k=t m=g core=1⟧、固定資產投資增長⟦8%¦固定資產投資¦k=t m=g core=1⟧的年度目標，抓好下半年工作，確保全年計劃圓滿完成。⟪/p1⟫
"""
