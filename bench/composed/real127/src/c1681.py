META = dict(genre="plan_midterm_evaluation", published="2013-09-12", area_code="371121", jurisdiction="五莲县",
            what={"p1": "headline, subheading and news body; site header, date/source line and 责任编辑 line excluded"})
TEXT = r"""
日照新闻网　首页 > 区县新闻
2013-09-12 08:30　来源：日照日报
⟪p1⟫五莲县“十二五”规划交出期中成绩单
⟦28项¦基本达到进度要求的主要指标¦core=0 y=2013¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧主要指标基本达到进度要求
⟨k=a y=2012 ps=- m=l core=1⟩
本报讯 《五莲县国民经济和社会发展第十二个五年规划纲要》实施两年多来成效如何？日前，县发改局完成了“十二五”规划中期评估。评估显示，《纲要》主要指标实施情况总体良好。
2011—2012年，全县地区生产总值年均增长⟦11.8%¦地区生产总值¦m=g ps=2011⟧，今年上半年增长⟦10.6%¦地区生产总值¦m=g y=2013¦今年 resolved against the 2013 date line⟧，分别高出全市平均水平⟦0.9个¦地区生产总值增速高于全市平均¦m=c ps=2011 u=个百分点 core=0¦个 stands for 个百分点 shared with the next figure⟧和⟦0.7个百分点¦地区生产总值增速高于全市平均¦m=c y=2013 core=0⟧。2012年全县地区生产总值达到⟦196.4亿元¦地区生产总值⟧，完成规划目标⟦300亿元¦地区生产总值¦k=t y=2015⟧的⟦65.5%¦地区生产总值完成规划目标比例⟧；公共财政预算收入达到⟦13.8亿元¦公共财政预算收入⟧，年均增长⟦18.2%¦公共财政预算收入¦m=g ps=2011⟧；规模以上工业增加值年均增长⟦14.7%¦规模以上工业增加值¦m=g ps=2011⟧，全社会固定资产投资两年累计完成⟦268.5亿元¦全社会固定资产投资¦ps=2011⟧，年均增长⟦21.3%¦全社会固定资产投资¦m=g ps=2011⟧。
从指标属性看，⟦11项¦达到规划控制要求的约束性指标¦core=0 y=2013¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧约束性指标均已达到规划控制要求；预期性指标中，⟦8项¦进度超过规划要求的预期性指标¦core=0 y=2013¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧进度超过规划要求，⟦9项¦达到规划要求的预期性指标¦core=0 y=2013¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧达到规划要求，另有⟦6项¦进度滞后的预期性指标¦core=0 y=2013¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧进度偏慢。
民生和生态方面，2012年城镇化率达到⟦49.3%¦城镇化率⟧，城镇居民人均可支配收入达到⟦23480元¦城镇居民人均可支配收入⟧，农民人均纯收入达到⟦10650元¦农民人均纯收入⟧，两年年均分别增长⟦12.4%¦城镇居民人均可支配收入¦m=g ps=2011⟧和⟦13.6%¦农民人均纯收入¦m=g ps=2011⟧；森林覆盖率提高到⟦48.2%¦森林覆盖率⟧，万元GDP能耗累计下降⟦8.9%¦万元GDP能耗¦m=g ps=2011⟧，完成五年目标的⟦52.4%¦万元GDP能耗下降目标完成进度⟧。
县发改局有关负责人表示，后半程将重点抓好进度滞后指标，确保到2015年城镇化率达到⟦53%¦城镇化率¦k=t y=2015⟧，“十二五”目标任务全面完成。⟪/p1⟫
责任编辑：王璐
"""
