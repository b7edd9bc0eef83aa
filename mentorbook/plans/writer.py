"""Write plan files so that no command can break one or lose another's change.

Why each step: the lock makes two commands on one plan take turns; reading inside the lock
sees the other's change; validating the text about to be written keeps a broken plan off
disk; the atomic write leaves the old file or the new one, even if the process is killed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from filelock import FileLock, Timeout
from ruamel.yaml import YAML, ScalarNode
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter

from mentorbook.errors import MentorbookError, OutputExistsError
from mentorbook.fileio import atomic_write_text
from mentorbook.plans.files import read_plan_document, validated_plan
from mentorbook.plans.migrate import migrate_old_forms
from mentorbook.plans.tree import set_field
from mentorbook.schema.json_schema import SCHEMA_FILE_NAME
from mentorbook.schema.loader import Hub, display_path
from mentorbook.schema.messages import message
from mentorbook.schema.models.base import ISO_DAY
from mentorbook.schema.models.plan import Plan
from mentorbook.schema.yaml_reader import Document, YamlReadError, new_yaml, parse_yaml

LOCK_TIMEOUT_SECONDS = 30
ResultT = TypeVar("ResultT")


@dataclass(frozen=True)
class PlanEdit:
    """What a change works on: the tree to edit, and the plan and content it came from."""

    tree: CommentedMap
    plan: Plan
    hub: Hub


@dataclass(frozen=True)
class Update(Generic[ResultT]):
    """A plan change: the plan after it, what the change returned, and the file before and after."""

    plan: Plan
    result: ResultT
    before: str
    after: str


def update_plan(
    path: Path, hub: Hub, change: Callable[[PlanEdit], ResultT], *, dry_run: bool = False
) -> Update[ResultT]:
    """Apply `change` to the plan at `path`, raise its revision, validate, and write it.

    A change that raises leaves the file byte-identical; `dry_run` validates and writes nothing.
    """
    with plan_lock(path):
        document = read_plan_document(path)
        plan = validated_plan(document, hub)
        before = path.read_bytes().decode("utf-8-sig")
        yaml = _yaml_for(document.data)  # before the change: new entries have no position
        migrate_old_forms(document.data)
        result = change(PlanEdit(document.data, plan, hub))
        set_field(document.data, "revision", plan.revision + 1, Plan)
        # Comments keep the line ends they were read with; values never hold a raw \r.
        text = dump_plan(document.data, yaml).replace("\r\n", "\n")
        if "\r\n" in before:  # keep the line ends of a plan saved on Windows
            text = text.replace("\n", "\r\n")
        written = validated_plan(_reparse(path, text), hub)
        if not dry_run:
            atomic_write_text(path, text)
    return Update(written, result, before, text)


def create_plan(path: Path, tree: CommentedMap, hub: Hub) -> Plan:
    """Write a new plan file; refuse to replace one that exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with plan_lock(path):
        if path.exists():
            raise OutputExistsError(message("plan_exists", path=display_path(path)))
        tree.yaml_set_start_comment(schema_modeline(path, hub.content_dir / SCHEMA_FILE_NAME))
        text = dump_plan(tree, _plan_yaml())
        plan = validated_plan(_reparse(path, text), hub)
        atomic_write_text(path, text)
    return plan


def refuse_existing(path: Path) -> None:
    """Stop before asking any questions when the plan to create already exists."""
    if path.exists():
        raise OutputExistsError(message("plan_exists", path=display_path(path)))


def schema_modeline(path: Path, schema: Path) -> str:
    """The yaml-language-server line pointing an editor at the schema, relative to the plan.

    Why content/mentorbook.schema.json: content files already point there, so the one file
    `mentorbook schema -o content/mentorbook.schema.json` writes serves content and plans.
    """
    relative = Path(os.path.relpath(schema.resolve(), path.resolve().parent)).as_posix()
    return f"yaml-language-server: $schema={relative}"


@contextmanager
def plan_lock(path: Path) -> Iterator[None]:
    """Hold the plan's lock file (`.<name>.lock` beside it) while reading and writing it."""
    lock = FileLock(path.with_name(f".{path.name}.lock"), timeout=LOCK_TIMEOUT_SECONDS)
    try:
        with lock:
            yield
    except Timeout:
        raise MentorbookError(
            message("plan_locked", path=display_path(path), seconds=LOCK_TIMEOUT_SECONDS)
        ) from None


def dump_plan(tree: CommentedMap, yaml: YAML) -> str:
    stream = io.StringIO()
    yaml.dump(tree, stream)
    return stream.getvalue()


class _PlainDatesRepresenter(RoundTripRepresenter):
    """Writes a date read as text (`start: 2026-09-01`) back without quotes.

    Why: new_yaml() reads dates as text; the default representer would quote such text
    so that it stays text, turning every date of a hand-written plan into '2026-09-01'.
    """

    def represent_str(self, data: str) -> ScalarNode:
        if ISO_DAY.match(data):
            node: ScalarNode = self.represent_scalar("tag:yaml.org,2002:timestamp", data)
            return node
        plain: ScalarNode = super().represent_str(data)
        return plain


_PlainDatesRepresenter.add_representer(str, _PlainDatesRepresenter.represent_str)


def _plan_yaml() -> YAML:
    """new_yaml() without line wrapping, writing dates plain.

    Why no wrapping: a hand-edited plan keeps its long lines; writing it back must not
    fold the values the command did not touch.
    """
    yaml = new_yaml()
    yaml.Representer = _PlainDatesRepresenter
    yaml.width = 1_000_000
    return yaml


def _yaml_for(tree: CommentedMap) -> YAML:
    """_plan_yaml() with the file's own list indentation (`- ` flush with its key or indented).

    Why from the tree: it already knows where the first block list's items sit, so the
    file need not be parsed again to guess it.
    """
    yaml = _plan_yaml()
    for key, value in tree.items():
        if isinstance(value, CommentedSeq) and value and not value.fa.flow_style():
            key_column = tree.lc.key(key)[1]
            item_column = value.lc.item(0)[1]
            dash_offset = item_column - 2 - key_column
            if dash_offset >= 0:
                yaml.indent(mapping=2, sequence=item_column - key_column, offset=dash_offset)
            break
    return yaml


def _reparse(path: Path, text: str) -> Document:
    """The text about to be written, parsed as a reader of the file will parse it.

    Raises MentorbookError when the reader would refuse the text (too many values, say):
    the file is then left as it was, instead of becoming one no command can read.
    """
    display = display_path(path)
    try:
        return parse_yaml(text, path, display)
    except YamlReadError as error:
        reasons = "; ".join(problem.message for problem in error.problems)
        raise MentorbookError(
            message("plan_unreadable_after", path=display, reasons=reasons)
        ) from None
