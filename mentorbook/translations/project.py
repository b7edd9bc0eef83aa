"""A project's content translations: update the .po files, count what is done, load one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from mentorbook.errors import ContentError, MentorbookError, Problem
from mentorbook.fileio import atomic_write_bytes
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, display_path
from mentorbook.schema.messages import message
from mentorbook.translations.apply import ContentTranslation, translated_hub
from mentorbook.translations.catalog import (
    CONTENT_TRANSLATIONS,
    po_path,
    po_text,
    read_content_po,
    source_messages,
    updated_po,
)


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    translated: int
    fuzzy: int
    missing: int

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.missing


def translated_languages(hub: Hub, project: Project) -> list[str]:
    """The languages the content is translated into: the hub's others, and any .po file there."""
    others = hub.settings.hub_languages[1:]
    folder = project.root / CONTENT_TRANSLATIONS
    found = sorted(path.stem for path in folder.glob("*.po")) if folder.is_dir() else []
    return others + [language for language in found if language not in others]


def update_translations(
    project: Project, hub: Hub, languages: list[str]
) -> list[tuple[Path, bool]]:
    """Write or merge each language's .po file; return each file and whether it changed.

    Every existing file is read first, so a malformed one stops the run before any write.
    """
    default = hub.settings.default_language
    if default in languages:
        raise MentorbookError(
            f"{default} is the language content/ is written in; it has no translation file"
        )
    existing = {language: _read_if_there(po_path(project, language)) for language in languages}
    written: list[tuple[Path, bool]] = []
    for language in languages:
        path = po_path(project, language)
        text = po_text(updated_po(hub, existing[language], language))
        changed = not path.is_file() or path.read_bytes() != text
        if changed:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, text)
        written.append((path, changed))
    return written


def translation_status(project: Project, hub: Hub) -> list[LanguageStatus]:
    """For each translated language: its translated, fuzzy and missing messages, against content/ now."""
    sources = list(source_messages(hub))
    statuses = []
    for language in translated_languages(hub, project):
        catalog = _read_if_there(po_path(project, language)) or Catalog()
        counts = {"translated": 0, "fuzzy": 0, "missing": 0}
        for source in sources:
            entry = catalog.get(source.text, context=source.context)
            state = (
                "missing"
                if entry is None or not entry.string
                else "fuzzy"
                if entry.fuzzy
                else "translated"
            )
            counts[state] += 1
        statuses.append(LanguageStatus(language, **counts))
    return statuses


def load_translation(project: Project, language: str) -> ContentTranslation:
    """The content translation into `language`; an empty one when its .po file is not written yet."""
    path = po_path(project, language)
    return ContentTranslation(language, _read_if_there(path) or Catalog(), display_path(path))


def _read_if_there(path: Path) -> Catalog | None:
    return read_content_po(path) if path.is_file() else None


def hub_in_language(project: Project, hub: Hub, language: str | None) -> Hub:
    """The hub in `language`: as loaded for its default language (or None), translated otherwise."""
    if language is None or language == hub.settings.default_language:
        return hub
    return translated_hub(hub, load_translation(project, language))


def translation_warnings(project: Project, hub: Hub) -> list[str]:
    """Check every language's translation; raise ContentError on broken ones, all at once.

    Return a warning for each language with texts not translated yet: they show in the
    default language, which is allowed, but the translators should know.
    """
    problems: list[Problem] = []
    warnings = []
    for status in translation_status(project, hub):
        try:
            hub_in_language(project, hub, status.language)
        except ContentError as error:
            problems.extend(error.problems)
        if status.missing or status.fuzzy:
            warnings.append(
                message(
                    "translations_missing",
                    language=status.language,
                    missing=status.missing + status.fuzzy,
                    total=status.total,
                    default=hub.settings.default_language,
                    path=display_path(po_path(project, status.language)),
                )
            )
    if problems:
        raise ContentError(problems)
    return warnings
