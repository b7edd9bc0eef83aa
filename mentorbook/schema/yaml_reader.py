"""Read one YAML file into a round-trip tree that remembers the line and column of every value.

Why round-trip: errors must point at `file:line:col`, and plan edits must keep the human's
comments and key order. Dates stay text (implicit timestamps are switched off) so that
pydantic, not the YAML parser, decides what a valid date is.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML, MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import MaxDepthExceededError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.reader import ReaderError

from mentorbook.errors import Problem
from mentorbook.schema import libyaml_composer
from mentorbook.schema.messages import message
from mentorbook.terminal import visible_controls

# Tags a plain YAML document may carry; anything else (`!!python/object`, `!custom`) is refused
# before construction, so no tag can ever make the loader build an object.
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "omap")
)


class _TextDatesConstructor(RoundTripConstructor):
    """Round-trip constructor that keeps `2026-01-05` as the text the user typed."""


_TextDatesConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str
)

MAX_DEPTH = 64
"""How deeply values may nest (each list, mapping and the value at the end count one level).

Why: reading, checking and validating each walk the tree one call per level, and a few
hundred levels exhaust Python's stack; real content and plans nest fewer than ten."""


Location = tuple[str | int, ...]
_COLLECTIONS = (CommentedMap, CommentedSeq)


@dataclass(frozen=True)
class Document:
    """A parsed YAML file and the means to point back into it."""

    path: Path
    display: str
    data: Any

    def position(self, location: Location, *, at_key: bool = False) -> tuple[int, int]:
        """Return the 1-based (line, column) of the deepest node on `location` that exists.

        With `at_key`, a mapping entry points at its key rather than its value: right for
        an unknown field, where the key is what the user must change.
        """
        node = self.data
        # Start at the document's first field, not at a comment line above it.
        line, column = (node.lc.line, node.lc.col) if isinstance(node, _COLLECTIONS) else (0, 0)
        for index, step in enumerate(location):
            last = index == len(location) - 1
            if isinstance(node, CommentedMap) and step in node:
                key_line, key_column = node.lc.key(step)
                value_line, value_column = node.lc.value(step)
                line, column = (
                    (key_line, key_column) if at_key and last else (value_line, value_column)
                )
                node = node[step]
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
                line, column = node.lc.item(step)
                node = node[step]
            else:
                break
        return line + 1, column + 1

    def problem(self, location: Location, text: str, *, at_key: bool = False) -> Problem:
        line, column = self.position(location, at_key=at_key)
        return Problem(self.display, line, column, format_location(location), text)


def format_location(location: Location) -> str:
    """Render a path inside a document the way a reader of the YAML thinks of it: `goals[2].title`."""
    text = ""
    for step in location:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else str(step)
    return text


class YamlReadError(Exception):
    """The file could not be turned into a tree; carries the problems found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def new_yaml() -> YAML:
    """The one YAML configuration used to read and to write content and plans."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextDatesConstructor
    yaml.max_depth = MAX_DEPTH
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_yaml(path: Path, display: str, *, keep_comments: bool = True) -> Document:
    """Parse `path`; raise YamlReadError listing everything that keeps it from being a tree.

    Without `keep_comments` (content, which is read and never written back), a file is
    parsed with libyaml when it can be, which is several times faster.
    """
    text = _decode(path.read_bytes(), display)
    return parse_yaml(text, path, display, keep_comments=keep_comments)


def parse_yaml(text: str, path: Path, display: str, *, keep_comments: bool = True) -> Document:
    """Parse `text` as the file at `path` would be read, with every check and limit of reading.

    Why separate: a writer parses what it is about to write with this, so no command can
    write a file that the next command cannot read.
    """
    yaml = new_yaml()
    node = None if keep_comments else _libyaml_tree(text, yaml)
    if node is None:
        node = _ruamel_tree(text, yaml, display)
    data = yaml.constructor.construct_document(node)
    return Document(path, display, data)


def _ruamel_tree(text: str, yaml: YAML, display: str) -> Node:
    """The document's tree as ruamel reads it; raise YamlReadError on anything wrong with it."""
    empty = YamlReadError([Problem(display, 1, 1, "", message("empty_file"))])
    if not _has_content(text):
        raise empty
    try:
        node: Node | None = yaml.compose(io.StringIO(text))
    except MaxDepthExceededError as error:
        mark = error.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        too_deep = message("yaml_too_deep", limit=MAX_DEPTH)
        raise YamlReadError([Problem(display, line, column, "", too_deep)]) from None
    except MarkedYAMLError as error:
        raise YamlReadError([_syntax_problem(error, display)]) from None
    except ReaderError as error:
        raise YamlReadError([_control_character_problem(error, text, display)]) from None
    if node is None or _is_null(node):
        raise empty
    problems = list(_node_problems(node, display, (), set()))
    if problems:
        raise YamlReadError(problems)
    if _expanded_size(node, {}) > MAX_EXPANDED_VALUES:
        raise YamlReadError(
            [Problem(display, 1, 1, "", message("yaml_alias_bomb", limit=MAX_EXPANDED_VALUES))]
        )
    return node


def _libyaml_tree(text: str, yaml: YAML) -> Node | None:
    """The tree as libyaml reads it, when there is nothing wrong with it; None otherwise.

    Why None then: every problem is found and worded by ruamel's parser, as always.
    """
    node = libyaml_composer.compose(text, yaml.resolver, max_depth=MAX_DEPTH)
    if (
        node is None
        or _is_null(node)
        or next(_node_problems(node, "", (), set()), None) is not None
        or _expanded_size(node, {}) > MAX_EXPANDED_VALUES
    ):
        return None
    return node


MAX_EXPANDED_VALUES = 100_000
"""How many values a file may hold once its aliases are followed.

Why: aliases (`*name`) share nodes, so a few lines can stand for billions of values; the
reader copes, but validation walks every one of them. No real content or plan comes near.
"""


def _expanded_size(node: Node, sizes: dict[int, int]) -> int:
    """The number of values `node` stands for with every alias followed, memoised per node."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = 1  # an alias back to an ancestor counts once instead of looping
    size = 1
    if isinstance(node, MappingNode):
        size += sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    elif isinstance(node, SequenceNode):
        size += sum(_expanded_size(item, sizes) for item in node.value)
    sizes[id(node)] = size
    return size


def _decode(raw: bytes, display: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        byte = f"0x{raw[error.start]:02x}"
        raise YamlReadError(
            [Problem(display, line, column, "", message("not_utf8", byte=byte))]
        ) from None


def _has_content(text: str) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _is_null(node: Node) -> bool:
    """A document holding nothing but `---` or `~`."""
    return isinstance(node, ScalarNode) and str(node.tag) == "tag:yaml.org,2002:null"


# The parser's wording for common mistakes, matched on its problem and context text,
# and the plain sentence (a key of messages.yaml) a coordinator reads instead. First match wins.
_SYNTAX_MISTAKES = (
    ("'\\t'", "yaml_tab"),
    ("another document", "yaml_two_documents"),
    ("quoted scalar", "yaml_open_quote"),
    ("flow sequence", "yaml_open_bracket"),
    ("flow mapping", "yaml_open_bracket"),
    ("mapping values are not allowed", "yaml_colon"),
    ("parsing a block", "yaml_indentation"),
)


def _syntax_problem(error: MarkedYAMLError, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    started = error.context_mark.line + 1 if error.context_mark else line
    detail = " ".join(part for part in (error.problem, error.context) if part)
    key = next((key for phrase, key in _SYNTAX_MISTAKES if phrase in detail), "yaml_syntax")
    return Problem(display, line, column, "", message(key, detail=detail, start=started))


def _control_character_problem(error: ReaderError, text: str, display: str) -> Problem:
    """YAML files may not hold control characters such as ESC; point at the first one."""
    before = text[: error.position]
    line = before.count("\n") + 1
    column = error.position - (before.rfind("\n") + 1) + 1
    escape = visible_controls(chr(error.character))
    return Problem(display, line, column, "", message("yaml_control_character", escape=escape))


def _node_problems(
    node: Node, display: str, location: Location, visited: set[int]
) -> Iterator[Problem]:
    """Find every refused tag and duplicate key in the composed tree, before anything is built.

    `visited` holds the nodes already walked: an alias repeats a node, and a recursive
    alias would otherwise never end.
    """
    if id(node) in visited:
        return
    visited.add(id(node))
    tag = str(node.tag)
    if tag not in _PLAIN_TAGS:
        yield _node_problem(node, display, location, _tag_message(tag))
        return
    if isinstance(node, MappingNode):
        first_lines: dict[str, int] = {}
        for key, value in node.value:
            inner = location
            if str(key.tag) in _PLAIN_TAGS and not _is_text_key(key):
                yield _node_problem(key, display, location, _key_message(key))
                continue
            if isinstance(key, ScalarNode):
                inner = (*location, key.value)
                if key.value in first_lines:
                    text = message(
                        "duplicate_key", key=key.value, first_line=first_lines[key.value]
                    )
                    yield _node_problem(key, display, inner, text)
                else:
                    first_lines[key.value] = key.start_mark.line + 1
            yield from _node_problems(key, display, location, visited)
            yield from _node_problems(value, display, inner, visited)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            yield from _node_problems(item, display, (*location, index), visited)


def _is_text_key(key: Node) -> bool:
    return isinstance(key, ScalarNode) and str(key.tag) == "tag:yaml.org,2002:str"


# What YAML reads an unquoted key as, in words: `1:` is a number, `true:` a yes-or-no value.
_KEY_KINDS = {
    "int": "a number",
    "float": "a number",
    "bool": "yes or no",
    "null": "empty",
    "timestamp": "a date",
}


def _key_message(key: Node) -> str:
    if not isinstance(key, ScalarNode):
        return message("yaml_key_not_text", key="[...]", kind="a list or a mapping")
    kind = _KEY_KINDS.get(str(key.tag).rsplit(":", 1)[-1], "something other than text")
    return message("yaml_key_not_text", key=key.value, kind=kind)


def _tag_message(tag: str) -> str:
    if tag == "tag:yaml.org,2002:merge":
        return message("yaml_merge")
    return message("yaml_tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))


def _node_problem(node: Node, display: str, location: Location, text: str) -> Problem:
    mark = node.start_mark
    return Problem(display, mark.line + 1, mark.column + 1, format_location(location), text)
