"""`mentorbook build`, `serve` and `export-markdown`: the hub's website.

Why the imports sit inside the commands: MkDocs (and WeasyPrint, for the workbooks) load
only when a site is built, so `mentorbook --help` and `check` start fast.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from mentorbook.cli.options import project_dir_argument
from mentorbook.cli.signals import stop_on_sigterm
from mentorbook.project import Project


@click.command()
@project_dir_argument
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the site (default: PROJECT_DIR/site).",
)
def build(project_dir: Path, site_dir: Path | None) -> None:
    """Build the knowledge hub of PROJECT_DIR as a static website.

    The build is strict: any warning fails it, and a failed build leaves the previous
    site in place. The site works over http and opened from disk (file://).
    """
    from mentorbook.site.build import build_site

    target = site_dir if site_dir is not None else project_dir / "site"
    with stop_on_sigterm():
        build_site(Project(project_dir), target)
    click.echo(f"Built the hub into {target}. Open {target / 'index.html'} in a browser.")


@click.command()
@project_dir_argument
@click.option(
    "--dev-addr",
    default="127.0.0.1:8000",
    show_default=True,
    metavar="HOST:PORT",
    callback=lambda context, parameter, value: _host_and_port(value),
    help="Address to serve the preview on.",
)
def serve(project_dir: Path, dev_addr: tuple[str, int]) -> None:
    """Preview the hub of PROJECT_DIR, rebuilding it when content or templates change.

    While the content has errors, they are printed and the last good site stays up.
    """
    from mentorbook.site.serve import serve_site

    _show_mkdocs_progress()
    with stop_on_sigterm():
        serve_site(Project(project_dir), *dev_addr)


@click.command("export-markdown")
@project_dir_argument
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def export_markdown(project_dir: Path, out_dir: Path) -> None:
    """Write the hub's pages as plain Markdown with an mkdocs.yml into OUT_DIR.

    The export needs no mentorbook plugin, so any engine that reads mkdocs.yml (MkDocs,
    Zensical) can build it. OUT_DIR must be new, empty, or an earlier export.
    """
    from mentorbook.site.export import export_site

    with stop_on_sigterm():
        count = export_site(Project(project_dir), out_dir)
    click.echo(
        f"Exported {count} pages to {out_dir}. Build them with: mkdocs build -f {out_dir / 'mkdocs.yml'}"
    )


def _host_and_port(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"'{value}' is not HOST:PORT, such as 127.0.0.1:8000")
    return host, int(port)


def _show_mkdocs_progress() -> None:
    """Show MkDocs' own messages, such as the address it serves on, as `mkdocs serve` does."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
