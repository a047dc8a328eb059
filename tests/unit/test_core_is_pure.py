"""core/ does no I/O: values and `now` in, values out. Checked by what its modules import."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "daemon" / "followupd" / "core"
# Modules that touch the outside world: files, sockets, processes, databases, the clock's
# wall time, and the I/O libraries followupd uses in its shell.
IO_MODULES = frozenset(
    {"os", "io", "socket", "ssl", "select", "selectors", "subprocess", "sqlite3", "shutil"}
    | {"pathlib", "tempfile", "glob", "fcntl", "signal", "threading", "asyncio", "time"}
    | {"urllib", "http", "smtplib", "imaplib", "importlib", "logging", "sys"}
    | {"imapclient", "mailparser", "aiosmtplib", "apscheduler", "tomllib", "tomli_w"}
)
# Parts of those packages that only compute: splitting a URL is no I/O.
PURE_PARTS = frozenset({"urllib.parse"})
# Within followupd, core may use only the model, the config's types and itself.
ALLOWED_OWN = ("followupd.core", "followupd.model", "followupd.config.types", "followupd.errors")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_core_imports_nothing_that_does_io() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            foreign = top == "followupd" and not name.startswith(ALLOWED_OWN)
            if (top in IO_MODULES and name not in PURE_PARTS) or foreign:
                offenders.append(f"{path.relative_to(CORE)}: {name}")
    assert offenders == []


def test_core_never_reads_the_clock() -> None:
    calls = []
    for path in sorted(CORE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("datetime.now(", "date.today(", "time.time(", "datetime.utcnow("):
            if needle in text:
                calls.append(f"{path.relative_to(CORE)}: {needle}")
    assert calls == []
