"""The evaluation as Markdown: summary, targets table, behind list, sources."""

from __future__ import annotations

from planwatch.evaluate.model import AreaEvaluation
from planwatch.report.annex import annex_header, annex_rows, lagging, summary_paragraph
from planwatch.report.view import TARGET_COLUMNS, target_row_values, title


def _cell(x: object) -> str:
    # A pipe or newline from a document would break the table row.
    text = str(x).replace("|", "\\|").replace("\n", " ").replace("\r", " ")
    # Markdown viewers pass raw HTML through: document text must not become markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def render_markdown(ev: AreaEvaluation) -> str:
    lines = [f"# {title(ev)}", ""]
    if ev.plan:
        lines.append(f"规划文件：{ev.plan.name}（{ev.plan.when}）")
    lines += [f"增速容差：{ev.tolerance_pp}个百分点", "", "## 概要", "", ev.summary_line(), ""]
    lines += [_cell(summary_paragraph(ev)), ""]
    for cat, s in ev.by_category().items():
        lines.append(
            f"- {cat}：{s.total}项，{s.favourable}项符合或快于预期，{s.behind}项滞后，"
            f"{s.missed}项未完成，{s.no_data}项暂无数据"
        )
    lines += ["", "## 主要指标评估表", ""]
    lines += _table(annex_header(ev), annex_rows(ev))
    lines += ["", "## 滞后指标", ""]
    behind = lagging(ev)
    if not behind:
        lines.append("无。")
    for item in behind:
        lines.append(f"- **{_cell(item.indicator)}**：{_cell(item.figures)}")
        for reason in item.reasons:
            lines.append(f"  - 原因（文件所述）：{_cell(reason)}")
    lines += ["", "## 评估依据", ""]
    lines += _table(list(TARGET_COLUMNS), [target_row_values(row) for row in ev.rows])
    lines += ["", "## 来源", ""]
    n = 0
    for row in ev.rows:
        for src in row.sources:
            n += 1
            lines.append(
                f"{n}. {row.indicator}（{src.role}）：{src.doc} [{src.start}:{src.end}] "
                f"“{_cell(src.quote)}”"
            )
    return "\n".join(lines) + "\n"
