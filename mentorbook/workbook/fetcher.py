"""The only way WeasyPrint may read a file: the project's and the package's own, nothing else.

Why: a workbook prints mentee data. Should a value ever reach a URL (an <img src>, a CSS
url()), WeasyPrint must not read /etc/passwd or call out to the network on its behalf.
Imported only while rendering, as it imports WeasyPrint.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURLError(ValueError):
    """A URL outside the folders the workbook may read."""


def allowed_path(url: str, roots: tuple[Path, ...]) -> Path:
    """The file `url` names, when it is a file: URL inside one of `roots`; raise RefusedURLError otherwise."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise RefusedURLError(f"mentorbook workbooks read no URL but their own files: {url}")
    path = Path(unquote(parts.path)).resolve()
    if not any(path.is_relative_to(root) for root in roots) or not path.is_file():
        raise RefusedURLError(f"outside the project's templates and assets: {url}")
    return path


class ProjectFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """A WeasyPrint URL fetcher that serves files under `roots` and refuses everything else.

    `refused` lists what it turned down, so tests and callers can see that nothing left.
    """

    def __init__(self, roots: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols=("file",))
        self.roots = tuple(root.resolve() for root in roots)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        try:
            path = allowed_path(url, self.roots)
        except RefusedURLError:
            self.refused.append(url)
            raise
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": content_type}
        )
