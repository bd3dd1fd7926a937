META = dict(genre="work_report_news", published="2019-01-21", area_code="150981", jurisdiction="丰镇市",
            wrap=True,
            what={"p1": "article text layer from the headline to the end of the story; e-paper masthead, 版次 line and 上一篇/下一篇 navigation excluded"})
TEXT = r"""
乌兰察布日报 2019年01月21日 星期一
第03版：旗县新闻    上一版  下一版
⟪p1⟫丰镇市十七届人大三次会议开幕
本报讯（记者 高娜）1月19日，丰镇市第
十七届人民代表大会第三次会议开幕。市长代
表市人民政府作政府工作报告。
报告显示，⟨k=a y=2018 ps=- m=l core=1⟩2018年全市实现地区生产总值
⟦112.6亿元¦地区生产总值⟧，增长⟦5.3%¦地区生产总值¦m=g⟧；规模以上工
业增加值增长⟦6.8%¦规模以上工业增加值¦m=g⟧；固定资产投资下降⟦1
8.5%¦固定资产投资¦m=g¦hard line wrap of the e-paper text layer inside the figure; value_text keeps it as printed⟧；社会消费品零售总额⟦38.4亿元¦社会消费品零售总额⟧
，增长⟦6.1%¦社会消费品零售总额¦m=g⟧；一般公共预算收入⟦8.92
亿元¦一般公共预算收入¦¦hard line wrap of the e-paper text layer inside the figure; value_text keeps it as printed⟧，增长⟦12.7%¦一般公共预算收入¦m=g⟧；城镇、农村常住居民
人均可支配收入分别达到⟦32460元¦城镇常住居民人均可支配收入⟧和⟦12
380元¦农村常住居民人均可支配收入¦¦hard line wrap of the e-paper text layer inside the figure; value_text keeps it as printed⟧，分别增长⟦6.9%¦城镇常住居民人均可支配收入¦m=g⟧和⟦9.6%¦农村常住居民人均可支配收入¦m=g⟧。全
年新增城镇就业⟦3120人¦新增城镇就业⟧，城镇登记失业率
⟦3.6%¦城镇登记失业率⟧。三次产业结构调整为⟦14.2¦三次产业结构（第一产业）¦u=%¦ratio, one fact per number, unit %⟧∶⟦4
1.6¦三次产业结构（第二产业）¦u=%¦hard line wrap of the e-paper text layer inside the figure; value_text keeps it as printed⟧∶⟦44.2¦三次产业结构（第三产业）¦u=%⟧，服务业占比首次超过第二
产业。全年接待游客⟦186万人次¦接待游客¦core=0⟧，实现旅游
收入⟦15.8亿元¦旅游收入¦core=0⟧。
报告提出，⟨k=t y=2019⟩2019年全市经济社会发展的主
要预期目标是：地区生产总值增长⟦6%左右¦地区生产总值¦m=g⟧，
固定资产投资增长⟦10%¦固定资产投资¦m=g⟧，社会消费品零售总
额增长⟦7%¦社会消费品零售总额¦m=g⟧，一般公共预算收入增长⟦5%¦一般公共预算收入¦m=g⟧，城
乡常住居民人均可支配收入分别增长⟦7%¦城镇常住居民人均可支配收入¦m=g⟧和⟦9
%¦农村常住居民人均可支配收入¦m=g¦hard line wrap of the e-paper text layer inside the figure; value_text keeps it as printed⟧，新增城镇就业⟦3000人以上¦新增城镇就业⟧，城镇登记
失业率控制在⟦4%以内¦城镇登记失业率⟧。
会议期间，代表们将审议政府工作报告、国民
经济和社会发展计划报告和财政预算报告等。⟪/p1⟫
本版责编：刘慧  校对：王蕾
上一篇：察右前旗召开人代会    下一篇：兴和县部署春耕备耕
"""
