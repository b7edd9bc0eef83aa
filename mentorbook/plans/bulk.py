"""Read thousands of plans fast, judging each exactly as `load_plan` does.

Why a second reader: the round-trip reader keeps every line and column, which errors and
edits need, and costs a few milliseconds a plan; a program report reads ten thousand. This
path parses with libyaml and resolves values by the same YAML 1.2 rules, and hands any
plan it is not sure of (a problem, an alias, a tag, a duplicate key, a number written in
another base) to `load_plan`, so the outcome and every message are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from ruamel.yaml.resolver import implicit_resolvers

from mentorbook.errors import PlanError, Problem
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


class _PlainConstructor(yaml.constructor.BaseConstructor):  # type: ignore[misc]
    """Builds dicts, lists and the scalars a plan holds; gives up on anything unusual."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            raise _Unsure  # an alias: the round-trip reader counts what it expands to
        return super().construct_object(node, deep=True)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            if not isinstance(key, str) or key in mapping:
                raise _Unsure
            mapping[key] = self.construct_object(value_node)
        return mapping


def _scalar(constructor: _PlainConstructor, node: Any) -> Any:
    tag, value = node.tag, node.value
    if tag in (f"{_TAG}str", f"{_TAG}timestamp"):  # dates stay text, as in read_yaml
        return value
    if tag == f"{_TAG}null":
        return None
    if tag == f"{_TAG}bool":
        return value.lower() == "true"
    if tag == f"{_TAG}int" and _DECIMAL.match(value):
        return int(value)
    raise _Unsure


def _sequence(constructor: _PlainConstructor, node: Any) -> list[Any]:
    return [constructor.construct_object(item) for item in node.value]


_PlainConstructor.add_constructor(f"{_TAG}seq", _sequence)
_PlainConstructor.add_constructor(f"{_TAG}map", _PlainConstructor.construct_mapping)


class _FastLoader(_Parser, _PlainConstructor, _Yaml12Resolver):  # type: ignore[misc]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _PlainConstructor.__init__(self)
        _Yaml12Resolver.__init__(self)


def _sequence_or_scalar(constructor: _PlainConstructor, node: Any) -> Any:
    if isinstance(node, yaml.SequenceNode):
        return _sequence(constructor, node)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(constructor, node)
    raise _Unsure


# Scalars' tags come here, and so does any tag a plan should not hold (`!!python/object`, `!x`).
_PlainConstructor.add_constructor(None, _sequence_or_scalar)


def _fast_plan(path: Path, hub: Hub) -> Plan:
    """The plan at `path` read the fast way; raises _Unsure when the full reader must decide."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        loader = _FastLoader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
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


def read_plans(paths: Iterable[Path], hub: Hub) -> tuple[list[tuple[Path, Plan]], list[Problem]]:
    """Every plan under `paths` that validates, and the problems of those that do not."""
    plans: list[tuple[Path, Plan]] = []
    problems: list[Problem] = []
    for path in expand_plan_paths(paths):
        try:
            plans.append((path, read_plan(path, hub)))
        except PlanError as error:
            problems.extend(error.problems)
    return plans, problems
