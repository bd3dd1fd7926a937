"""Ways real pages change what a document says about itself (round 16), beside
``bench/perturb.py``'s flattenings: its title, its date and the words around it.

A document's genre and reference year are read from its title, its opening and its date
lines. Real pages move or hide those and put other documents' titles and dates around
them; each transformation here is one such form, the gold remapped exactly (its genre,
``published`` and area unchanged: the document is the same). Seeded and deterministic.

- ``notitle``: the title line missing (a page whose title stood in markup only, a text
  pasted from under its heading): the document's first line, when it is a short line
  with no sentence and no gold figure, deleted.
- ``chrometitle``: the title only inside web chrome: the first line deleted from the body
  and printed in the breadcrumb (当前位置：首页 > 政务公开 > 标题) and a browser title line
  (标题_某市人民政府门户网站).
- ``repost``: a later re-post's chrome with dates of other years: over the body a
  更新时间/发布时间 one or two years after the gold's publication (the page was posted again),
  under it 上一篇/下一篇 naming documents of other genres and years and a related-links list
  with their dates.
- ``newslead``: a newspaper reprinting the document in full: a page line (the paper, a
  date the day after publication where the gold knows its month, the page number), a lead
  (本报讯（记者 …）… 现将全文刊发如下) over the body and the reporter's or editor's line under it.
- ``cover``: a cover and a table of contents on top: the title, the issuing office, the
  month in Chinese numerals (二〇二四年一月, where the gold knows it) and 目录 listing the
  document's own headings (一、… / 第一章…) with page numbers.
- ``dateend``: the date line moved to the end: a date standing alone on one of the first
  lines (an issue line) deleted, and a 落款 — the issuing office and the date in Chinese
  numerals — after the body (where the gold knows the month; else no 落款).
- ``header``: a running header on every page: a gazette's name and issue (某市人民政府公报
  2024年第3期, the gold's year) and a page number between pages, every 600–1,000 characters.

Every inserted stretch is chrome (``perturb.chrome`` of the output gold), except the
title's copies (a title's figures are facts, GOLD_SPEC).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from perturb import Doc, Edit, _inside, _published, lines, protected

_CN_DIGITS = "〇一二三四五六七八九"
_SENTENCE = re.compile(r"[。；;]")
_DATE_ONLY = re.compile(
    r"^\s*[(（]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*[)）]?\s*$"
)
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章篇部分])\S"
)
_ISSUER = {
    "communique": "统计局",
    "statistical_news": "统计局",
    "work_report": "人民政府",
    "news": "日报社",
}
_PLAN_ISSUER = "发展和改革委员会"
# Titles of documents of other genres and years, as a site's 上一篇/下一篇 and related lists
# name them (one genre each).
_OTHER_TITLES = {
    "communique": "{area}{y}年国民经济和社会发展统计公报",
    "work_report": "{y}年{area}人民政府工作报告",
    "plan_outline": "{area}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
    "implementation_report": "关于{area}{y}年国民经济和社会发展计划执行情况与{z}年计划草案的报告",
    "plan_midterm_evaluation": "{area}“十四五”规划纲要实施中期评估报告",
    "news": "{area}召开{y}年全市经济工作会议",
    "statistical_news": "{y}年一季度{area}经济运行情况",
}


def _cn_year(y: int) -> str:
    return "".join(_CN_DIGITS[int(d)] for d in str(y))


def _cn_small(n: int) -> str:
    """1..31 in Chinese numerals (十, 十二, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def _title_line(doc: Doc) -> tuple[int, int] | None:
    """The document's first line, when it reads as a title: short, no sentence, no gold
    figure in it."""
    guard = protected(doc)
    for a, b in lines(doc.text):
        s = doc.text[a:b].strip()
        if not s:
            continue
        if len(s) > 60 or _SENTENCE.search(s) or any(a <= x < b for x, _ in guard):
            return None
        return a, b
    return None


def _delete_line(doc: Doc, span: tuple[int, int]) -> Edit:
    a, b = span
    end = b + 1 if doc.text[b : b + 1] == "\n" else b
    return Edit(a, end, "")


def _area(doc: Doc) -> str:
    return str(doc.gold.get("jurisdiction") or "")


def _genre(doc: Doc) -> str:
    return str(doc.gold.get("genre") or "")


def notitle(doc: Doc, rng: random.Random) -> list[Edit]:
    """The title line deleted (see the module's note)."""
    span = _title_line(doc)
    return [] if span is None else [_delete_line(doc, span)]


def chrometitle(doc: Doc, rng: random.Random) -> list[Edit]:
    """The title only in a breadcrumb and a browser title line (see the module's note)."""
    span = _title_line(doc)
    if span is None:
        return []
    title = doc.text[span[0] : span[1]].strip()
    head = (
        f"{title}_{_area(doc)}人民政府门户网站\n"
        f"当前位置：首页 > 政务公开 > {rng.choice(('通知公告', '政策文件', '规划计划'))} > {title}\n"
    )
    return [Edit(0, 0, head, chrome=True), _delete_line(doc, span)]


def _other_titles(doc: Doc, rng: random.Random, base: int, n: int) -> list[tuple[str, int]]:
    genres = [g for g in _OTHER_TITLES if g != _genre(doc)]
    out = []
    for g in rng.sample(genres, n):
        y = base + rng.choice((-2, -1, 1, 2))
        out.append((_OTHER_TITLES[g].format(area=_area(doc), y=y, z=y + 1), y))
    return out


def _base_year(doc: Doc) -> int:
    m = re.match(r"\d{4}", str(doc.gold.get("published") or ""))
    if m:
        return int(m.group())
    first = re.search(r"(?:19|20)\d{2}", doc.text)
    return int(first.group()) if first else 2020


def repost(doc: Doc, rng: random.Random) -> list[Edit]:
    """A re-post's chrome with other years' dates (see the module's note)."""
    base = _base_year(doc)
    later = base + rng.choice((1, 2))
    stamp = f"{later}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    label = rng.choice(("更新时间", "发布时间", "发布日期"))
    head = f"{label}：{stamp} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  【打印】【关闭】\n"
    prev, nxt, *related = _other_titles(doc, rng, base, 4)
    tail = ["", f"上一篇：{prev[0]}", f"下一篇：{nxt[0]}", "相关链接"]
    for title, y in related:
        tail.append(f"· {title}  {y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    end = len(doc.text)
    return [
        Edit(0, 0, head, chrome=True),
        Edit(end, end, "\n" + "\n".join(tail) + "\n", chrome=True),
    ]


_PAPERS = ("日报", "晚报", "报")
_SURNAMES = "王李张刘陈杨赵黄周吴"
_NAMES = "明华军丽静强磊洋艳勇"


def _reporter(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_NAMES) + rng.choice(("", rng.choice(_NAMES)))


def newslead(doc: Doc, rng: random.Random) -> list[Edit]:
    """A newspaper's reprint of the document in full (see the module's note)."""
    area = _area(doc)
    date = _published(doc.gold, doc.text, rng)
    paper = f"{area[:2]}{rng.choice(_PAPERS)}"
    page = f"第{rng.randint(2, 8):02d}版"
    if date:
        y, m, d = date
        d = min(d + 1, 28)
        top = f"{paper}  {y}年{m}月{d}日  {page}：要闻"
        lead = f"本报讯（记者 {_reporter(rng)}）{m}月{d}日，本报全文刊发如下。"
    else:
        top = f"{paper}  {page}：要闻"
        lead = f"本报讯（记者 {_reporter(rng)} 通讯员 {_reporter(rng)}）现将全文刊发如下。"
    head = f"{top}\n{lead}\n\n"
    tail = rng.choice((f"（记者 {_reporter(rng)} 整理）", f"责任编辑：{_reporter(rng)}"))
    end = len(doc.text)
    return [Edit(0, 0, head, chrome=True), Edit(end, end, f"\n{tail}\n", chrome=True)]


def _issuer(doc: Doc) -> str:
    genre = _genre(doc)
    return _area(doc) + _ISSUER.get(genre, _PLAN_ISSUER if "plan" in genre else "人民政府")


def _cn_month(date: tuple[int, int, int] | None, day: bool) -> str:
    if date is None:
        return ""
    y, m, d = date
    return f"{_cn_year(y)}年{_cn_small(m)}月" + (f"{_cn_small(d)}日" if day else "")


def cover(doc: Doc, rng: random.Random) -> list[Edit]:
    """A cover and a table of contents (see the module's note)."""
    span = _title_line(doc)
    title = doc.text[span[0] : span[1]].strip() if span else ""
    headings = [
        doc.text[a:b].strip()[:30]
        for a, b in lines(doc.text)
        if _HEADING.match(doc.text[a:b]) and len(doc.text[a:b].strip()) <= 40
    ][:12]
    month = _cn_month(_published(doc.gold, doc.text, rng), day=False)
    head = [title, "", _issuer(doc)] + ([month] if month else []) + ["", "目  录", ""]
    page = rng.randint(1, 3)
    for h in headings:
        head.append(f"{h}{'…' * rng.randint(6, 12)}{page}")
        page += rng.randint(1, 6)
    text = "\n".join(head) + "\n\n"
    return [Edit(0, 0, text, chrome=True)]


def dateend(doc: Doc, rng: random.Random) -> list[Edit]:
    """The date line moved to a 落款 after the body (see the module's note)."""
    guard = protected(doc)
    edits: list[Edit] = []
    seen = 0
    for a, b in lines(doc.text):
        if not doc.text[a:b].strip():
            continue
        seen += 1
        if seen > 6:
            break
        if _DATE_ONLY.match(doc.text[a:b]) and not any(a <= x < b for x, _ in guard):
            edits.append(_delete_line(doc, (a, b)))
            break
    date = _published(doc.gold, doc.text, rng)
    day = bool(re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", str(doc.gold.get("published") or "")))
    sign = _cn_month(date, day=day)
    if sign:
        end = len(doc.text)
        edits.append(Edit(end, end, f"\n\n{_issuer(doc)}\n{sign}\n", chrome=True))
    return edits


def header(doc: Doc, rng: random.Random) -> list[Edit]:
    """A gazette's running header and a page number on every page (see the module's note)."""
    every = rng.randint(600, 1000)
    year = re.match(r"\d{4}", str(doc.gold.get("published") or ""))
    issue = rng.randint(1, 12)
    name = f"{_area(doc)}人民政府公报" + (f"  {year.group()}年第{issue}期" if year else "")
    guard = protected(doc)
    edits, k, next_break = [], 0, every
    for at, _ in lines(doc.text)[1:]:
        if at < next_break or _inside(at, guard):
            continue
        k, next_break = k + 1, at + every
        edits.append(Edit(at, at, f"- {k} -\n{name}\n", chrome=True))
    return edits


DOC_FORMS: dict[str, Callable[[Doc, random.Random], list[Edit]]] = {
    "notitle": notitle,
    "chrometitle": chrometitle,
    "repost": repost,
    "newslead": newslead,
    "cover": cover,
    "dateend": dateend,
    "header": header,
}
