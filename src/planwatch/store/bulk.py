"""Writing many rows of plain values at once, the same way on both backends' drivers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def insert_sql(conn: Connection, table: str, columns: Sequence[str]) -> str:
    """A driver-level INSERT (column names quoted: "end" is reserved in SQL)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join([mark] * len(columns))})"


def insert_many(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows of plain values: COPY on PostgreSQL, a driver-level executemany
    on SQLite. Values are as the driver takes them (JSON columns as JSON text)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.exec_driver_sql(insert_sql(conn, table, columns), rows)
        return
    # COPY streams the rows in one statement (the server parses each value by its
    # column's type): cheaper than one INSERT per row, however the driver batches them.
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"COPY {table} ({names}) FROM STDIN"
    raw = conn.connection.driver_connection  # the psycopg connection, same transaction
    base = conn.dialect.dbapi.Error
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except base as exc:  # as SQLAlchemy's own statements raise it (IntegrityError ...)
        raise DBAPIError.instance(sql, None, exc, base, dialect=conn.dialect) from exc
