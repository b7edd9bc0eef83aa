"""The blank workbooks the hub offers for download: cached, and made beside MkDocs.

Why: a workbook takes longer to render than MkDocs takes to build the whole site, and a
blank one changes only with the content, the workbook templates, the options or the
versions of mentorbook and WeasyPrint: what `cohort` hashes for its manifest. So each is
kept in the project's cache under that key; a missing one is rendered in a worker process
while MkDocs builds the pages, and `serve` shows the previous one until the new one is
ready, instead of holding up the reload.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from pathlib import Path
from typing import Any

from mentorbook.cohort.manifest import document_key, shared_inputs_digest
from mentorbook.errors import BuildError, InputError, MentorbookError
from mentorbook.project import Project
from mentorbook.schema.loader import Hub
from mentorbook.site.pages import Download
from mentorbook.site.pdf_cache import PdfCache
from mentorbook.site.render import template_errors_as_build_errors

BLANK_OPTIONS: dict[str, Any] = {"blank": True, "fillable": True}
"""How the site's workbooks are rendered; part of their key."""


def download_keys(
    project: Project, programs: Mapping[str, str], language: str | None = None
) -> dict[str, str]:
    """The cache key of each blank workbook, by URI, from the program it is made for (by URI).

    `language` is the hub's language the workbook is in; None for its default language.
    """
    shared = shared_inputs_digest(project, BLANK_OPTIONS)
    prefix = "" if language is None else f"{language}/"
    return {
        uri: document_key(shared, f"{prefix}{program_id}".encode())
        for uri, program_id in programs.items()
    }


@dataclass(frozen=True)
class RenderJob:
    """Blank workbooks for a worker to make: the program of each and its cache key, by URI."""

    project_root: Path
    programs: dict[str, str]
    keys: dict[str, str]
    background: bool = False
    """Render at a low priority: the preview's rebuilds come first."""
    language: str | None = None
    """The hub's language the workbooks are in; None for its default language."""


def render_blank_workbooks(job: RenderJob, hub: Hub | None = None) -> dict[str, bytes]:
    """Render the job's workbooks, and cache each one whose inputs still match its key.

    `hub` is the content the parent loaded, when the worker shares its memory; otherwise
    the worker loads it. Why check the key again: the content may change while the
    workbook renders (a save during `serve`); a PDF of the new content must not be kept
    under the old content's key.
    """
    from mentorbook.schema.loader import load_content
    from mentorbook.translations.project import hub_in_language
    from mentorbook.workbook import WorkbookRenderer

    project = Project(job.project_root)
    if hub is None:
        hub = hub_in_language(project, load_content(project.content_dir), job.language)
    renderer = WorkbookRenderer(project, hub)
    made = {}
    for uri, program_id in job.programs.items():
        with template_errors_as_build_errors(uri):
            made[uri] = renderer.render(
                None,
                program_id=program_id,
                fillable=BLANK_OPTIONS["fillable"],
                language=job.language,
            )
    cache = PdfCache.of(project)
    current = download_keys(project, job.programs, job.language)
    for uri, pdf in made.items():
        if cache is not None and current[uri] == job.keys[uri]:
            # A read-only project still builds: it only renders the workbook again next time.
            with contextlib.suppress(OSError):
                cache.store(job.keys[uri], pdf)
    return made


def _work(job: RenderJob, sender: Connection, hub: Hub | None) -> None:
    """A worker process: send back the job's workbooks, or why they could not be made.

    Why SIGINT is ignored: Ctrl-C reaches every process of the terminal; the parent alone
    decides how to stop, and stops the worker. Why SIGTERM is reset: that is how the parent
    stops it, and a forked worker inherits the handler that turns SIGTERM into Ctrl-C for
    the command's own clean-up (cli/signals.py).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if job.background:
        os.nice(10)
    outcome: dict[str, bytes] | str
    try:
        outcome = render_blank_workbooks(job, hub)
    except InputError as error:
        outcome = "\n".join([*(str(problem) for problem in error.problems), error.message])
    except MentorbookError as error:
        outcome = error.message
    except Exception as error:  # reported by the parent, as the reason the build failed
        outcome = f"{type(error).__name__}: {error}"
    # The parent may have gone meanwhile (a stopped `serve`); the cache has the PDF anyway.
    with contextlib.suppress(OSError):
        sender.send(outcome)
    sender.close()


def _context() -> ForkContext | SpawnContext:
    """Fork while this process runs no other thread; otherwise start a fresh interpreter.

    Why: a forked worker shares the content already loaded and the modules already
    imported, and starts at once, but forking a process that runs threads (`serve`'s web
    server) is unsafe. Spawning is safe anywhere, and starting it does not wait, as a fork
    server's first start does; that worker loads the content and WeasyPrint itself.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process making a job's workbooks, and the pipe it answers on."""

    def __init__(self, job: RenderJob, hub: Hub) -> None:
        context = _context()
        shared = hub if context.get_start_method() == "fork" else None
        receiver, sender = context.Pipe(duplex=False)
        self.job = job
        self.receiver = receiver
        # Why daemonic: should the parent stop on an error, its exit stops the worker too.
        self.process = context.Process(target=_work, args=(job, sender, shared), daemon=True)
        self.process.start()
        sender.close()

    def outcome(self, *, wait: bool) -> dict[str, bytes] | str | None:
        """The workbooks, or why they failed; None while not done and not `wait`."""
        if not wait and not self.receiver.poll():
            return None
        try:
            outcome: dict[str, bytes] | str = self.receiver.recv()
        except EOFError:
            outcome = "the process rendering it stopped before it was done"
        self.stop()
        return outcome

    def stop(self) -> None:
        # Stopped first, then the pipe closed: a worker must not meet a closed pipe and die
        # with a traceback in the middle of the preview's output.
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.receiver.close()


class Downloads:
    """The site's blank workbooks over one build, or over every rebuild of one `serve`."""

    def __init__(
        self, project: Project, *, background: bool = False, language: str | None = None
    ) -> None:
        self.project = project
        self.background = background
        self.language = language
        """The hub's language of the workbooks (None: its default); `start` gets that hub."""
        self.cache = PdfCache.of(project)
        self.keys: dict[str, str] = {}
        self.found: dict[str, bytes] = {}
        self.shown: dict[str, bytes] = {}
        """The last PDF of each URI: what `serve` shows while the next one renders."""
        self.worker: _Worker | None = None

    def start(self, hub: Hub, downloads: Iterable[Download]) -> None:
        """Take every workbook the cache holds, and start a worker on the others."""
        programs = {download.uri: download.program_id for download in downloads}
        self.keys = download_keys(self.project, programs, self.language)
        self.found = {}
        for uri, key in self.keys.items():
            pdf = self.cache.load(key) if self.cache is not None else None
            if pdf is not None:
                self.found[uri] = pdf
        missing = {uri: key for uri, key in self.keys.items() if uri not in self.found}
        if self.worker is not None and self.worker.job.keys != missing:
            # Its workbooks are of content that has changed since: the newest edit wins.
            self.stop()
        if missing and self.worker is None:
            job = RenderJob(
                self.project.root,
                {uri: programs[uri] for uri in missing},
                missing,
                self.background,
                self.language,
            )
            self.worker = _Worker(job, hub)

    def collect(self, *, wait: bool) -> dict[str, bytes]:
        """The PDF of every workbook of the build, by URI.

        Waits for the worker when `wait`, or when a workbook it makes has no earlier PDF;
        otherwise a workbook still rendering is given as it was in the previous build.
        """
        if self.worker is not None:
            uris = self.worker.job.keys
            outcome = self.worker.outcome(wait=wait or any(uri not in self.shown for uri in uris))
            if outcome is not None:
                self.worker = None
            if isinstance(outcome, str):
                raise BuildError(f"The blank workbook could not be made: {outcome}")
            self.found.update(outcome or {})
        self.shown.update(self.found)
        return {uri: self.shown[uri] for uri in self.keys}

    def folders_to_watch(self) -> list[Path]:
        """The cache folder, when there is one: a preview watches it, because a workbook
        rendered after a reload lands there, and the rebuild that follows shows it."""
        if self.cache is None:
            return []
        with contextlib.suppress(OSError):  # a read-only project: the PDF shows on the next save
            self.cache.folder.mkdir(parents=True, exist_ok=True)
        return [self.cache.folder] if self.cache.folder.is_dir() else []

    def prune(self) -> None:
        """Drop every cached workbook but this build's."""
        if self.cache is not None:
            self.cache.prune(self.keys.values())

    def stop(self) -> None:
        """Stop the worker, if one is still rendering."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
