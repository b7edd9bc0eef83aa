"""SIGTERM handled like Ctrl-C, for commands that must clean up when they are stopped."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """Treat SIGTERM (a cancelled CI job, `kill`) like Ctrl-C while the block runs.

    Why: Python ends on SIGTERM without running `finally` blocks, so a half-made output
    (a staging folder, an unrecorded workbook) would be left behind.
    """

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
