"""Lowering a process's CPU priority, for work that must not slow what people wait for."""

from __future__ import annotations

import os


def lower_priority(increment: int) -> None:
    """Add ``increment`` to this process's niceness (0: unchanged). Where that is not
    permitted or not supported the process keeps its priority: the work still runs."""
    if increment <= 0:
        return
    try:
        os.nice(increment)
    except (OSError, AttributeError):  # not permitted, or not a POSIX system
        pass


__all__ = ["lower_priority"]
