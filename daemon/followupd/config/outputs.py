"""The [report] and [calendar] tables: a file rewritten after each pass, in a folder that exists."""

from __future__ import annotations

from followupd.config.checks import Section
from followupd.config.types import OutputConfig


def parse_output(sec: Section) -> OutputConfig:
    """`path` (~ and relative to the config's folder), whose folder must exist already."""
    text = sec.string("path")
    if not text:
        return OutputConfig()
    path = sec.problems.path(text)
    if path.is_dir():
        sec.problem("path", f"{path} is a folder; name a file in it")
    elif not path.parent.is_dir():
        sec.problem("path", f"folder not found: {path.parent} (followupd does not create it)")
    return OutputConfig(path=path)
