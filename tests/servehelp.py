"""Helpers for the tests that start a real ``planwatch serve`` process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

CLI = [sys.executable, "-c", "from planwatch.cli import main; main()"]


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid``."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(x) for x in out.stdout.split()]


def start_serve(url: str, workers: int = 2) -> tuple[subprocess.Popen, int]:
    """``planwatch serve --workers N`` over the store at ``url`` on a free port; the caller
    stops it."""
    port = free_port()
    cmd = [*CLI, "--db", url, "serve", "--port", str(port), "--workers", str(workers)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server, port


def first_answer(port: int, path: str, wait_s: float = 90) -> int | None:
    """The status of the first answer to ``path`` on ``port`` within ``wait_s`` seconds
    (None if the server never answered)."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as r:
                return r.status
        except OSError:
            time.sleep(0.3)
    return None
