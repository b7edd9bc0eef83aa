"""Every error a user can cause, rooted in click.ClickException so click prints it without a traceback.

Why: user errors exit 1 with a plain message; usage errors stay click.UsageError (exit 2).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import click

from mentorbook.terminal import echo


class MentorbookError(click.ClickException):
    """A user error: shown as one message, exit status 1."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input file, pointing at the line that causes it."""

    path: str
    line: int
    column: int
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{self.path}:{self.line}:{self.column}: {where}{self.message}"


class InputError(MentorbookError):
    """Content or plan files that do not validate; carries every problem found in the run."""

    noun = "content"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self._summary())

    def _summary(self) -> str:
        count = len(self.problems)
        files = len({problem.path for problem in self.problems})
        errors = "error" if count == 1 else "errors"
        in_files = "file" if files == 1 else "files"
        return f"Found {count} {errors} in {files} {self.noun} {in_files}."

    def show(self, file: IO[Any] | None = None) -> None:
        for problem in self.problems:
            echo(str(problem), err=True, file=file)
        echo(self.message, err=True, file=file)


class ContentError(InputError):
    """The program's content files do not validate."""


class PlanError(InputError):
    """A mentee's plan file does not validate."""

    noun = "plan"


class InvalidOption(click.BadParameter):
    """A command-line value the content does not allow, found below `cli/`: a usage error
    (exit 2) naming the option, such as an agreement item id that does not exist."""


class BuildError(MentorbookError):
    """The site or a workbook could not be built; the previous output is left in place."""


class OutputExistsError(MentorbookError):
    """A command would overwrite a file the user did not ask to replace."""


class FileSystemError(MentorbookError):
    """The disk is full, read-only or not ours to write: nothing the tool can fix, so say so."""


_FILE_SYSTEM_MESSAGES = {
    errno.ENOSPC: "file_system_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "file_system_full",  # no disk quotas on Windows
    errno.EFBIG: "file_system_full",
    errno.EROFS: "file_system_read_only",
    errno.EACCES: "file_system_no_permission",
    errno.EPERM: "file_system_no_permission",
    errno.ENAMETOOLONG: "file_system_name_too_long",
}


def file_system_error(error: OSError) -> FileSystemError | None:
    """The user error an OSError stands for, naming its file; None for an unexpected one.

    Why only these: they come from the machine, not from a bug, and the user can act on them.
    Files are written atomically, so whatever was there before is still there.
    """
    key = _FILE_SYSTEM_MESSAGES.get(error.errno or 0)
    if key is None:
        return None
    # Imported here: only a failing command needs the messages.
    from mentorbook.schema.loader import display_path
    from mentorbook.schema.messages import message

    where = display_path(Path(error.filename)) if error.filename else "a file"
    return FileSystemError(message(key, path=where, cause=error.strerror or str(error)))


class TableError(MentorbookError):
    """A table (CSV) file that cannot be used at all; one line per problem, then a summary."""

    def __init__(self, lines: list[str], summary: str) -> None:
        self.lines = lines
        super().__init__(summary)

    def show(self, file: IO[Any] | None = None) -> None:
        for line in self.lines:
            echo(line, err=True, file=file)
        echo(f"Error: {self.message}", err=True, file=file)
