"""The content's messages, and `translations/content/<lang>.po`: written, merged and read.

Each message has the source text as msgid, the file and YAML path as msgctxt (so one
English sentence in two places can be translated two ways), and `content/<file>:<line>`
as its reference. Merging is Babel's (`Catalog.update`), which does what msgmerge does:
a changed source text turns its translation fuzzy, a removed one obsolete.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import denormalize, write_po
from ruamel.yaml.scalarstring import LiteralScalarString

from mentorbook.i18n.po_file import read_po_file
from mentorbook.project import Project
from mentorbook.schema.loader import GLOSSARY_FILE, SETTINGS_FILE, Hub, display_path
from mentorbook.schema.yaml_reader import Document, format_location, read_yaml
from mentorbook.translations.markdown_units import units
from mentorbook.translations.texts import field_texts

CONTENT_TRANSLATIONS = Path("translations") / "content"
"""Where a project keeps one .po file per language of its content."""
PO_WIDTH = 88
"""Lines of the .po file wrap here; the same width on every run keeps updates byte-identical."""


@dataclass(frozen=True)
class SourceMessage:
    context: str
    text: str
    markdown: bool
    reference: tuple[str, int]
    """The file, as written from the project's root, and the line of the text."""


def po_path(project: Project, language: str) -> Path:
    return project.root / CONTENT_TRANSLATIONS / f"{language}.po"


def field_context(relative_file: str, location: tuple[str | int, ...]) -> str:
    """The msgctxt of a text field: `roles/mentor.yml:responsibilities[2]`."""
    return f"{relative_file}:{format_location(location)}"


def unit_context(field: str, number: int) -> str:
    """The msgctxt of the `number`th paragraph, item or heading of a Markdown field."""
    return f"{field}:{number}"


def source_messages(hub: Hub) -> Iterator[SourceMessage]:
    """Every message of the content, file by file, in the order of each file."""
    for document, value in _content_documents(hub):
        relative = document.path.relative_to(hub.content_dir).as_posix()
        reference_file = f"{hub.content_dir.name}/{relative}"
        for found in field_texts(value):
            field = field_context(relative, found.location)
            line = document.position(found.location)[0]
            if not found.kind.markdown:
                yield SourceMessage(field, found.text, False, (reference_file, line))
                continue
            # A literal block (|) keeps its lines: each paragraph's own line can be named.
            literal = isinstance(_value_at(document.data, found.location), LiteralScalarString)
            for number, unit in enumerate(units(found.text), start=1):
                unit_line = line + 1 + unit.line if literal else line
                yield SourceMessage(
                    unit_context(field, number), unit.text, True, (reference_file, unit_line)
                )


def _value_at(data: Any, location: tuple[str | int, ...]) -> Any:
    """The value as read from the YAML at `location`, or None when it is not written there."""
    for step in location:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _content_documents(hub: Hub) -> Iterator[tuple[Document, Any]]:
    # hub.yml and glossary.yml were read and validated by load_content; read again for lines.
    for name, value in ((SETTINGS_FILE, hub.settings), (GLOSSARY_FILE, hub.glossary)):
        path = hub.content_dir / name
        if value is not None and path.is_file():
            yield read_yaml(path, display_path(path), keep_comments=False), value
    for folder in sorted(hub.entries):
        for entry in sorted(hub.entries[folder].values(), key=lambda e: e.document.path):
            yield entry.document, entry.value


def template_catalog(hub: Hub) -> Catalog:
    """The content's messages as a catalog with no translations (what a .pot file holds)."""
    template = Catalog(project=hub.settings.site_name, fuzzy=False)
    for source in source_messages(hub):
        template.add(source.text, locations=[source.reference], context=source.context)
    return template


def updated_po(hub: Hub, existing: Catalog | None, language: str) -> Catalog:
    """`existing` (or a new catalog) merged with the content's messages as they are now."""
    template = template_catalog(hub)
    if existing is None:
        existing = Catalog(
            locale=_babel_locale(language),
            project=hub.settings.site_name,
            copyright_holder=hub.settings.organisation,
            fuzzy=False,
        )
        existing.update(template)
    else:
        # Babel forgets the previous text of an entry that was fuzzy already; msgmerge keeps it.
        previous = {(e.id, e.context): e.previous_id for e in existing if e.fuzzy and e.previous_id}
        existing.update(template, update_creation_date=False)
        for entry in existing:
            if entry.fuzzy and not entry.previous_id:
                entry.previous_id = previous.get((entry.id, entry.context), [])
    return existing


def po_text(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=PO_WIDTH, include_previous=True)
    return out.getvalue()


def read_content_po(path: Path) -> Catalog:
    """Read one content .po file (through the one .po reader, which names a mistake's line),
    with each entry's previous source text restored."""
    catalog = read_po_file(path)
    for entry in catalog:
        _restore_previous_id(entry)
    return catalog


def _restore_previous_id(entry: Message) -> None:
    """Read `#| msgid` back as the previous source text, which Babel takes for a comment.

    Why: otherwise the next update writes it back as `# | msgid` beside a new `#|`, and an
    unchanged project would not give a byte-identical file.
    """
    previous = [comment[1:].strip() for comment in entry.user_comments if comment.startswith("|")]
    if not previous or not previous[0].startswith("msgid "):
        return
    entry.user_comments = [c for c in entry.user_comments if not c.startswith("|")]
    quoted = "\n".join([previous[0].removeprefix("msgid ").strip(), *previous[1:]])
    entry.previous_id = [denormalize(quoted)]


def _babel_locale(language: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
