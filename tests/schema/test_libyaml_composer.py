"""Content read through libyaml is the same tree, with the same lines and columns, as through ruamel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from mentorbook.schema import libyaml_composer
from mentorbook.schema.yaml_reader import MAX_DEPTH, Document, Location, new_yaml, read_yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTENT_FILES = sorted((REPO_ROOT / "content").rglob("*.yml"))


def locations(data: Any, location: Location = ()) -> Iterator[Location]:
    """Every place in a tree, down to each scalar."""
    yield location
    if isinstance(data, CommentedMap):
        for key, value in data.items():
            yield from locations(value, (*location, key))
    elif isinstance(data, CommentedSeq):
        for index, value in enumerate(data):
            yield from locations(value, (*location, index))


def positions(document: Document) -> dict[Location, tuple[tuple[int, int], tuple[int, int]]]:
    return {
        location: (document.position(location), document.position(location, at_key=True))
        for location in locations(document.data)
    }


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda path: path.stem)
def test_libyaml_reads_each_content_file_as_ruamel_does(path: Path) -> None:
    assert libyaml_composer.compose(
        path.read_text(encoding="utf-8"), new_yaml().resolver, max_depth=MAX_DEPTH
    )

    fast = read_yaml(path, "x", keep_comments=False)
    slow = read_yaml(path, "x")

    assert fast.data == slow.data
    assert positions(fast) == positions(slow)


@pytest.mark.parametrize(
    "text",
    [
        "answer: yes\nnumber: 012\ndate: 2026-01-05\nnothing: ~\nflag: true\nempty: ''\n",
        "text: |\n  two\n  lines\nfolded: >\n  one\n  line\nquoted: 'a'\nmore: \"b\"\n",
        "base: &base [a, b]\ncopy: *base\nflow: {x: 1, y: [2, 3]}\n",
    ],
    ids=["types", "styles", "aliases"],
)
def test_values_get_the_types_ruamel_gives_them(tmp_path: Path, text: str) -> None:
    path = tmp_path / "file.yml"
    path.write_text(text, encoding="utf-8")

    fast = read_yaml(path, "x", keep_comments=False)
    slow = read_yaml(path, "x")

    assert fast.data == slow.data
    assert [type(value) for value in fast.data.values()] == [
        type(value) for value in slow.data.values()
    ]
    assert positions(fast) == positions(slow)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n\tb: 2\n",  # a syntax error
        "%YAML 1.1\n---\na: yes\n",  # a directive changes how values are read
        "a: 1\n---\nb: 2\n",  # two documents
        "a: *nowhere\n",  # an alias to no anchor
        "a:\nb: 2\n",  # an empty value, which ruamel places on the next line
    ],
    ids=["syntax-error", "directive", "two-documents", "unknown-alias", "empty-value"],
)
def test_anything_unusual_is_left_to_ruamel(text: str) -> None:
    assert libyaml_composer.compose(text, new_yaml().resolver, max_depth=MAX_DEPTH) is None
