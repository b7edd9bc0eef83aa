"""WeasyPrint reads the project's and the package's own files, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.workbook.fetcher import ProjectFetcher, RefusedURLError
from mentorbook.workbook.renderer import FONTS_DIR


@pytest.fixture
def fetcher(tmp_path: Path) -> ProjectFetcher:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.svg").write_text("<svg/>")
    (tmp_path / "secret.txt").write_text("private")
    return ProjectFetcher((FONTS_DIR, tmp_path / "assets"))


def test_it_serves_the_bundled_fonts_and_the_project_assets(
    fetcher: ProjectFetcher, tmp_path: Path
) -> None:
    font = fetcher.fetch((FONTS_DIR / "MentorbookField-Regular.ttf").as_uri())
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    logo = fetcher.fetch((tmp_path / "assets" / "logo.svg").as_uri())
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


def test_it_refuses_a_way_out_of_an_allowed_folder(fetcher: ProjectFetcher, tmp_path: Path) -> None:
    escape = (tmp_path / "assets").as_uri() + "/../secret.txt"
    with pytest.raises(RefusedURLError):
        fetcher.fetch(escape)


def test_it_refuses_a_symlink_pointing_out(fetcher: ProjectFetcher, tmp_path: Path) -> None:
    (tmp_path / "assets" / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(RefusedURLError):
        fetcher.fetch((tmp_path / "assets" / "link.txt").as_uri())
