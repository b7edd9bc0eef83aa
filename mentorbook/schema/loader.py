"""Load every content file of a project, validate it, and check ids and references across files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorbook.errors import ContentError, Problem
from mentorbook.schema.messages import message, suggestion
from mentorbook.schema.models import (
    Agreement,
    CaseStudy,
    Comparison,
    Format,
    Glossary,
    GoalTemplate,
    Guide,
    HubSettings,
    MeetingGuide,
    MentoringType,
    Program,
    ReflectionSet,
    Role,
)
from mentorbook.schema.models.base import Model
from mentorbook.schema.validation import validate_document
from mentorbook.schema.yaml_reader import Document, YamlReadError, read_yaml


@dataclass(frozen=True)
class Collection:
    """A content folder holding one object per file."""

    folder: str
    model: type[Model]
    noun: str


COLLECTIONS: tuple[Collection, ...] = (
    Collection("programs", Program, "program"),
    Collection("roles", Role, "role"),
    Collection("formats", Format, "format"),
    Collection("mentoring-types", MentoringType, "mentoring type"),
    Collection("goals", GoalTemplate, "goal template"),
    Collection("agreements", Agreement, "agreement"),
    Collection("meeting-guides", MeetingGuide, "meeting guide"),
    Collection("reflections", ReflectionSet, "reflection set"),
    Collection("guides", Guide, "guide"),
    Collection("case-studies", CaseStudy, "case study"),
    Collection("comparisons", Comparison, "comparison"),
)
NOUNS = {collection.folder: collection.noun for collection in COLLECTIONS}
SETTINGS_FILE = "hub.yml"
GLOSSARY_FILE = "glossary.yml"
ASSETS_FOLDER = "assets"
"""Images and other files the content refers to, such as the logo."""
YAML_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class Entry:
    """A validated object and the document it came from."""

    value: Any
    document: Document


@dataclass
class Hub:
    """All the validated content of one project."""

    content_dir: Path
    settings: HubSettings
    glossary: Glossary
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)

    def collection(self, folder: str) -> dict[str, Any]:
        """The objects of one content folder by id, in the order readers should meet them."""
        entries = self.entries.get(folder, {})
        ordered = sorted(entries.values(), key=lambda entry: _reading_order(entry.value))
        return {entry.value.id: entry.value for entry in ordered}

    def source(self, folder: str, object_id: str) -> Path:
        """The file an object was read from, for edit links and messages."""
        return self.entries[folder][object_id].document.path

    @property
    def programs(self) -> dict[str, Program]:
        return self.collection("programs")

    @property
    def roles(self) -> dict[str, Role]:
        return self.collection("roles")

    @property
    def formats(self) -> dict[str, Format]:
        return self.collection("formats")

    @property
    def mentoring_types(self) -> dict[str, MentoringType]:
        return self.collection("mentoring-types")

    @property
    def goals(self) -> dict[str, GoalTemplate]:
        return self.collection("goals")

    @property
    def agreements(self) -> dict[str, Agreement]:
        return self.collection("agreements")

    @property
    def meeting_guides(self) -> dict[str, MeetingGuide]:
        return self.collection("meeting-guides")

    @property
    def reflections(self) -> dict[str, ReflectionSet]:
        return self.collection("reflections")

    @property
    def guides(self) -> dict[str, Guide]:
        return self.collection("guides")

    @property
    def case_studies(self) -> dict[str, CaseStudy]:
        return self.collection("case-studies")

    @property
    def comparisons(self) -> dict[str, Comparison]:
        return self.collection("comparisons")

    def ids(self, folder: str) -> list[str]:
        return list(self.entries.get(folder, {}))

    def summary(self) -> str:
        counts = [
            f"{len(self.entries.get(c.folder, {}))} {c.folder.replace('-', ' ')}"
            for c in COLLECTIONS
        ]
        return (
            f"{self.settings.site_name}: "
            + ", ".join(counts)
            + f", {len(self.glossary.terms)} glossary terms"
        )


def _reading_order(value: Any) -> tuple[int, str]:
    return getattr(value, "order", 100), str(
        getattr(value, "name", None) or getattr(value, "title", "")
    )


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it lies below it, as compilers do."""
    try:
        return (
            os.path.relpath(path)
            if path.resolve().is_relative_to(Path.cwd().resolve())
            else str(path)
        )
    except ValueError:
        return str(path)


def load_content(content_dir: Path) -> Hub:
    """Read, validate and cross-check every file under `content_dir`; raise ContentError on any problem."""
    problems: list[Problem] = []
    settings = _load_single(content_dir / SETTINGS_FILE, HubSettings, problems)
    glossary = _load_single(content_dir / GLOSSARY_FILE, Glossary, problems)
    problems.extend(_unknown_entries(content_dir))
    entries: dict[str, dict[str, Entry]] = {}
    for collection in COLLECTIONS:
        entries[collection.folder] = _load_collection(content_dir, collection, problems)
    problems.extend(_dangling_references(entries))
    if problems or settings is None or glossary is None:
        raise ContentError(problems)
    return Hub(content_dir=content_dir, settings=settings, glossary=glossary, entries=entries)


def read_and_validate(path: Path, model: type[Model], problems: list[Problem]) -> Entry | None:
    """Read one file as `model`; add what is wrong with it to `problems`."""
    try:
        document = read_yaml(path, display_path(path))
    except YamlReadError as error:
        problems.extend(error.problems)
        return None
    value, found = validate_document(document, model)
    problems.extend(found)
    return Entry(value, document) if value is not None else None


def _load_single(path: Path, model: type[Model], problems: list[Problem]) -> Any:
    if not path.is_file():
        problems.append(
            Problem(
                display_path(path),
                1,
                1,
                "",
                f"this file is missing; create it with the {model.__name__} fields",
            )
        )
        return None
    entry = read_and_validate(path, model, problems)
    return entry.value if entry else None


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in YAML_SUFFIXES)


def _load_collection(
    content_dir: Path, collection: Collection, problems: list[Problem]
) -> dict[str, Entry]:
    folder = content_dir / collection.folder
    loaded: dict[str, Entry] = {}
    if not folder.is_dir():
        return loaded
    for path in _yaml_files(folder):
        entry = read_and_validate(path, collection.model, problems)
        if entry is None:
            continue
        object_id = entry.value.id
        if object_id in loaded:
            first = loaded[object_id].document
            line, column = first.position(("id",))
            problems.append(
                entry.document.problem(
                    ("id",),
                    message(
                        "duplicate_id",
                        id=object_id,
                        other=f"{first.display}:{line}:{column}",
                        kind=collection.noun,
                    ),
                )
            )
            continue
        loaded[object_id] = entry
    return loaded


def _unknown_entries(content_dir: Path) -> Iterable[Problem]:
    """Point out folders and files the loader would otherwise skip without a word."""
    if not content_dir.is_dir():
        yield Problem(
            display_path(content_dir),
            1,
            1,
            "",
            "the content folder is missing; run 'mentorbook init' to start one",
        )
        return
    known_folders = [c.folder for c in COLLECTIONS] + [ASSETS_FOLDER]
    known_files = [SETTINGS_FILE, GLOSSARY_FILE]
    for path in sorted(content_dir.iterdir()):
        if path.name.startswith(".") or path.suffix == ".json":
            continue
        if path.is_dir() and path.name not in known_folders:
            yield Problem(
                display_path(path),
                1,
                1,
                "",
                message(
                    "unknown_folder",
                    name=path.name,
                    suggestion=suggestion(path.name, known_folders),
                    known=", ".join(known_folders),
                ),
            )
        elif path.is_file() and path.suffix in YAML_SUFFIXES and path.name not in known_files:
            yield Problem(
                display_path(path),
                1,
                1,
                "",
                f"'{path.name}' is not a content file{suggestion(path.name, known_files)}; move it into one of the content folders",
            )


def _dangling_references(entries: dict[str, dict[str, Entry]]) -> Iterable[Problem]:
    for folder_entries in entries.values():
        for entry in folder_entries.values():
            yield from dangling_references(entry.value, entry.document, entries)


def dangling_references(
    value: Model, document: Document, entries: dict[str, dict[str, Entry]]
) -> Iterable[Problem]:
    """Every id `value` names that no file of its collection defines."""
    for reference in value.references():
        known = list(entries.get(reference.collection, {}))
        if reference.id in known:
            continue
        yield document.problem(
            reference.location,
            message(
                "dangling_reference",
                kind=NOUNS[reference.collection],
                id=reference.id,
                suggestion=suggestion(reference.id, known),
                known=", ".join(known)
                if known
                else f"(none yet: add a file to content/{reference.collection}/)",
            ),
        )
