import re
META = dict(genre="work_report", published="2023-01-20", area_code="371481", jurisdiction="乐陵市", wrap=True,
            what={"p1": "PDF text layer from the title to the byte cut (hard line wraps and page number kept inside)"})
_TOK = re.compile(r"⟦[^⟧]*⟧|⟨[^⟩]*⟩|⟪/?p\d+⟫|.", re.S)
def _vis(t):
    if t.startswith("⟦"): return len(t[1:-1].split("¦")[0])
    if t.startswith("⟨") or t.startswith("⟪"): return 0
    return 1
def _wrap(s, width=34, page_after=19):
    lines = []
    for para in s.split("\n"):
        cur = ""; n = 0
        for t in _TOK.findall(para):
            w = _vis(t)
            if n + w > width and n > 0:
                lines.append(cur); cur = ""; n = 0
            cur += t; n += w
        lines.append(cur)
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i + 1 == page_after: out.append("— 1 —")
    return "\n".join(out)
_BODY = r"""⟪p1⟫乐陵市人民政府工作报告
——2023年1月11日在乐陵市第十八届人民代表大会第三次会议上
代市长  张 ××
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2022年工作回顾
⟨k=a y=2022 ps=- m=l core=1⟩2022年，面对疫情反复冲击和经济下行压力，我们坚持稳字当头、稳中求进，全市经济社会保持平稳健康发展。预计全市地区生产总值完成⟦318.4亿元¦地区生产总值¦¦预计 figure of the year reviewed is actual (GOLD_SPEC)⟧，增长⟦4.6%¦地区生产总值¦m=g⟧；一般公共预算收入完成⟦22.06亿元¦一般公共预算收入⟧，增长⟦5.3%¦一般公共预算收入¦m=g⟧，其中税收收入⟦15.81亿元¦税收收入¦core=0⟧，占比达到⟦71.7%¦税收收入占一般公共预算收入比重¦core=0⟧；规模以上工业增加值增长⟦7.9%¦规模以上工业增加值¦m=g⟧；固定资产投资增长⟦11.2%¦固定资产投资¦m=g⟧；社会消费品零售总额⟦129.5亿元¦社会消费品零售总额⟧，增长⟦1.8%¦社会消费品零售总额¦m=g⟧；城乡居民人均可支配收入分别达到⟦35946元¦城镇居民人均可支配收入⟧、⟦20318元¦农村居民人均可支配收入⟧，增长⟦4.2%¦城镇居民人均可支配收入¦m=g⟧、⟦6.1%¦农村居民人均可支配收入¦m=g⟧。
（一）项目建设提速增效。⟨core=0⟩全年实施市级以上重点项目⟦92个¦市级以上重点项目⟧，完成投资⟦156.3亿元¦市级以上重点项目完成投资⟧，其中列入省重点项目⟦6个¦省重点项目⟧、德州市重点项目⟦28个¦德州市重点项目¦¦projects inside the city keep the document's area⟧。新签约过亿元项目⟦41个¦新签约过亿元项目⟧，到位资金⟦63.7亿元¦新签约项目到位资金⟧。
（二）产业结构持续优化。新增规模以上工业企业⟦34家¦新增规模以上工业企业⟧，总数达到⟦271家¦规模以上工业企业⟧；高新技术企业新增⟦17家¦新增高新技术企业⟧，总数达到⟦79家¦高新技术企业⟧，高新技术产业产值占比达到⟦43.5%¦高新技术产业产值占比⟧，提高⟦2.8个百分点¦高新技术产业产值占比¦m=c⟧。粮食总产量达到⟦9.12亿斤¦粮食总产量¦u=亿斤⟧，实现十九连丰。
（三）民生保障扎实有力。民生支出占一般公共预算支出的比重达到⟦80.6%¦民生支出占一般公共预算支出比重⟧。城镇新增就业⟦4260人¦城镇新增就业⟧，发放创业担保贷款⟦1.37亿元¦创业担保贷款¦core=0⟧。新建改造农村公路⟦186公里¦新建改造农村公路¦core=0⟧，改造老旧小区⟦12个¦改造老旧小区¦core=0⟧、惠及居民⟦3150户¦老旧小区改造惠及居民¦core=0 u=户⟧。新增城区中小学学位2⟪/p1⟫"""
TEXT = _wrap(_BODY)
