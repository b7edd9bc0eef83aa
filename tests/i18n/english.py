"""Find mentorbook's own English words left in a text that should be in another language."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from mentorbook.i18n import DOMAIN, LOCALE_DIR, shipped_languages

TESTDATA = Path(__file__).parents[1] / "testdata"

_PLACEHOLDER = re.compile(r"%\(\w+\)s")
_TAG = re.compile(r"<[^>]+>|\*\*")
_LINE_MARKS = " #*-|:>[]!\"'"


def shipped_catalog(language: str) -> Catalog:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po:
        return read_po(po, locale=language)


def translated_languages() -> list[str]:
    """Every shipped language but English; each has a small hub written in it."""
    return [language for language in shipped_languages() if language != "en"]


def hub_written_in(language: str) -> Path:
    """The test hub whose content is written in `language`, with `language:` in its hub.yml."""
    return TESTDATA / f"hub-{language}"


def _pattern(message: str) -> re.Pattern[str]:
    words = " ".join(_TAG.sub("", message).split())
    parts = _PLACEHOLDER.split(words)
    return re.compile(r"(?<!\w)" + ".+?".join(re.escape(part) for part in parts) + r"(?!\w)")


def english_left_in(text: str, language: str) -> set[str]:
    """The English messages whose translation into `language` differs that `text` shows.

    A message of one word counts only as a whole line (a heading, a table header), since
    content in `language` may well use the same word in a sentence; one of placeholders and
    punctuation alone cannot be told apart from content.
    """
    lines = {line.strip(_LINE_MARKS) for line in text.splitlines()}
    flat = " ".join(text.split())
    left = set()
    for message in shipped_catalog(language):
        if not message.id or message.id == "EEE d MMM y":  # a pattern, never printed as such
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english in ids:
            if english in strings:
                continue
            words = re.findall(r"[A-Za-z]+", _TAG.sub("", _PLACEHOLDER.sub("", english)))
            if len(words) > 1:
                if _pattern(english).search(flat):
                    left.add(english)
            elif words and _TAG.sub("", english) in lines:
                left.add(english)
    return left
