"""Content Markdown cannot attach or embed files in a workbook, nor widen what WeasyPrint reads."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.workbook import WorkbookRenderer
from tests.workbook.workbook_content import write_workbook_project

SECRET = "NUMBAT-SECRET-4096"
EMBEDDING = """\
  Read this first.
  <link rel="attachment" href="file:///etc/passwd">
  <a rel="attachment" href="assets/secret.txt">notes</a>
  <object data="assets/secret.txt"></object><embed src="assets/secret.txt">
  <img src="file:///etc/passwd"> <iframe src="assets/secret.txt"></iframe>
  <script>alert(1)</script> [home](javascript:alert(2)) [site](https://example.org/)
"""


def hostile_project(root: Path) -> Project:
    """A workbook project whose program purpose tries every way WeasyPrint embeds a file."""
    write_workbook_project(root)
    program = root / "content" / "programs" / "pilot.yml"
    text = program.read_text(encoding="utf-8")
    program.write_text(
        text.replace("purpose: A short program to try things out.\n", f"purpose: |\n{EMBEDDING}"),
        encoding="utf-8",
    )
    (root / "content" / "assets" / "secret.txt").write_text(SECRET, encoding="utf-8")
    return Project(root)


def test_content_markdown_is_cleaned_of_every_way_to_embed_a_file(tmp_path: Path) -> None:
    project = hostile_project(tmp_path / "hub")
    renderer = WorkbookRenderer(project, load_content(project.content_dir))

    html = renderer.html(None)

    purpose = html[html.index('<div class="purpose">') :]
    purpose = purpose[: purpose.index("</div>")]
    # A plain link stays a link: WeasyPrint reads a link's target only for rel=attachment.
    assert purpose == (
        '<div class="purpose"><p>Read this first.\n\n<a href="assets/secret.txt">notes</a></p>'
        '\n\n<p>\n<img> </p>\n\n<p><a>home</a> <a href="https://example.org/">site</a></p>'
    )


@pytest.mark.slow
def test_a_linked_assets_folder_lets_no_outside_file_into_the_workbook(tmp_path: Path) -> None:
    project = hostile_project(tmp_path / "hub")
    hub = load_content(project.content_dir)
    # The link is made after the content was checked (check refuses it): the fetcher must hold.
    outside = tmp_path / "outside"
    shutil.move(project.assets_dir, outside)
    project.assets_dir.symlink_to(outside)
    renderer = WorkbookRenderer(project, hub)

    pdf = PdfReader(io.BytesIO(renderer.render(None)))

    assert pdf.attachments == {}
    assert SECRET not in "".join(page.extract_text() for page in pdf.pages)
    assert renderer.refused_urls == [(project.root.resolve() / "content/assets/logo.svg").as_uri()]
