def R(label, unit, cells):
    out = [label, unit]
    for c in cells:
        if isinstance(c, tuple):
            v, ind, fl = c
            out.append(f"⟦{v}¦{ind}¦{fl} qf={label}⟧")
        else:
            out.append(c)
    return "\t".join(out)
def T(label, unit, tgt, act, prog, attr, u, extra=""):
    b = "e" if attr == "预期性" else "b"
    return R(label, unit, [(tgt, label, f"k=t y=2025 b={b} u={u} {extra}"), (act, label, f"b={b} u={u} {extra}"),
                           (prog, label + "目标完成进度", f"b={b} u=% m=l"), attr])
META = dict(genre="plan_midterm_evaluation", published="2023-11-20", area_code="620826", jurisdiction="静宁县",
            what={"p1": "report title, body and annex table; portal header, breadcrumb and 发布时间/来源 line and footer excluded"})
TEXT = r"""
静宁县人民政府门户网站
当前位置：首页 > 政务公开 > 规划计划
发布时间：2023-11-20 10:15　来源：县发展和改革局　浏览次数：
⟪p1⟫静宁县“十四五”规划纲要实施情况中期评估报告
⟨k=a y=2022 ps=- m=l core=1⟩
根据省、市关于开展“十四五”规划实施中期评估工作的安排，县发展改革局会同有关部门，对《纲要》实施以来主要指标和重点任务进展情况进行了评估。从评估结果看，《纲要》确定的25项主要指标中，⟦9项¦提前完成或快于预期的指标¦core=0 y=2023¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧提前完成或快于预期，⟦12项¦基本符合预期的指标¦core=0 y=2023¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧基本符合预期，⟦4项¦进度滞后的指标¦core=0 y=2023¦status count dated to the evaluation year (publication year), as devcorpus d301 does; no as-of date in the sentence⟧进度滞后。

一、主要指标进展情况
经济运行总体平稳。2022年全县地区生产总值达到⟦96.8亿元¦地区生产总值⟧，两年年均增长⟦5.6%¦地区生产总值¦m=g ps=2021⟧；苹果产业综合产值达到⟦52.3亿元¦苹果产业综合产值¦core=0⟧，果园面积稳定在⟦101万亩¦果园面积¦core=0⟧。一般公共预算收入完成⟦3.62亿元¦一般公共预算收入⟧，两年年均增长⟦7.2%¦一般公共预算收入¦m=g ps=2021⟧。
民生持续改善。城乡居民人均可支配收入分别达到⟦33870元¦城镇居民人均可支配收入⟧和⟦12105元¦农村居民人均可支配收入⟧；两年累计城镇新增就业⟦4860人¦城镇新增就业¦ps=2021⟧。
生态质量稳中向好。森林覆盖率达到⟦20.8%¦森林覆盖率⟧，单位地区生产总值能耗累计降低⟦6.1%¦单位地区生产总值能耗¦m=g ps=2021⟧，仅完成五年目标的⟦43.6%¦单位地区生产总值能耗降低目标完成进度¦core=1⟧，进度滞后。

二、后半程预测
预计2023年地区生产总值可达⟦104亿元左右¦地区生产总值¦y=2023¦预计 for the current year is actual (GOLD_SPEC)⟧；力争到2025年农村居民人均可支配收入达到⟦15800元以上¦农村居民人均可支配收入¦k=t y=2025⟧。

附表　“十四五”规划主要指标中期进展情况
指标	单位	2025年目标	2022年完成	进度（%）	属性
""" + "\n".join([
T("地区生产总值", "亿元", "130", "96.8", "74.5", "预期性", "亿元"),
T("一般公共预算收入", "亿元", "4.5", "3.62", "80.4", "预期性", "亿元"),
T("城镇居民人均可支配收入", "元", "42000", "33870", "80.6", "预期性", "元"),
T("农村居民人均可支配收入", "元", "15800", "12105", "76.6", "预期性", "元"),
T("常住人口城镇化率", "%", "42", "37.9", "90.2", "预期性", "%"),
T("森林覆盖率", "%", "21.5", "20.8", "96.7", "约束性", "%"),
T("单位地区生产总值能耗降低", "%", "14", "6.1", "43.6", "约束性", "%", "m=g ps=2021 pos"),
]) + r"""⟪/p1⟫
扫一扫在手机打开当前页
"""
