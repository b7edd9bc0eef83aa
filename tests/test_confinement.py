"""The one rule for published files: real path inside the project, never in plans/."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.confinement import BrokenLink, Confinement, PublishedFolder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "hub"
    (root / "content" / "assets" / "pictures").mkdir(parents=True)
    (root / "content" / "assets" / "logo.svg").write_text("<svg/>")
    (root / "content" / "assets" / "pictures" / "team.png").write_bytes(b"png")
    (root / "content" / "assets" / ".DS_Store").write_bytes(b"junk")
    (root / "plans").mkdir()
    (root / "plans" / "amara.yml").write_text("vision: private")
    (root / "branding").mkdir()
    (root / "branding" / "badge.svg").write_text("<svg/>")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("secret")
    return root


def assets_of(project: Path) -> PublishedFolder:
    return PublishedFolder(project / "content" / "assets", Confinement.of_project(project))


def test_files_and_links_inside_the_project_are_published(project: Path) -> None:
    assets = project / "content" / "assets"
    (assets / "badge.svg").symlink_to(Path("..", "..", "branding", "badge.svg"))
    (assets / "loop").symlink_to(Path())
    (assets / "gone.svg").symlink_to(Path("missing.svg"))

    published = assets_of(project)

    assert [uri for uri, _ in published.files()] == [
        "badge.svg",
        "logo.svg",
        "pictures/team.png",
    ]
    assert list(published.broken_links()) == []


def test_links_out_of_the_project_or_into_plans_are_broken_and_not_followed(
    project: Path,
) -> None:
    assets = project / "content" / "assets"
    outside = project.parent / "outside"
    (assets / "secret.txt").symlink_to(outside / "secret.txt")
    (assets / "elsewhere").symlink_to(outside)
    (assets / "pictures" / "plans").symlink_to(Path("..", "..", "..", "plans"))

    published = assets_of(project)

    assert [uri for uri, _ in published.files()] == ["logo.svg", "pictures/team.png"]
    real = project.resolve()
    assert sorted(published.broken_links(), key=lambda broken: broken.link) == [
        BrokenLink(assets / "elsewhere", outside.resolve(), into_plans=False),
        BrokenLink(assets / "pictures" / "plans", real / "plans", into_plans=True),
        BrokenLink(assets / "secret.txt", outside.resolve() / "secret.txt", into_plans=False),
    ]


def test_a_linked_assets_folder_is_one_broken_link(project: Path) -> None:
    assets = project / "content" / "assets"
    for path in sorted(assets.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    assets.rmdir()
    assets.symlink_to(project.parent / "outside")

    published = assets_of(project)

    assert list(published.files()) == []
    assert list(published.broken_links()) == [
        BrokenLink(assets, (project.parent / "outside").resolve(), into_plans=False)
    ]
