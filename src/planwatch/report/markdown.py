"""The evaluation as Markdown: summary, targets table, behind list, sources."""

from __future__ import annotations

from planwatch.evaluate.model import AreaEvaluation
from planwatch.evaluate.rules import fmt_pct
from planwatch.report.view import TARGET_COLUMNS, target_row_values, title


def _cell(x: object) -> str:
    # A pipe or newline from a document would break the table row.
    text = str(x).replace("|", "\\|").replace("\n", " ").replace("\r", " ")
    # Markdown viewers pass raw HTML through: document text must not become markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(ev: AreaEvaluation) -> str:
    lines = [f"# {title(ev)}", ""]
    if ev.plan:
        lines.append(f"规划文件：{ev.plan.name}（{ev.plan.when}）")
    lines += [f"增速容差：{ev.tolerance_pp}个百分点", "", "## 概要", "", ev.summary_line(), ""]
    for cat, s in ev.by_category().items():
        lines.append(
            f"- {cat}：{s.total}项，{s.favourable}项符合或快于预期，{s.behind}项滞后，"
            f"{s.missed}项未完成，{s.no_data}项暂无数据"
        )
    lines += ["", "## 指标", ""]
    lines.append("| " + " | ".join(TARGET_COLUMNS) + " |")
    lines.append("|" + "---|" * len(TARGET_COLUMNS))
    for row in ev.rows:
        lines.append("| " + " | ".join(_cell(v) for v in target_row_values(row)) + " |")
    lines += ["", "## 滞后指标", ""]
    if not ev.behind:
        lines.append("无。")
    for row in ev.behind:
        # The explanation usually states the needed growth already; add it only when not.
        need = (
            f"，剩余年份需年均增长{fmt_pct(row.needed_growth)}"
            if row.needed_growth and "需年均增长" not in row.explanation
            else ""
        )
        lines.append(f"- **{row.indicator}**：{_cell(row.explanation)}{need}")
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
