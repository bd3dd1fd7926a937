"""Spreadsheet-safe cells: text that a spreadsheet program would run as a formula.

A CSV or XLSX cell whose text begins with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return before one) is taken as a formula by Excel, WPS and
LibreOffice, so a quote scraped from a web page could run ``=HYPERLINK(...)``
or worse on the reader's machine (CSV injection). Every CSV and XLSX writer in
planwatch passes its text cells through :func:`spreadsheet_safe`, which puts a
single quote in front, as OWASP recommends; numbers are left as numbers.
:func:`spreadsheet_unsafe` undoes it when planwatch reads its own CSV back.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would evaluate.

    >>> spreadsheet_safe("=1+1"), spreadsheet_safe("-3%"), spreadsheet_safe(-3.0)
    ("'=1+1", "'-3%", -3.0)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_unsafe(value: Any) -> Any:
    """The text :func:`spreadsheet_safe` escaped, as it was.

    >>> spreadsheet_unsafe("'=1+1"), spreadsheet_unsafe("'quoted")
    ('=1+1', "'quoted")
    """
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1] in "=+-@\t\r":
        return value[1:]
    return value


__all__ = ["FORMULA_STARTS", "spreadsheet_safe", "spreadsheet_unsafe"]
