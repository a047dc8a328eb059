"""First-sync and no-change-pass cost of followupd against a raw imapclient baseline.

For each mailbox size a fresh user on a private Dovecot (127.0.0.1 only) gets a generated,
realistic mailbox (bench/mailgen.py: ~90% INBOX, ~10% Sent). Measured in the same run:
  baseline   plain imapclient: LOGIN, EXAMINE, UID SEARCH ALL, header FETCH of every message
             (the same fields, sizes, flags and BODYSTRUCTURE, same chunk size), then
             BODY.PEEK[] of exactly the messages followupd chose, each parsed by mail-parser
  followupd  its first sync on a fresh state directory, in-process (sync_all_once) and as
             `python -m followupd sync --once` (wall time including interpreter start-up,
             peak RSS of that child process)
  no-change  a second pass that finds nothing new, median of 5
Targets: first sync <= 1.5x baseline; no-change pass < 50 ms at 10,000; peak RSS < 120 MB
at 50,000. Exit status 0 (it is a report) unless --check is given and a target is missed.

Usage: python bench/sync.py [--sizes 1000,10000,50000 | --quick] [--repeat N] [--check]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import platform
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "bench"))

import imapclient  # noqa: E402
import mailparser  # noqa: E402

from followupd.adapters.imap import ImapSession  # noqa: E402
from followupd.adapters.imap_fetch import HEADER_ITEM  # noqa: E402
from followupd.adapters.store import Store  # noqa: E402
from followupd.config import Config, load_config  # noqa: E402
from followupd.service import PassResult, open_session  # noqa: E402
from followupd.sync import AccountSync  # noqa: E402
from followupd.testing import DovecotServer, MailUser  # noqa: E402
from followupd.testing.accounts import write_config  # noqa: E402
from mailgen import INBOX, SENT, plan_mailbox, render  # noqa: E402

RATIO_TARGET = 1.5
NOCHANGE_TARGET_MS = 50.0
NOCHANGE_AT = 10_000
RSS_TARGET_MB = 120.0
RSS_AT = 50_000
NOCHANGE_RUNS = 5
SEED = 20_261_130

Needed = dict[str, list[int]]


def _api(*candidates: tuple[str, str]) -> Any:
    """The first (module, name) that exists: the service API is being renamed as it grows."""
    for module, name in candidates:
        with contextlib.suppress(ImportError, AttributeError):
            return getattr(importlib.import_module(module), name)
    raise ImportError(f"none of {candidates} found")


# One pass over every account (sync only: drafting runs only when templates are passed).
pass_all = _api(("followupd.service", "run_all_once"), ("followupd.service", "sync_all_once"))
own_addresses = _api(
    ("followupd.understanding", "own_addresses"), ("followupd.service", "own_addresses")
)


@dataclass
class Row:
    """One mailbox size's measurements (seconds unless the name says otherwise)."""

    size: int
    inbox: int
    sent: int
    baseline_s: float
    followupd_s: float
    cli_s: float
    nochange_ms: float
    poll_ms: float
    rss_mb: float
    bodies: int

    @property
    def ratio(self) -> float:
        return self.followupd_s / self.baseline_s

    @property
    def cli_ratio(self) -> float:
        return self.cli_s / self.baseline_s


# --- mailbox ---------------------------------------------------------------------------


def fill_mailbox(server: DovecotServer, user: MailUser, size: int) -> tuple[int, int]:
    """Deliver `size` generated messages (bulk import); returns (inbox, sent) counts."""
    specs = plan_mailbox(size, seed=SEED + size)
    counts = []
    for folder in (INBOX, SENT):
        mail = (render(s) for s in specs if s.folder == folder)
        counts.append(server.deliver_many(user, folder, mail))
    return counts[0], counts[1]


def new_user(server: DovecotServer) -> MailUser:
    """A fresh mail user whose traffic is not raw-logged (a real server does not log it)."""
    user = server.add_user()
    shutil.rmtree(user.home / "rawlog", ignore_errors=True)
    return user


# --- followupd ---------------------------------------------------------------------------


class Runs:
    """Fresh config + state directories for one user, each run in its own subdirectory."""

    def __init__(self, base: Path, server: DovecotServer, user: MailUser) -> None:
        self.base, self.server, self.user, self.count = base, server, user, 0

    def config_path(self) -> Path:
        self.count += 1
        return write_config(self.base / f"run{self.count}", self.server, self.user)


@contextlib.contextmanager
def bodies_recorded() -> Iterator[Needed]:
    """Record which (folder, UID)s followupd fetches bodies for, by wrapping fetch_bodies."""
    needed: Needed = defaultdict(list)
    original = ImapSession.fetch_bodies

    def spy(self: ImapSession, uids: Sequence[int], **kwargs: Any) -> Any:
        needed[str(self._examined)].extend(uids)
        return original(self, uids, **kwargs)

    ImapSession.fetch_bodies = spy  # type: ignore[method-assign]
    try:
        yield needed
    finally:
        ImapSession.fetch_bodies = original  # type: ignore[method-assign]


def sync_in_process(config: Config, now: datetime) -> tuple[float, PassResult]:
    """Seconds for Store.open + one sync pass, as `sync --once` does after start-up."""
    start = time.perf_counter()
    with Store.open(config.storage.state_dir) as store:
        result = pass_all(config, store, now=now, env=os.environ)
    elapsed = time.perf_counter() - start
    if result.failures:
        raise RuntimeError(f"followupd sync failed: {result.failures}")
    return elapsed, result


# Linux keeps a process's peak RSS across execve and starts a forked child from its parent's:
# a child forked straight from this (big) process would report at least our own size. A small
# launcher process forks the real child instead and reports that child's wait4 rusage.
_LAUNCHER = """
import os, subprocess, sys
report, cmd = sys.argv[1], sys.argv[2:]
with open(report + ".out", "wb") as sink:
    proc = subprocess.Popen(cmd, stdout=sink, stderr=sink)
    _, status, usage = os.wait4(proc.pid, 0)
with open(report, "w") as fh:
    fh.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def sync_cli(config_path: Path, now: datetime, scratch: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `python -m followupd sync --once` as a child."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "daemon"), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "followupd", "sync", "--once", "--config", str(config_path)]
    report = scratch / "cli-rusage.txt"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _LAUNCHER, str(report), *cmd, "--now", now.isoformat()],
        env=env,
        check=True,
    )
    elapsed = time.perf_counter() - start
    code, maxrss_kib = (int(x) for x in report.read_text().split())
    if code != 0:
        output = Path(str(report) + ".out").read_text()[-2000:]
        raise RuntimeError(f"followupd sync exited {code}:\n{output}")
    return elapsed, maxrss_kib / 1024  # Linux reports KiB


def nochange_passes(config: Config, now: datetime) -> tuple[float, float]:
    """Median ms of a no-change pass: whole `sync --once` work, and the daemon's poll pass.

    The first opens the store, connects, logs in, lists folders, EXAMINEs both and logs out.
    The second is what `followupd run` repeats every poll interval on its open connection.
    """
    full = []
    for _ in range(NOCHANGE_RUNS):
        elapsed, result = sync_in_process(config, now)
        if any(r.new for r in result.reports):
            raise RuntimeError("a no-change pass found new mail")
        full.append(elapsed * 1000)
    poll = []
    account = config.accounts[0]
    with Store.open(config.storage.state_dir) as store:
        session = open_session(account, os.environ)
        try:
            session.connect()
            engine = AccountSync(account, store, session, own_addresses=own_addresses(config))
            engine.run(now=now)  # discovers folders and loads known ids once, like the daemon
            for _ in range(NOCHANGE_RUNS):
                start = time.perf_counter()
                engine.run(now=now)
                poll.append((time.perf_counter() - start) * 1000)
        finally:
            session.logout()
    return statistics.median(full), statistics.median(poll)


# --- baseline ----------------------------------------------------------------------------


def chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def baseline(server: DovecotServer, user: MailUser, needed: Needed, chunk: int) -> float:
    """Seconds for the least work that yields the same headers and parsed bodies."""
    context = ssl.create_default_context(cafile=str(server.ca_file))
    start = time.perf_counter()
    client = imapclient.IMAPClient(server.host, port=server.imaps_port, ssl_context=context)
    try:
        client.login(user.username, user.password)
        for folder in (SENT, INBOX):
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            for part in chunks(uids, chunk):
                client.fetch(part, [HEADER_ITEM, "RFC822.SIZE", "FLAGS", "BODYSTRUCTURE"])
            for part in chunks(sorted(needed.get(folder, ())), chunk):
                for data in client.fetch(part, ["BODY.PEEK[]"]).values():
                    mailparser.parse_from_bytes(data[b"BODY[]"])
    finally:
        client.logout()
    return time.perf_counter() - start


# --- one size ----------------------------------------------------------------------------


def best(runs: int, measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(runs))


def measure_size(server: DovecotServer, size: int, repeat: int, scratch: Path) -> Row:
    """Fill a fresh user's mailbox and take every measurement for it."""
    user = new_user(server)
    t0 = time.perf_counter()
    inbox, sent = fill_mailbox(server, user, size)
    print(f"  {size}: mailbox built in {time.perf_counter() - t0:.1f} s", flush=True)
    runs = Runs(scratch / f"size{size}", server, user)
    now = datetime.now(UTC)

    def load() -> Config:
        return load_config(runs.config_path(), os.environ)

    # Warm-up run: Dovecot builds its index cache on the first header fetch, and this run
    # tells the baseline which bodies followupd wants.
    with bodies_recorded() as needed:
        _, first = sync_in_process(load(), now)
    bodies = sum(r.fetched_bodies for r in first.reports)
    if sum(len(v) for v in needed.values()) != bodies:
        raise RuntimeError("body recorder disagrees with the sync report")
    chunk = load().accounts[0].fetch_chunk
    base_s, ours_s, cli_s, rss = [], [], [], 0.0
    config = load()
    for _ in range(repeat):  # interleaved, so drift on the machine hits all three alike
        base_s.append(baseline(server, user, needed, chunk))
        config = load()
        elapsed, result = sync_in_process(config, now)
        if sum(r.fetched_bodies for r in result.reports) != bodies:
            raise RuntimeError("followupd fetched a different body set on a repeat run")
        ours_s.append(elapsed)
        wall, peak = sync_cli(runs.config_path(), now, scratch)
        cli_s.append(wall)
        rss = max(rss, peak)
    nochange_ms, poll_ms = nochange_passes(config, now)
    return Row(
        size, inbox, sent, min(base_s), min(ours_s), min(cli_s), nochange_ms, poll_ms, rss, bodies
    )


# --- report ------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    dovecot = subprocess.run(
        ["dovecot", "--version"], capture_output=True, text=True, check=False
    ).stdout
    return (
        f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"imapclient {imapclient.__version__}, Dovecot {dovecot.split()[0]}, loopback TLS"
    )


def verdicts(row: Row) -> list[tuple[str, bool]]:
    """The targets that apply to this size, each with PASS (True) or MISS."""
    out = [(f"ratio {row.ratio:.3f} <= {RATIO_TARGET}", row.ratio <= RATIO_TARGET)]
    if row.size == NOCHANGE_AT:
        out.append(
            (
                f"no-change {row.nochange_ms:.1f} ms < {NOCHANGE_TARGET_MS:.0f} ms",
                row.nochange_ms < NOCHANGE_TARGET_MS,
            )
        )
    if row.size == RSS_AT:
        out.append(
            (f"peak RSS {row.rss_mb:.0f} MB < {RSS_TARGET_MB:.0f} MB", row.rss_mb < RSS_TARGET_MB)
        )
    return out


def report(rows: Sequence[Row], repeat: int) -> bool:
    """Print the table and verdicts; True when every applicable target passed."""
    print(f"\nmachine: {machine()}")
    print(f"times: best of {repeat}; no-change: median of {NOCHANGE_RUNS}\n")
    head = (
        f"{'messages':>9} {'inbox/sent':>12} {'baseline s':>10} {'followupd s':>11} "
        f"{'ratio':>6} {'CLI s':>7} {'CLI ratio':>9} {'no-change ms':>12} {'poll ms':>8} "
        f"{'peak RSS MB':>11} {'bodies/total':>14}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        share = f"{r.bodies}/{r.inbox + r.sent}"
        print(
            f"{r.size:>9} {f'{r.inbox}/{r.sent}':>12} {r.baseline_s:>10.2f} "
            f"{r.followupd_s:>11.2f} {r.ratio:>6.2f} {r.cli_s:>7.2f} {r.cli_ratio:>9.2f} "
            f"{r.nochange_ms:>12.1f} {r.poll_ms:>8.1f} {r.rss_mb:>11.0f} {share:>14}"
        )
    print()
    ok = True
    for r in rows:
        for text, passed in verdicts(r):
            ok &= passed
            print(f"{'PASS' if passed else 'MISS'}  {r.size:>6} messages: {text}")
    return ok


def _stop_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # runs the finally blocks: server stopped, temp dirs gone


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated sizes")
    parser.add_argument("--quick", action="store_true", help="1000 messages only")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (best kept)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    logging.basicConfig(level=logging.ERROR)  # quarantine warnings would not be news here
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fud-bench-") as tmp, DovecotServer() as server:
        print(f"Dovecot on {server.host}:{server.imaps_port}; sizes {sizes}", flush=True)
        for size in sizes:
            rows.append(measure_size(server, size, max(1, args.repeat), Path(tmp)))
    ok = report(rows, max(1, args.repeat))
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
