"""Cost of cleaning the hub's pages with nh3, beside rendering their Markdown.

Run: .venv/bin/python bench/sanitise.py [--runs N]
Renders every page of the default hub to Markdown once, then times (median of N runs)
Python-Markdown turning them into HTML with the hub's extensions, and `clean_html` cleaning
that HTML, as the site build does for each page unless hub.yml says `allow_html: true`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import markdown  # type: ignore[import-untyped]

from mentorbook.project import Project
from mentorbook.render.environment import template_environment
from mentorbook.render.sanitise import clean_html
from mentorbook.schema.loader import load_content
from mentorbook.schema.yaml_reader import new_yaml
from mentorbook.site.pages import site_plan
from mentorbook.site.render import prepare, render_page

REPO_ROOT = Path(__file__).resolve().parent.parent


def _median_seconds(work: Callable[[], object], runs: int) -> float:
    work()  # warm up
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each step (default 11)")
    runs = parser.parse_args().runs

    project = Project(REPO_ROOT)
    plan = site_plan(load_content(project.content_dir))
    environment = prepare(template_environment(project.templates_dir))
    pages = [render_page(environment, page) for page in plan.pages]
    config = new_yaml().load(project.mkdocs_yml.read_text(encoding="utf-8"))
    extensions = [
        next(iter(item)) if isinstance(item, dict) else item
        for item in config["markdown_extensions"]
    ]
    html = [markdown.markdown(page, extensions=extensions) for page in pages]

    rendering = _median_seconds(
        lambda: [markdown.markdown(page, extensions=extensions) for page in pages], runs
    )
    cleaning = _median_seconds(lambda: [clean_html(page) for page in html], runs)
    size = sum(len(page) for page in html) / 1000
    print(f"{len(pages)} pages, {size:.0f} kB of HTML")
    print(f"Markdown to HTML: {rendering * 1000:8.1f} ms")
    print(f"nh3 cleaning:     {cleaning * 1000:8.1f} ms  ({cleaning / rendering:.2f} x Markdown)")


if __name__ == "__main__":
    main()
