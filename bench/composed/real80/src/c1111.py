META = dict(genre="plan_midterm_evaluation", published="2013-11-12", area_code="610000", jurisdiction="陕西省",
            what={"p1": "headline and subheadline (traditional mirror, pinyin junk kept)", "p2": "story body from 本報訊 to the byte cut; 新聞熱線 line, breadcrumb and date/source line excluded"})
TEXT = r"""
新聞熱線：029-86521234　廣告熱線：029-86521235　投稿郵箱：
當前位置：首頁 > 陝西要聞 > 經(jīng)濟
⟪p1⟫⟨k=a y=2012 ps=- m=l core=1⟩陝西"十二五"規(guī)劃中期評估出爐 生產總值年均增長⟦12.7%¦生產總值¦m=g ps=2011⟧
24項主要指標中⟦19項¦達到或超過預期進度的指標¦core=0 y=2013¦status count dated to the year of the evaluation, as in dev gold d301/d306⟧達到或超過預(yù)期進(jìn)度⟪/p1⟫
2013年11月12日 08:41　來源：三秦都市網(wǎng)　編輯：

⟪p2⟫本報訊 省發(fā)展改革委日前完成了全省"十二五"規(guī)劃綱要實施中期評估。評估顯示，《綱要》實施兩年多來，全省經(jīng)濟保持較快增長，主要目標任務(wù)進(jìn)展總體順利。
生產總值年均增長⟦12.7%¦生產總值¦m=g ps=2011⟧
2011年、2012年全省生產總值分別達到⟦12175億¦生產總值¦y=2011 u=亿元¦pinyin junk (yì) between 億 and 元: value_text stops at the junk, unit normalised⟧(yì)元和⟦14206億元¦生產總值⟧，兩年年均增長⟦12.7%¦生產總值¦m=g ps=2011⟧，高於規(guī)劃確定的年均增長⟦12%¦生產總值¦k=t m=g y=2015 ps=2011⟧的目標⟦0.7個百分點¦生產總值年均增速高於規劃目標¦m=c ps=2011 core=0⟧。今年前三季度，全省生產總值增長⟦11.1%¦生產總值¦m=g y=2013¦2013 Q1-3, part-year actual⟧。人均生產總值達到⟦37910元¦人均生產總值⟧，比2010年增加⟦1.1萬¦人均生產總值¦m=c ps=2011 u=万元⟧(wàn)元。
⟦19項¦達到或超過預期進度的指標¦core=0 y=2013¦status count dated to the year of the evaluation, as in dev gold d301/d306⟧指標達到或超過預(yù)期進(jìn)度
在24項主要指標中，城鎮化率、城鄉居民收入等⟦7項¦提前完成或接近完成五年目標的指標¦core=0 y=2013¦status count dated to the year of the evaluation, as in dev gold d301/d306⟧指標已提前完成或接近完成五年目標，⟦12項¦符合進度要求的指標¦core=0 y=2013¦status count dated to the year of the evaluation, as in dev gold d301/d306⟧符合進(jìn)度要求，⟦5項¦進度滯後的指標¦core=0 y=2013¦status count dated to the year of the evaluation, as in dev gold d301/d306⟧進(jìn)度滯(zhì)後。2012年全省常住人口城鎮化率達到⟦50.38%¦常住人口城鎮化率⟧，比2010年提高⟦4.46個百分點¦常住人口城鎮化率¦m=c ps=2011⟧，提前實現規(guī)劃目標。城鎮居民人均可支配收入、農民人均純收入分別達到⟦20518元¦城鎮居民人均可支配收入⟧和⟦5826元¦農民人均純收入⟧，兩年年均分別增長⟦13.9%¦城鎮居民人均可支配收入¦m=g ps=2011⟧和⟦16.4%¦農民人均純收入¦m=g ps=2011⟧。
節能減排壓力仍然較大
單位生產總值能耗兩年累計下降⟦6.1%¦單位生產總值能耗¦m=g ps=2011⟧，僅完成五年目標的⟦38.1%¦單位生產總值能耗降低完成五年目標比例¦core=0 ps=2011⟧，進(jìn)度滯後於時序要求；化學需氧量、氨氮排放量分別下降⟦3.2%¦化學需氧量排放量¦m=g ps=2011⟧和2.⟪/p2⟫
"""
