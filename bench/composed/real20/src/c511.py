META = dict(genre="sector_plan", published="2021-10-12", area_code="430000", jurisdiction="湖南省",
            what={"p0": "headline repeating the Changsha PM2.5 target", "p1": "mirror of a news report on the province's 十四五 生态环境保护规划: province targets and the city/prefecture targets it assigns, with subheads repeating figures; spam banner, breadcrumb, date/source line and 责编/版权 footer excluded"})
TEXT = r"""
亚洲精品综合一区二区|国产日韩欧美精品视频|久久久久久精品免费看
環境資訊 > 地方動態 >
⟪p0⟫湖南“十四五”生态环境保护规划印发 长沙PM2.5浓度目标降至⟦38微克/立方米¦细颗粒物平均浓度¦k=t y=2025 j=长沙市 core=1¦headline repeating the Changsha target⟧⟪/p0⟫
发布日期: 2021-10-12 09:16:40 来源: 湖南日报

⟪p1⟫湖南日报10月11日讯（记者 周雪）记者今天从省生态环境厅获悉，《湖南省“十四五”生态环境保护规划》近日印发，明确了“十四五”时期全省和各市州生态环境质量改善目标。
⟨k=a m=l y=2020 ps=- core=1⟩
“十三五”期间，全省生态环境质量明显改善。2020年，全省地级城市细颗粒物（PM2.5）平均浓度为⟦41微克/立方米¦地级城市细颗粒物平均浓度⟧，比2015年下降⟦24.1%¦地级城市细颗粒物平均浓度¦m=g ps=2016⟧；空气质量优良天数比率为⟦91.7%¦地级城市空气质量优良天数比率⟧；国考断面水质优良比例达到⟦93.3%¦国考断面水质优良比例⟧。
⟨k=t y=2025⟩
　　全省PM2.5浓度降至⟦35微克/立方米以下¦地级城市细颗粒物平均浓度¦¦subhead repeating the province target⟧
《规划》提出，到2025年，全省地级城市PM2.5平均浓度降至⟦35微克/立方米以下¦地级城市细颗粒物平均浓度⟧，空气质量优良天数比率达到⟦92%以上¦地级城市空气质量优良天数比率⟧，国考断面水质优良比例达到⟦95%¦国考断面水质优良比例⟧，森林覆盖率稳定在⟦59.6%以上¦森林覆盖率⟧，单位地区生产总值二氧化碳排放降低完成国家下达目标。
　　长株潭三市目标为⟦38¦细颗粒物平均浓度¦j=长沙市 u=ug/m3¦subhead repeating the three city targets (unit only in the body)⟧、⟦37¦细颗粒物平均浓度¦j=株洲市 u=ug/m3⟧和⟦38¦细颗粒物平均浓度¦j=湘潭市 u=ug/m3⟧
《规划》对14个市州分别下达了空气质量改善目标。长沙、株洲、湘潭三市PM2.5浓度到2025年分别降至⟦38¦细颗粒物平均浓度¦j=长沙市 u=ug/m3 q=分别降至38、37和38微克/立方米¦分别降至38、37和38微克/立方米: one fact per city; the unit printed once after the last value⟧、⟦37¦细颗粒物平均浓度¦j=株洲市 u=ug/m3 q=分别降至38、37和38微克/立方米⟧和⟦38微克/立方米¦细颗粒物平均浓度¦j=湘潭市 q=分别降至38、37和38微克/立方米⟧，优良天数比率均不低于⟦85%¦空气质量优良天数比率¦j=长沙市、株洲市、湘潭市 c=ge¦one figure shared by three cities: one fact, jurisdiction naming the three⟧；衡阳、岳阳、常德三市PM2.5浓度比2020年下降⟦10%以上¦细颗粒物平均浓度¦m=g ps=2021 j=衡阳市、岳阳市、常德市¦one decline shared by three cities⟧。
　　张家界优良天数比率保持⟦97%以上¦空气质量优良天数比率¦j=张家界市¦subhead⟧
生态功能区所在的张家界市、湘西自治州空气质量继续保持全省前列，张家界市优良天数比率保持在⟦97%以上¦空气质量优良天数比率¦j=张家界市⟧，湘西自治州保持在⟦96%以上¦空气质量优良天数比率¦j=湘西土家族苗族自治州⟧；永州市PM2.5浓度控制在⟦32微克/立方米以内¦细颗粒物平均浓度¦j=永州市⟧。水环境方面，洞庭湖总磷浓度降至⟦0.06毫克/升左右¦洞庭湖总磷浓度¦u=毫克/升⟧，湘江干流水质稳定保持Ⅱ类。
省生态环境厅有关负责人表示，各市州目标已纳入污染防治攻坚战成效考核，确保全省目标如期实现。⟪/p1⟫

（责编：李敏）
版权声明：本站转载内容仅供参考。
"""
