"""Replace an output folder (a built site, an export) as a whole, and only one mentorbook made.

Why each part:
- a stamp file marks a folder as ours, so a folder that merely holds an index.html (or a
  thesis beside it) is never deleted;
- the folder is made in a staging folder beside it and swapped in with two renames, so a
  failed or interrupted run leaves the old folder whole and no staging folder behind;
- a lock beside the target makes a second run wait, so two runs never swap at once.
"""

from __future__ import annotations

import re
import secrets
import shutil
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from mentorbook.errors import MentorbookError, OutputExistsError

STAGING_TOKEN_BYTES = 4
LOCK_TIMEOUT_SECONDS = 900
"""How long a run waits for another one writing the same folder; a large site takes minutes."""


@dataclass(frozen=True)
class OutputKind:
    """What makes a kind of folder: the command, and the stamp file it leaves inside."""

    command: str
    stamp: str


SITE = OutputKind("mentorbook build", ".mentorbook-site")
EXPORT = OutputKind("mentorbook export-markdown", ".mentorbook-export")


@contextmanager
def replacing(target: Path, kind: OutputKind) -> Iterator[Path]:
    """Yield an empty staging folder; when the block ends without error, it replaces `target`.

    Raise OutputExistsError, before anything is written, when `target` holds files that
    `kind.command` did not make.
    """
    real = target.resolve()
    real.parent.mkdir(parents=True, exist_ok=True)
    with _lock(real, target, kind):
        refuse_foreign_folder(target, kind)
        _remove_leftovers(real)
        staging = _beside(real, "new")
        retired = _beside(real, "old")
        try:
            staging.mkdir()
            # mkdir obeys the umask; a site is for others to read (a web server, a colleague).
            staging.chmod(0o755)
            yield staging
            (staging / kind.stamp).write_text(
                f"Made by {kind.command}, which replaces this folder as a whole.\n",
                encoding="utf-8",
            )
            swap_into_place(staging, real, retired)
        finally:
            # Also on Ctrl-C or SIGTERM: after a swap neither is left; before it, both go.
            for folder in (staging, retired):
                shutil.rmtree(folder, ignore_errors=True)


def refuse_foreign_folder(target: Path, kind: OutputKind) -> None:
    """Replace only a new folder, an empty one, or one `kind.command` made (it holds the stamp)."""
    if target.exists() and not target.is_dir():
        raise OutputExistsError(f"{target} is a file, not a folder; choose a new or empty folder")
    if not target.exists() or not any(target.iterdir()) or (target / kind.stamp).is_file():
        return
    raise OutputExistsError(
        f"{target} is not empty and was not made by '{kind.command}' (it has no {kind.stamp}"
        " file); choose a new or empty folder"
    )


def swap_into_place(staging: Path, target: Path, retired: Path) -> None:
    """Replace `target` by `staging` with two renames, so no half-written folder is ever seen.

    Why signals are held: Ctrl-C between the two renames would leave no folder at all.
    """
    with _signals_held():
        if target.exists():
            target.replace(retired)
        staging.replace(target)


def _beside(target: Path, role: str) -> Path:
    return target.with_name(f".{target.name}.{role}.{secrets.token_hex(STAGING_TOKEN_BYTES)}")


def _remove_leftovers(target: Path) -> None:
    """Remove the staging folders of a run that was killed outright (kill -9, a power cut).

    Why it is safe: the names are ours alone, and the lock is held, so no run is using them.
    """
    ours = re.compile(
        rf"\.{re.escape(target.name)}\.(new|old)\.[0-9a-f]{{{2 * STAGING_TOKEN_BYTES}}}"
    )
    for path in target.parent.iterdir():
        if ours.fullmatch(path.name) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the block runs; they arrive when it ends."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def _lock(real: Path, shown: Path, kind: OutputKind) -> Iterator[None]:
    """Hold `.<name>.lock` beside the target; the empty lock file stays, harmless, for the next run."""
    lock = FileLock(real.with_name(f".{real.name}.lock"), timeout=LOCK_TIMEOUT_SECONDS)
    try:
        with lock:
            yield
    except Timeout:
        raise MentorbookError(
            f"another '{kind.command}' has been writing {shown} for {LOCK_TIMEOUT_SECONDS}"
            " seconds; wait for it to finish and try again"
        ) from None
