META = dict(genre="statistical_news", published="2025-02-14", area_code="532500", jurisdiction="红河哈尼族彝族自治州", wrap=False,
            what={"p1": "headline of a prefecture news item on the 2024 results of its 13 counties and cities", "p2": "body: prefecture, province and county figures; 来源/作者/发布时间 line and 分享/打印 footer excluded"})
TEXT = r"""
红河州人民政府网　>　新闻中心　>　红河要闻

⟪p1⟫2024年红河州13个县市经济“成绩单”出炉 蒙自弥勒地区生产总值均超⟦500亿元¦地区生产总值¦y=2024 c=ge j=蒙自市、弥勒市 notes=one number shared by two cities (均超): one fact naming both; threshold crossed: ge⟧⟪/p1⟫

来源：红河日报　作者：记者 杨帆　发布时间：2025-02-14 10:12

⟪p2⟫⟨k=a m=l y=2024 ps=- core=1⟩近日，州统计局发布2024年全州及各县市主要经济指标。数据显示，2024年全州实现地区生产总值⟦3158.62亿元¦地区生产总值⟧，同比增长⟦4.9%¦地区生产总值¦m=g⟧，高于全省⟦1.1个百分点¦地区生产总值增速高于全省¦m=c core=0⟧，经济总量继续稳居全省第⟦3位¦地区生产总值全省排位¦core=0⟧。全省地区生产总值增长⟦3.8%¦地区生产总值¦m=g j=云南省 notes=the province's figure quoted for comparison: jurisdiction 云南省⟧。

⟨j=蒙自市⟩从经济总量看，蒙自市以⟦612.47亿元¦地区生产总值⟧位居全州首位，增长⟦6.2%¦地区生产总值¦m=g⟧；⟨j=弥勒市⟩弥勒市实现地区生产总值⟦583.19亿元¦地区生产总值⟧，增长⟦5.1%¦地区生产总值¦m=g⟧；⟨j=个旧市⟩个旧市⟦395.26亿元¦地区生产总值⟧，增长⟦5.8%¦地区生产总值¦m=g⟧；⟨j=开远市⟩开远市⟦318.04亿元¦地区生产总值⟧，增长⟦4.3%¦地区生产总值¦m=g⟧；⟨j=建水县⟩建水县⟦301.55亿元¦地区生产总值⟧，增长⟦3.6%¦地区生产总值¦m=g⟧。⟨j=红河哈尼族彝族自治州⟩上述⟦5个¦地区生产总值超300亿元的县市¦core=0 notes=count of counties above a threshold (status count); 300亿元 defines the group and is not a fact⟧县市地区生产总值均超过300亿元，合计占全州的⟦69.9%¦5个县市地区生产总值占全州比重¦core=0⟧。

从增长速度看，全州⟦9个¦地区生产总值增速高于全州平均水平的县市¦core=0⟧县市增速高于全州平均水平。⟨j=河口瑶族自治县⟩河口县增长⟦8.7%¦地区生产总值¦m=g⟧，增速居全州⟦第一位¦地区生产总值增速全州排位¦v=1 u=位 core=0 notes=rank written in characters (第一位 -> 1), unit 位⟧；⟨j=屏边苗族自治县⟩屏边县增长⟦7.4%¦地区生产总值¦m=g⟧，居⟦第二位¦地区生产总值增速全州排位¦v=2 u=位 core=0⟧；⟨j=泸西县⟩泸西县受⟦1家¦停产重点企业¦core=0 notes=count of enterprises idle during the year: a measured status count⟧重点企业停产影响，下降⟦1.2%¦地区生产总值¦m=g⟧，是全州唯一负增长的县。

从其他指标看，⟨j=蒙自市⟩蒙自市规模以上工业增加值增长⟦11.3%¦规模以上工业增加值¦m=g⟧，⟨j=弥勒市⟩弥勒市社会消费品零售总额⟦152.86亿元¦社会消费品零售总额⟧，⟨j=个旧市⟩个旧市一般公共预算收入⟦18.26亿元¦一般公共预算收入⟧，均列全州⟦第一¦规模以上工业增加值增速、社会消费品零售总额、一般公共预算收入全州排位¦v=1 u=位 core=0 j=蒙自市、弥勒市、个旧市 notes=one rank shared by three indicators of three cities (均列全州第一): one fact naming all⟧。⟨j=元阳县⟩元阳县农村常住居民人均可支配收入⟦15327元¦农村常住居民人均可支配收入⟧，增长⟦7.9%¦农村常住居民人均可支配收入¦m=g⟧，增速居全州首位。⟨j=红河哈尼族彝族自治州⟩全州城镇常住居民人均可支配收入⟦45218元¦城镇常住居民人均可支配收入⟧，农村常住居民人均可支配收入⟦18962元¦农村常住居民人均可支配收入⟧，分别增长⟦3.9%¦城镇常住居民人均可支配收入¦m=g q=全州城镇常住居民人均可支配收入45218元，农村常住居民人均可支配收入18962元，分别增长3.9%⟧和⟦6.4%¦农村常住居民人均可支配收入¦m=g⟧。⟪/p2⟫

【分享到】　【打印本页】
"""
