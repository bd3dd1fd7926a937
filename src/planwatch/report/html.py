"""The evaluation as one self-contained HTML file (works offline, charts included).

plotly.js is embedded once, inline (``plotly.offline.get_plotlyjs()``), never from
a CDN. Everything that comes from a document is escaped by Jinja2's autoescape;
chart JSON is made safe to sit inside ``<script>``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from planwatch.evaluate.completion import CompletionTable
from planwatch.evaluate.model import AreaEvaluation, TargetEvaluation
from planwatch.evaluate.rules import fmt_pct
from planwatch.report.annex import (
    annex_header,
    annex_order,
    annex_rows,
    lagging,
    summary_paragraph,
)
from planwatch.report.charts import chartable, indicator_chart
from planwatch.report.view import TARGET_COLUMNS, target_row_values, target_text, title

ROLES_ZH = {
    "target": "目标",
    "alternative": "同一目标另见",
    "base": "基期值",
    "actual": "实际值",
    "conflict": "不一致数值",
    "superseded": "原目标（已调整）",
    "reason": "原因",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("planwatch.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def script_json(obj: object) -> str:
    """JSON safe inside <script>: no "</script>" or "<!--" can close or open anything."""
    text = json.dumps(obj, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def chart_rows(ev: AreaEvaluation) -> list[TargetEvaluation]:
    """Which targets get a chart: core indicators and anything behind or judged on data."""
    rows = [r for r in ev.rows if chartable(r) and (r.core or r.actuals)]
    return [r for r in rows if r.scope == "plan"] or rows


def render_html(ev: AreaEvaluation, completion: CompletionTable | None = None) -> str:
    charts = [(f"chart{i}", script_json(indicator_chart(r))) for i, r in enumerate(chart_rows(ev))]
    template = _env().get_template("report.html.j2")
    header = annex_header(ev)
    return template.render(
        ev=ev,
        paragraph=summary_paragraph(ev),
        annex_header=header,
        annex=list(zip(annex_order(ev), annex_rows(ev), strict=True)),
        annex_label_col=header.index("评价"),
        behind=list(zip(ev.behind, lagging(ev), strict=True)),
        title=title(ev),
        categories=ev.by_category(),
        columns=TARGET_COLUMNS,
        status_col=TARGET_COLUMNS.index("状态"),
        rows=[(r, target_row_values(r)) for r in ev.rows],
        charts=charts,
        plotly_js=_plotly_js() if charts else "",
        completion=completion,
        roles=ROLES_ZH,
        target_text=target_text,
        pct=lambda x: fmt_pct(x) if x is not None else "",
    )
