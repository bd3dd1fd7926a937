"""Names shared out by 分别 over figures named before it, when what each did is a share
of its aim: 研发经费支出占比达到2.55%，发明专利拥有量达到17.2件，分别完成《纲要》目标的
92.7%和68.8%; 化学需氧量、氨氮…减排量分别达到…，分别完成“十四五”减排目标的71.1%、64.3%….

Evaluations and their news weigh each figure of a list against its own aim in one clause
after the list (real3 dev c283, c285; eval6 dev c123, eval9 dev c183; the form of the
national 生态环境保护规划 mid-term evaluation pages, search ``pages``: 分别完成“十三五”目标
的…%). The shares are not the aim's words (完成《纲要》目标): each is the share of the aim
of the figure named in the same place before, named by it with the aim's words after.
"""

from __future__ import annotations

import re

# 分别完成《纲要》目标, 分别完成“十四五”减排目标, 分别完成五年目标任务, 分别完成年度计划: the
# subject of the shares (before their 的), an aim of any plan.
_EACH_AIM_RE = re.compile(r"分别\s*(完成[^,，。;；\d]{0,14}?(?:目标|任务|计划)(?:任务)?(?:值)?)")


def each_aim_names(subject: str, names: list[str], left: int) -> list[str]:
    """The names of ``left`` shares of aims told after 分别 (``subject``), one for each of
    the last ``left`` figures named before (``names``), or [] when the subject is no such
    share or the figures before are not as many, each of its own."""
    m = _EACH_AIM_RE.fullmatch(subject.strip())
    if m is None or left < 2 or len(names) < left:
        return []
    named = names[-left:]
    if len(set(named)) < left:
        return []
    return [name + m[1] for name in named]
