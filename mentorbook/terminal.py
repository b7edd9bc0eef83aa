"""Text from users, plans and PDFs as it may be shown on a terminal: control characters made visible.

Why one place: a mentee's name, a plan's notes or a PDF's field names can hold escape
sequences (ESC [ ... to move the cursor, ESC ] ... to retitle the window or write the
clipboard). Printed raw they act on the terminal, or on whoever later reads a log with
`cat`; written as `\\x1b` they are seen and do nothing, whether or not output is a terminal.
"""

from __future__ import annotations

import sys
import unicodedata
from typing import IO, Any

_CONTROL_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
"""C0 and C1 controls (ESC, CSI, OSC, DEL...) and the Unicode line and paragraph separators."""


def visible_controls(text: str, *, keep: str = "") -> str:
    """`text` with every control character but those in `keep` written as an escape (`\\x1b`)."""
    if text.isprintable():
        return text  # the common case, without looking at each character
    return "".join(
        _escape(char)
        if char not in keep and unicodedata.category(char) in _CONTROL_CATEGORIES
        else char
        for char in text
    )


def single_line(text: str) -> str:
    """`text` on one line: controls and line breaks become spaces, and runs of spaces one.

    For places that take one line of plain text, such as a calendar's name or an event's title.
    """
    cleaned = "".join(
        " " if unicodedata.category(char) in _CONTROL_CATEGORIES else char for char in text
    )
    return " ".join(cleaned.split())


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(text: str) -> str:
    """Text for the terminal: its lines and tabs stay, other controls show as escapes."""
    return visible_controls(text, keep="\n\t")


def echo(
    message: str = "", *, err: bool = False, nl: bool = True, file: IO[Any] | None = None
) -> None:
    """Print text that holds user data (see the module docstring) to stdout, or stderr with `err`.

    Why not the CLI library's echo: this module serves domain code too, which must not
    depend on the command line.
    """
    stream = file or (sys.stderr if err else sys.stdout)
    stream.write(shown(message) + ("\n" if nl else ""))
    stream.flush()
