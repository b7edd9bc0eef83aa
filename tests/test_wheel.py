"""The wheel, installed into a fresh virtual environment, starts and checks a new hub.

Why a real install: the wheel must carry the default content, templates and messages
inside the package; an editable checkout would hide a file left out of it. Dependencies
come from the package index pip is configured with, as a user's install would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).parents[1]


def _run(arguments: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    # The new environment must not see this checkout through the test run's environment.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    result = subprocess.run(
        [str(argument) for argument in arguments],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, f"{arguments}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
def test_installed_wheel_inits_checks_and_builds_a_hub(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPOSITORY], tmp_path)
    (wheel,) = dist.glob("mentorbook-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "mentorbook/_defaults/content/hub.yml",
        "mentorbook/_defaults/content/mentorbook.schema.json",
        "mentorbook/_defaults/mkdocs.yml",
        "mentorbook/schema/messages.yaml",
        "mentorbook/locale/en/LC_MESSAGES/mentorbook.mo",
        "mentorbook/locale/fr/LC_MESSAGES/mentorbook.mo",
    } <= names
    assert not [name for name in names if name.endswith((".po", ".pot"))]

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], tmp_path)
    _run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], tmp_path)

    defaults = _run(
        [
            venv / "bin" / "python",
            "-c",
            "from mentorbook.project import defaults_dir; print(defaults_dir())",
        ],
        tmp_path,
    ).stdout.strip()
    assert Path(defaults).is_relative_to(venv)

    mentorbook = venv / "bin" / "mentorbook"
    _run([mentorbook, "init", tmp_path / "hub"], tmp_path)
    checked = _run([mentorbook, "check", tmp_path / "hub"], tmp_path)
    assert checked.stdout.startswith("OK ")
    _run([mentorbook, "build", tmp_path / "hub"], tmp_path)
    assert (tmp_path / "hub" / "site" / "index.html").is_file()
    # The compiled French catalog is found and read.
    blank = tmp_path / "cahier.pdf"
    _run(
        [mentorbook, "workbook", "--blank", "--language", "fr", "-o", blank, "--project",
         tmp_path / "hub"],
        tmp_path,
    )  # fmt: skip
    assert "Cahier de mentorat" in _run(["pdftotext", blank, "-"], tmp_path).stdout
    _run([mentorbook, "init", "--bare", tmp_path / "bare"], tmp_path)
    bare = _run([mentorbook, "check", tmp_path / "bare"], tmp_path)
    assert bare.stdout == "OK Mentoring hub: 1 program, 2 roles, 1 format, 1 agreement\n"
