"""The fixed words mentorbook writes, in the reader's language.

Pipeline: `translations_for(language, project_root)` gives the shipped catalog of a language
(`mentorbook/locale/<lang>/LC_MESSAGES/mentorbook.mo`, or its `.po` in a source checkout)
with the project's own `translations/<lang>.po` laid over it, message by message. Templates
get it through `render.environment.template_environment(..., language=...)`; Python code
calls `gettext`/`ngettext` on it.
"""

from __future__ import annotations

from mentorbook.i18n.catalogs import (
    DOMAIN,
    LOCALE_DIR,
    UnknownLanguage,
    available_languages,
    babel_locale,
    chosen_language,
    day_pattern,
    project_po_path,
    shipped_languages,
    translations_for,
)
from mentorbook.i18n.po_file import read_po_file
from mentorbook.translatable import N_

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "UnknownLanguage",
    "available_languages",
    "babel_locale",
    "chosen_language",
    "day_pattern",
    "project_po_path",
    "read_po_file",
    "shipped_languages",
    "translations_for",
]
