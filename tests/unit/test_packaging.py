"""Every data file the package reads at run time is listed for installation."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import followupd
from followupd.config import load_config
from followupd.presets import example_config_path, example_config_text

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


def test_the_example_config_ships_inside_the_package_and_loads() -> None:
    installed = example_config_path()
    assert installed.is_file()
    assert installed.parent.parent == Path(followupd.__file__).parent  # found as package data
    assert fnmatch.fnmatch(
        installed.relative_to(installed.parent.parent).as_posix(),
        "data/*.toml",
    )
    # One text: the copy at the top of the repository is what people read on the web.
    assert installed.read_bytes() == (REPO / "config.example.toml").read_bytes(), (
        "config.example.toml changed: copy it to daemon/followupd/data/config.example.toml"
    )
    assert example_config_text() == installed.read_text(encoding="utf-8")
    config = load_config(installed, {"HOME": "/home/jane", "FOLLOWUPD_PASSWORD": "x"})
    assert config.identity.email == "jane.doe@example.com"
