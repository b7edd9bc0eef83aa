"""Read a gettext `.po` file that a person wrote, reporting a mistake as `file:line`."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po

from mentorbook.errors import ContentError, Problem
from mentorbook.schema.loader import display_path
from mentorbook.schema.messages import message


def read_po_file(path: Path, locale: str | None = None) -> Catalog:
    """The catalog in `path`; a malformed file is a ContentError naming its line.

    Why one function: the fixed words' overrides (`translations/<lang>.po`) and the content's
    translations (`translations/content/<lang>.po`) are the same kind of file, written by
    the same people, and deserve the same message when something is wrong in them.
    """
    try:
        with path.open("rb") as po:
            return read_po(po, locale=locale, abort_invalid=True)
    except PoFileError as error:
        detail = str(error).rsplit(" on ", 1)[0].rstrip(".")
        text = message("po_malformed", detail=detail)
        # Babel counts lines from 0.
        raise ContentError([Problem(display_path(path), error.lineno + 1, 1, "", text)]) from error
    except UnicodeDecodeError as error:
        raise ContentError(
            [Problem(display_path(path), 1, 1, "", message("po_not_utf8"))]
        ) from error
