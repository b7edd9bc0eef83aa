"""Read rendered PDFs with poppler's and qpdf's command-line tools, as a person would check them."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], check=True, capture_output=True, text=True
    ).stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", "-layout", *pages, pdf, "-")


def font_names(pdf: Path) -> list[str]:
    """The base names of the fonts embedded in `pdf`, without their subset prefix."""
    lines = run("pdffonts", pdf).splitlines()[2:]
    return sorted({line.split()[0].split("+", 1)[-1] for line in lines})


def page_png(pdf: Path, page: int, target: Path) -> Path:
    """Render one page to `target`.png at 60 dpi."""
    run(
        "pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page), pdf, target
    )
    return target.with_suffix(".png")
