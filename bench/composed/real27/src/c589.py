META = dict(genre="statistical_news", published="2024-12-20", area_code="420984", jurisdiction="汉川市", wrap=False,
            what={"p1": "headline of a news story on the city statistics bureau's press conference (1—11月 data and 预计 full-year figures)", "p2": "body of the story; date/byline line, site header, 编辑/审核 line and 相关阅读 excluded"})
TEXT = r"""
汉川新闻网 > 本地新闻 > 正文

⟪p1⟫前11个月我市规上工业增加值增长⟦9.6%¦规模以上工业增加值¦m=g y=2024 core=1 notes=headline repeating the body figure⟧ 预计全年GDP增长⟦6%左右¦地区生产总值¦m=g y=2024 core=1 notes=headline repeating the body's 预计 figure⟧⟪/p1⟫

2024-12-20 08:42　汉川新闻网　记者 周敏 通讯员 陈浩

⟨k=a m=l y=2024 ps=- core=0⟩
⟪p2⟫本网讯 12月19日，市政府新闻办召开1—11月全市经济运行情况新闻发布会。市统计局党组书记、局长、新闻发言人王建军介绍，今年以来，全市经济运行保持稳中有进、进中向好态势，主要指标增速继续位居孝感市前列。

王建军介绍，1—11月，全市规模以上工业增加值同比增长⟦9.6%¦规模以上工业增加值¦m=g core=1 notes=1—11月 cumulative growth: year 2024, kind actual⟧，增速居孝感市第⟦2位¦规模以上工业增加值增速孝感市排位¦notes=rank among the prefecture's counties: unit 位⟧，较1—10月提高⟦0.3个百分点¦规模以上工业增加值增速较1—10月提高¦m=c⟧。全市规上工业企业达到⟦512家¦规模以上工业企业¦notes=status count at the end of November: year 2024⟧，今年新增入规企业⟦46家¦新增入规企业¦⟧。固定资产投资同比增长⟦8.1%¦固定资产投资¦m=g core=1⟧，其中工业投资增长⟦15.4%¦工业投资¦m=g⟧，工业技改投资增长⟦21.7%¦工业技改投资¦m=g⟧。社会消费品零售总额⟦386.25亿元¦社会消费品零售总额¦core=1⟧，同比增长⟦6.4%¦社会消费品零售总额¦m=g core=1⟧。外贸进出口总额⟦62.8亿元¦外贸进出口总额¦core=1⟧，增长⟦18.3%¦外贸进出口总额¦m=g core=1⟧。

在回答记者提问时，王建军表示，综合研判，预计全年全市地区生产总值突破⟦800亿元¦地区生产总值¦c=ge core=1 notes=预计 + current year = actual; the city crosses the threshold: ge⟧，增长⟦6%左右¦地区生产总值¦m=g core=1 notes=预计 full-year growth, actual, approx⟧，高于年初确定的⟦5.5%¦地区生产总值¦k=t m=g core=1 notes=the growth target set at the start of 2024, quoted in a December news item⟧的预期目标；地方一般公共预算收入预计完成⟦27.3亿元¦地方一般公共预算收入¦core=1⟧，增长⟦4.5%¦地方一般公共预算收入¦m=g core=1⟧。全市城镇新增就业⟦1.16万人¦城镇新增就业¦core=1⟧，已完成全年目标任务的⟦116%¦城镇新增就业完成全年目标任务比例⟧。

针对记者关于农业生产的提问，王建军说，今年全市粮食播种面积稳定在⟦112.6万亩¦粮食播种面积⟧，预计全年粮食总产量⟦58.3万吨¦粮食总产量¦notes=预计 full-year 2024 figure: actual⟧，比上年增长⟦1.1%¦粮食总产量¦m=g⟧；生猪出栏预计⟦86.4万头¦生猪出栏⟧，农业生产保持稳定。

记者了解到，11月末，全市金融机构各项存款余额⟦921.4亿元¦金融机构各项存款余额⟧，较年初增长⟦9.2%¦金融机构各项存款余额¦m=g⟧；各项贷款余额⟦604.7亿元¦金融机构各项贷款余额⟧，较年初增长⟦12.5%¦金融机构各项贷款余额¦m=g⟧。⟪/p2⟫

编辑：刘洋　审核：张磊

相关阅读：
"""
