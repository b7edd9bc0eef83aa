"""Compose a YAML document into ruamel's nodes with libyaml's parser, written in C.

Why: ruamel's own parser is pure Python, and parsing took most of the time mentorbook adds
to a build: 1.4 s of a hub with 1,000 goal templates. Content needs every value's line and
column, not its comments, so libyaml (through PyYAML, which MkDocs already needs) can read it;
ruamel's resolver still gives each value its type, and ruamel's constructor builds the tree,
so the data is the same either way. Anything out of the ordinary (a syntax error, a
directive, an unknown alias, no libyaml) gives None, and the caller takes ruamel's own way,
whose messages the error tests check.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.error import StreamMark
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


def compose(text: str, resolver: Any, *, max_depth: int) -> Node | None:
    """The root node of the single document in `text`, or None to use ruamel's parser.

    A document nested deeper than `max_depth` is left to ruamel too, which reports it.
    """
    try:
        import yaml
        from yaml._yaml import CParser
    except ImportError:
        return None
    parser = CParser(text)
    try:
        return _Composer(parser, resolver, yaml, max_depth).document()
    except (yaml.YAMLError, _Unusual):
        return None
    finally:
        parser.dispose()


class _Unusual(Exception):
    """The document holds something ruamel's parser should read and report on."""


class _Composer:
    def __init__(self, parser: Any, resolver: Any, yaml: Any, max_depth: int) -> None:
        self.parser = parser
        self.max_depth = max_depth
        self.resolver = resolver
        self.events = yaml
        self.anchors: dict[str, Node] = {}

    def document(self) -> Node:
        self.parser.get_event()  # the stream's start
        start = self.parser.get_event()
        if not isinstance(start, self.events.DocumentStartEvent) or start.version or start.tags:
            raise _Unusual
        node = self.node(0)
        self.parser.get_event()  # the document's end
        if not isinstance(self.parser.get_event(), self.events.StreamEndEvent):
            raise _Unusual  # a second document
        return node

    def node(self, depth: int) -> Node:
        if depth > self.max_depth:
            raise _Unusual  # also keeps this recursion far from Python's limit
        event = self.parser.get_event()
        if isinstance(event, self.events.AliasEvent):
            if event.anchor not in self.anchors:
                raise _Unusual
            return self.anchors[event.anchor]
        start = _mark(event.start_mark)
        node: Node
        if isinstance(event, self.events.ScalarEvent):
            if event.value == "" and not event.style:
                # An empty value: ruamel places it where the next line starts, libyaml
                # after the colon. Messages about it must keep pointing where they did.
                raise _Unusual
            tag = self._tag(ScalarNode, event.tag, event.value, event.implicit)
            end = _mark(event.end_mark)
            style = event.style or None  # libyaml writes '' for a plain scalar, ruamel None
            node = ScalarNode(tag, event.value, start, end, style=style, anchor=event.anchor)
            self._remember(event.anchor, node)
        elif isinstance(event, self.events.SequenceStartEvent):
            tag = self._tag(SequenceNode, event.tag, None, event.implicit)
            node = SequenceNode(tag, [], start, None, event.flow_style, anchor=event.anchor)
            self._remember(event.anchor, node)
            while not isinstance(self.parser.peek_event(), self.events.SequenceEndEvent):
                node.value.append(self.node(depth + 1))
            node.end_mark = _mark(self.parser.get_event().end_mark)
        elif isinstance(event, self.events.MappingStartEvent):
            tag = self._tag(MappingNode, event.tag, None, event.implicit)
            node = MappingNode(tag, [], start, None, event.flow_style, anchor=event.anchor)
            self._remember(event.anchor, node)
            while not isinstance(self.parser.peek_event(), self.events.MappingEndEvent):
                key = self.node(depth + 1)
                node.value.append((key, self.node(depth + 1)))
            node.end_mark = _mark(self.parser.get_event().end_mark)
        else:
            raise _Unusual
        return node

    def _tag(self, kind: type[Node], tag: str | None, value: str | None, implicit: Any) -> Any:
        """An explicit tag as written; otherwise the type ruamel's resolver sees in the value."""
        if tag is None or tag == "!":
            return self.resolver.resolve(kind, value, implicit)
        return tag

    def _remember(self, anchor: str | None, node: Node) -> None:
        if anchor is not None:
            self.anchors[anchor] = node


def _mark(mark: Any) -> StreamMark:
    return StreamMark(mark.name, mark.index, mark.line, mark.column)
