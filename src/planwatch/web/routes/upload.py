"""Upload: add a document from the browser through the same ingest path as the CLI."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from planwatch.core.data import DocType
from planwatch.core.errors import PlanwatchError, TooLargeError
from planwatch.web.render import json_response, page, store_of
from planwatch.web.uploads import read_upload, save_and_ingest

log = logging.getLogger(__name__)
router = APIRouter()


def _limit(request: Request) -> int:
    return request.app.state.max_upload_bytes


@router.get("/upload", include_in_schema=False)
def upload_page(request: Request) -> Response:
    return page(
        request,
        "upload.html",
        limit=_limit(request),
        summary=None,
        error=None,
        doc_types=list(DocType),
    )


async def _receive(request: Request):
    """(IngestSummary | None, error message | None, HTTP status)."""
    limit = _limit(request)
    declared = request.headers.get("content-length")
    try:
        if declared and declared.isdigit() and int(declared) > limit + 64 * 1024:
            # Refused before reading a byte of the body.
            raise TooLargeError("upload", f"file is over the {limit / 2**20:.0f} MiB upload limit")
        upload = await read_upload(request.stream(), request.headers.get("content-type", ""), limit)
        # Analysis and the store write are blocking work: keep them off the event loop.
        summary = await run_in_threadpool(
            save_and_ingest, upload, store_of(request), request.app.state.upload_dir, limit
        )
    except TooLargeError as exc:
        return None, str(exc), 413
    except PlanwatchError as exc:
        return None, str(exc), 400
    failed = [i for i in summary.items if i.status == "failed"]
    if failed:
        return summary, "; ".join(i.error or "failed" for i in failed), 400
    return summary, None, 200


@router.post("/upload", include_in_schema=False)
async def upload_form(request: Request) -> Response:
    summary, error, status = await _receive(request)
    item = summary.items[0] if summary and summary.items else None
    return page(
        request,
        "upload.html",
        status_code=status,
        limit=_limit(request),
        summary=summary,
        item=item,
        error=error,
        doc_types=list(DocType),
    )


@router.post(
    "/api/documents", tags=["documents"], summary="Upload and ingest a document", status_code=201
)
async def upload_api(request: Request) -> Response:
    """``multipart/form-data`` with the file in field ``file`` (.txt/.html/.pdf/.docx);
    optional fields ``area``, ``type``, ``year``, ``published`` say what it is.

    Answers the ingest result (``added`` / ``present``, the document id and its
    fact count), or the ingest error with status 400 (413 when over the size limit)."""
    summary, error, status = await _receive(request)
    if error:
        return json_response({"error": error}, status_code=status)
    item = summary.items[0]
    return json_response(
        {
            "status": item.status,
            "doc_id": item.doc_id,
            "facts": item.facts,
            "url": f"/documents/{item.doc_id}",
        },
        status_code=201 if item.status in ("added", "updated") else 200,
    )
