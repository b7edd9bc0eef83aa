"""The only way WeasyPrint may read a file: the package's own, and the project's assets and templates.

Why: a workbook prints mentee data. Should a value ever reach a URL (an <img src>, a CSS
url()), WeasyPrint must not read /etc/passwd or call out to the network on its behalf.
A project file is checked twice: by the folder its URL names, and by where it really is
once links are followed (`mentorbook.confinement`), since a linked folder could lead anywhere.
Imported only while rendering, as it imports WeasyPrint.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from mentorbook.confinement import Confinement


class RefusedURLError(ValueError):
    """A URL outside the folders the workbook may read."""


def allowed_path(
    url: str,
    package_folders: tuple[Path, ...],
    project_folders: tuple[Path, ...],
    confinement: Confinement,
) -> Path:
    """The file `url` names, when it is a file: URL the workbook may read; raise RefusedURLError otherwise.

    `package_folders` are mentorbook's own (fonts, default templates) and are trusted;
    `project_folders` are named as the URL names them, and their files must also pass
    the project's confinement.
    """
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise RefusedURLError(f"mentorbook workbooks read no URL but their own files: {url}")
    named = Path(os.path.normpath(unquote(parts.path)))
    real = named.resolve()
    ours = any(real.is_relative_to(folder) for folder in package_folders)
    theirs = any(named.is_relative_to(folder) for folder in project_folders)
    if not (ours or (theirs and confinement.allows(named))) or not real.is_file():
        raise RefusedURLError(f"outside the project's templates and assets: {url}")
    return real


class ProjectFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """A WeasyPrint URL fetcher that serves the allowed files and refuses everything else.

    `refused` lists what it turned down, so tests and callers can see that nothing left.
    """

    def __init__(
        self,
        package_folders: tuple[Path, ...],
        project_folders: tuple[Path, ...],
        confinement: Confinement,
    ) -> None:
        super().__init__(allowed_protocols=("file",))
        self.package_folders = tuple(folder.resolve() for folder in package_folders)
        self.project_folders = tuple(Path(os.path.normpath(f)) for f in project_folders)
        self.confinement = confinement
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        try:
            path = allowed_path(url, self.package_folders, self.project_folders, self.confinement)
        except RefusedURLError:
            self.refused.append(url)
            raise
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": content_type}
        )
