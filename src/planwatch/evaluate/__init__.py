"""Evaluate plan implementation: targets against results, per area (DESIGN.md semantics).

``evaluate_area(store, "鹤山市")`` judges each target of the area's latest
five-year plan (assembled from all its documents) and its one-year targets with
the official mid-term labels (``Status``: 提前实现 / 快于预期 / 基本符合预期 / 滞后 /
完成 / 未完成 / 暂无数据); ``evaluate_many`` does so for every area
or for a parent and its children; ``completion_table`` regenerates an ended
plan's 主要目标完成情况表.
"""

from planwatch.evaluate.completion import CompletionRow, CompletionTable, completion_table
from planwatch.evaluate.evaluate import evaluate_area, evaluate_ledger, evaluate_many
from planwatch.evaluate.ledger import Ledger, LedgerFact, load_ledger, resolve_area
from planwatch.evaluate.model import (
    AreaEvaluation,
    Judgement,
    SourceRef,
    Status,
    Summary,
    TargetEvaluation,
)
from planwatch.evaluate.qualitative import QualitativeTarget
from planwatch.evaluate.summary import summarise, summary_line

__all__ = [
    "AreaEvaluation",
    "CompletionRow",
    "CompletionTable",
    "Judgement",
    "Ledger",
    "LedgerFact",
    "QualitativeTarget",
    "SourceRef",
    "Status",
    "Summary",
    "TargetEvaluation",
    "completion_table",
    "evaluate_area",
    "evaluate_ledger",
    "evaluate_many",
    "load_ledger",
    "resolve_area",
    "summarise",
    "summary_line",
]
