"""Lock files that leave nothing behind: `.<name>.lock` beside a file, gone once released.

Why removing is safe: the lock file is deleted while the lock is still held, and filelock
(4.2 and later) retries when the file it locked has been deleted in the meantime, so two
processes never both hold "the" lock. Only a lock file this process created is removed:
one that was already there (left by an older version, or made by someone) stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock


def lock_path(path: Path) -> Path:
    """The lock file that guards `path`: `.<name>.lock` beside it."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def transient_lock(path: Path, *, timeout: float = -1) -> Iterator[None]:
    """Hold the lock guarding `path` (raise filelock's Timeout after `timeout` seconds)."""
    lock_file = lock_path(path)
    before = _identity(lock_file)
    with FileLock(lock_file, timeout=timeout):
        made_here = _identity(lock_file) != before
        try:
            yield
        finally:
            if made_here:
                lock_file.unlink(missing_ok=True)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino
