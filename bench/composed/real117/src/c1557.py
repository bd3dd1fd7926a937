META = dict(genre="statistical_news", published="2025-12-16", area_code="360922", jurisdiction="万载县",
            what={"p1": "月报 table from its title to the 制表 note; site header, breadcrumb, 发布时间 line and page footer excluded"})
TEXT = r"""
万载县人民政府网
首页 > 信息公开 > 统计信息 > 统计月报
发布时间：2025-12-16  信息来源：县统计局  点击数：
⟪p1⟫⟨k=a y=2025 ps=- m=l core=1⟩万载县2025年1—11月主要经济指标
指标名称
单位
本月
累计
同比增长（%）
规模以上工业总产值
亿元
⟦28.6¦规模以上工业总产值（11月）¦u=亿元 core=1 qf=规模以上工业总产值¦本月 column: the November figure alone⟧
⟦305.4¦规模以上工业总产值（1—11月）¦u=亿元 core=1 qf=规模以上工业总产值¦累计 column: January–November 2025⟧
⟦7.2¦规模以上工业总产值（1—11月）¦m=g u=% core=1 qf=规模以上工业总产值⟧
规模以上工业增加值
%
—
—
⟦6.8¦规模以上工业增加值（1—11月）¦m=g u=% core=1 qf=规模以上工业增加值⟧
规模以上工业营业收入
亿元
⟦27.9¦规模以上工业营业收入（11月）¦u=亿元 core=0 qf=规模以上工业营业收入¦本月 column: the November figure alone⟧
⟦298.2¦规模以上工业营业收入（1—11月）¦u=亿元 core=0 qf=规模以上工业营业收入¦累计 column: January–November 2025⟧
⟦6.5¦规模以上工业营业收入（1—11月）¦m=g u=% core=0 qf=规模以上工业营业收入⟧
固定资产投资
%
—
—
⟦4.5¦固定资产投资（1—11月）¦m=g u=% core=1 qf=固定资产投资⟧
社会消费品零售总额
亿元
⟦6.83¦社会消费品零售总额（11月）¦u=亿元 core=1 qf=社会消费品零售总额¦本月 column: the November figure alone⟧
⟦70.12¦社会消费品零售总额（1—11月）¦u=亿元 core=1 qf=社会消费品零售总额¦累计 column: January–November 2025⟧
⟦5.6¦社会消费品零售总额（1—11月）¦m=g u=% core=1 qf=社会消费品零售总额⟧
限额以上消费品零售额
亿元
⟦2.41¦限额以上消费品零售额（11月）¦u=亿元 core=0 qf=限额以上消费品零售额¦本月 column: the November figure alone⟧
⟦24.36¦限额以上消费品零售额（1—11月）¦u=亿元 core=0 qf=限额以上消费品零售额¦累计 column: January–November 2025⟧
⟦7.9¦限额以上消费品零售额（1—11月）¦m=g u=% core=0 qf=限额以上消费品零售额⟧
外贸进出口总额
亿元
⟦1.85¦外贸进出口总额（11月）¦u=亿元 core=1 qf=外贸进出口总额¦本月 column: the November figure alone⟧
⟦21.74¦外贸进出口总额（1—11月）¦u=亿元 core=1 qf=外贸进出口总额¦累计 column: January–November 2025⟧
⟦12.6¦外贸进出口总额（1—11月）¦m=g u=% core=1 qf=外贸进出口总额⟧
一般公共预算收入
亿元
⟦1.26¦一般公共预算收入（11月）¦u=亿元 core=1 qf=一般公共预算收入¦本月 column: the November figure alone⟧
⟦21.35¦一般公共预算收入（1—11月）¦u=亿元 core=1 qf=一般公共预算收入¦累计 column: January–November 2025⟧
⟦3.1¦一般公共预算收入（1—11月）¦m=g u=% core=1 qf=一般公共预算收入⟧
其中：税收收入
亿元
⟦0.98¦税收收入（11月）¦u=亿元 core=0 qf=其中：税收收入¦本月 column: the November figure alone⟧
⟦15.62¦税收收入（1—11月）¦u=亿元 core=0 qf=其中：税收收入¦累计 column: January–November 2025⟧
⟦-2.4¦税收收入（1—11月）¦m=g u=% core=0 qf=其中：税收收入 neg v=-2.4¦printed with a minus sign in the 同比 column⟧
全社会用电量
万千瓦时
⟦9865¦全社会用电量（11月）¦u=万千瓦时 core=1 qf=全社会用电量¦本月 column: the November figure alone⟧
⟦112430¦全社会用电量（1—11月）¦u=万千瓦时 core=1 qf=全社会用电量¦累计 column: January–November 2025⟧
⟦6.1¦全社会用电量（1—11月）¦m=g u=% core=1 qf=全社会用电量⟧
金融机构人民币存款余额
亿元
—
⟦386.7¦金融机构人民币存款余额（11月末）¦u=亿元 core=0 qf=金融机构人民币存款余额¦balance at end of November 2025 (stock), no 累计 flow⟧
⟦8.9¦金融机构人民币存款余额（11月末）¦m=g u=% core=0 qf=金融机构人民币存款余额⟧
金融机构人民币贷款余额
亿元
—
⟦342.5¦金融机构人民币贷款余额（11月末）¦u=亿元 core=0 qf=金融机构人民币贷款余额¦balance at end of November 2025 (stock), no 累计 flow⟧
⟦10.3¦金融机构人民币贷款余额（11月末）¦m=g u=% core=0 qf=金融机构人民币贷款余额⟧
本月全县规模以上工业增加值增长⟦7.5%¦规模以上工业增加值（11月）¦m=g¦stated in the note line under the table for November alone⟧，比上月加快⟦1.2个百分点¦规模以上工业增加值增速比上月¦m=c core=0⟧；1—11月固定资产投资中工业投资增长⟦11.6%¦工业投资（1—11月）¦m=g core=0⟧。
说明：规模以上工业增加值、固定资产投资只公布累计增速；存贷款余额为11月末数。
本月全县新入库规模以上工业企业⟦3家¦新入库规模以上工业企业（11月）¦core=0⟧，1—11月累计新入库⟦27家¦新入库规模以上工业企业（1—11月）¦core=0⟧。
制表：万载县统计局⟪/p1⟫
上一篇：万载县2025年1—10月主要经济指标
下一篇：无
"""
