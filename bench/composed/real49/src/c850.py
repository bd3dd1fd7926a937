import re
META = dict(genre="work_report_news", published="2019-01-29", area_code="230000", jurisdiction="黑龙江省", wrap=True,
            what={"p1": "newspaper PDF text layer: the lead article from its headline to （下转第二版）, hard-wrapped in narrow columns with a photo caption and a column break falling mid-sentence; running page header, page number and the neighbouring short item excluded"})

def wrap(src, width=17, col_lines=34, caption=""):
    """hard-wrap marked-up text at `width` visible characters without splitting a fact; after
    `col_lines` lines insert the column break (caption block) in mid-sentence."""
    atoms = re.findall(r"⟦[^⟧]*⟧|⟨[^⟩]*⟩|⟪/?p\d+⟫|\n|.", src, flags=re.S)
    out, line, n, lines = [], "", 0, 0
    def vis(a):
        if a.startswith("⟦"): return len(a[1:-1].split("¦")[0])
        if a.startswith("⟨") or a.startswith("⟪"): return 0
        return 1
    def flush():
        nonlocal line, n, lines
        out.append(line); line, n = "", 0; lines += 1
        if lines == col_lines and caption: out.append(caption)
    for a in atoms:
        if a == "\n":
            flush(); continue
        if n + vis(a) > width and n > 0:
            flush()
        line += a; n += vis(a)
    if line: flush()
    return "\n".join(out)

CAPTION = "\n▲省十三届人大二次会议开幕。图为会议现场。\n本报记者 张海涛 摄\n"

BODY = r"""⟪p1⟫省十三届人大二次会议开幕
政府工作报告提出今年全省
经济增长⟦5%以上¦地区生产总值¦k=t y=2019 m=g qf=政府工作报告提出今年全省⟧
⟨k=a y=2018 m=l⟩　　本报讯（记者 刘晓东 王丽娜）1月28日上午，黑龙江省第十三届人民代表大会第二次会议在哈尔滨开幕。省长代表省人民政府向大会作政府工作报告。报告回顾了2018年工作，提出了2019年经济社会发展的总体要求、主要目标和重点任务。大会主席团成员在主席台就座。
　　报告指出，过去一年，全省经济运行总体平稳、稳中有进。全省地区生产总值完成⟦16438.5亿元¦地区生产总值⟧，增长⟦4.8%¦地区生产总值¦m=g⟧；规模以上工业增加值增长⟦3.2%¦规模以上工业增加值¦m=g⟧，扭转了连续下滑的局面；固定资产投资下降⟦3.6%¦固定资产投资¦m=g⟧，降幅比上年收窄⟦2.1个百分点¦固定资产投资降幅收窄¦m=c¦a narrowing of the fall: positive change⟧；社会消费品零售总额⟦10185.7亿元¦社会消费品零售总额⟧，增长⟦6.5%¦社会消费品零售总额¦m=g⟧。一般公共预算收入完成⟦1286.3亿元¦一般公共预算收入⟧，增长⟦5.4%¦一般公共预算收入¦m=g⟧，其中税收收入增长⟦8.9%¦税收收入¦m=g⟧。
　　报告说，“三农”基础更加牢固，农业供给侧结构性改革深入推进。粮食总产量达到⟦1501.2亿斤¦粮食总产量¦u=亿斤 core=0⟧，连续多年位居全国首位；绿色有机食品认证面积⟦8260万亩¦绿色有机食品认证面积¦core=0⟧。对外开放迈出新步伐，中俄合作平台建设加快推进，全省进出口总额⟦1742.6亿元¦进出口总额⟧，增长⟦36.1%¦进出口总额¦m=g⟧，其中对俄贸易增长⟦57.3%¦对俄贸易¦m=g core=0⟧。新登记市场主体⟦27.4万户¦新登记市场主体¦u=万户 core=0⟧，增长⟦12.8%¦新登记市场主体¦m=g core=0⟧。
　　民生保障持续加强，群众获得感不断增强。城镇、农村常住居民人均可支配收入分别达到⟦29196元¦城镇常住居民人均可支配收入¦qf=城镇、农村常⟧和⟦13804元¦农村常住居民人均可支配收入¦qf=城镇、农村常⟧，分别增长⟦6.3%¦城镇常住居民人均可支配收入¦m=g qf=城镇、农村常¦the column break (photo caption) falls inside 增长: the quote keeps the caption as printed⟧和⟦8.1%¦农村常住居民人均可支配收入¦m=g qf=城镇、农村常¦the column break (photo caption) falls inside 增长: the quote keeps the caption as printed⟧；城镇新增就业⟦62.7万人¦城镇新增就业⟧，城镇登记失业率⟦3.9%¦城镇登记失业率⟧；全年减少农村贫困人口⟦21.3万人¦减少农村贫困人口¦core=0⟧，⟦14个¦贫困县摘帽¦core=0⟧贫困县摘帽。全省PM2.5平均浓度⟦28微克/立方米¦PM2.5平均浓度⟧，空气质量优良天数比例⟦91.4%¦空气质量优良天数比例⟧。
⟨k=t y=2019⟩　　报告提出，今年全省经济社会发展的主要预期目标是：地区生产总值增长⟦5%以上¦地区生产总值¦m=g⟧，规模以上工业增加值增长⟦4%左右¦规模以上工业增加值¦m=g⟧，固定资产投资增长⟦6%¦固定资产投资¦m=g⟧，社会消费品零售总额增长⟦6.5%¦社会消费品零售总额¦m=g⟧，一般公共预算收入增长⟦3%¦一般公共预算收入¦m=g⟧，城镇新增就业⟦55万人以上¦城镇新增就业⟧，城镇登记失业率控制在⟦4.5%以内¦城镇登记失业率⟧，城乡居民收入增长与经济增长同步，粮食总产量稳定在⟦1450亿斤以上¦粮食总产量¦u=亿斤 core=0⟧，单位地区生产总值能耗下降⟦3%¦单位地区生产总值能耗¦m=g⟧，减少农村贫困人口⟦15万人以上¦减少农村贫困人口¦core=0⟧。
⟨k=a y=2018⟩　　报告在回顾工作时说，去年全省坚持以深化改革破解体制机制障碍，“放管服”改革取得明显成效，省级行政审批事项精简⟦32%¦省级行政审批事项精简比例¦core=0⟧，企业开办时间压缩到⟦5个工作日以内¦企业开办时间¦u=个工作日 core=0⟧；新兴产业加快发展，高新技术企业达到⟦1163家¦高新技术企业¦core=0⟧，增长⟦25.6%¦高新技术企业¦m=g core=0⟧；旅游业持续升温，全年接待游客⟦1.8亿人次¦接待游客¦u=亿人次 core=0⟧，旅游收入⟦2244亿元¦旅游收入¦core=0⟧，分别增长⟦16.2%¦接待游客¦m=g core=0⟧和⟦18.7%¦旅游收入¦m=g core=0⟧。
　　报告同时坦陈，全省经济发展仍面临不少困难和挑战，产业结构偏重，新旧动能转换还不够快，民营经济发展不充分，营商环境与先进地区相比仍有差距，一些干部思想观念不够解放、担当作为不够，对此必须高度重视，采取有力措施认真加以解决，决不辜负全省人民群众的殷切期待和重托。
⟨k=t y=2019⟩　　报告强调，今年是新中国成立70周年，是决胜全面建成小康社会关键之年。要坚持稳中求进工作总基调，坚持新发展理念，以供给侧结构性改革为主线，全力推动龙江全面振兴全方位振兴取得新突破。扎实推进重点项目建设。报告提出，全年新开工亿元以上项目⟦300个¦新开工亿元以上项目¦core=0⟧，省级重点项目完成投资⟦1000亿元以上¦省级重点项目完成投资¦core=0⟧；新增高新技术企业⟦300家¦新增高新技术企业¦core=0⟧，新改建农村公路⟦8000公里¦新改建农村公路¦core=0⟧，改造棚户区住房⟦5万套¦改造棚户区住房¦u=万套 core=0⟧。（下转第二版）⟪/p1⟫"""

TEXT = "\n黑龙江日报　2019年1月29日　星期二　　　要闻　3\n" + wrap(BODY, caption=CAPTION) + """
本版责编：孙立新　美编：赵莹
■短讯　我省春运首日发送旅客38.6万人次（略）
3
"""
