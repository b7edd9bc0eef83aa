"""Lock files that leave nothing behind: `.<name>.lock` beside a file, gone once released.

Why removing is safe: the lock file is deleted while the lock is still held, and filelock
(from 4.0.8, the oldest pyproject.toml allows) starts over when the file it locked has been
deleted in the meantime, so two processes never both hold "the" lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock


def lock_path(path: Path) -> Path:
    """The lock file that guards `path`: `.<name>.lock` beside it."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def transient_lock(path: Path, *, timeout: float = -1) -> Iterator[None]:
    """Hold the lock guarding `path` (raise filelock's Timeout after `timeout` seconds).

    Only an empty lock file is removed: a lock writes nothing into its file, so a file with
    something in it, under that name, was put there by someone else, and stays.
    """
    lock_file = lock_path(path)
    with FileLock(lock_file, timeout=timeout):
        try:
            yield
        finally:
            with suppress(FileNotFoundError):
                if lock_file.stat().st_size == 0:
                    lock_file.unlink()
