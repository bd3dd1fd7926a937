"""The evaluation as an XLSX workbook: one sheet per section, real numeric cells.

Sheets: 概要 (summary and by category), 指标 (every target, numbers as numbers),
滞后 (behind or missed, with growth needed), 来源 (document, offsets, quote), and
完成情况 (an ended plan's completion table) when one is given.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from planwatch.core.cells import spreadsheet_safe
from planwatch.evaluate.completion import CompletionTable
from planwatch.evaluate.model import AreaEvaluation, Status
from planwatch.report.html import ROLES_ZH
from planwatch.report.view import MEASURE_ZH, title

_FILLS = {
    Status.ON_TRACK: "C8E6C9",
    Status.MET: "C8E6C9",
    Status.ACHIEVED_EARLY: "BBDEFB",
    Status.BEHIND: "FFE0B2",
    Status.MISSED: "FFCDD2",
    Status.NO_DATA: "EEEEEE",
}
_BOLD = Font(bold=True)
# Characters openpyxl refuses in a cell (control characters from scraped pages).
_ILLEGAL = {i: None for i in range(32) if i not in (9, 10, 13)}


def _text(x: object) -> object:
    return spreadsheet_safe(x.translate(_ILLEGAL)) if isinstance(x, str) else x


def _sheet(wb: Workbook, name: str, header: list[str], rows: list[list[object]], first=False):
    ws = wb.active if first else wb.create_sheet(name)
    ws.title = name
    ws.append(header)
    for c in ws[1]:
        c.font = _BOLD
    for r in rows:
        ws.append([_text(v) for v in r])
    ws.freeze_panes = "A2"
    return ws


def render_xlsx(ev: AreaEvaluation, completion: CompletionTable | None = None) -> bytes:
    wb = Workbook()
    s = ev.summary
    summary_rows: list[list[object]] = [
        ["地区", ev.area.name],
        ["地区代码", ev.area.code],
        ["规划文件", ev.plan.name if ev.plan else ""],
        ["规划期", ev.plan.when if ev.plan else ""],
        ["评估年份", ev.as_of],
        ["增速容差（百分点）", ev.tolerance_pp],
        ["概要", ev.summary_line()],
        [],
        ["类别", "指标数", "符合或快于预期", "提前实现", "滞后", "未完成", "暂无数据"],
        ["合计", s.total, s.favourable, s.achieved_early, s.behind, s.missed, s.no_data],
    ]
    for cat, c in ev.by_category().items():
        summary_rows.append(
            [cat, c.total, c.favourable, c.achieved_early, c.behind, c.missed, c.no_data]
        )
    _sheet(wb, "概要", ["项目", title(ev)], summary_rows, first=True)

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
                r.basis,
                r.explanation,
            ]
        )
    ws = _sheet(wb, "指标", header, rows)
    status_col = header.index("状态") + 1
    for i, r in enumerate(ev.rows, start=2):
        ws.cell(i, status_col).fill = PatternFill("solid", fgColor=_FILLS[r.status])
        for col in (header.index("预期进度") + 1, header.index("实际进度") + 1):
            ws.cell(i, col).number_format = "0%"

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
            r.explanation,
        ]
        for r in ev.behind
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
    ]
    _sheet(wb, "滞后", behind_header, behind)

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
