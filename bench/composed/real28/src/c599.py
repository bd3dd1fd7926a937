META = dict(genre="plan_midterm_evaluation", published="2023-09-15", area_code="320981", jurisdiction="东台市",
            what={"p1": "body from the title through section 三 including the tab-separated indicator table; breadcrumb, 发布日期/来源 line and 附件下载 excluded"})
TEXT = r"""
当前位置：首页 > 信息公开 > 规划信息 > 专项规划
发布日期：2023-09-15　　来源：市水务局　　浏览量：

⟪p1⟫东台市“十四五”水利发展规划中期评估报告

为全面掌握《东台市“十四五”水利发展规划》（以下简称《规划》）实施进展，市水务局组织开展了规划中期评估。评估时段为2021年1月至2023年6月。

一、规划实施总体情况
⟨k=a y=2022 ps=- m=l core=1⟩
《规划》实施以来，全市水利建设累计完成投资⟦38.6亿元¦水利建设投资¦ps=2021 y=2023¦cumulative Jan 2021 - Jun 2023: year 2023⟧，占规划总投资⟦72亿元¦水利建设投资¦k=t ps=2021 y=2025⟧的⟦53.6%¦水利建设投资完成规划比例¦y=2023¦share of the five-year planned investment reached by mid-2023⟧，超过时序进度⟦3.6个百分点¦水利建设投资完成进度超过时序进度¦m=c y=2023¦53.6% against a time-elapsed share of 50%⟧。《规划》确定的10项主要指标中，⟦6项¦达到或超过时序进度的指标¦core=0⟧达到或超过时序进度，⟦1项¦提前完成的指标¦core=0⟧已提前完成，⟦3项¦滞后于时序进度的指标¦core=0⟧滞后于时序进度。

二、主要指标完成情况

表1　东台市“十四五”水利发展主要指标进展
指标	单位	2020年	2025年目标	2022年	属性
⟨core=1⟩
万元地区生产总值用水量下降	%	—	〔⟦16¦万元地区生产总值用水量下降¦k=t m=c y=2025 ps=2021 u=% b=b pos¦bracketed cumulative five-year fall; positive because the direction word is in the row name⟧〕	〔⟦9.8¦万元地区生产总值用水量下降¦m=c ps=2021 u=% b=b pos¦cumulative fall 2021-2022⟧〕	约束性
农田灌溉水有效利用系数	—	⟦0.622¦农田灌溉水有效利用系数¦y=2020 u=- b=b⟧	⟦0.64¦农田灌溉水有效利用系数¦k=t y=2025 u=- b=b⟧	⟦0.631¦农田灌溉水有效利用系数¦u=- b=b⟧	约束性
用水总量	亿立方米	⟦13.2¦用水总量¦y=2020 u=亿立方米 b=b⟧	⟦13.8以内¦用水总量¦k=t y=2025 u=亿立方米 b=b⟧	⟦13.05¦用水总量¦u=亿立方米 b=b⟧	约束性
县级以上集中式饮用水水源地水质达标率	%	⟦100¦县级以上集中式饮用水水源地水质达标率¦y=2020 u=% b=b⟧	⟦100¦县级以上集中式饮用水水源地水质达标率¦k=t y=2025 u=% b=b⟧	⟦100¦县级以上集中式饮用水水源地水质达标率¦u=% b=b⟧	约束性
主要河湖水功能区水质达标率	%	⟦86.4¦主要河湖水功能区水质达标率¦y=2020 u=% b=e⟧	⟦92¦主要河湖水功能区水质达标率¦k=t y=2025 u=% b=e⟧	⟦88.1¦主要河湖水功能区水质达标率¦u=% b=e⟧	预期性
区域供水入户率	%	⟦97.5¦区域供水入户率¦y=2020 u=% b=e⟧	⟦99¦区域供水入户率¦k=t y=2025 u=% b=e⟧	⟦99.2¦区域供水入户率¦u=% b=e¦already above the 2025 target: the 提前完成 indicator⟧	预期性
新增高标准农田水利配套面积	万亩	—	〔⟦30¦新增高标准农田水利配套面积¦k=t m=c y=2025 ps=2021 u=万亩 b=e¦bracketed five-year cumulative target: measure change as GOLD_SPEC says for bracketed table cells⟧〕	⟦11.4¦新增高标准农田水利配套面积¦ps=2021 u=万亩 b=e⟧	预期性
海堤达标率	%	⟦82¦海堤达标率¦y=2020 u=% b=e⟧	⟦100¦海堤达标率¦k=t y=2025 u=% b=e⟧	⟦87.5¦海堤达标率¦u=% b=e⟧	预期性
农村生活污水治理率	%	⟦38¦农村生活污水治理率¦y=2020 u=% b=e⟧	⟦60¦农村生活污水治理率¦k=t y=2025 u=% b=e⟧	⟦46.3¦农村生活污水治理率¦u=% b=e⟧	预期性
水土保持率	%	⟦98.1¦水土保持率¦y=2020 u=% b=e⟧	⟦98.3¦水土保持率¦k=t y=2025 u=% b=e⟧	⟦98.2¦水土保持率¦u=% b=e⟧	预期性
注：〔 〕内为五年累计数。

三、存在的主要问题

（一）部分指标进度滞后。海堤达标率2022年为⟦87.5%¦海堤达标率¦b=e¦restated in prose: same fact kind, binding from the table row⟧，后三年需完成约⟦20公里¦海堤达标建设长度¦k=t y=2025 ps=2023 c=approx core=0⟧海堤达标建设，任务较重；农村生活污水治理率距目标还差⟦13.7个百分点¦农村生活污水治理率距目标¦m=c⟧。（二）资金筹措压力较大。剩余⟦33.4亿元¦水利建设投资¦k=t y=2025 ps=2023 core=1¦investment still to complete in H2 2023-2025: target⟧投资中，地方配套比例超过⟦40%¦剩余水利投资中地方配套比例¦k=t y=2025 ps=2023 core=0⟧，市级财力难以支撑。（三）用水效率仍需提升，2022年全市工业用水重复利用率为⟦88.6%¦工业用水重复利用率¦core=0⟧，低于盐城市平均水平。⟪/p1⟫

附件下载：东台市“十四五”水利发展规划中期评估报告.pdf
"""
