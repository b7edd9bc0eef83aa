"""The site's blank workbooks: taken from the cache when unchanged, rendered beside MkDocs otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.errors import BuildError
from mentorbook.project import Project
from mentorbook.schema.loader import Hub, load_content
from mentorbook.site import downloads
from mentorbook.site.build import build_site
from mentorbook.site.downloads import Downloads, RenderJob
from mentorbook.site.pages import site_plan
from mentorbook.workbook import render_workbook

PILOT = "downloads/pilot-workbook.pdf"


class StubWorker:
    """Stands in for the worker process: each job 'renders' `%PDF-<job number>`."""

    def __init__(self, job: RenderJob, jobs: list[RenderJob]) -> None:
        jobs.append(job)
        self.job = job
        self.number = len(jobs)
        self.stopped = False

    def outcome(self, *, wait: bool) -> dict[str, bytes] | None:
        return {uri: f"%PDF-{self.number}".encode() for uri in self.job.keys} if wait else None

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture
def stub_jobs(monkeypatch: pytest.MonkeyPatch) -> list[RenderJob]:
    """The jobs given to workers, which are stubs rendering nothing."""
    jobs: list[RenderJob] = []
    monkeypatch.setattr(downloads, "_Worker", lambda job, hub: StubWorker(job, jobs))
    return jobs


def start(project: Path, downloads_: Downloads) -> None:
    hub = load_content(project / "content")
    downloads_.start(hub, site_plan(hub).downloads)


def edit_pilot(project: Path, old: str, new: str) -> None:
    program = project / "content" / "programs" / "pilot.yml"
    program.write_text(program.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_serve_shows_the_previous_workbook_while_the_next_renders(
    small_project: Path, stub_jobs: list[RenderJob]
) -> None:
    preview = Downloads(Project(small_project), background=True)
    start(small_project, preview)
    assert preview.collect(wait=False) == {PILOT: b"%PDF-1"}, "nothing earlier: it waits"

    edit_pilot(small_project, "Pilot Program", "Pilot Programme")
    start(small_project, preview)

    assert preview.collect(wait=False) == {PILOT: b"%PDF-1"}
    assert preview.collect(wait=True) == {PILOT: b"%PDF-2"}
    assert [job.background for job in stub_jobs] == [True, True]
    assert stub_jobs[0].keys != stub_jobs[1].keys


def test_a_newer_edit_stops_the_render_of_the_one_before(
    small_project: Path, stub_jobs: list[RenderJob]
) -> None:
    preview = Downloads(Project(small_project), background=True)
    start(small_project, preview)
    first = preview.worker
    edit_pilot(small_project, "Pilot Program", "Pilot Programme")

    start(small_project, preview)

    assert isinstance(first, StubWorker) and first.stopped
    assert preview.worker is not first and len(stub_jobs) == 2


def test_a_cached_workbook_starts_no_worker(
    small_project: Path, stub_jobs: list[RenderJob]
) -> None:
    build = Downloads(Project(small_project))
    start(small_project, build)
    assert build.cache is not None
    build.cache.store(stub_jobs[0].keys[PILOT], b"%PDF-cached")
    build.stop()

    start(small_project, build)

    assert build.worker is None and len(stub_jobs) == 1
    assert build.collect(wait=True) == {PILOT: b"%PDF-cached"}


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[RenderJob]:
    """The jobs given to real worker processes during the test."""
    jobs: list[RenderJob] = []

    class Counted(downloads._Worker):
        def __init__(self, job: RenderJob, hub: Hub) -> None:
            jobs.append(job)
            super().__init__(job, hub)

    monkeypatch.setattr(downloads, "_Worker", Counted)
    return jobs


def cache_entries(project: Path) -> dict[str, int]:
    """The cached files by name, with the time each was last written."""
    folder = project / ".mentorbook-cache" / "workbooks"
    return {path.name: path.stat().st_mtime_ns for path in sorted(folder.iterdir())}


@pytest.mark.slow
def test_a_second_build_renders_no_workbook_and_the_site_holds_the_same_bytes(
    small_project: Path, workers: list[RenderJob]
) -> None:
    project = Project(small_project)
    build_site(project, small_project / "site")
    entries = cache_entries(small_project)

    build_site(project, small_project / "site")

    assert len(workers) == 1
    assert cache_entries(small_project) == entries and len(entries) == 2
    rendered = render_workbook(project, load_content(project.content_dir), None, program_id="pilot")
    assert (small_project / "site" / PILOT).read_bytes() == rendered


@pytest.mark.slow
def test_a_damaged_entry_or_changed_content_renders_the_workbook_again(
    small_project: Path, workers: list[RenderJob]
) -> None:
    project = Project(small_project)
    build_site(project, small_project / "site")
    first = (small_project / "site" / PILOT).read_bytes()
    [pdf_name] = [name for name in cache_entries(small_project) if name.endswith(".pdf")]
    (small_project / ".mentorbook-cache" / "workbooks" / pdf_name).write_bytes(first[:1000])

    build_site(project, small_project / "site")

    assert len(workers) == 2
    assert (small_project / "site" / PILOT).read_bytes() == first
    edit_pilot(small_project, "Pilot Program", "Pilot Programme")

    build_site(project, small_project / "site")

    assert len(workers) == 3
    assert (small_project / "site" / PILOT).read_bytes() != first
    assert pdf_name not in cache_entries(small_project), "the old entry is pruned"
    assert len(cache_entries(small_project)) == 2


@pytest.mark.slow
def test_a_broken_workbook_template_fails_the_build_and_says_where(
    runner: CliRunner, small_project: Path
) -> None:
    override = small_project / "templates" / "workbook" / "workbook.html"
    override.parent.mkdir(parents=True)
    override.write_text("<html>\n{% if %}\n</html>\n", encoding="utf-8")

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: The blank workbook could not be made: hub/templates/workbook/workbook.html:2:"
        " Expected an expression, got 'end of statement block'"
        " (while making downloads/pilot-workbook.pdf)\n"
    )
    assert not (small_project / "site").exists()


def test_a_worker_that_dies_is_reported(small_project: Path) -> None:
    build = Downloads(Project(small_project))
    start(small_project, build)
    assert build.worker is not None
    build.worker.process.kill()

    with pytest.raises(BuildError) as raised:
        build.collect(wait=True)

    assert raised.value.message == (
        "The blank workbook could not be made: the process rendering it stopped before it was done"
    )
    assert build.worker is None


@pytest.mark.slow
def test_a_serve_rebuild_shows_the_last_workbook_and_renders_the_new_one_after_the_pages(
    small_project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path / "served"
    started_after_pages: list[bool] = []
    waits: list[bool] = []

    class Recorded(StubWorker):
        def __init__(self, job: RenderJob, hub: Hub) -> None:
            started_after_pages.append((site / "index.html").is_file())
            super().__init__(job, [])

        def outcome(self, *, wait: bool) -> dict[str, bytes] | None:
            waits.append(wait)
            return {PILOT: f"%PDF-{len(waits)}".encode()} if wait else None

    monkeypatch.setattr(downloads, "_Worker", Recorded)

    def rebuild() -> bytes:
        config = load_config(str(small_project / "mkdocs.yml"), site_dir=str(site))
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        return (site / PILOT).read_bytes()

    assert rebuild() == b"%PDF-1"
    edit_pilot(small_project, "Pilot Program", "Pilot Programme")

    assert rebuild() == b"%PDF-1", "the reload shows the workbook it had"
    assert waits == [True, False]
    assert started_after_pages == [False, True]


@pytest.mark.slow
def test_a_previews_rebuilds_share_its_renders_however_the_project_is_named(
    small_project: Path,
) -> None:
    project = Project(small_project)  # relative, as `mentorbook serve hub` names it
    preview = Downloads(project, background=True)
    try:
        build_site(project, Path("served"), preview=preview)
        first = dict(preview.shown)
        build_site(project, Path("served"), preview=preview)
    finally:
        preview.stop()

    # The plugin used the preview it was handed: it knows the workbook from the first
    # build, so a rebuild never waits for it (a Downloads of its own would know nothing).
    assert list(first) == ["downloads/pilot-workbook.pdf"]
    assert preview.shown == first
