"""Area lookups and fact corrections for the web app, over the Store's public methods."""

from __future__ import annotations

from planwatch.core.data import Fact
from planwatch.core.errors import NotFoundError, UsageError
from planwatch.store.pages import area_rows
from planwatch.store.repo import AreaRow, Store

# A person may correct what a fact says, not where it stands: the record's fields
# from the indicator on (indicator … binding).
CORRECTABLE_FIELDS = Fact.RECORD_FIELDS[Fact.RECORD_FIELDS.index("indicator") :]


def find_area(store: Store, ref: str) -> AreaRow:
    """An area by code or name, among the store's areas (counted for it alone)."""
    found = area_rows(store, codes=[ref]) or area_rows(store, name=ref)
    if found:
        return found[0]
    raise NotFoundError(f"no area {ref!r} in the store; the overview page lists them")


def ancestors(areas: list[AreaRow], code: str) -> list[AreaRow]:
    """The parents of ``code`` among ``areas``, nearest first."""
    by_code = {a.code: a for a in areas}
    out: list[AreaRow] = []
    seen = {code}
    cur = by_code.get(code)
    while cur and cur.parent_code and cur.parent_code not in seen:
        seen.add(cur.parent_code)
        cur = by_code.get(cur.parent_code)
        if cur:
            out.append(cur)
    return out


def correct(
    store: Store,
    fact_id: int,
    *,
    author: str,
    field: str | None,
    value: str | None,
    wrong: bool,
    note: str | None,
) -> int:
    """Store a user's correction of a fact (who/when kept by the store).

    Checks what a form can get wrong before the store sees it; UsageError
    carries a message to show on the page.
    """
    author = (author or "").strip()
    if not author:
        raise UsageError("say who you are: the author field is required")
    if len(author) > 100 or len(note or "") > 2000 or len(value or "") > 500:
        raise UsageError("author, value or note is too long")
    field = field or None
    if field and field not in CORRECTABLE_FIELDS:
        raise UsageError(f"cannot correct field {field!r}; one of {', '.join(CORRECTABLE_FIELDS)}")
    if wrong:
        field = None  # "this is not a fact" needs no field
    return store.correct(
        fact_id,
        author=author,
        field=field,
        value=value.strip() if value else value,
        wrong=wrong,
        note=(note or "").strip() or None,
    )
