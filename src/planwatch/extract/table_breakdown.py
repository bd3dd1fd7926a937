"""A breakdown's label row in a statistics table (按经营地分, 按消费类型分, 按行业分): how the
total above it is split, not a parent of the rows under it. Those rows stay under the total,
the row with figures above the label (past the rows of an earlier breakdown of the same
total: 社会消费品零售总额 / 按经营地分 城镇 乡村 / 按消费类型分 商品零售 餐饮收入), as the
statistical communiqués' tables of retail sales and investment print them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planwatch.extract.table_words import squeeze

if TYPE_CHECKING:  # (the rows' type only: table_rows calls this module)
    from planwatch.extract.table_rows import RowDraft

_BREAKDOWN_RE = re.compile(r"(?:其中)?[:：]?按[\u4e00-\u9fff]{1,8}分[:：]?")


def total_broken_down(rows: Sequence[RowDraft], label: str, above: str | None) -> RowDraft | None:
    """The row a breakdown's ``label`` splits: the last row with figures that is not a part
    of the breakdown before (whose parent is ``above``, the parent in force); None when
    ``label`` is no breakdown's or no row with figures stands above it."""
    if not _BREAKDOWN_RE.fullmatch(squeeze(label)):
        return None
    for row in reversed(rows):
        if row.values and row.names and (row.parent is None or row.parent != above):
            return row
    return None
