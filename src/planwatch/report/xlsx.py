"""The evaluation as an XLSX workbook: one sheet per section, real numeric cells.

Sheets: 概要 (summary, the officials' paragraph, counts by category),
主要指标评估表 (the annex: 序号, 指标, 属性, base, target, each year, progress, label,
growth still needed, projection), 指标 (every target, numbers as numbers),
滞后 (behind or missed, with growth needed and the documents' reasons), 来源
(document, offsets, quote), and 完成情况 (an ended plan's completion table) when
one is given. Headers are Chinese, values rounded, column widths set.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from planwatch.core.cells import spreadsheet_safe
from planwatch.core.widths import display_width
from planwatch.evaluate.completion import CompletionTable
from planwatch.evaluate.model import AreaEvaluation, Status
from planwatch.report.annex import (
    annex_header,
    annex_order,
    annex_rows,
    lagging,
    summary_paragraph,
)
from planwatch.report.html import ROLES_ZH
from planwatch.report.view import BASIS_ZH, MEASURE_ZH, title

_FILLS = {
    Status.ON_TRACK: "C8E6C9",
    Status.AHEAD: "A5D6A7",
    Status.MET: "C8E6C9",
    Status.ACHIEVED_EARLY: "BBDEFB",
    Status.BEHIND: "FFE0B2",
    Status.MISSED: "FFCDD2",
    Status.NO_DATA: "EEEEEE",
}
_BOLD = Font(bold=True)
# Characters openpyxl refuses in a cell (control characters from scraped pages).
_ILLEGAL = {i: None for i in range(32) if i not in (9, 10, 13)}


PLACES = 4  # numbers in the detail sheets are rounded; the annex rounds to 2
_MAX_WIDTH = 60


def _text(x: object) -> object:
    if isinstance(x, float):
        return round(x, PLACES)
    return spreadsheet_safe(x.translate(_ILLEGAL)) if isinstance(x, str) else x


def _width(x: object) -> int:
    """Display width of a cell: a CJK character takes two columns."""
    return display_width("" if x is None else str(x), ambiguous_wide=True)


def _set_widths(ws) -> None:
    """Each column as wide as its longest cell (capped; long text wraps)."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for c in row:
            widths[c.column] = max(widths.get(c.column, 4), _width(c.value) + 2)
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(w, _MAX_WIDTH)
        if w > _MAX_WIDTH:
            for (cell,) in ws.iter_rows(min_col=col, max_col=col):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _sheet(wb: Workbook, name: str, header: list[str], rows: list[list[object]], first=False):
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    ws.append(header)
    for c in ws[1]:
        c.font = _BOLD
    for r in rows:
        ws.append([_text(v) for v in r])
    ws.freeze_panes = "A2"
    _set_widths(ws)
    return ws


def render_xlsx(ev: AreaEvaluation, completion: CompletionTable | None = None) -> bytes:
    wb = Workbook()
    _summary_sheet(wb, ev)
    _annex_sheet(wb, ev)
    _targets_sheet(wb, ev)
    _behind_sheet(wb, ev)
    _sources_sheet(wb, ev)
    if completion is not None and completion.rows:
        grid = completion.to_grid()
        _sheet(
            wb,
            "完成情况",
            [str(x) for x in grid[0]],
            [[None if v == "--" else v for v in line] for line in grid[1:]],
        )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _summary_sheet(wb: Workbook, ev: AreaEvaluation) -> None:
    s = ev.summary
    summary_rows: list[list[object]] = [
        ["地区", ev.area.name],
        ["地区代码", ev.area.code],
        ["规划文件", ev.plan.name if ev.plan else ""],
        ["规划期", ev.plan.when if ev.plan else ""],
        ["评估年份", ev.as_of],
        ["增速容差（百分点）", ev.tolerance_pp],
        ["概要", ev.summary_line()],
        ["评估结论", summary_paragraph(ev)],
        [],
        ["类别", "指标数", "符合或快于预期", "提前实现", "滞后", "未完成", "暂无数据"],
        ["合计", s.total, s.favourable, s.achieved_early, s.behind, s.missed, s.no_data],
    ]
    for cat, c in ev.by_category().items():
        summary_rows.append(
            [cat, c.total, c.favourable, c.achieved_early, c.behind, c.missed, c.no_data]
        )
    _sheet(wb, "概要", ["项目", title(ev)], summary_rows, first=True)


def _annex_sheet(wb: Workbook, ev: AreaEvaluation) -> None:
    annex = _sheet(wb, "主要指标评估表", annex_header(ev), annex_rows(ev, numeric=True))
    label_col = annex_header(ev).index("评价") + 1
    for i, r in enumerate(annex_order(ev), start=2):
        annex.cell(i, label_col).fill = PatternFill("solid", fgColor=_FILLS[r.status])


def _targets_sheet(wb: Workbook, ev: AreaEvaluation) -> None:
    header = [
        "指标",
        "指标代码",
        "类别",
        "口径",
        "范围",
        "目标值",
        "单位",
        "比较",
        "目标年",
        "基期年",
        "基期值",
        "最新实际年",
        "最新实际值",
        "预期进度",
        "实际进度",
        "已实现年均增速(%)",
        "需年均增速(%)",
        "差距",
        "状态",
        "依据",
        "说明",
    ]
    rows = []
    for r in ev.rows:
        a = r.latest_actual
        rows.append(
            [
                r.indicator,
                r.indicator_id,
                r.category,
                MEASURE_ZH.get(r.measure, r.measure),
                "规划" if r.scope == "plan" else "年度",
                r.target_value,
                r.unit,
                r.target.comparator.value,
                r.target_year,
                r.base_year,
                r.base_value,
                a.year if a else None,
                a.comparable_value if a else None,
                r.expected_progress,
                r.actual_progress,
                r.realised_growth,
                r.needed_growth,
                r.gap,
                r.status.label_zh,
                BASIS_ZH.get(r.basis, r.basis),
                r.explanation,
            ]
        )
    ws = _sheet(wb, "指标", header, rows)
    status_col = header.index("状态") + 1
    for i, r in enumerate(ev.rows, start=2):
        ws.cell(i, status_col).fill = PatternFill("solid", fgColor=_FILLS[r.status])
        for col in (header.index("预期进度") + 1, header.index("实际进度") + 1):
            ws.cell(i, col).number_format = "0%"


def _behind_sheet(wb: Workbook, ev: AreaEvaluation) -> None:
    behind = [
        [
            r.indicator,
            r.target_value,
            r.unit,
            r.target_year,
            r.realised_growth,
            r.needed_growth,
            r.actual_progress,
            r.expected_progress,
            r.status.label_zh,
            item.figures,
            "；".join(item.reasons),
        ]
        for r, item in zip(ev.behind, lagging(ev), strict=True)
    ]
    behind_header = [
        "指标",
        "目标值",
        "单位",
        "目标年",
        "已实现年均增速(%)",
        "需年均增速(%)",
        "实际进度",
        "预期进度",
        "状态",
        "说明",
        "原因（文件所述）",
    ]
    _sheet(wb, "滞后", behind_header, behind)


def _sources_sheet(wb: Workbook, ev: AreaEvaluation) -> None:
    sources = [
        [
            r.indicator,
            ROLES_ZH.get(s.role, s.role),
            s.doc,
            s.start,
            s.end,
            s.year,
            s.value,
            s.unit,
            s.value_text,
            s.quote,
        ]
        for r in ev.rows
        for s in r.sources
    ]
    _sheet(
        wb,
        "来源",
        ["指标", "作用", "文件", "起", "止", "年份", "数值", "单位", "原文数值", "原文"],
        sources,
    )
