"""WeasyPrint reads the package's own files and the project's assets and templates, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.confinement import Confinement
from mentorbook.workbook.fetcher import ProjectFetcher, RefusedURLError
from mentorbook.workbook.renderer import FONTS_DIR


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "hub"
    (root / "content" / "assets").mkdir(parents=True)
    (root / "content" / "assets" / "logo.svg").write_text("<svg/>")
    (root / "content" / "hub.yml").write_text("site_name: x\n")
    (root / "plans").mkdir()
    (root / "plans" / "amara.yml").write_text("vision: private")
    (tmp_path / "secret.txt").write_text("private")
    return root


@pytest.fixture
def fetcher(project: Path) -> ProjectFetcher:
    return ProjectFetcher(
        (FONTS_DIR,), (project / "content" / "assets",), Confinement.of_project(project)
    )


def test_it_serves_the_bundled_fonts_and_the_project_assets(
    fetcher: ProjectFetcher, project: Path
) -> None:
    font = fetcher.fetch((FONTS_DIR / "MentorbookField-Regular.ttf").as_uri())
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    logo = fetcher.fetch((project / "content" / "assets" / "logo.svg").as_uri())
    assert (logo.read(), logo.content_type) == (b"<svg/>", "image/svg+xml")
    assert fetcher.refused == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.com/logo.png",
        "https://example.com/font.ttf",
        "data:text/plain,hello",
        "ftp://example.com/x",
        "file://otherhost/etc/passwd",
    ],
)
def test_it_refuses_everything_else(fetcher: ProjectFetcher, url: str) -> None:
    with pytest.raises(RefusedURLError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_it_refuses_a_way_out_of_an_allowed_folder(fetcher: ProjectFetcher, project: Path) -> None:
    escape = (project / "content" / "assets").as_uri() + "/../hub.yml"
    with pytest.raises(RefusedURLError):
        fetcher.fetch(escape)


def test_it_refuses_a_symlink_pointing_out(fetcher: ProjectFetcher, project: Path) -> None:
    link = project / "content" / "assets" / "link.txt"
    link.symlink_to(project.parent / "secret.txt")
    with pytest.raises(RefusedURLError):
        fetcher.fetch(link.as_uri())


def test_it_refuses_a_symlink_into_the_plans(fetcher: ProjectFetcher, project: Path) -> None:
    link = project / "content" / "assets" / "plans"
    link.symlink_to(Path("..") / ".." / "plans")
    with pytest.raises(RefusedURLError):
        fetcher.fetch((link / "amara.yml").as_uri())


def test_a_linked_assets_folder_does_not_widen_what_it_reads(project: Path) -> None:
    """The folder named by the URL is checked, then where the file really is."""
    assets = project / "content" / "assets"
    for child in assets.iterdir():
        child.unlink()
    assets.rmdir()
    assets.symlink_to(project.parent)
    fetcher = ProjectFetcher((FONTS_DIR,), (assets,), Confinement.of_project(project))

    with pytest.raises(RefusedURLError):
        fetcher.fetch((assets / "secret.txt").as_uri())
    with pytest.raises(RefusedURLError):
        fetcher.fetch("file:///etc/passwd")
