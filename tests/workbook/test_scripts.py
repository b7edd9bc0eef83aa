"""Names in Chinese, Japanese, Korean, Arabic and Devanagari, and symbols, print with the bundled fonts."""

from __future__ import annotations

import unicodedata

import pytest
from fontTools.ttLib import TTFont

from mentorbook.workbook.renderer import FONT_FACES, FONTS_DIR
from tests.workbook.conftest import SCRIPT_NAMES, Rendered
from tests.workbook.pdftools import font_names, text_of


def bundled_characters() -> set[int]:
    covered: set[int] = set()
    for _, name, _, _ in FONT_FACES:
        covered |= set(TTFont(FONTS_DIR / name).getBestCmap())
    return covered


def test_the_bundled_fonts_cover_every_letter_of_the_names() -> None:
    covered = bundled_characters()
    for script, name in SCRIPT_NAMES.items():
        missing = [char for char in name if char != " " and ord(char) not in covered]
        assert not missing, f"{script}: {missing}"


@pytest.mark.slow
@pytest.mark.parametrize("script", ["chinese", "japanese", "korean", "symbols"])
def test_the_names_come_back_out_of_the_pdf(scripts_pdf: Rendered, script: str) -> None:
    assert SCRIPT_NAMES[script] in text_of(scripts_pdf.path)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "font", "letters"),
    [("arabic", "Mentorbook-Arabic", "حداد"), ("devanagari", "Mentorbook-Devanagari", "पयशम")],
)
def test_shaped_scripts_use_their_font(
    scripts_pdf: Rendered, script: str, font: str, letters: str
) -> None:
    """Shaping reorders and joins letters, so pdftotext cannot give the name back as typed.

    Why these checks: the script's own font is embedded and its letters are all there; the
    PNG of the goal pages shows them joined (looked at by eye when the layout changed).
    """
    assert font in font_names(scripts_pdf.path)
    text = unicodedata.normalize("NFKC", text_of(scripts_pdf.path))
    assert all(letter in text for letter in letters), script


@pytest.mark.slow
def test_symbols_use_the_bundled_symbol_fonts(scripts_pdf: Rendered) -> None:
    """★ ♥ ✓ come from Noto Sans Symbols 2, → ☺ from Noto Sans Symbols: never the machine's."""
    assert {"Mentorbook-Symbols", "Mentorbook-Symbols-Extra"} <= set(font_names(scripts_pdf.path))
