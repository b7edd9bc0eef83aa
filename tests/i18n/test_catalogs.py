"""The shipped catalogs: complete, not fuzzy, and in step with the code's messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from mentorbook.i18n import DOMAIN, LOCALE_DIR, shipped_languages

ROOT = Path(__file__).resolve().parents[2]


def _catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as po:
        return read_po(po, locale=locale)


def _messages(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(message.id, message.context) for message in catalog if message.id}


def test_english_french_spanish_and_german_are_shipped() -> None:
    assert {"de", "en", "es", "fr"} <= set(shipped_languages())


@pytest.mark.parametrize("language", shipped_languages())
def test_a_shipped_catalog_is_complete_and_not_fuzzy(language: str) -> None:
    catalog = _catalog(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", language)
    untranslated = [
        message.id
        for message in catalog
        if message.id
        and (not message.string or (isinstance(message.string, tuple) and not all(message.string)))
    ]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    # Babel's own checks: the same placeholders in the msgstr as in the msgid.
    assert [(message.id, errors) for message, errors in catalog.check()] == []
    template = _catalog(LOCALE_DIR / f"{DOMAIN}.pot")
    assert _messages(catalog) == _messages(template)


def test_the_pot_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """`make catalogs` was run after the last change to a message in code or templates."""
    extracted = tmp_path / "extracted.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-c", "Translators:",
         "--omit-header", "-o", str(extracted), str(ROOT)]
    )  # fmt: skip
    shipped, fresh = _catalog(LOCALE_DIR / f"{DOMAIN}.pot"), _catalog(extracted)
    assert _messages(shipped) == _messages(fresh), "run `make catalogs`"
    comments = {message.id: message.auto_comments for message in fresh if message.id}
    assert {message.id: message.auto_comments for message in shipped if message.id} == comments
