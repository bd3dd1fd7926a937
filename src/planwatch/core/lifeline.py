"""Worker processes that go when the process that started them is gone.

A pool's worker waits for work, or finishes the document in hand and waits again:
when its parent is killed hard (SIGKILL, the out-of-memory killer) nothing tells it
to go, and it lingers, holding memory and a store connection (measured: an ingest's
two workers were still running, re-parented to init, 11 s after the parent died).

:func:`leave_with_parent` runs in the worker (a pool's initializer, a server
process's start-up): a daemon thread looks at the parent's pid every second and ends
the process when it changed. A thread and not Linux's ``PR_SET_PDEATHSIG``: that
signal is sent when the *thread* that started the worker ends, and the web server
starts its evaluation workers from request threads that end while the server lives.
"""

from __future__ import annotations

import os
import threading
import time

# How often a worker looks whether its parent is still there (seconds): how long it
# can outlive a parent killed hard.
EVERY_S = 1.0


def leave_with_parent(parent: int | None = None, every_s: float = EVERY_S) -> None:
    """In a worker process: exit as soon as the process ``parent`` (by default the one
    that started this one) is no longer its parent.

    Pass ``parent`` (the starter's ``os.getpid()``) when it may already be gone by the
    time this runs: the worker then exits at once instead of serving an orphaned pool.
    """
    parent = os.getppid() if parent is None else parent
    if os.getppid() != parent:
        os._exit(0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_s)
        os._exit(0)  # no clean-up: the pool it served is gone with its parent

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


__all__ = ["EVERY_S", "leave_with_parent"]
