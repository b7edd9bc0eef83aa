"""Shipped catalogs and a project's overrides, merged into one `Translations` per language."""

from __future__ import annotations

import functools
from gettext import NullTranslations
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.support import Translations

from mentorbook.errors import MentorbookError
from mentorbook.i18n.po_file import read_po_file

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from mentorbook.schema.models.hub import HubSettings

DOMAIN = "mentorbook"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"
"""The language of the msgids: a project's `.po` for a language we do not ship lays its
words over this one, so a message it leaves out still reads as a sentence."""


class UnknownLanguage(MentorbookError):
    """A language asked for that has neither a shipped catalog nor a project `.po`."""


def project_po_path(project_root: Path, language: str) -> Path:
    """Where a project keeps its own words for `language`."""
    return project_root / "translations" / f"{language}.po"


def shipped_languages() -> list[str]:
    return sorted(path.name for path in LOCALE_DIR.iterdir() if _is_shipped(path.name))


def _is_shipped(language: str) -> bool:
    po = _shipped_po(language)
    return po.is_file() or po.with_suffix(".mo").is_file()


def available_languages(project_root: Path | None) -> list[str]:
    """Every language a workbook or site can be written in: shipped, or a project `.po`."""
    languages = set(shipped_languages())
    if project_root is not None and (project_root / "translations").is_dir():
        languages.update(path.stem for path in (project_root / "translations").glob("*.po"))
    return sorted(languages)


def babel_locale(language: str) -> Locale:
    """Babel's locale for a language tag such as 'fr', 'en-GB' or 'pt_BR'."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE_LANGUAGE)


def translations_for(language: str, project_root: Path | None) -> Translations:
    """The fixed words in `language`: the shipped catalog with the project's `.po` over it.

    'fr-CA' uses the 'fr' catalog when there is no 'fr-CA' one. An unknown language is an
    error that lists the available ones.
    """
    override = project_po_path(project_root, language) if project_root is not None else None
    if override is not None and not override.is_file():
        override = None
    shipped = _shipped_language(language)
    if shipped is None and override is None:
        available = ", ".join(available_languages(project_root))
        raise UnknownLanguage(
            f"mentorbook has no words in the language '{language}'; use one of: {available}, "
            f"or write your own in translations/{language}.po"
        )
    stamp = override.stat().st_mtime_ns if override is not None else 0
    return _merged(shipped or SOURCE_LANGUAGE, override, stamp)


def _shipped_language(language: str) -> str | None:
    for candidate in (language, language.replace("-", "_"), language.split("-")[0].split("_")[0]):
        if _is_shipped(candidate):
            return candidate
    return None


def _shipped_po(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.lru_cache(maxsize=32)
def _merged(shipped: str, override: Path | None, stamp: int) -> Translations:
    """Why cached by the override's modification time: `serve` rebuilds after every edit,
    and an edited `.po` must show at once while an unchanged one is not read again."""
    del stamp  # part of the cache key only
    translations = _shipped_translations(shipped)
    if override is None:
        return translations
    # Why a fallback rather than Translations.merge: the project's catalog keeps its own
    # plural rule, which matters for a language we do not ship.
    own = _compiled(read_po_file(override, locale=_known_locale(override.stem)))
    own.add_fallback(translations)
    return own


def _known_locale(language: str) -> str | None:
    try:
        return str(Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return None


def _shipped_translations(language: str) -> Translations:
    """The compiled `.mo` of an installed wheel (which ships no `.po`, see hatch_build.py);
    in a source checkout, the `.po` compiled in memory, so editing a catalog needs no step."""
    po = _shipped_po(language)
    mo = po.with_suffix(".mo")
    if not po.is_file() or (mo.is_file() and mo.stat().st_mtime_ns >= po.stat().st_mtime_ns):
        with mo.open("rb") as compiled:
            return Translations(compiled, domain=DOMAIN)
    return _compiled(read_po_file(po, locale=language))


def _compiled(catalog: Catalog) -> Translations:
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def day_pattern(words: NullTranslations) -> str:
    """The CLDR pattern a printed day follows in the language of `words`."""
    # Translators: the pattern of a date printed in a workbook, in CLDR notation (EEE: short
    # weekday, d: day, MMM: short month, y: year), such as "Mon 1 Feb 2027". Babel writes
    # the names in your language: change only the order and punctuation, e.g. "EEE d MMM y".
    return words.gettext("EEE d MMM y")


def chosen_language(settings: HubSettings, plan_language: str | None, asked: str | None) -> str:
    """The language of one mentee's workbook or calendar: the one asked for (--language),
    else the plan's, else the hub's first."""
    return asked or plan_language or settings.default_language
