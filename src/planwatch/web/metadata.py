"""The document page's metadata form: set a document's area, type, year or date.

``POST /documents/{id}/metadata`` does what ``planwatch set`` does, through
the same library function (:func:`planwatch.reresolve.rederive`): what the
user sets wins over detection, the stored text is analysed again and the
document's facts replaced. An empty field leaves it as it is; a ticked
``unset`` box returns that field to detection. Writes pass the app's guards
(allowed hosts, and a browser's Origin must be the page's own: see
:mod:`planwatch.web.guards`), so another site cannot post the form; every value
shown back is escaped by the templates.
"""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from planwatch.core.errors import UsageError
from planwatch.describe.user import parse_unset, user_meta
from planwatch.reresolve import rederive
from planwatch.web.params import DbId
from planwatch.web.render import page, store_of

router = APIRouter()

# Longer values are no area name, type, year or date: refused before parsing.
MAX_VALUE_CHARS = 40


@router.post("/documents/{doc_id}/metadata", include_in_schema=False)
def set_metadata(
    request: Request,
    doc_id: DbId,
    area: str = Form(""),
    doc_type: str = Form("", alias="type"),
    year: str = Form(""),
    published: str = Form(""),
    unset: list[str] = Form([]),
) -> Response:
    """Set what the user says the document is, derive it again, and show it."""
    values = {"area": area, "type": doc_type, "year": year, "published": published}
    try:
        if any(len(v) > MAX_VALUE_CHARS for v in (*values.values(), *unset)):
            raise UsageError(f"a value is over {MAX_VALUE_CHARS} characters long")
        # Empty fields of the form leave their field as it is; only ticked boxes unset.
        given = {k: v.strip() or None for k, v in values.items()}
        cleared = parse_unset(given, unset)
        user = user_meta(
            area=given["area"],
            doc_type=given["type"],
            year=given["year"],
            published=given["published"],
        )
        rederive(store_of(request), doc_id, user, unset=cleared)
    except UsageError as exc:
        return page(
            request,
            "error.html",
            status_code=400,
            title="Document not changed",
            message=str(exc).replace("--", ""),
        )
    return RedirectResponse(f"/documents/{doc_id}", status_code=303)
