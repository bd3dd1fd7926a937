"""What the user says about documents: options, a metadata.csv sidecar, corrections.

``planwatch ingest PATH… --area 鹤山市 --type work_report --year 2023
--published 2023-01-12`` describes a whole batch; a ``metadata.csv`` in a folder
(columns ``file, area, type, year, published``; empty cells leave a field to
detection) describes its files one by one. What the user set wins over
detection, is listed in ``DocumentMeta.user_set`` and has an evidence record
with basis ``user``. A bad value is one error line naming where it stands.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from planwatch.core.data import Area, DocType, DocumentMeta, Evidence, UserMeta
from planwatch.core.errors import InputError, UsageError
from planwatch.describe.areas import area_by_code, rows_by_name, to_area
from planwatch.describe.asof import with_as_of
from planwatch.describe.doctype import year_reported
from planwatch.describe.meta import describe, with_genre

METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("file", "area", "type", "year", "published")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_LABELS = {t.label: t for t in DocType}


def parse_area(value: str) -> Area:
    """An area by 6-digit code or name (鹤山市, 鹤山, 全国); UsageError if none or ambiguous."""
    ref = value.strip()
    if ref.isdigit():
        area = area_by_code(ref)
        if area is None:
            raise UsageError(f"--area {ref}: no area has this code (codes are 6 digits: 440784)")
        return area
    rows = rows_by_name(ref)
    full = [r for r in rows if r.name == ref]
    picks = [r for r in (full or rows) if r.current] or full or list(rows)
    if not picks:
        raise UsageError(f"--area {ref}: no area of that name; give its 6-digit code")
    if len(picks) > 1:
        listed = ", ".join(f"{r.code} {r.name}" for r in sorted(picks, key=lambda r: r.code)[:6])
        raise UsageError(f"--area {ref}: several areas have that name ({listed}); give the code")
    return to_area(picks[0])


def parse_type(value: str) -> DocType:
    """A genre by its name (work_report) or Chinese label (政府工作报告)."""
    ref = value.strip()
    try:
        return DocType(ref)
    except ValueError:
        if ref in _LABELS:
            return _LABELS[ref]
    names = ", ".join(t.value for t in DocType)
    raise UsageError(f"--type {ref}: not a document type; use one of {names}")


def parse_year(value: str | int) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 1949 <= int(text) <= 2100:
        raise UsageError(f"--year {text}: give a year from 1949 to 2100")
    return int(text)


def parse_published(value: str) -> str:
    """An ISO date, year-month or year (2023-01-12, 2023-01, 2023), zero-padded."""
    text = value.strip()
    m = _DATE_RE.fullmatch(text)
    ok = m is not None and 1949 <= int(m.group(1)) <= 2100
    if ok and m.group(2):
        ok = 1 <= int(m.group(2)) <= 12 and (not m.group(3) or 1 <= int(m.group(3)) <= 31)
    if not ok:
        raise UsageError(f"--published {text}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")
    parts = [m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g]
    return "-".join(parts)


def user_meta(
    *,
    area: str | None = None,
    doc_type: str | None = None,
    year: str | int | None = None,
    published: str | None = None,
) -> UserMeta:
    """Parse the user's values (each may be None or empty); UsageError names a bad one."""
    return UserMeta(
        area=parse_area(area) if area else None,
        doc_type=parse_type(doc_type) if doc_type else None,
        year=parse_year(year) if year not in (None, "") else None,
        published=parse_published(published) if published else None,
    )


def read_metadata_csv(path: Path) -> dict[str, UserMeta | str]:
    """A sidecar's rows as file name -> settings, or the row's problem as one line.

    A problem with the whole file (unreadable, no ``file`` column) raises
    InputError naming it; a bad value fails only its own row's file.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if "file" not in (reader.fieldnames or ()):
                raise InputError(
                    str(path), f"needs a header with columns {', '.join(METADATA_COLUMNS)}"
                )
            out: dict[str, UserMeta | str] = {}
            for line, rec in enumerate(reader, start=2):
                name = (rec.get("file") or "").strip()
                if name:
                    out[name] = _row_meta(rec, f"{path} line {line}")
            return out
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"cannot read it ({exc})") from exc


def _row_meta(rec: dict[str, str | None], where: str) -> UserMeta | str:
    try:
        return user_meta(
            area=(rec.get("area") or "").strip() or None,
            doc_type=(rec.get("type") or "").strip() or None,
            year=(rec.get("year") or "").strip() or None,
            published=(rec.get("published") or "").strip() or None,
        )
    except UsageError as exc:
        return f"{where}: {str(exc).removeprefix('--')}"


def describe_as_set(
    text: str, *, name: str, title: str | None = None, user: UserMeta | None = None
) -> DocumentMeta:
    """``describe`` with what the user set winning (the pipeline's describe stage).

    A genre the user gives decides the time frame as a detected one would: the
    reference date is read again with it (a work report's meeting line, a
    communiqué's year after), and the plan period is kept for plan genres only.
    """
    meta = describe(text, name=name, title=title)
    if user is not None and user.doc_type is not None and user.doc_type is not meta.doc_type:
        meta = with_genre(meta, user.doc_type, text, title)
    if user is None or user.year is None and user.published is None:
        return apply_user_meta(meta, user)
    # (a date the user gives moves the genre's year: the as-of year is decided again)
    return with_as_of(apply_user_meta(meta, user), text)


def apply_user_meta(meta: DocumentMeta, user: UserMeta | None) -> DocumentMeta:
    """``meta`` with the user's settings in place of detection, recorded as such."""
    if not user:
        return meta
    changes: dict[str, object] = {}
    evidence: list[Evidence] = []
    if user.area is not None:
        changes["area"] = user.area
        evidence.append(Evidence("area", "user", user.area.name))
    if user.doc_type is not None:
        changes["doc_type"] = user.doc_type
        evidence.append(Evidence("genre", "user", user.doc_type.value))
    if user.year is not None:
        changes["year"] = user.year
        changes["reference_year"] = user.year
        evidence.append(Evidence("year", "user", str(user.year)))
    if user.published is not None:
        changes["published"] = user.published
        changes["reference_date"] = user.published
        if user.year is None:  # the report year follows the date, as detection's would
            changes.update(years_of_date(user.published, user.doc_type or meta.doc_type))
        evidence.append(Evidence("reference_date", "user", user.published))
    fields = frozenset(ev.field for ev in evidence)
    user_set = meta.user_set | frozenset(_USER_FIELDS[f] for f in fields)
    return with_evidenced(meta, changes, evidence, user_set=user_set)


def years_of_date(published: str, doc_type: DocType) -> dict[str, int | None]:
    """The reference year a publication date (YYYY…) gives, and the year the document reports
    on, as detection reads them (a communiqué covers the year before)."""
    year = int(published[:4])
    return {"reference_year": year, "year": year_reported(doc_type, year)}


def with_evidenced(
    meta: DocumentMeta, changes: dict[str, object], evidence: list[Evidence], **more: object
) -> DocumentMeta:
    """``meta`` with ``changes`` made, ``evidence`` in place of what detection gave for the
    same fields (and ``more`` fields set as given)."""
    fields = {ev.field for ev in evidence}
    kept = tuple(ev for ev in meta.evidence if ev.field not in fields)
    return dataclasses.replace(meta, **changes, **more, evidence=kept + tuple(evidence))


# Evidence field -> the name listed in DocumentMeta.user_set (the option's name).
_USER_FIELDS = {"area": "area", "genre": "type", "year": "year", "reference_date": "published"}


def settings_of(meta: DocumentMeta) -> UserMeta:
    """What the user set on a described document (``meta.user_set``), as settings again:
    a later correction of one field keeps the others the user set before."""
    fields = meta.user_set
    return UserMeta(
        area=meta.area if "area" in fields else None,
        doc_type=meta.doc_type if "type" in fields else None,
        year=meta.year if "year" in fields else None,
        published=meta.published if "published" in fields else None,
    )


# The fields a user can set, by the name of their option (and of DocumentMeta.user_set).
USER_FIELDS = ("area", "type", "year", "published")
_ATTRS = {"area": "area", "type": "doc_type", "year": "year", "published": "published"}


def without(settings: UserMeta, fields: Iterable[str]) -> UserMeta:
    """``settings`` with ``fields`` (option names: area, type …) left to detection again."""
    return dataclasses.replace(settings, **{_ATTRS[f]: None for f in fields})


def same_settings(a: UserMeta, b: UserMeta) -> bool:
    """Whether two settings say the same (areas compared by code)."""
    return _key(a) == _key(b)


def _key(u: UserMeta) -> tuple:
    return (u.area.code if u.area else None, u.doc_type, u.year, u.published)


def parse_unset(values: dict[str, str | None], unset: Iterable[str] = ()) -> frozenset[str]:
    """The fields to return to detection: those named in ``unset`` and those given as
    an empty value (``--area ''``); UsageError for a name that is no field."""
    out = set()
    for name in unset:
        field = name.strip().lower()
        if field not in _ATTRS:
            raise UsageError(f"--unset {name}: not a field; use one of {', '.join(USER_FIELDS)}")
        if (values.get(field) or "").strip():
            raise UsageError(f"--unset {field} and --{field} {values[field]}: say one of them")
        out.add(field)
    out |= {f for f, v in values.items() if v is not None and not str(v).strip()}
    return frozenset(out)
