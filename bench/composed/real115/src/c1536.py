META = dict(genre="work_report_news", published="2020-01-09", area_code="370124", jurisdiction="平阴县", wrap=True,
            what={"p1": "article body on the e-paper page from the headline to the last column line; paper masthead, 版次 line and 上一篇/下一篇 navigation excluded"})
TEXT = r"""
济南日报　2020年01月09日　第A07版：县区新闻
上一篇　　下一篇
⟪p1⟫平阴县十八届人大四次会议开幕
⟨k=t y=2020⟩政府工作报告提出2020年
地区生产总值增长⟦7%左右¦地区生产总值¦m=g q=地区生产总值增长7%左右¦headline repeats the target (title rule)⟧
⟨k=a y=2019⟩本报讯（记者 孙
晓东）1月8日，平阴县第
十八届人民代表大会第四
次会议开幕。县长代表县
政府作工作报告。
报告显示，2019年全县
实现地区生产总值⟦31
6.8亿元¦地区生产总值¦¦figure broken by a narrow-column wrap; value_text keeps the line break⟧，增长⟦6.
2%¦地区生产总值¦m=g¦figure broken by a narrow-column wrap; value joined across the line break⟧；一般公共预算
收入⟦17.46亿元¦一般公共预算收入⟧，增长⟦8.
3%¦一般公共预算收入¦m=g¦figure broken by a narrow-column wrap; value joined across the line break⟧；规模以上工业增加
值增长⟦7.5%¦规模以上工业增加值¦m=g⟧，固定资产投资
增长⟦9.1%¦固定资产投资¦m=g⟧，社会消费品零
售总额⟦96.4亿元¦社会消费品零售总额⟧、增长⟦7.
8%¦社会消费品零售总额¦m=g¦figure broken by a narrow-column wrap; value joined across the line break⟧。城镇、农村居民人均
可支配收入分别达到⟦35
612元¦城镇居民人均可支配收入¦¦figure broken by a narrow-column wrap; value joined across the line break⟧和⟦17285元¦农村居民人均可支配收入⟧，分别增
长⟦7.6%¦城镇居民人均可支配收入¦m=g⟧和⟦8.4%¦农村居民人均可支配收入¦m=g⟧。全年新增
城镇就业⟦4126人¦城镇新增就业⟧，完成
重点项目⟦64个¦重点项目¦core=0⟧，新增
高新技术企业⟦11家¦新增高新技术企业¦core=0⟧。PM2.5平
均浓度⟦5
1微克/立方米¦PM2.5平均浓度¦¦figure broken by a narrow-column wrap; value joined across the line break⟧，下降⟦8.9%¦PM2.5平均浓度¦m=g⟧，
空气质量优良天数⟦216天¦空气质量优良天数¦u=天⟧。
⟨k=t y=2020⟩报告提出，2020年全县
经济社会发展的主要预期
目标是：地区生产总值增
长⟦7%左右¦地区生产总值¦m=g⟧；一般公共预算
收入增长⟦7%¦一般公共预算收入¦m=g⟧；规模以上
工业增加值增长⟦8%¦规模以上工业增加值¦m=g⟧；固定
资产投资增长⟦10%¦固定资产投资¦m=g⟧；社会消
费品零售总额增长⟦8%¦社会消费品零售总额¦m=g⟧；城
乡居民人均可支配收入分
别增长⟦7.5%¦城镇居民人均可支配收入¦m=g⟧和⟦8.5%¦农村居民人均可支配收入¦m=g⟧；城镇
新增就业⟦4000人以上¦城镇新增就业⟧；完
成市下达的节能减排任务。
今年全县计划实施重点项
目⟦70个¦重点项目¦core=0⟧，总投资⟦2
86亿元¦重点项目总投资¦core=0¦figure broken by a narrow-column wrap; value joined across the line break⟧，年度计划投资⟦93亿元¦重点项目年度计划投资¦core=0⟧，其中新开
工项目⟦38个¦新开工重点项目¦core=0⟧。⟪/p1⟫
本版责编：刘丽　美编：王岩
"""
