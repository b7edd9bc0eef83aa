"""No run of twelve words in the default content is copied from the seed articles.

Why: facts from the seeds carry over, sentences do not. Twelve words in a row shared with a
seed is a sentence copied, not a fact retold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mentorbook.schema.yaml_reader import read_yaml

SHINGLE_WORDS = 12
_NOT_WORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> list[str]:
    """Lowercase words with punctuation stripped and whitespace collapsed."""
    return _SPACE.sub(" ", _NOT_WORD.sub("", text.lower())).split()


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def text_values(tree: Any) -> Iterator[str]:
    """Every string in a YAML tree: mapping values, list items and nested ones."""
    if isinstance(tree, str):
        yield tree
    elif isinstance(tree, dict):
        for value in tree.values():
            yield from text_values(value)
    elif isinstance(tree, list):
        for item in tree:
            yield from text_values(item)


def content_texts(content_dir: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(content_dir.rglob("*.yml")):
        document = read_yaml(path, str(path))
        for text in text_values(document.data):
            yield str(path.relative_to(content_dir)), text


def test_normalise_strips_punctuation_and_case() -> None:
    assert normalise("The Mentee's  goals:\n**REAL**, not vague!") == [
        "the",
        "mentees",
        "goals",
        "real",
        "not",
        "vague",
    ]


def test_shingles_are_runs_of_twelve_words() -> None:
    words = [str(n) for n in range(13)]

    assert shingles(words) == {" ".join(words[:12]), " ".join(words[1:])}
    assert shingles(words[:11]) == set()


def copied_runs(content_dir: Path, seed_files: list[Path]) -> list[str]:
    """Each twelve-word run of the content found in a seed, as 'file: run'."""
    seed_shingles: set[str] = set()
    for seed in seed_files:
        seed_shingles |= shingles(normalise(seed.read_text(encoding="utf-8")))
    return [
        f"{name}: '{shingle}'"
        for name, text in content_texts(content_dir)
        for shingle in sorted(shingles(normalise(text)) & seed_shingles)
    ]


def test_a_copied_sentence_is_caught(tmp_path: Path, seed_files: list[Path]) -> None:
    seed_words = seed_files[0].read_text(encoding="utf-8").split()
    copied = " ".join(seed_words[20:40])
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "mentor.yml").write_text(
        f"id: mentor\nfunctions:\n  - name: Copied\n    description: |\n      {copied}\n",
        encoding="utf-8",
    )

    assert copied_runs(tmp_path, seed_files) != []


def test_no_twelve_words_copied_from_the_seeds(content_dir: Path, seed_files: list[Path]) -> None:
    copied = copied_runs(content_dir, seed_files)

    assert copied == [], "text copied from the seed articles:\n" + "\n".join(copied)
