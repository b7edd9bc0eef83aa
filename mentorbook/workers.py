"""Where worker processes come from, for the cohort's pool and the site's workbook renders."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext


def worker_context(preload: list[str]) -> BaseContext:
    """A fork server where the platform has one: workers start from a clean, preloaded process.

    Why not plain fork: the parent runs threads (a pool's, or `serve`'s web server), and
    forking a threaded process is unsafe (Python 3.12 warns about it); spawn would import
    WeasyPrint in every worker. The fork server imports `preload` once, when it starts.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(preload)
        return context
    return multiprocessing.get_context("spawn")
