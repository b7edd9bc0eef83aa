"""Render a cohort's workbooks in a pool of worker processes, and show how it goes.

Why each worker is set up once: loading the content, the fonts, the stylesheets and the
template environment costs more than a page, so a worker does it when it starts and then
renders many documents. Workers are replaced after `TASKS_PER_WORKER` documents, which keeps
memory flat however large the cohort: whatever a render leaves behind goes with its worker.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mentorbook.errors import InputError, MentorbookError, file_system_error
from mentorbook.fileio import atomic_write_bytes
from mentorbook.project import Project
from mentorbook.terminal import echo, shown

if TYPE_CHECKING:
    from mentorbook.certificate.render import CertificateRenderer
    from mentorbook.schema.loader import Hub
    from mentorbook.schema.models.plan import Plan
    from mentorbook.workbook import WorkbookRenderer

RENDER_OPTIONS: dict[str, Any] = {"fillable": True}
"""How every cohort workbook is rendered; part of each workbook's key in the manifest."""

TASKS_PER_WORKER = 100
"""Documents a worker renders before it is replaced; see the module docstring."""

STALL_SECONDS = 600.0
"""How long to wait for any workbook to finish before deciding a worker died.

Why: a pool does not notice a worker killed in the middle of a document (by the kernel's
out-of-memory killer, say) and would wait for its result forever.
"""

WORKER_PRELOAD = [
    "mentorbook.cohort.runner",
    "mentorbook.plans.files",
    "mentorbook.workbook",
    "weasyprint",
]
"""Imported once by the fork server, so a replacement worker starts without re-importing them."""


class WorkersStalledError(MentorbookError):
    """No workbook finished for a long time: a worker most likely died."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"no workbook was finished in {seconds:.0f} s, so a worker has most likely been"
            " stopped (out of memory?); the workbooks made so far are kept, and the same"
            " command makes the rest (try fewer --jobs)"
        )


@dataclass(frozen=True)
class Job:
    """One workbook to render."""

    slug: str
    where: str
    """Where the mentee came from, for messages: `roster.csv:7` or `plans/ana.yml:1`."""
    plan_path: Path
    pdf_path: Path
    key: str
    row: str = ""
    kind: str = "workbook"
    """What to render from the plan: a workbook, or a certificate (`cohort --certificates`)."""


@dataclass(frozen=True)
class Outcome:
    """What became of one job: the PDF's size, or why there is no PDF."""

    job: Job
    size: int | None
    messages: tuple[str, ...] = ()

    @property
    def made(self) -> bool:
        return self.size is not None


def render_jobs(project: Project, jobs: list[Job], workers: int) -> Iterator[Outcome]:
    """Render `jobs` in `workers` processes, yielding each outcome as soon as it is known.

    Leaving early (Ctrl-C, an exception, a closed generator) terminates the workers at once;
    a worker stopped in the middle of a write leaves only a hidden temporary file, which
    `remove_partial_files` deletes.
    """
    if not jobs:
        return
    pool = _context().Pool(
        processes=min(workers, len(jobs)),
        initializer=_start_worker,
        initargs=(project.root, Path.cwd()),
        maxtasksperchild=TASKS_PER_WORKER,
    )
    try:
        results = pool.imap_unordered(_render_one, jobs, chunksize=1)
        for _ in jobs:
            try:
                yield results.next(timeout=STALL_SECONDS)
            except multiprocessing.TimeoutError:
                raise WorkersStalledError(STALL_SECONDS) from None
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _context() -> BaseContext:
    """A fork server where the platform has one: workers start from a clean, preloaded process.

    Why not plain fork: the parent runs the pool's threads, and forking a threaded process
    is unsafe (Python 3.12 warns about it); spawn would import WeasyPrint in every worker.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def remove_partial_files(folder: Path) -> None:
    """Delete the temporary files of writes a stopped worker did not finish."""
    if folder.is_dir():
        for partial in folder.glob(".*.pdf.*.tmp"):
            partial.unlink(missing_ok=True)


@dataclass
class _WorkerState:
    hub: Hub | None = None
    renderer: WorkbookRenderer | None = None
    translated: dict[str, WorkbookRenderer] = field(default_factory=dict)
    """A renderer of the hub in each other language it is published in, made on first use."""
    failure: str = ""
    certificates: CertificateRenderer | None = None
    """Made on a worker's first certificate job only."""


_state = _WorkerState()


def _start_worker(project_root: Path, working_dir: Path) -> None:
    """Set up one worker: the content, and one renderer reused for every document.

    Why change folder: a fork server's workers start in the folder the server started in;
    working where the command runs makes their messages name files as the command does.

    Why SIGINT is ignored: Ctrl-C reaches every process of the terminal's group; the parent
    alone decides how to stop, and terminates the workers. Why a failure is kept rather than
    raised: a pool whose initializer raises starts new workers forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.chdir(working_dir)
        from mentorbook.schema.loader import load_content
        from mentorbook.workbook import WorkbookRenderer

        project = Project(project_root)
        _state.hub = load_content(project.content_dir)
        _state.renderer = WorkbookRenderer(project, _state.hub)
        _state.renderer.weasyprint_setup()
    except Exception as error:  # reported with every job this worker gets
        _state.failure = f"the worker could not start: {type(error).__name__}: {error}"


def _render_one(job: Job) -> Outcome:
    from mentorbook.plans.files import load_plan

    try:
        if _state.hub is None or _state.renderer is None:
            raise MentorbookError(_state.failure)
        plan = load_plan(job.plan_path, _state.hub)
        pdf = (
            _certificate(plan, _state.hub, _state.renderer.project)
            if job.kind == "certificate"
            else _renderer_for(plan, _state.renderer).render(plan, **RENDER_OPTIONS)
        )
        atomic_write_bytes(job.pdf_path, pdf)
        return Outcome(job, len(pdf))
    except InputError as error:
        messages = tuple(str(problem) for problem in error.problems)
    except MentorbookError as error:
        messages = (f"{job.where}: {error.message}",)
    except Exception as error:  # one broken document must not stop the cohort
        known = file_system_error(error) if isinstance(error, OSError) else None
        reason = (
            known.message
            if known
            else f"could not render the workbook: {type(error).__name__}: {error}"
        )
        messages = (f"{job.where}: {reason}",)
    return Outcome(job, None, messages)


def _renderer_for(plan: Plan, renderer: WorkbookRenderer) -> WorkbookRenderer:
    """The renderer of the hub in the plan's language, when the hub is published in it."""
    from mentorbook.translations.project import hub_in_language
    from mentorbook.workbook import WorkbookRenderer
    from mentorbook.workbook.language import content_language

    language = content_language(renderer.hub, plan)
    if language is None:
        return renderer
    if language not in _state.translated:
        hub = hub_in_language(renderer.project, renderer.hub, language)
        _state.translated[language] = WorkbookRenderer(renderer.project, hub)
    return _state.translated[language]


def _certificate(plan: Plan, hub: Hub, project: Project) -> bytes:
    from mentorbook.certificate.render import CertificateRenderer, certificate_view

    if _state.certificates is None:
        _state.certificates = CertificateRenderer(project, hub)
    return _state.certificates.render(certificate_view(hub, plan, "mentee", goals=True))


class Progress:
    """A progress bar on a terminal; one plain line per document in a log.

    Problems are printed as they come, above the bar, so a long run shows them early.
    """

    def __init__(self, total: int, *, stream: IO[str] | None = None) -> None:
        self.total = total
        self.count = 0
        self.stream = stream or sys.stderr
        self.bar: Any = None
        if total and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="workbook", file=self.stream, dynamic_ncols=True)

    def report(self, outcome: Outcome) -> None:
        self.count += 1
        for line in outcome.messages:
            self._echo(line)
        if self.bar is not None:
            self.bar.update(1)
        else:
            state = "made" if outcome.made else "FAILED"
            width = len(str(self.total))
            self._echo(f"{self.count:>{width}}/{self.total} {state} {outcome.job.pdf_path.name}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def _echo(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(shown(line), file=self.stream)
        else:
            echo(line, file=self.stream)


@dataclass
class Tally:
    """How many workbooks a run made, found unchanged, or could not make."""

    made: int = 0
    unchanged: int = 0
    failed: int = 0
    started: float = 0.0
    noun: str = "workbook"

    def record(self, outcome: Outcome) -> None:
        if outcome.made:
            self.made += 1
        else:
            self.failed += 1

    def summary(self, scope: str = "") -> str:
        """`Made 3 workbooks, 997 unchanged, 0 failed, in 4.2 s.`, with `scope` before the stop."""
        seconds = time.monotonic() - self.started
        noun = self.noun if self.made == 1 else f"{self.noun}s"
        counts = f"Made {self.made} {noun}, {self.unchanged} unchanged, {self.failed} failed"
        return f"{counts}, in {seconds:.1f} s{scope}."
