META = dict(genre="plan_outline", published="2021-05-08", area_code="441300", jurisdiction="惠州市",
            what={"p0": "原標題 line", "p1": "traditional-script mirror of the 主要目标 passage of the city outline, with pinyin junk after some characters (規(guī)劃, 萬(wàn)); spam banner, mirror date line and 本文鏈接/聲明 footer excluded"})
TEXT = r"""
免費小說閱讀網,最新電影在線觀看,熱門手游下載排行,今日油價查詢
發布時間：2021-05-08 11:26:47 來源：sp20210508
⟪p0⟫原標題：惠州“十四五”規(guī)劃綱要明確主要目標⟪/p0⟫
⟪p1⟫惠州市國民經濟和社會發(fā)展第十四個五年規(guī)劃和二〇三五年遠景目標綱要提出，錨定二〇三五年遠景目標，綜合考慮發(fā)展基礎和條件，“十四五”時期全市經濟社會發(fā)展要努力實現以下主要目標。

綜合實力實現新跨越。⟨k=t y=2025 ps=- m=l core=1⟩地區生產總值年均增長⟦7%左右¦地區生產總值¦m=g ps=2021⟧，在2020年⟦4221.8億元¦地區生產總值¦k=a y=2020⟧的基礎上，到2025年達到⟦6000億¦地區生產總值¦u=亿元 c=approx q=到2025年達到6000億(yì)元左右¦value_text stops at the pinyin junk between 億 and 元 (GOLD_SPEC 萬(wàn)人 rule); 左右 after the junk still sets approx⟧(yì)元左右；規模以上工業增加值年均增長⟦8%¦規模以上工業增加值¦m=g ps=2021⟧，一般公共預算收入突破⟦500億¦一般公共預算收入¦u=亿元 q=一般公共預算收入突破500億(yì)元¦value_text stops at the pinyin junk (GOLD_SPEC 萬(wàn)人 rule); unit normalised to 亿元⟧(yì)元，石化產業規模突破⟦1萬¦石化產業規模¦u=万亿元 core=0 q=石化產業規模突破1萬(wàn)億元¦value_text stops at the junk; 1萬(wàn)億元 -> 1 万亿元⟧(wàn)億元，“2+1”現(xiàn)代產業集群基本形成。

創(chuàng)新能力取得新突破。研發經費投入強度達到⟦3%¦研發經費投入強度⟧，高新技術企業數量達到⟦3000家¦高新技術企業數量¦core=0⟧，每萬人口高價值發明專利擁有量達到⟦8件¦每萬人口高價值發明專利擁有量¦core=0⟧。

城鄉區(qū)域發(fā)展更加協(xié)調。常住人口城鎮化率達到⟦76%¦常住人口城鎮化率⟧，中心城區常住人口突破⟦200萬人¦中心城區常住人口⟧。

生態環境保持全省領先。細顆粒物（PM2.5）年均濃度控制在⟦20微克/立方米以內¦細顆粒物(PM2.5)年均濃度⟧，空氣質量優良天數比例保持在⟦95%以上¦空氣質量優良天數比例⟧，森林覆蓋率穩定在⟦61%¦森林覆蓋率⟧。

民生福祉達到新水平。居民人均可支配收入年均增長⟦7%以上¦居民人均可支配收入¦m=g ps=2021⟧，城鎮調查失業率控制在⟦5.5%以內¦城鎮調查失業率⟧，人均預期壽命達到⟦80歲¦人均預期壽命¦core=0⟧，每千人口擁有3歲以下嬰幼兒托位數達到⟦4.5個¦每千人口擁有3歲以下嬰幼兒托位數¦core=0⟧。⟪/p1⟫

本文鏈接：http://www.hzxw-mirror.com/news/2021/0508/61827.html
聲明：本站內容均來自互聯網，如有侵權請聯繫刪除。
"""
