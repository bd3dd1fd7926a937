"""The name of how much of an aim is done, stated after the result it measures (累计完成投资
1236亿元，完成《纲要》五年目标的41.2%; 两年累计下降6.4%，完成“十三五”目标任务的40%;
已完成规划增量的75.5%; 完成下降14.5%目标的进度不足三成): a naming stage of the prose
extractor.

Mid-term and final evaluations (and annual plan reports) weigh each main indicator by the
share of the plan's aim it has reached, in a clause with no subject of its own right after
the result: the share is of the indicator the sentence's figure before it named. Left to
the words before it, the share would be named by the aim's words alone (《纲要》五年, 任务,
规划目标), which say whose aim it is but not what is measured.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planwatch.extract.prose_names import SentenceState, clean_name, sentence_subject
from planwatch.extract.prose_script import BLANK
from planwatch.extract.quoted_aims import BUDGET_SHARE, BUDGET_WORD_RE

if TYPE_CHECKING:  # the reader passes itself; imported for types only (no cycle at run time)
    from planwatch.extract.prose_reader import Reading, SentenceReader

# The clause before the share, from its start: a done verb, whose aim (the plan, its period,
# its total, a quoted aim with its own figure), 的, perhaps 进度 and a link word (完成《纲要》
# 确定的五年累计目标的, 已完成规划增量的, 完成“十四五”下降14.5%目标的进度不足).
_DONE_SHARE_RE = re.compile(
    r"^(?:(?:目前|总体|两年|三年|兩年)?(?:已|仅|僅|只|共|累计|累計)?(?:完成|实现|實現|达到|達到|为|為)了?"
    r"(?P<aim>[^,，。;；]{0,30}?(?:目[标標]|任[务務]|增量|[总總]投[资資]|[总總]量|[计計][划劃]|[预預]算(?:数|數)?))"
    # (the aim's own figure quoted after its words: 完成五年目标600亿元的, 为规划目标4200亿元的)
    r"(?:\s*\d[\d.]*\s*[^\d\s,，。;；的]{0,4})?"
    # (or a budget's or plan's share, 为年度预算的103%, 为年初计划的98.6%; 完成预算的101.2%)
    r"|为(?P<budget>(?:年度|全年|年初)?(?:预算|計劃|计划))"
    # (or a budget's or the year's plan's sum it is a share of: 占年初预算10065万元的, 占全年计划
    # 230亿元的)
    rf"|占(?P<sum>{BUDGET_WORD_RE.pattern})\s*\d[\d.,]*\s*[^\d\s,，。;；的]{{0,4}})"
    r"(?:任[务務])?的\s*(?:[进進]度)?(?:为|為|仅为|僅為|只有|不足|达到|達到|达|達|超过|超過|约|約|近)?\s*$"
)
# What the aim is of, for the name: the plan's (规划, 纲要) or a higher level's (省下达), and
# the aim as a whole, the increase it sets (规划增量), the total it plans (总投资), the task
# (任务) or the year's plan (年度计划). The aim's other words and figures (《纲要》确定的五年
# 累计, “五年新增150万人以上”) stay in the quote: a long name would hide the indicator the
# share is of. (Traditional-script mirrors print the same words: 省下達任務.)
_PLAN_WORD_RE = re.compile(r"规划|纲要|規劃|綱要")
_ISSUER_RE = re.compile(r"(?:省|市|国家|國家|上级|上級)下[达達]")
_AIM_HEAD_RE = re.compile(
    r"增量|总投资|總投資|任务|任務|目标|目標|(?:年度)?计划|(?:年度)?計劃|(?:年度)?预算"
)


# A clause naming its own subject before the budget's sum and the share of it done.
_SUBJECT_BUDGET_RE = re.compile(
    rf"^(.{{2,24}}?){BUDGET_SHARE}\s*\d[\d.,]*\s*[^\d的,，]{{0,4}}的\s*$"
)
_BUDGET_TAIL_RE = re.compile(rf"(?<=\w)(?:{BUDGET_WORD_RE.pattern})$")


def progress_share_name(reader: SentenceReader, r: Reading, st: SentenceState) -> None:
    """Name a share of an aim done, in a clause of its own after a figure of the sentence,
    by that figure's indicator and the aim (一般公共预算收入 + 完成五年累计目标比例)."""
    if r.v.unit != "%" or r.v.fixed_name:
        return
    own = _SUBJECT_BUDGET_RE.match(reader.view[r.cs : r.v.start].replace(BLANK, "").strip())
    if own is not None and clean_name(own[1]):  # (支出占调整预算数539267万元的95.1%)
        r.name, r.of_plan = f"{clean_name(own[1])}完成预算比例", True
        return
    if not st.names or r.cs <= reader.s:
        return
    m = _DONE_SHARE_RE.match(reader.view[r.cs : r.v.start].replace(BLANK, "").strip())
    if m is None:
        return
    # (A budget's sum named before the share, 财政总收入年初预算: the share is the revenue's.)
    subject = _BUDGET_TAIL_RE.sub("", st.prev_name) or sentence_subject(st)
    if not subject:
        return
    aim = m.group("aim") or m.group("budget") or m.group("sum")
    issuer = _ISSUER_RE.search(aim)
    whose = issuer.group() if issuer else ("规划" if _PLAN_WORD_RE.search(aim) else "")
    heads = _AIM_HEAD_RE.findall(aim)
    r.name = f"{subject}完成{whose}{heads[0] if heads else '目标'}比例"
    r.of_plan = True
