"""Reading a spreadsheet's CSV export: encodings, separators and headers as spreadsheets write them."""

from __future__ import annotations

import codecs

import pytest

from mentorbook.errors import MentorbookError
from mentorbook.tables import Row, read_table


@pytest.mark.parametrize(
    "raw",
    [
        b"Name,Interests\nAna,chess;data\n",
        codecs.BOM_UTF8 + b" NAME ;INTERESTS\r\nAna;chess\r\n",
        b'name;interests\nAna;"chess;data"\n',
    ],
    ids=["comma", "semicolon-bom-crlf", "semicolon-quoted-list"],
)
def test_commas_or_semicolons_with_or_without_a_bom(raw: bytes) -> None:
    table = read_table(raw, "a.csv")

    assert table.columns == ("name", "interests")
    assert table.rows[0].cells["name"] == "Ana"


def test_blank_rows_are_skipped_and_lines_counted_as_in_the_file() -> None:
    table = read_table(b'name,notes\nAna,"two\nlines"\n,\n\nBo,\n', "a.csv")

    assert table.rows == (
        Row(2, {"name": "Ana", "notes": "two\nlines"}),
        Row(6, {"name": "Bo", "notes": ""}),
    )


def test_a_row_longer_than_the_header_is_set_aside() -> None:
    table = read_table(b"name,role\nAna,mentee,extra\nBo,mentor\n", "a.csv")

    assert (table.too_long, [row.line for row in table.rows]) == (((2, 3),), [3])


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "a.csv:1: the file is empty; its first row must name the columns"),
        (b"name,Name\n", "a.csv:1: the column 'name' appears twice; keep one"),
        (
            b"name\nJ\xe9r\xf4me\n",
            "a.csv:2: the file is not UTF-8 text; export it again as 'CSV UTF-8'",
        ),
        (
            b'name\n"Ana\nBo\n',
            "a.csv:2: the file cannot be read as CSV here (unexpected end of data); look for a"
            ' quote (") that is opened and never closed',
        ),
    ],
)
def test_files_that_cannot_be_read_say_why(raw: bytes, message: str) -> None:
    with pytest.raises(MentorbookError) as raised:
        read_table(raw, "a.csv")

    assert raised.value.message == message
