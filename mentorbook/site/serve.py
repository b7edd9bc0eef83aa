"""Preview the hub: build it strictly, serve it, and rebuild it on every edit.

Why not `mkdocs serve`: MkDocs empties its folder before a rebuild, and stalls every
request after a failed one ("the server will appear stuck"). Here each rebuild is a full
`build_site` into the served folder, which swaps a finished site in or leaves the last
good one in place; a failed rebuild prints its errors, and the server keeps answering.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from mentorbook.errors import MentorbookError
from mentorbook.project import Project
from mentorbook.site.build import build_site, require_mkdocs_yml
from mentorbook.site.downloads import Downloads

log = logging.getLogger("mkdocs.mentorbook")


def serve_site(project: Project, host: str, port: int) -> None:
    """Serve the hub on host:port until Ctrl-C; raise the first build's errors, report later ones."""
    from mkdocs.livereload import LiveReloadServer

    require_mkdocs_yml(project)
    downloads = Downloads(project, background=True)
    with tempfile.TemporaryDirectory(prefix="mentorbook-serve-") as folder:
        served = Path(folder) / "site"
        try:
            build_site(project, served, preview=downloads)
            server = LiveReloadServer(
                builder=lambda: rebuild(project, served, downloads),
                host=host,
                port=port,
                root=str(served),
            )
            for watched in (*watched_paths(project), *downloads.folders_to_watch()):
                server.watch(str(watched.resolve()))
            try:
                server.serve()  # type: ignore[no-untyped-call]  # MkDocs leaves this untyped
            except KeyboardInterrupt:
                log.info("Shutting down...")
            finally:
                server.shutdown(wait=True)
            downloads.stop()
            # Only once a build succeeded: before that it knows no workbook to keep.
            downloads.prune()
        finally:
            downloads.stop()


def watched_paths(project: Project) -> list[Path]:
    """What a person edits: a save to any of these rebuilds the preview."""
    paths = (project.content_dir, project.templates_dir, project.mkdocs_yml)
    return [path for path in paths if path.exists()]


def rebuild(project: Project, served: Path, downloads: Downloads) -> None:
    """Build again; on errors print them and keep serving the site that is there."""
    try:
        build_site(project, served, preview=downloads)
    except MentorbookError as error:
        error.show()
        log.error("Still serving the last good site; it is rebuilt when the errors are fixed.")
