"""Status counts and the summary line official evaluations use.

"20项主要指标中，12项符合或快于预期，3项滞后，5项暂无数据": 符合或快于预期 counts
on-track, achieved-early and met targets; 滞后 counts those behind; 未完成 (named
only when there are any) counts targets missed; 暂无数据 those with no later data.
"""

from __future__ import annotations

from collections.abc import Iterable

from planwatch.catalog.catalog import CATEGORIES
from planwatch.evaluate.model import Status, Summary, TargetEvaluation


def summarise(statuses: Iterable[Status]) -> Summary:
    """Count statuses."""
    counts = dict.fromkeys(Status, 0)
    for s in statuses:
        counts[s] += 1
    return Summary(
        total=sum(counts.values()),
        on_track=counts[Status.ON_TRACK],
        ahead=counts[Status.AHEAD],
        achieved_early=counts[Status.ACHIEVED_EARLY],
        met=counts[Status.MET],
        behind=counts[Status.BEHIND],
        missed=counts[Status.MISSED],
        no_data=counts[Status.NO_DATA],
    )


def summary_line(summary: Summary, noun: str = "主要指标") -> str:
    """One sentence: N项主要指标中，M项符合或快于预期，K项滞后，J项暂无数据."""
    if summary.total == 0:
        return f"暂无可评估的{noun}"
    parts = [f"{summary.favourable}项符合或快于预期"]
    if summary.achieved_early:
        parts[0] += f"（其中{summary.achieved_early}项提前实现）"
    parts.append(f"{summary.behind}项滞后")
    if summary.missed:
        parts.append(f"{summary.missed}项未完成")
    parts.append(f"{summary.no_data}项暂无数据")
    return f"{summary.total}项{noun}中，" + "，".join(parts)


def summarise_by_category(rows: Iterable[TargetEvaluation]) -> dict[str, Summary]:
    """A summary per category, in the catalog's category order (其他 last)."""
    groups: dict[str, list[Status]] = {}
    for row in rows:
        groups.setdefault(row.category, []).append(row.status)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return {
        cat: summarise(sts)
        for cat, sts in sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))
    }
