"""Golden files: expected output kept beside the tests, rewritten on request.

`MENTORBOOK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/<area>` rewrites them from what the code
makes now; review the diff (`git diff tests`) before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

UPDATE_GOLDEN = os.environ.get("MENTORBOOK_UPDATE_GOLDEN") == "1"


def golden(path: Path, actual: str) -> str:
    """The expected text kept in `path`; rewritten from `actual` when updating golden files."""
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    return path.read_text(encoding="utf-8")
