"""Cut a Markdown text into the units a translator translates, and put it back together.

Each paragraph, list item and heading is its own unit; markers (`- `, `1. `, `## `), blank
lines and code blocks stay with the source. So a translation replaces words only, and the
structure of the page comes from the source, whatever the translator types.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_HEADING = re.compile(r"^(\s{0,3}#{1,6}\s+)(.*)$")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)]|>)\s+)(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"\]\(|<https?://|<mailto:")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Unit:
    """One translatable unit: `text` as the translator sees it, `raw` as the source has it."""

    text: str
    raw: str
    indent: str
    """What starts each of its continuation lines in the source."""
    line: int = 0
    """The line of the Markdown text it starts on, counting from 0."""


Piece = str | Unit
"""A piece of Markdown: kept as it is (str), or translated (Unit)."""


def split_markdown(markdown: str) -> list[Piece]:
    """The pieces of `markdown`, in order; joined untranslated they give `markdown` back."""
    pieces: list[Piece] = []
    open_lines: list[str] = []  # the open unit's source lines, its marker left out
    opened_on = 0
    in_fence = False

    def close() -> None:
        if open_lines:
            continuation = open_lines[1:]
            indent = (
                continuation[0][: len(continuation[0]) - len(continuation[0].lstrip())]
                if continuation
                else ""
            )
            text = "\n".join([open_lines[0], *(line.strip() for line in continuation)])
            pieces.append(Unit(text.strip(), "\n".join(open_lines), indent, opened_on))
            open_lines.clear()

    for number, line in enumerate(markdown.split("\n")):
        if open_lines and not _starts_block(line, in_fence):
            open_lines.append(line)
            continue
        close()
        if number:
            pieces.append("\n")
        if _FENCE.match(line):
            in_fence = not in_fence
            pieces.append(line)
        elif in_fence or not line.strip():
            pieces.append(line)
        elif heading := _HEADING.match(line):
            pieces.extend(
                [heading.group(1), Unit(heading.group(2).strip(), heading.group(2), "", number)]
            )
        else:
            item = _ITEM.match(line)
            marker, rest = (item.group(1), item.group(2)) if item else ("", line)
            pieces.append(marker)
            open_lines.append(rest)
            opened_on = number
    close()
    return [piece for piece in pieces if piece != ""]


def _starts_block(line: str, in_fence: bool) -> bool:
    """Whether `line` ends the open unit instead of continuing it."""
    return (
        in_fence
        or not line.strip()
        or bool(_FENCE.match(line) or _HEADING.match(line) or _ITEM.match(line))
    )


def join_markdown(pieces: list[Piece], translate: Callable[[Unit], str | None]) -> str:
    """The Markdown with each unit's translation, or its source where `translate` gives None."""
    parts: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            parts.append(piece)
            continue
        translated = translate(piece)
        parts.append(
            piece.raw if translated is None else translated.replace("\n", "\n" + piece.indent)
        )
    return "".join(parts)


def units(markdown: str) -> list[Unit]:
    return [piece for piece in split_markdown(markdown) if isinstance(piece, Unit)]


def structure_problem(
    source: str, translation: str, *, markdown: bool
) -> tuple[str, dict[str, str]] | None:
    """What a translation breaks of its source unit: a message name and its values, or None."""
    lost = sorted(set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(translation)))
    if lost:
        return "translation_placeholder", {"placeholder": lost[0]}
    if not markdown:
        return None
    lines = translation.split("\n")
    if any(not line.strip() for line in lines):
        return "translation_blank_line", {}
    if any(_HEADING.match(line) or _ITEM.match(line) or _FENCE.match(line) for line in lines):
        return "translation_new_block", {}
    links = len(_LINK.findall(source))
    if len(_LINK.findall(translation)) != links:
        return "translation_links", {"links": str(links)}
    return None
