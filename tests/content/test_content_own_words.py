"""No run of twelve words in the default content is copied from the seed articles.

Why: facts from the seeds carry over, sentences do not. Twelve words in a row shared with a
seed is a sentence copied, not a fact retold.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorbook.schema.yaml_reader import read_yaml

SHINGLE_WORDS = 12
_NOT_WORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")

SEEDS_VARIABLE = "MENTORBOOK_SEEDS"
"""Names the folder of source articles the content's facts come from.

Why a variable: the articles are not part of the repository, so a user's clone has none;
CI (.ci/run) points it at ../shared/seeds, where the maintainers keep them.
"""

needs_seeds = pytest.mark.skipif(
    SEEDS_VARIABLE not in os.environ,
    reason=f"set {SEEDS_VARIABLE}=DIR to check the content against the seed articles in DIR",
)


@pytest.fixture(scope="module")
def seed_files() -> list[Path]:
    """The seed articles named by MENTORBOOK_SEEDS; a missing folder fails, it never skips.

    Why fail: once the check is asked for, a skipped check would let copied sentences
    through unnoticed.
    """
    value = os.environ.get(SEEDS_VARIABLE, "")
    seeds_dir = Path(value)
    if not value or not seeds_dir.is_dir():
        pytest.fail(f"{SEEDS_VARIABLE}={value!r} is not a folder of seed articles")
    files = sorted(path for path in seeds_dir.iterdir() if path.is_file())
    if not files:
        pytest.fail(f"the seed folder {seeds_dir} holds no articles")
    return files


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


def test_a_copied_sentence_is_caught(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(
        "A good mentor listens more than they talk, asks open questions and lets the mentee"
        " choose the next step, because ownership of the plan is what keeps a mentee going.",
        encoding="utf-8",
    )
    copied = " ".join(seed.read_text(encoding="utf-8").split()[3:16])
    content = tmp_path / "content"
    (content / "roles").mkdir(parents=True)
    (content / "roles" / "mentor.yml").write_text(
        f"id: mentor\nfunctions:\n  - name: Copied\n    description: |\n      {copied}\n",
        encoding="utf-8",
    )

    assert copied_runs(content, [seed]) == [
        "roles/mentor.yml: 'listens more than they talk asks open questions and lets the mentee'",
        "roles/mentor.yml: 'more than they talk asks open questions and lets the mentee choose'",
    ]


@needs_seeds
def test_no_twelve_words_copied_from_the_seeds(content_dir: Path, seed_files: list[Path]) -> None:
    copied = copied_runs(content_dir, seed_files)

    assert copied == [], "text copied from the seed articles:\n" + "\n".join(copied)
