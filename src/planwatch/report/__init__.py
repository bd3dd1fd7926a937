"""Evaluation reports: HTML (one offline file), XLSX (one sheet per section), Markdown.

``render_report(evaluation, "html")`` returns the file's bytes; pass a
:class:`~planwatch.evaluate.completion.CompletionTable` to include an ended
plan's completion table. Templates live in ``planwatch/report/templates/``.
"""

from __future__ import annotations

from planwatch.core.errors import UsageError
from planwatch.evaluate.completion import CompletionTable
from planwatch.evaluate.model import AreaEvaluation

FORMATS = ("html", "xlsx", "md")


def render_report(
    evaluation: AreaEvaluation, fmt: str, *, completion: CompletionTable | None = None
) -> bytes:
    """The report in ``fmt`` ("html" | "xlsx" | "md") as bytes (UTF-8 for text formats)."""
    fmt = fmt.lower().lstrip(".")
    if fmt in ("markdown",):
        fmt = "md"
    if fmt == "html":
        from planwatch.report.html import render_html

        return render_html(evaluation, completion).encode("utf-8")
    if fmt == "xlsx":
        from planwatch.report.xlsx import render_xlsx

        return render_xlsx(evaluation, completion)
    if fmt == "md":
        from planwatch.report.markdown import render_markdown

        return render_markdown(evaluation).encode("utf-8")
    raise UsageError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render_report"]
