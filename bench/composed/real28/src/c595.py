META = dict(genre="plan_midterm_evaluation", published="2023-10-18", area_code="410184", jurisdiction="新郑市",
            what={"p1": "excerpt of the third-party evaluation report: title, sections 一 and 二 with the flattened score table, and section 三 up to its end; portal header, 信息来源 line and 附件 line excluded"})
TEXT = r"""
新郑市人民政府门户网站　>　政务公开　>　规划信息
信息来源：市发展和改革委员会　　发布日期：2023-10-18　　浏览次数：

⟪p1⟫新郑市“十四五”规划纲要实施中期评估第三方评估报告（摘要）

受市发展和改革委员会委托，评估机构组成课题组，采取资料分析、实地调研、问卷调查和专家打分相结合的方法，对《新郑市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施情况开展第三方独立评估。本次共发放问卷1200份，回收有效问卷1136份，评估数据截至2023年6月底。

一、总体评价
⟨k=a y=2023 ps=- m=l core=0⟩
经综合测算，规划纲要实施中期综合得分为⟦86.4分¦规划纲要实施中期综合得分¦u=分¦evaluation score; year = evaluation year 2023 (data to June 2023)⟧，评价等级为“良好”。分项看，主要指标完成度得分⟦83.2分¦主要指标完成度得分¦u=分⟧，重点任务推进得分⟦88.7分¦重点任务推进得分¦u=分⟧，重大项目实施得分⟦84.5分¦重大项目实施得分¦u=分⟧，公众满意度得分⟦89.1分¦公众满意度得分¦u=分⟧。与全省同类县（市）相比，综合得分高出平均水平⟦3.6分¦规划纲要实施中期综合得分高于全省同类县市平均水平¦m=c u=分⟧。
⟨y=2022⟩
在纳入评估的32项指标中，进度评价为“超前”的⟦7项¦进度超前的指标¦core=0⟧，“正常”的⟦18项¦进度正常的指标¦core=0⟧，“滞后”的⟦5项¦进度滞后的指标¦core=0⟧，“严重滞后”的⟦2项¦进度严重滞后的指标¦core=0⟧。

二、主要指标评估结果（节选）

表1　部分主要指标进度评价及得分
指标名称｜单位｜2020年基期值｜2025年目标值｜2022年实际值｜进度评价｜得分
⟨core=1⟩地区生产总值年均增长｜%｜⟦3.1¦地区生产总值¦m=g y=2020 u=%¦base cell of a growth row: growth of 2020 itself⟧｜⟦7¦地区生产总值¦k=t m=g y=2025 ps=2021 u=%⟧｜⟦4.3¦地区生产总值¦m=g ps=2021 u=%⟧｜滞后｜⟦2.6¦地区生产总值年均增长指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
一般公共预算收入｜亿元｜⟦68.2¦一般公共预算收入¦y=2020 u=亿元⟧｜⟦90¦一般公共预算收入¦k=t y=2025 u=亿元⟧｜⟦72.5¦一般公共预算收入¦u=亿元⟧｜正常｜⟦3.4¦一般公共预算收入指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
研发经费投入强度｜%｜⟦1.86¦研发经费投入强度¦y=2020 u=%⟧｜⟦2.5¦研发经费投入强度¦k=t y=2025 u=%⟧｜⟦2.12¦研发经费投入强度¦u=%⟧｜正常｜⟦3.5¦研发经费投入强度指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
常住人口城镇化率｜%｜⟦64.7¦常住人口城镇化率¦y=2020 u=%⟧｜⟦70¦常住人口城镇化率¦k=t y=2025 u=%⟧｜⟦68.9¦常住人口城镇化率¦u=%⟧｜超前｜⟦4.0¦常住人口城镇化率指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
城镇新增就业｜万人｜⟦0.92¦城镇新增就业¦y=2020 u=万人⟧｜〔⟦4.5¦城镇新增就业¦k=t m=c y=2025 ps=2021 u=万人¦bracketed five-year cumulative target: measure change as GOLD_SPEC says for bracketed cumulative table cells⟧〕｜⟦1.96¦城镇新增就业¦ps=2021 u=万人¦two-year total 2021-2022⟧｜正常｜⟦3.6¦城镇新增就业指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
PM2.5年均浓度｜微克/立方米｜⟦52¦PM2.5年均浓度¦y=2020 u=ug/m3⟧｜⟦40¦PM2.5年均浓度¦k=t y=2025 u=ug/m3⟧｜⟦47¦PM2.5年均浓度¦u=ug/m3⟧｜严重滞后｜⟦1.2¦PM2.5年均浓度指标得分¦u=分 core=0 y=2023¦score cell of the table: evaluation result of 2023, core false (the score is not the indicator)⟧
（注：单项指标满分为4分。）

三、需要关注的问题

一是经济增长动力偏弱。2021—2022年地区生产总值年均增长⟦4.3%¦地区生产总值¦m=g ps=2021⟧，低于规划目标⟦2.7个百分点¦地区生产总值年均增速低于规划目标¦m=c ps=2021⟧，若实现五年目标，2023—2025年需年均增长⟦8.8%左右¦地区生产总值¦k=t m=g y=2025 ps=2023¦required pace for the remaining years⟧。二是大气污染治理压力较大，PM2.5年均浓度距目标值还差⟦7微克/立方米¦PM2.5年均浓度距目标¦m=c⟧，优良天数比例仅为⟦63.6%¦空气质量优良天数比例⟧。三是公众对教育、医疗资源均衡配置的满意度相对较低，问卷中相关题项满意率为⟦72.3%¦教育医疗资源均衡配置满意率¦core=0 y=2023⟧。⟪/p1⟫

附件：新郑市“十四五”规划纲要实施中期评估第三方评估报告（全文）.pdf
"""
