META = dict(genre="plan_midterm_evaluation", published="2018-11-23", area_code="341700", jurisdiction="池州市",
            what={"p1": "说明 on the proposed adjustment of some 十三五 plan outline indicators after the mid-term evaluation, as posted on the 池州人大 site: title, addressee and body up to the closing request; site chrome, 发布时间/浏览 line and 附件 excluded"})
TEXT = r"""
池州人大网　　当前位置：首页 > 常委会工作 > 会议文件
发布时间：2018-11-23　　浏览次数：　　字号：T|T
⟪p1⟫关于调整《池州市国民经济和社会发展第十三个五年规划纲要》部分指标的说明
——2018年11月21日在市四届人大常委会第十一次会议上
⟨k=t y=2020 ps=2016 m=g core=1⟩
主任、各位副主任、秘书长、各位委员：
根据《纲要》实施中期评估结果，结合国内外发展环境变化和我市发展实际，市政府拟对《纲要》部分指标进行调整。受市政府委托，现就有关情况作如下说明。
一、调整的必要性
《纲要》编制时，对“十三五”时期经济增长的预期较为乐观。从实施情况看，2016年、2017年全市地区生产总值分别增长⟦8.6%¦地区生产总值¦k=a y=2016 ps=-⟧、⟦8.4%¦地区生产总值¦k=a y=2017 ps=-⟧，今年前三季度增长⟦8.1%¦地区生产总值¦k=a y=2018 ps=-¦first three quarters of 2018⟧，与年均增长⟦9.5%¦地区生产总值年均增长¦¦original target⟧的原定目标存在较大差距；全社会固定资产投资两年年均增长⟦11.3%¦全社会固定资产投资¦k=a y=2017 ps=2016⟧，明显低于原定目标。按原目标测算，后三年地区生产总值需年均增长⟦10.2%以上¦地区生产总值¦ps=2018¦pace required by the original 9.5% target for 2018-2020⟧，既不现实，也不符合高质量发展要求。
二、调整的主要内容
拟调整经济发展类指标⟦4项¦拟调整的指标¦k=a y=2018 ps=- m=l core=0¦count of indicators proposed for adjustment (status of the revision); judgement: counted like a status count⟧、创新驱动类指标⟦1项¦拟调整的指标¦k=a y=2018 ps=- m=l core=0⟧、城乡发展类指标⟦1项¦拟调整的指标¦k=a y=2018 ps=- m=l core=0⟧，其余指标保持不变。具体如下：
（一）地区生产总值年均增长由⟦9.5%¦地区生产总值年均增长(原目标)¦¦original target⟧调整为⟦7.5%左右¦地区生产总值年均增长(调整后)¦¦adjusted target⟧。按此测算，2020年全市地区生产总值将达到⟦900亿元左右¦全市地区生产总值¦m=l ps=-¦projected 2020 level under the adjusted target (将达到 -> target)⟧。
（二）全社会固定资产投资年均增长由⟦16%¦全社会固定资产投资年均增长(原目标)⟧调整为⟦10%¦全社会固定资产投资年均增长(调整后)⟧。
（三）一般公共预算收入年均增长由⟦10%¦一般公共预算收入年均增长(原目标)⟧调整为⟦7%¦一般公共预算收入年均增长(调整后)¦¦judgement: the reason clause says 减税降费⟧，主要考虑减税降费政策影响。
（四）社会消费品零售总额年均增长由⟦12%¦社会消费品零售总额年均增长(原目标)⟧调整为⟦10.5%¦社会消费品零售总额年均增长(调整后)⟧。
（五）研究与试验发展经费投入强度由⟦2.2%¦研究与试验发展经费投入强度(原目标)¦m=l ps=-⟧调整为⟦1.8%¦研究与试验发展经费投入强度(调整后)¦m=l ps=-⟧。2017年我市该指标为⟦1.42%¦研究与试验发展经费投入强度¦k=a y=2017 m=l ps=-⟧，后三年每年需提高约⟦0.13个百分点¦研究与试验发展经费投入强度¦m=c ps=2018¦required annual rise to reach the adjusted 1.8%⟧。
（六）常住人口城镇化率由⟦60%¦常住人口城镇化率(原目标)¦m=l ps=-⟧调整为⟦57%¦常住人口城镇化率(调整后)¦m=l ps=-⟧。2017年全市常住人口城镇化率为⟦53.1%¦常住人口城镇化率¦k=a y=2017 m=l ps=-⟧，年均提高约⟦1.2个百分点¦常住人口城镇化率¦k=a y=2017 m=c ps=2016¦average annual rise 2016-2017⟧，按此趋势难以实现原定目标。
城乡居民人均可支配收入年均增长⟦9%¦城乡居民人均可支配收入年均增长¦¦target kept unchanged; one figure for both incomes⟧、单位生产总值能耗降低等约束性指标不作调整。
以上说明，连同调整方案，请予审议。⟪/p1⟫
附件：池州市“十三五”规划纲要主要指标调整对照表
"""
