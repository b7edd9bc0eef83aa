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

log = logging.getLogger("mkdocs.mentorbook")


def serve_site(project: Project, host: str, port: int) -> None:
    """Serve the hub on host:port until Ctrl-C; raise the first build's errors, report later ones."""
    from mkdocs.livereload import LiveReloadServer

    require_mkdocs_yml(project)
    with tempfile.TemporaryDirectory(prefix="mentorbook-serve-") as folder:
        served = Path(folder) / "site"
        build_site(project, served, serving=True)
        server = LiveReloadServer(
            builder=lambda: rebuild(project, served), host=host, port=port, root=str(served)
        )
        for watched in (project.content_dir, project.templates_dir, project.mkdocs_yml):
            if watched.exists():
                server.watch(str(watched.resolve()))
        try:
            server.serve()  # type: ignore[no-untyped-call]  # MkDocs leaves this untyped
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown(wait=True)


def rebuild(project: Project, served: Path) -> None:
    """Build again; on errors print them and keep serving the site that is there."""
    try:
        build_site(project, served, serving=True)
    except MentorbookError as error:
        error.show()
        log.error("Still serving the last good site; it is rebuilt when the errors are fixed.")
