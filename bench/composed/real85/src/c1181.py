META = dict(genre="work_report", published="2018-01-08", area_code="370322", jurisdiction="高青县",
            what={"p1": "report from its title to the crawler's cut; portal header, breadcrumb and 发布日期/来源 line excluded"})
TEXT = r"""
高青县政府网 | 首页 > 信息公开 > 法定主动公开内容 > 政府工作报告
发布日期：2018-01-08  来源：县政府办公室  浏览次数：  【打印】【关闭】
⟪p1⟫政府工作报告
——2018年1月3日在高青县第十八届人民代表大会第三次会议上
⟨k=a y=2017 ps=- m=l core=1⟩
各位代表：
一、2017年工作回顾
一年来，面对错综复杂的发展形势，全县上下攻坚克难，经济社会保持平稳健康发展。预计全年实现地区生产总值⟦268.5亿元¦地区生产总值¦¦预计 + past year 2017 is actual (GOLD_SPEC)⟧，增长⟦7.6%¦地区生产总值¦m=g⟧；一般公共预算收入⟦15.82亿元¦一般公共预算收入⟧，增长⟦8.9%¦一般公共预算收入¦m=g⟧，税收占比达到⟦78.6%¦税收占一般公共预算收入比重⟧；1—11月份，规模以上工业增加值增长⟦7.4%¦规模以上工业增加值¦m=g¦January-November part-year figure: year 2017⟧，固定资产投资⟦176.3亿元¦固定资产投资¦¦January-November part-year figure: year 2017⟧，增长⟦10.2%¦固定资产投资¦m=g¦January-November part-year figure⟧，社会消费品零售总额⟦81.4亿元¦社会消费品零售总额¦¦January-November part-year figure⟧，增长⟦10.8%¦社会消费品零售总额¦m=g¦January-November part-year figure⟧；预计城镇、农村居民人均可支配收入分别达到⟦32960元¦城镇居民人均可支配收入⟧和⟦15480元¦农村居民人均可支配收入⟧，分别增长⟦8.2%¦城镇居民人均可支配收入¦m=g⟧和⟦8.5%¦农村居民人均可支配收入¦m=g⟧。
（一）新旧动能转换起步有力。全年实施过亿元项目⟦63个¦实施过亿元项目¦core=0⟧，完成投资⟦112.6亿元¦过亿元项目完成投资¦core=0⟧；1—11月份高新技术产业产值占规模以上工业总产值比重达到⟦32.5%¦高新技术产业产值占比¦¦January-November part-year figure⟧，比上年同期提高⟦3.1个百分点¦高新技术产业产值占比¦m=c¦January-November part-year figure against the same months of 2016⟧；新增高新技术企业⟦9家¦新增高新技术企业¦core=0⟧，研发经费投入占生产总值比重达到⟦2.38%¦研发经费投入强度⟧。完成化工企业整治⟦27家¦完成化工企业整治¦core=0⟧，关停淘汰落后产能企业⟦14家¦关停淘汰落后产能企业¦core=0⟧。
（二）乡村振兴开局良好。粮食总产达到⟦38.6万吨¦粮食总产¦core=0⟧，新增土地流转⟦2.3万亩¦新增土地流转¦core=0⟧；1—11月份农业龙头企业实现销售收入⟦96.4亿元¦农业龙头企业销售收入¦core=0¦January-November part-year figure⟧，增长⟦12.5%¦农业龙头企业销售收入¦m=g core=0¦January-November part-year figure⟧。新改建农村公路⟦126公里¦新改建农村公路¦core=0⟧，完成农村改厕⟦1.8万户¦完成农村改厕¦core=0 u=万户⟧，创建省级美丽乡村示范村⟦6个¦创建省级美丽乡村示范村¦core=0⟧，黄河滩区迁建安置群众⟦2160人¦黄河滩区迁建安置群众¦core=0⟧。
（三）城市品质持续提升。新建城市道路9⟪/p1⟫
"""
