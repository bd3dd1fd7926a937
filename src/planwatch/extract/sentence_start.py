"""Where the sentence holding a position starts, in the matching view of the prose stages.

A leaf module, so that the section stage's helpers (``judged``, imported by ``sections``)
and the prose stages share one rule.
"""

from __future__ import annotations


def full_sentence_start(view: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, past clauses parted by a semicolon
    (预计到2025年…；…可能回落至4.5%左右 is one sentence)."""
    return max(view.rfind("。", 0, at), view.rfind("\n", 0, at)) + 1
