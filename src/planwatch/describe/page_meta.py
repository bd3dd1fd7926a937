"""The page's own metadata where the text says nothing: an HTML page's ``<meta>`` publication
date and site name (:mod:`planwatch.read.page_meta`) as the document's reference date and area.

Only a field detection left empty is filled, and a field the user set is never touched: a date
or area the text gives (a meeting line, a dateline, 发布时间 in the page's chrome, the area a
report names) outweighs what the page's head says. A statistics release of 一季度 that prints
neither its year nor its county, saved as a page of its county's portal, is then dated by the
portal's 2021-04-09 and placed by its 某区人民政府. The evidence says so (basis ``page_meta``).
"""

from __future__ import annotations

from planwatch.core.data import Area, DocumentMeta, Evidence
from planwatch.describe.areas import resolve_name, scan_names
from planwatch.describe.asof import with_as_of
from planwatch.describe.user import with_evidenced, years_of_date

PAGE_META = "page_meta"


def with_page_meta(
    meta: DocumentMeta, published: str | None, site: str | None, text: str
) -> DocumentMeta:
    """``meta`` with the page's date and site filling a reference date and an area it lacks."""
    changes: dict[str, object] = {}
    evidence: list[Evidence] = []
    # (A date or area the user set is one detection has: never left empty.)
    if published and meta.reference_date is None and meta.reference_year is None:
        changes.update(published=published, reference_date=published)
        changes.update(years_of_date(published, meta.doc_type))
        evidence.append(Evidence("reference_date", PAGE_META, published))
    area = _site_area(site, text) if site and meta.area is None else None
    if area is not None:
        changes["area"] = area
        evidence.append(Evidence("area", PAGE_META, site))
    if not changes:
        return meta
    meta = with_evidenced(meta, changes, evidence)
    return with_as_of(meta, text) if "reference_date" in changes else meta


def _site_area(site: str, text: str) -> Area | None:
    """The area a site's name names last (某市某区人民政府 -> the district), read in the text's
    context; None when it names none (中国经济网)."""
    found = list(scan_names(site))
    if not found:
        return None
    start, end, _ = found[-1]
    return resolve_name(site[start:end], text)
