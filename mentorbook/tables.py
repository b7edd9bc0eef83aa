"""Read a spreadsheet's CSV export into rows of named cells, with the line each row starts on.

Why one place: rosters and applications come from the same spreadsheets, so both accept
the same files: UTF-8 with or without a byte order mark, `,` or `;` between cells (Excel
writes `;` where the decimal mark is a comma), and column names in any case.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from mentorbook.errors import MentorbookError
from mentorbook.schema.messages import message

DELIMITERS = ",;"


@dataclass(frozen=True)
class Row:
    """One row of a table: its first line in the file, and its cells by column name."""

    line: int
    cells: dict[str, str]


@dataclass(frozen=True)
class Table:
    display: str
    """The file as messages name it (`applications.csv`)."""
    columns: tuple[str, ...]
    """Column names as in the header: stripped and lowercase."""
    rows: tuple[Row, ...]
    too_long: tuple[tuple[int, int], ...] = ()
    """(line, cell count) of rows with more cells than the header names columns."""


def read_table(raw: bytes, display: str, what: str = "the file", *, strict: bool = True) -> Table:
    """Every non-blank row of a CSV file, keyed by the header's column names.

    Raises MentorbookError when the file as a whole cannot be read: not UTF-8, empty, a
    column named twice, or a quote that is never closed. `what` names the file in messages
    (`the roster`, `the applications`). Without `strict`, a quote never closed runs to the
    end of the file as one cell, for a caller that reports it as that row's problem.
    """
    text = decode_csv(raw, display, what)
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise MentorbookError(f"{display}:1: " + message("csv_empty", what=what))
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=strict
    )
    columns = tuple(name.strip().lower() for name in next(reader))
    refuse_repeated_columns(columns, display)
    rows: list[Row] = []
    too_long: list[tuple[int, int]] = []
    line = reader.line_num + 1
    try:
        for cells in reader:
            # A row of empty cells is a spreadsheet's leftover, however many cells it has.
            if any(cell.strip() for cell in cells):
                if len(cells) > len(columns):
                    too_long.append((line, len(cells)))
                else:
                    named = {name: cell.strip() for name, cell in zip(columns, cells, strict=False)}
                    rows.append(Row(line, named))
            line = reader.line_num + 1
    except csv.Error as error:
        raise csv_error(error, display, line, what) from None
    return Table(display, columns, tuple(rows), tuple(too_long))


def decode_csv(raw: bytes, display: str, what: str) -> str:
    """The text of a CSV file, UTF-8 with or without a byte order mark, as spreadsheets export."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise MentorbookError(f"{display}:{line}: " + message("csv_not_utf8", what=what)) from None


def refuse_repeated_columns(columns: Sequence[str], display: str) -> None:
    repeated = sorted({name for name in columns if columns.count(name) > 1})
    if repeated:
        raise MentorbookError(f"{display}:1: " + message("csv_repeated_column", name=repeated[0]))


def csv_error(error: csv.Error, display: str, line: int, what: str) -> MentorbookError:
    """What to say when the csv module gives up at `line`: most often a quote left open."""
    return MentorbookError(
        f"{display}:{line}: " + message("csv_open_quote", what=what, error=error)
    )


def _delimiter(header: str) -> str:
    """`,` or `;`, whichever separates the header's column names.

    Why the header alone: cells below hold `;`-separated lists, which would mislead a
    sniffer reading whole rows; column names hold neither character.
    """
    try:
        return csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","
