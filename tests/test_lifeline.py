"""Worker processes go when the process that started them is killed hard (SIGKILL):
an ingest's analysis workers, a server's uvicorn processes. Each test kills a parent
and waits (bounded) until its worker is gone; nothing here is timed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from servehelp import children, first_answer, start_serve

WAIT_S = 60  # the most a loaded machine is given; a worker goes within about a second


def _gone(pid: int) -> bool:
    """No such process, or a zombie nobody reaped (what a container's init may leave)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def _wait_gone(pids: list[int]) -> list[int]:
    """The pids still running after waiting for them to go (at most WAIT_S)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline and not all(_gone(p) for p in pids):
        time.sleep(0.2)
    return [p for p in pids if not _gone(p)]


def _kill_left(pids: list[int]) -> None:
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass


# A parent that starts a pool as ingest does, says its worker's pid, then waits forever.
_POOL_PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from planwatch.ingest import _start_worker
if __name__ == "__main__":
    with ProcessPoolExecutor(1, initializer=_start_worker, initargs=(0, os.getpid())) as pool:
        print(pool.submit(os.getpid).result(), flush=True)
        time.sleep(600)
"""


def test_an_ingest_worker_goes_when_the_ingest_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(_POOL_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    try:
        assert not _gone(worker)  # it waits for the next job
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        left = _wait_gone([worker])
        assert left == [], "the worker outlived its killed parent"
    finally:
        parent.kill()
        _kill_left([worker])


def test_a_worker_whose_parent_is_already_gone_exits_at_once():
    code = (
        "import os; from planwatch.core.lifeline import leave_with_parent; "
        "leave_with_parent(os.getppid() + 1_000_000); print('still here')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "still here" not in out.stdout


def test_a_worker_with_its_parent_keeps_working():
    code = (
        "import os, time; from planwatch.core.lifeline import leave_with_parent; "
        "leave_with_parent(every_s=0.05); time.sleep(0.3); print('still here')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "still here"


def test_serve_workers_go_when_the_server_is_killed(sample_store):
    server, port = start_serve(sample_store.url)
    workers: list[int] = []
    try:
        assert first_answer(port, "/api/facts?limit=1") == 200
        workers = children(server.pid)
        assert len(workers) >= 2  # uvicorn's two server processes (and its resource tracker)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=30)
        assert _wait_gone(workers) == [], "server processes outlived the killed server"
    finally:
        server.kill()
        _kill_left(workers)
