"""Markdown cut into paragraphs, items and headings, and put back together."""

from __future__ import annotations

from mentorbook.translations.markdown_units import (
    join_markdown,
    split_markdown,
    structure_problem,
    units,
)

SOURCE = """\
A first paragraph
on two lines.

- An item
  that goes on.
- A [linked](https://example.org) item

## A heading

```
code is never translated
```
"""


def test_each_paragraph_item_and_heading_is_one_unit() -> None:
    assert [unit.text for unit in units(SOURCE)] == [
        "A first paragraph\non two lines.",
        "An item\nthat goes on.",
        "A [linked](https://example.org) item",
        "A heading",
    ]


def test_joined_untranslated_the_source_comes_back_byte_for_byte() -> None:
    assert join_markdown(split_markdown(SOURCE), lambda unit: None) == SOURCE


def test_a_translation_keeps_the_markers_and_indents_of_the_source() -> None:
    translated = join_markdown(split_markdown(SOURCE), lambda unit: unit.text.upper())

    assert translated == SOURCE.replace(
        "A first paragraph\non two lines.", "A FIRST PARAGRAPH\nON TWO LINES."
    ).replace("An item\n  that goes on.", "AN ITEM\n  THAT GOES ON.").replace(
        "A [linked](https://example.org) item", "A [LINKED](HTTPS://EXAMPLE.ORG) ITEM"
    ).replace("## A heading", "## A HEADING")


def test_a_translation_that_breaks_the_structure_is_named() -> None:
    item = "A [linked](https://example.org) item"
    assert structure_problem(item, "Un élément [lié](https://example.org)", markdown=True) is None
    assert structure_problem(item, "Un élément lié", markdown=True) == (
        "translation_links",
        {"links": "1"},
    )
    assert structure_problem("One", "Un\n\nDeux", markdown=True) == ("translation_blank_line", {})
    assert structure_problem("One", "Un\n- deux", markdown=True) == ("translation_new_block", {})
    assert structure_problem("Hello {name}", "Bonjour", markdown=False) == (
        "translation_placeholder",
        {"placeholder": "{name}"},
    )


def test_each_unit_knows_the_line_it_starts_on() -> None:
    assert [unit.line for unit in units(SOURCE)] == [0, 3, 5, 7]
