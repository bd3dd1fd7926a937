"""A project's own names in a plan's boxes (专栏): the project a line heads (1.京雄商高铁衡水段：
线路长约69公里) and whether a name is of the project's own size (线路全长, 设计时速, 估算总投资),
a naming stage of the prose extractor split from ``prose_names``."""

from __future__ import annotations

import re

from planwatch.extract.time_words import pattern

# How a name of a project's own size ends (线路长, 设计时速, 估算总投资): data/time_words.csv.
_PROJECT_SIZE_RE = pattern("project_spec", "$")


def project_size(name: str) -> bool:
    """Whether ``name`` is of a project's own size (线路全长, 设计时速, 估算总投资)."""
    return _PROJECT_SIZE_RE.search(name) is not None


# A project's run-in name before a colon, opening a line (1.京雄商高铁衡水段：), and the
# box (专栏N …重点项目) the line belongs to: no blank line between its title and the line.
_PROJECT_HEAD_RE = re.compile(
    r"[ \t　]*(?:\d{1,2}\s*[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?"
    r"(?P<name>[^\d\s，,。；;：:“”]{2,24})[：:]"
)
_BOX_TITLE_RE = re.compile(r"(?:^|\n)[ \t　]*专栏")


def project_line(view: str, pos: int) -> str:
    """The project named at the head of ``pos``'s line in a 专栏 box (京雄商高铁衡水段 of
    ``1.京雄商高铁衡水段：线路长约69公里``), else ""."""
    line = view.rfind("\n", 0, pos) + 1
    m = _PROJECT_HEAD_RE.match(view, line, pos)
    if m is None or "。" in view[m.end() : pos]:
        return ""
    above = view.rfind("\n\n", 0, line)
    if _BOX_TITLE_RE.search(view, max(above, 0), line) is None:
        return ""
    return m.group("name")
