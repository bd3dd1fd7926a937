META = dict(genre="plan_midterm_evaluation", published="2013-08-20", area_code="330483", jurisdiction="桐乡市",
            what={"p1": "traditional-script mirror (pinyin junk after converted characters) of the 桐乡市 portal item on the city's 十二五 plan mid-term evaluation: title and body; mirror banner, 來源/時間 line and 免責聲明 excluded"})
TEXT = r"""
【新聞中心】熱點推薦 | 財經 | 房產 | 招聘信息免費發布
來源：桐鄉(xiāng)市人民政府網　時間：2013-08-20 15:46
⟪p1⟫桐鄉(xiāng)市“十二五”規(guī)劃綱要實施中期評(píng)估情況
⟨k=a y=2012 ps=- m=l core=1⟩
近日，市發(fā)改局完成了《桐鄉(xiāng)市國民經(jīng)濟和社會發(fā)展第十二個五年規(guī)劃綱要》實施中期評(píng)估工作。評(píng)估結(jié)果表明，《綱要》確定的28項主要指標中，已有⟦24項¦達到或超過進度要求的主要指標¦core=0¦count by evaluation status (data through 2012)⟧達到或超過時序進度要求，總體進展情況良好。
2012年，全市實現生產總值⟦588.6億¦生產總值¦u=亿元¦value_text stops at the pinyin junk (yì)⟧(yì)元，“十二五”前兩年年均增長⟦9.8%¦生產總值¦m=g ps=2011⟧；財政總收入⟦86.4億¦財政總收入¦u=亿元⟧(yì)元，年均增長⟦11.2%¦財政總收入¦m=g ps=2011⟧，其中地方財政收入⟦47.9億¦地方財政收入¦u=亿元⟧(yì)元。城鎮居民人均可支配收入⟦38620元¦城鎮居民人均可支配收入⟧、農村居民人均純收入⟦20540元¦農村居民人均純收入⟧，分別年均增長⟦11.6%¦城鎮居民人均可支配收入¦m=g ps=2011⟧和⟦12.9%¦農村居民人均純收入¦m=g ps=2011⟧，城鄉(xiāng)居民收入比縮小到⟦1.88¦城鄉居民收入比¦u=-⟧:1。城市化率達到⟦56.8%¦城市化率⟧，比2010年提高⟦3.6個¦城市化率¦m=c ps=2011 u=个百分点¦value_text stops at the pinyin junk (gè)⟧(gè)百分點(diǎn)。單位生產總值能耗兩年累計下降⟦8.2%¦單位生產總值能耗¦m=g ps=2011⟧，完成五年目標(biāo)的⟦45.6%¦單位生產總值能耗降低完成五年目標的比例¦ps=2011⟧。
評(píng)估同時指出，服務業(yè)增加值比重、研發(fā)經(jīng)費支出占生產總值比重等⟦4項¦進度滯後的指標¦core=0⟧指標進度滯後，其中服務業(yè)增加值比重為⟦38.5%¦服務業增加值比重⟧，距⟦42%¦服務業增加值比重¦k=t y=2015⟧的規(guī)劃目標還有一定差距。⟪/p1⟫
免責聲明：本站轉載的文章僅供參考，版權歸原作者所有。
"""
