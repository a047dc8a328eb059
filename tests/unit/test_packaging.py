"""Every data file the package reads at run time is listed for installation."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "daemon" / "followupd"


def test_every_data_file_is_package_data() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["followupd"]
    data_files = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    assert data_files, "the package has data files (templates, vocabulary)"
    unlisted = [f for f in data_files if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert unlisted == [], f"add to [tool.setuptools.package-data]: {unlisted}"


def test_the_command_is_declared() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert pyproject["project"]["scripts"] == {"followupd": "followupd.cli:main"}
