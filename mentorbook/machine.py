"""Facts about the machine a command runs on."""

from __future__ import annotations

import os


def available_cores() -> int:
    """The cores this process may run on: what `taskset` or a container allows, not the host's."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
