"""Load every content file of a project, validate it, and check ids and references across files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mentorbook.errors import ContentError, Problem
from mentorbook.schema.assets import asset_problems
from mentorbook.schema.messages import message, suggestion, unknown_id
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
from mentorbook.schema.models.base import ASSETS_FOLDER, Model
from mentorbook.schema.validation import validate_document
from mentorbook.schema.yaml_reader import Document, YamlReadError, read_yaml


@dataclass(frozen=True)
class Collection:
    """A content folder holding one object per file."""

    folder: str
    model: type[Model]
    noun: str
    plural: str

    def count(self, number: int) -> str:
        """`1 program`, `3 programs`."""
        return f"{number} {self.noun if number == 1 else self.plural}"


COLLECTIONS: tuple[Collection, ...] = (
    Collection("programs", Program, "program", "programs"),
    Collection("roles", Role, "role", "roles"),
    Collection("formats", Format, "format", "formats"),
    Collection("mentoring-types", MentoringType, "mentoring type", "mentoring types"),
    Collection("goals", GoalTemplate, "goal template", "goal templates"),
    Collection("agreements", Agreement, "agreement", "agreements"),
    Collection("meeting-guides", MeetingGuide, "meeting guide", "meeting guides"),
    Collection("reflections", ReflectionSet, "reflection set", "reflection sets"),
    Collection("guides", Guide, "guide", "guides"),
    Collection("case-studies", CaseStudy, "case study", "case studies"),
    Collection("comparisons", Comparison, "comparison", "comparisons"),
)
NOUNS = {collection.folder: collection.noun for collection in COLLECTIONS}
SETTINGS_FILE = "hub.yml"
GLOSSARY_FILE = "glossary.yml"
YAML_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class Entry:
    """A validated object and the document it came from."""

    value: Any
    document: Document


@dataclass(frozen=True)
class Hub:
    """All the validated content of one project.

    Why each collection is ordered once, here: pages and templates look objects up by id
    thousands of times in a large hub; sorting on every lookup made one program page of a
    hub with 1,000 goal templates take 12 seconds. The collections are shared: read them,
    never change them.
    """

    content_dir: Path
    settings: HubSettings
    glossary: Glossary | None
    """None when the project has no glossary.yml: a glossary is optional."""
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    _collections: dict[str, dict[str, Any]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        collections = {
            folder: {
                entry.value.id: entry.value
                for entry in sorted(entries.values(), key=lambda e: _reading_order(e.value))
            }
            for folder, entries in self.entries.items()
        }
        object.__setattr__(self, "_collections", collections)

    def collection(self, folder: str) -> dict[str, Any]:
        """The objects of one content folder by id, in the order readers should meet them."""
        return self._collections.get(folder, {})

    def source(self, folder: str, object_id: str) -> Path:
        """The file an object was read from, for edit links and messages."""
        return self.entries[folder][object_id].document.path

    def offered_goals(self, program: Program) -> list[GoalTemplate]:
        """The goal templates a program's mentees start from: its own, or the whole library."""
        if program.goal_templates:
            return [self.goals[goal_id] for goal_id in program.goal_templates]
        return list(self.goals.values())

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
        """One line naming the hub and counting what it holds; empty folders are left out."""
        counts = [
            collection.count(len(self.entries[collection.folder]))
            for collection in COLLECTIONS
            if self.entries.get(collection.folder)
        ]
        if self.glossary:
            terms = len(self.glossary.terms)
            counts.append(f"{terms} glossary {'term' if terms == 1 else 'terms'}")
        return f"{self.settings.site_name}: {', '.join(counts)}"


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
    if not content_dir.is_dir():
        raise ContentError(
            [Problem(display_path(content_dir), 1, 1, "", message("missing_content"))]
        )
    problems: list[Problem] = []
    hub_file = _load_single(content_dir / SETTINGS_FILE, HubSettings, problems)
    settings = hub_file.value if hub_file else None
    glossary_path = content_dir / GLOSSARY_FILE
    glossary_file = (
        read_and_validate(glossary_path, Glossary, problems) if glossary_path.exists() else None
    )
    problems.extend(_unknown_entries(content_dir))
    problems.extend(asset_problems(content_dir, hub_file))
    entries: dict[str, dict[str, Entry]] = {}
    broken_ids: dict[str, set[str]] = {}
    for collection in COLLECTIONS:
        entries[collection.folder], broken_ids[collection.folder] = _load_collection(
            content_dir, collection, problems
        )
    problems.extend(_dangling_references(entries, broken_ids))
    if problems or settings is None:
        raise ContentError(problems)
    glossary = glossary_file.value if glossary_file else None
    return Hub(content_dir=content_dir, settings=settings, glossary=glossary, entries=entries)


def read_and_validate(path: Path, model: type[Model], problems: list[Problem]) -> Entry | None:
    """Read one file as `model`; add what is wrong with it to `problems`."""
    document = _read(path, problems)
    return _validate(document, model, problems) if document else None


def _read(path: Path, problems: list[Problem]) -> Document | None:
    try:
        return read_yaml(path, display_path(path), keep_comments=False)
    except YamlReadError as error:
        problems.extend(error.problems)
        return None


def _validate(document: Document, model: type[Model], problems: list[Problem]) -> Entry | None:
    value, found = validate_document(document, model)
    problems.extend(found)
    return Entry(value, document) if value is not None else None


def _load_single(path: Path, model: type[Model], problems: list[Problem]) -> Entry | None:
    """Read a file the project cannot do without.

    Why its own messages: "add its fields, or delete the file", right for an optional file,
    would send the user in a circle here, to "this file is missing".
    """
    required = ", ".join(name for name, field in model.model_fields.items() if field.is_required())
    if not path.is_file():
        problems.append(
            Problem(display_path(path), 1, 1, "", message("missing_file", fields=required))
        )
        return None
    found: list[Problem] = []
    entry = read_and_validate(path, model, found)
    empty = message("empty_file")
    problems.extend(
        replace(problem, message=message("empty_required_file", fields=required))
        if problem.message == empty
        else problem
        for problem in found
    )
    return entry


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in YAML_SUFFIXES)


def _load_collection(
    content_dir: Path, collection: Collection, problems: list[Problem]
) -> tuple[dict[str, Entry], set[str]]:
    """The valid objects of one folder by id, and the ids of files that are there but invalid.

    Why the second: a reference to a file that exists but has errors is not dangling; its
    file's own errors say what to fix.
    """
    folder = content_dir / collection.folder
    loaded: dict[str, Entry] = {}
    broken_ids: set[str] = set()
    if not folder.is_dir():
        return loaded, broken_ids
    for path in _yaml_files(folder):
        document = _read(path, problems)
        entry = _validate(document, collection.model, problems) if document else None
        if entry is None:
            broken_ids.update(filter(None, (_written_id(document), path.stem)))
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
    return loaded, broken_ids


def _written_id(document: Document | None) -> str | None:
    data = document.data if document else None
    written = data.get("id") if isinstance(data, dict) else None
    return written if isinstance(written, str) else None


def _unknown_entries(content_dir: Path) -> Iterable[Problem]:
    """Point out folders and files the loader would otherwise skip without a word."""
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
            text = message(
                "unknown_file",
                name=path.name,
                suggestion=suggestion(path.name, known_files),
                known=", ".join(c.folder for c in COLLECTIONS),
            )
            yield Problem(display_path(path), 1, 1, "", text)


def _dangling_references(
    entries: dict[str, dict[str, Entry]], broken_ids: dict[str, set[str]]
) -> Iterable[Problem]:
    for folder_entries in entries.values():
        for entry in folder_entries.values():
            yield from dangling_references(entry.value, entry.document, entries, broken_ids)


def dangling_references(
    value: Model,
    document: Document,
    entries: dict[str, dict[str, Entry]],
    broken_ids: dict[str, set[str]] | None = None,
) -> Iterable[Problem]:
    """Every id `value` names that no file of its collection defines.

    Ids in `broken_ids` (by folder) belong to files that exist but have errors of their own,
    so they are not reported again here.
    """
    for reference in value.references():
        known = list(entries.get(reference.collection, {}))
        if reference.id in known or reference.id in (broken_ids or {}).get(
            reference.collection, set()
        ):
            continue
        text = (
            unknown_id(NOUNS[reference.collection], reference.id, known)
            if known
            else message(
                "reference_to_empty_folder",
                kind=NOUNS[reference.collection],
                id=reference.id,
                folder=reference.collection,
            )
        )
        yield document.problem(reference.location, text)
