"""The ``describe`` stage: a document's area, genre, reference date and plan period.

``describe(text, name=…, title=…)`` decides them once, with their evidence, into
a :class:`~planwatch.core.data.DocumentMeta`; later stages read ``meta.doc_type``,
``meta.reference_year``, ``meta.present_year``, ``meta.reviewed_year``,
``meta.horizon_year``, ``meta.target_year`` and ``meta.period_start``/``period_end``
and decide none of it again.
"""

from planwatch.describe.doctype import detect_genre, plan_period
from planwatch.describe.meta import describe
from planwatch.describe.refdate import ReferenceDate, reference_date

__all__ = ["ReferenceDate", "describe", "detect_genre", "plan_period", "reference_date"]
