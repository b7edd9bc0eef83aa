"""Read thousands of plans fast, judging each exactly as `load_plan` does.

Why a second reader: the round-trip reader keeps every line and column, which errors and
edits need, and costs a few milliseconds a plan; a program report reads ten thousand. This
path parses with libyaml and resolves values by the same YAML 1.2 rules, and hands any
plan it is not sure of (a problem, an alias, a tag, a duplicate key, a number written in
another base) to `load_plan`, so the outcome and every message are the same.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError
from ruamel.yaml.resolver import implicit_resolvers

from mentorbook.errors import PlanError, Problem
from mentorbook.machine import available_cores
from mentorbook.plans.files import content_problems, load_plan, plan_files
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan
from mentorbook.schema.yaml_reader import Document

_DECIMAL = re.compile(r"^[-+]?[0-9]+$")
_TAG = "tag:yaml.org,2002:"


class _PurePythonParser(
    yaml.reader.Reader,  # type: ignore[misc]
    yaml.scanner.Scanner,  # type: ignore[misc]
    yaml.parser.Parser,  # type: ignore[misc]
    yaml.composer.Composer,  # type: ignore[misc]
):
    """What libyaml's CParser does, for a PyYAML built without libyaml (slower, same result)."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)


_Parser: Any = yaml.cyaml.CParser if yaml.__with_libyaml__ else _PurePythonParser


class _Unsure(Exception):
    """The fast path cannot vouch for this plan; the round-trip reader decides."""


class _Yaml12Resolver(yaml.resolver.BaseResolver):  # type: ignore[misc]
    """Plain scalars resolved by ruamel's YAML 1.2 rules, as the round-trip reader does."""


for _versions, _tag, _pattern, _first in implicit_resolvers:
    if (1, 2) in _versions:
        # Compiled here: ruamel's patterns compile lazily behind a wrapper costly per call.
        _Yaml12Resolver.add_implicit_resolver(
            _tag, re.compile(_pattern.pattern, _pattern.flags), _first
        )


class _Composer(_Parser, _Yaml12Resolver):  # type: ignore[misc]
    """Parses a stream into nodes whose tags follow the YAML 1.2 rules."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Yaml12Resolver.__init__(self)

    # PyYAML's resolver also walks path resolvers; plans have none, and this runs per value.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR  # a plain scalar is resolved in _value
        return _SEQ if kind is yaml.SequenceNode else _MAP


def _implicit_tag(value: str) -> str:
    """The tag YAML 1.2 gives a plain (unquoted, untagged) scalar."""
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return _STR


def _value(node: Any, seen: set[int] | None) -> Any:
    """The plain value of a node: dicts, lists, text, whole numbers, booleans and None.

    Raises _Unsure on anything else: an alias (a node met twice, watched for in `seen` when
    the file has an anchor), a tag a plan does not hold, a duplicate or non-text key, a
    number that is not written in decimal.
    """
    if seen is not None:
        if id(node) in seen:
            raise _Unsure
        seen.add(id(node))
    tag = node.tag
    if tag == _PLAIN:
        tag = _implicit_tag(node.value)
    if tag == _MAP:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _value(key_node, seen)
            if not isinstance(key, str) or key in mapping:
                raise _Unsure
            mapping[key] = _value(value_node, seen)
        return mapping
    if tag == _SEQ:
        return [_value(item, seen) for item in node.value]
    if tag in _TEXT:  # dates stay text, as in read_yaml
        return node.value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return node.value.lower() == "true"
    if tag == _INT and _DECIMAL.match(node.value):
        return int(node.value)
    raise _Unsure


_MAP, _SEQ, _STR, _NULL, _BOOL, _INT = (
    f"{_TAG}{name}" for name in ("map", "seq", "str", "null", "bool", "int")
)
_PLAIN = "plain"
_TEXT = frozenset((_STR, f"{_TAG}timestamp"))
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    first: [(str(tag), pattern) for tag, pattern in resolvers]
    for first, resolvers in _Yaml12Resolver.yaml_implicit_resolvers.items()
}


def _parse(text: str) -> Any:
    composer = _Composer(text)
    try:
        node = composer.get_single_node()
    finally:
        composer.dispose()
    if node is None:
        raise _Unsure
    # Without an '&' the file has no anchor, so no node can be reached twice.
    return _value(node, set() if "&" in text else None)


def _fast_plan(path: Path, hub: Hub) -> Plan:
    """The plan at `path` read the fast way; raises _Unsure when the full reader must decide."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        data = _parse(text)
        if not isinstance(data, dict):
            raise _Unsure
        plan = Plan.model_validate(data)
    except (_Unsure, UnicodeDecodeError, yaml.YAMLError, ValidationError, RecursionError):
        raise _Unsure from None
    if content_problems(plan, Document(path, str(path), data), hub):
        raise _Unsure
    return plan


def read_plan(path: Path, hub: Hub) -> Plan:
    """One plan, fast when it can be; raises PlanError exactly as `load_plan` does."""
    try:
        return _fast_plan(path, hub)
    except _Unsure:
        return load_plan(path, hub)


def expand_plan_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Plan files given one by one, and every plan in the folders given, in order."""
    for path in paths:
        if path.is_dir():
            yield from plan_files(path)
        else:
            yield path


PARALLEL_FROM = 400
"""Below this many plans, starting worker processes costs more than it saves."""
PARALLEL_CORES = 2
"""Read in worker processes from two cores up. Sending each plan's summary back costs CPU
(about 5.7-7.7 s of CPU in all against 5.0-5.3 s in one process for 10,000 plans), but on
an otherwise idle two-core machine the wall time drops (median 4.3 s against 5.3 s,
`mentorbook report` over bench/report.py's plans, three runs each)."""

Summary = TypeVar("Summary")


def read_plans(paths: Iterable[Path], hub: Hub) -> tuple[list[tuple[Path, Plan]], list[Problem]]:
    """Every plan under `paths` that validates, and the problems of those that do not."""
    return summarise_plans(paths, hub, _the_plan)


def _the_plan(plan: Plan) -> Plan:
    return plan


def summarise_plans(
    paths: Iterable[Path], hub: Hub, summarise: Callable[[Plan], Summary]
) -> tuple[list[tuple[Path, Summary]], list[Problem]]:
    """`summarise` of every plan under `paths` that validates; the problems of those that do not.

    Why a summary: a large cohort is read on every core, and each worker sends back only what
    the caller needs (a report's figures), not whole plans, which cost as much to send as to
    read. Workers are forked, so they share the parent's content and `summarise` as they are.
    """
    files = list(expand_plan_paths(paths))
    workers = available_cores()
    if len(files) < PARALLEL_FROM or workers < PARALLEL_CORES or _FORK is None:
        outcomes = _summarise_chunk(files, hub, summarise)
    else:
        size = -(-len(files) // (workers * 4))
        chunks = [files[start : start + size] for start in range(0, len(files), size)]
        with _FORK.Pool(workers, initializer=_keep, initargs=(hub, summarise)) as pool:
            outcomes = [item for chunk in pool.map(_summarise_kept, chunks) for item in chunk]
    summaries: list[tuple[Path, Summary]] = []
    problems: list[Problem] = []
    for path, summary, found in outcomes:
        if found:
            problems.extend(found)
        else:
            summaries.append((path, summary))
    return summaries, problems


def _summarise_chunk(
    files: list[Path], hub: Hub, summarise: Callable[[Plan], Any]
) -> list[tuple[Path, Any, list[Problem]]]:
    outcomes: list[tuple[Path, Any, list[Problem]]] = []
    for path in files:
        try:
            outcomes.append((path, summarise(read_plan(path, hub)), []))
        except PlanError as error:
            outcomes.append((path, None, error.problems))
    return outcomes


_kept: list[Any] = []


def _keep(hub: Hub, summarise: Callable[[Plan], Any]) -> None:
    _kept[:] = [hub, summarise]


def _summarise_kept(files: list[Path]) -> list[tuple[Path, Any, list[Problem]]]:
    return _summarise_chunk(files, _kept[0], _kept[1])


# Fork only where it is the platform's safe default: macOS and Windows start workers afresh.
_FORK = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
