"""Shared fixtures: the sample corpus, gold files, and store URLs (SQLite and PostgreSQL)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check results, not speed: on a shared 2-core CI machine an example can
# take longer than hypothesis's default 200 ms deadline, which would fail a correct test.
settings.register_profile("planwatch", deadline=None)
settings.load_profile("planwatch")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
GOLD_DIR = SHARED / "gold"


def corpus_text(name_prefix: str) -> tuple[str, str]:
    """(file name, stored text) of a sample document by its number prefix, e.g. '000'."""
    (path,) = EXAMPLES.glob(f"{name_prefix}_*.txt")
    with open(path, encoding="utf-8", newline="") as fh:
        return path.name, fh.read()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD_DIR.is_dir():
        pytest.skip("../shared/gold is not beside the project")
    return GOLD_DIR


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, examples_dir):
    """A SQLite store holding the five sample documents, shared read-only by tests."""
    from planwatch.ingest import ingest
    from planwatch.options import Options
    from planwatch.store.repo import Store

    st = Store(f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}")
    ingest([str(examples_dir)], st, Options(workers=1))
    yield st
    st.close()


# ---- PostgreSQL: a throwaway server from the machine's binaries ----------


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server on 127.0.0.1 for this test session, or a skip.

    ``PLANWATCH_TEST_PG`` (a URL) uses an existing server instead. When
    ``PLANWATCH_REQUIRE_PG`` is set (CI), missing PostgreSQL fails the tests.
    """
    url = os.environ.get("PLANWATCH_TEST_PG")
    if url:
        yield url
        return
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("PLANWATCH_REQUIRE_PG"):
            pytest.fail("PostgreSQL binaries not found (apt-get install postgresql)")
        pytest.skip("PostgreSQL binaries not found; install postgresql to run these tests")
    base = Path(tempfile.mkdtemp(prefix="planwatch-pg-"))
    data = base / "data"
    as_root = os.geteuid() == 0
    # initdb refuses to run as root: run the server as the postgres user then.
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "planwatch",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    log = base / "server.log"
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            ready = subprocess.run(
                [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                capture_output=True,
            )
            if ready.returncode == 0:
                break
            time.sleep(0.2)
        subprocess.run(
            [
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "planwatch",
                "planwatch_test",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql://planwatch@127.0.0.1:{port}/planwatch_test"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


_pg_db_counter = 0


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    server = request.getfixturevalue("pg_server")
    global _pg_db_counter
    _pg_db_counter += 1
    name = f"t{os.getpid()}_{_pg_db_counter}"
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.rsplit("/", 1)[0] + "/" + name
