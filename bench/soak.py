"""Soak: followupd for N minutes on a stream of mail, through a fault proxy, under a fake clock.

One private Dovecot (127.0.0.1 only), three mail users, one seeded mailbox stream
(bench/mailgen.py: recruiting threads among conversations, newsletters and receipts):
  A  fake clock: simulated time runs one day per DAY_REAL_S (8) seconds of real time; at each
     step the mail dated up to the simulated now T is appended, and
     `followupd -v run --once --now T` runs as a child process through fault proxy A. A
     seeded share of steps runs under the proxy's random mix (close, blackhole, throttle,
     cut mid-stream, pass); a failed or overlong (killed) pass is tried again at the same T,
     the last try without faults, as a restarted timer would.
  B  real clock: one long-running `followupd -v run` daemon through fault proxy B, getting
     the same mail at the same moments: the IDLE path. Every few seconds a fault drawn from
     the same seeded mix (or a `doveadm kick`) hits its connection for a moment.
  C  reference: after the soak, the steps A went through are replayed without faults
     (in-process `run --once` work at the same fake times); its Drafts are what A's must be.
Afterwards the daemon gets quiet, then one idle window is measured. Reported: messages seen
vs appended (A and B), drafts created vs expected (A vs C, by X-Followupd-Action and
Message-ID), duplicates (must be 0), reconnects (B's `watch.connection_lost` lines), B's RSS
after its first sync and at the end (growth under 10%), B's CPU seconds in the idle window.
Exit 0 (a report) unless --check is given and a check fails. Everything is stopped at the
end, also on an error, SIGINT or SIGTERM.

Usage: python bench/soak.py [--minutes 10 | --quick] [--idle-seconds 60] [--check]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))  # the fault proxy lives with the tests

from faultproxy import FaultProxy, mixed_fault  # noqa: E402
from followupd.adapters.store import Store  # noqa: E402
from followupd.adapters.template_files import load_templates  # noqa: E402
from followupd.config import load_config  # noqa: E402
from followupd.service import run_all_once  # noqa: E402
from followupd.testing import DovecotServer, MailUser  # noqa: E402
from followupd.testing.accounts import write_config  # noqa: E402
from latency import LineStamper, child_env, running_daemon  # noqa: E402
from mailgen import INBOX, SENT, MailSpec, plan_mailbox, render  # noqa: E402

SEED = 20_261_124
HISTORY_DAYS = 110  # mailgen dates a mailbox over the 110 days before its end
PER_DAY = 25  # messages per simulated day
DAY_REAL_S = 8.0  # real seconds per simulated day
STEP_PAUSE_S = 1.0  # real pause between two fake-clock steps (the daemon gets the CPU too)
# Short timeouts so a blackhole costs seconds; IDLE renewed at the shortest allowed.
ACCOUNT = {"timeout_seconds": 3.0, "idle_renew_seconds": 30, "poll_interval_seconds": 60}
FAULTY_STEPS = 0.35  # share of fake-clock steps whose first tries run under the random mix
TRIES = 4  # tries per step; the last one without faults
TRY_LIMIT_S = 12.0  # a pass still running then is killed (a crash) and tried again
DAEMON_FAULT_GAP_S = (6.0, 16.0)
DAEMON_FAULT_HOLD_S = (1.0, 5.0)
KICK_SHARE = 0.15
READY_S = 120.0
RSS_GROWTH_LIMIT = 0.10


@dataclass(frozen=True)
class Step:
    """One move of the fake clock: the mail dated up to `when`, then a pass at `when`."""

    when: datetime
    mail: tuple[MailSpec, ...]


class Stream:
    """A seeded mailbox over the 110 days up to the soak's simulated end: the history before
    its start arrives at once, the rest step by step as the fake clock reaches each date."""

    def __init__(self, start: datetime, minutes: float) -> None:
        self.start = start
        self.end = start + timedelta(days=minutes * 60 / DAY_REAL_S)
        specs = plan_mailbox(PER_DAY * HISTORY_DAYS, seed=SEED, end=self.end)
        self.history = [s for s in specs if s.date <= start]
        self.future = [s for s in specs if s.date > start]
        self.now = start

    def step(self, elapsed_s: float) -> Step:
        """Move the clock to `elapsed_s` real seconds after the start; what arrived meanwhile."""
        when = self.start + timedelta(days=elapsed_s / DAY_REAL_S)
        when = min(self.end, when.replace(second=0, microsecond=0))
        mail = tuple(s for s in self.future if self.now < s.date <= when)
        self.now = when
        return Step(when, mail)


def deliver(server: DovecotServer, users: Sequence[MailUser], mail: Sequence[MailSpec]) -> None:
    """Append `mail` (oldest first) to INBOX and Sent of every user."""
    for folder in (INBOX, SENT):
        raws = [render(s) for s in mail if s.folder == folder]
        for user in users if raws else ():
            server.deliver_many(user, folder, raws)


# --- A: the fake-clock passes --------------------------------------------------------------


@dataclass
class OnceRunner:
    """`followupd run --once --now T` through proxy A, tried again at the same T on failure."""

    config: Path
    home: Path
    proxy: FaultProxy
    rng: random.Random
    tries: int = 0
    faulted: int = 0
    failed: int = 0
    killed: int = 0
    lost_steps: int = 0
    last_error: str = ""

    def step(self, when: datetime) -> None:
        faulty = self.rng.random() < FAULTY_STEPS
        for attempt in range(TRIES):
            if faulty and attempt < TRIES - 1:
                self.proxy.random_mix(self.rng.randrange(2**32))
                self.faulted += 1
            else:
                self.proxy.pass_through()
            if self._try(when):
                return
        self.lost_steps += 1

    def _try(self, when: datetime) -> bool:
        self.tries += 1
        argv = [sys.executable, "-m", "followupd", "-v", "run", "--once"]
        argv += ["--now", when.isoformat(), "--config", str(self.config)]
        proc = subprocess.Popen(
            argv,
            env=child_env(self.home),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _, err = proc.communicate(timeout=TRY_LIMIT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate(timeout=10)
            self.killed += 1
            return False
        except BaseException:
            proc.kill()  # SIGINT or an error here: the child must not outlive us
            proc.wait(timeout=10)
            raise
        if proc.returncode != 0:
            self.failed += 1
            self.last_error = err[-1500:]
        return proc.returncode == 0


# --- B: faults on the daemon's connection ----------------------------------------------------


class DaemonFaults(threading.Thread):
    """Every few seconds, a seeded fault on proxy B (or a server-side kick) for a moment."""

    def __init__(self, proxy: FaultProxy, server: DovecotServer, user: MailUser) -> None:
        super().__init__(name="daemon-faults", daemon=True)
        self.proxy, self.server, self.user = proxy, server, user
        self.rng = random.Random(SEED + 1)  # noqa: S311 (repeatable faults)
        self.done = threading.Event()
        self.kinds: Counter[str] = Counter()
        self.ended_at = 0.0

    def run(self) -> None:
        try:
            while not self.done.wait(self.rng.uniform(*DAEMON_FAULT_GAP_S)):
                if self.rng.random() < KICK_SHARE:
                    self.kinds["kick"] += 1
                    self.server.kick(self.user)
                    continue
                fault = mixed_fault(self.rng)
                while fault.kind == "pass":  # the mix includes pass; here a fault is wanted
                    fault = mixed_fault(self.rng)
                self.kinds[fault.kind] += 1
                self.proxy.set(fault)
                self.done.wait(self.rng.uniform(*DAEMON_FAULT_HOLD_S))
                self.proxy.pass_through()
        finally:
            self.proxy.pass_through()
            self.ended_at = time.monotonic()

    def stop(self) -> None:
        self.done.set()
        if self.is_alive():
            self.join(timeout=15)


# --- measuring the daemon ---------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """VmRSS of a process, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (proc(5): fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def last_stamp(reader: LineStamper, text: str) -> float | None:
    with reader.changed:
        return max((t for t, line in reader.lines if text in line), default=None)


def settle(reader: LineStamper, faults_ended: float, limit: float = 360.0) -> bool:
    """Wait until the daemon surely saw everything: connected since its last loss, and a
    full pass made after the faults ended (on reconnect, or the next poll)."""
    poll, timeout = ACCOUNT["poll_interval_seconds"], ACCOUNT["timeout_seconds"]
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        lost = last_stamp(reader, "watch.connection_lost")
        connected = last_stamp(reader, "watch.connected")
        if connected is not None and (lost is None or connected > lost):
            ready = connected if connected > faults_ended else faults_ended + poll + timeout
            if time.monotonic() > ready + 5:
                return True
        time.sleep(0.5)
    return False


# --- outcomes -----------------------------------------------------------------------------------


def drafts(server: DovecotServer, user: MailUser) -> list[tuple[str, str]]:
    """(X-Followupd-Action, Message-ID) of every message in Drafts, read with doveadm."""
    out = server.doveadm(
        "-f", "json", "fetch", "-u", user.username,
        "hdr.message-id hdr.x-followupd-action", "mailbox", "Drafts", "all",
    ).stdout  # fmt: skip
    rows: list[dict[str, str]] = json.loads(out) if out.strip() else []
    return [(r["hdr.x-followupd-action"].strip(), r["hdr.message-id"].strip()) for r in rows]


def seen(config: Path) -> tuple[int, int]:
    """Messages the account's sync marks cover (UIDs are 1..n: nothing is ever expunged from
    INBOX or Sent here), and how many it kept (stored or quarantined); no process may hold it.
    """
    loaded = load_config(config, os.environ)
    account = loaded.accounts[0].name
    with Store.open(loaded.storage.state_dir) as store:
        marks = (store.folder_state(account, folder) for folder in (INBOX, SENT))
        covered = sum(mark.highest_uid for mark in marks if mark is not None)
        return covered, store.message_count() + len(store.quarantined())


def replay(server: DovecotServer, user: MailUser, config_path: Path, steps: Sequence[Step]) -> None:
    """The reference: the same steps without faults, each pass what `run --once` does."""
    config = load_config(config_path, os.environ)
    templates = load_templates(config.templates)
    for step in steps:
        deliver(server, [user], step.mail)
        with Store.open(config.storage.state_dir) as store:
            result = run_all_once(config, store, now=step.when, env=os.environ, templates=templates)
        if result.failures:
            raise RuntimeError(f"the clean replay failed at {step.when}: {result.failures}")


@dataclass
class Outcome:
    """Everything the soak measured."""

    minutes: float
    runner: OnceRunner
    faults: Counter[str]
    steps: list[Step] = field(default_factory=list)
    appended: int = 0
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)
    drafts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    reconnects: int = 0
    rss: tuple[float, float] = (0.0, 0.0)
    idle_cpu: float = 0.0
    idle_s: float = 0.0
    settled: bool = False

    def checks(self) -> list[tuple[str, bool]]:
        """Each check's text and whether it passed."""
        made, expected = set(self.drafts["A"]), set(self.drafts["C"])
        growth = self.rss[1] / self.rss[0] - 1
        dupes = {k: len(v) - len(set(v)) for k, v in self.drafts.items()}
        out = [
            (
                f"{name} saw every message: {self.seen[name][0]}/{self.appended}",
                self.seen[name][0] == self.appended,
            )
            for name in "AB"
        ]
        return [*out,
            (f"A drafts = clean replay: {len(made)}/{len(expected)} expected, "
             f"{len(expected - made)} missing, {len(made - expected)} unexpected",
             made == expected),
            (f"no duplicate draft: A {dupes['A']}, B {dupes['B']}, C {dupes['C']}",
             not any(dupes.values())),
            (f"every step done: {self.runner.lost_steps} lost", self.runner.lost_steps == 0),
            ("daemon caught up after the faults", self.settled),
            (f"RSS growth {growth:+.1%} < {RSS_GROWTH_LIMIT:.0%}", growth < RSS_GROWTH_LIMIT),
        ]  # fmt: skip


def run_stream(
    server: DovecotServer,
    users: Sequence[MailUser],
    stream: Stream,
    runner: OnceRunner,
    minutes: float,
) -> list[Step]:
    """Move the fake clock for `minutes` of real time: deliver what arrived, then a pass."""
    done: list[Step] = []
    began = time.monotonic()
    while (elapsed := time.monotonic() - began) < minutes * 60:
        step = stream.step(elapsed)
        deliver(server, users, step.mail)
        runner.step(step.when)
        done.append(step)
        if len(done) % 25 == 0:
            print(f"  {step.when:%Y-%m-%d %H:%M} simulated, {len(done)} steps", flush=True)
        time.sleep(STEP_PAUSE_S)
    return done


def soak(minutes: float, idle_s: float, tmp: Path) -> Outcome:
    """Run the soak; the daemon, the children, the proxies and Dovecot end with it."""
    stream = Stream(datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0), minutes)
    home = tmp / "home"
    home.mkdir()
    with (
        DovecotServer() as server,
        FaultProxy(server.host, server.imaps_port) as proxy_a,
        FaultProxy(server.host, server.imaps_port) as proxy_b,
    ):
        users = {name: server.add_user() for name in "ABC"}
        via = {"A": proxy_a.port, "B": proxy_b.port, "C": server.imaps_port}
        configs = {
            name: write_config(tmp / name, server, user, account={**ACCOUNT, "port": via[name]})
            for name, user in users.items()
        }
        deliver(server, list(users.values()), stream.history)
        runner = OnceRunner(configs["A"], home, proxy_a, random.Random(SEED))  # noqa: S311
        faults = DaemonFaults(proxy_b, server, users["B"])
        out = Outcome(minutes, runner, faults.kinds)
        with running_daemon(configs["B"], home) as daemon:
            assert daemon.stderr is not None
            reader = LineStamper(daemon.stderr)
            reader.start()
            if not reader.wait_for("run.ready", READY_S):
                raise RuntimeError("the daemon did not become ready")
            rss_start = rss_mb(daemon.pid)
            print(f"daemon ready, RSS {rss_start:.1f} MB; soaking {minutes:g} min", flush=True)
            faults.start()
            try:
                out.steps = run_stream(server, [users["A"], users["B"]], stream, runner, minutes)
            finally:
                faults.stop()
                proxy_a.pass_through()
            if daemon.poll() is not None:
                tail = "\n".join(line for _, line in reader.lines[-20:])
                raise RuntimeError(f"the daemon exited {daemon.returncode}:\n{tail}")
            print("stream done; waiting for the daemon to catch up", flush=True)
            out.settled = settle(reader, faults.ended_at)
            cpu_before = cpu_seconds(daemon.pid)
            time.sleep(idle_s)
            out.idle_cpu, out.idle_s = cpu_seconds(daemon.pid) - cpu_before, idle_s
            out.rss = (rss_start, rss_mb(daemon.pid))
        out.reconnects = sum(1 for _, line in reader.lines if "watch.connection_lost" in line)
        print(f"replaying {len(out.steps)} steps without faults", flush=True)
        replay(server, users["C"], configs["C"], out.steps)
        out.appended = len(stream.history) + sum(len(s.mail) for s in out.steps)
        out.seen = {name: seen(configs[name]) for name in "AB"}
        out.drafts = {name: drafts(server, user) for name, user in users.items()}
        return out


def report(out: Outcome) -> bool:
    """Print what the soak measured; True when every check passed."""
    run, steps = out.runner, out.steps
    first, last = steps[0].when, steps[-1].when
    days = (last - first).total_seconds() / 86400
    print(f"\nsoak {out.minutes:g} min: {len(steps)} fake-clock steps over {days:.1f} simulated "
          f"days ({first:%Y-%m-%d %H:%M} .. {last:%Y-%m-%d %H:%M}), one day per "
          f"{DAY_REAL_S:g} s, a step every {out.minutes * 60 / len(steps):.1f} s")  # fmt: skip
    print(f"mail appended: {out.appended} (history and stream, INBOX and Sent); kept after "
          f"triage: A {out.seen['A'][1]}, B {out.seen['B'][1]}")  # fmt: skip
    print(f"A fake clock: {run.tries} passes, {run.faulted} under the random mix, "
          f"{run.failed} failed, {run.killed} killed after {TRY_LIMIT_S:g} s")  # fmt: skip
    print(f"  drafts {len(out.drafts['A'])}, clean replay {len(out.drafts['C'])}")
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(out.faults.items()))
    print(f"B daemon: faults {sum(out.faults.values())} ({kinds}), reconnects {out.reconnects}, "
          f"drafts {len(out.drafts['B'])}")  # fmt: skip
    print(f"  RSS {out.rss[0]:.1f} MB after the first sync, {out.rss[1]:.1f} MB at the end")
    print(f"  CPU while idle: {out.idle_cpu:.2f} s over {out.idle_s:g} s")
    ok = True
    for text, passed in out.checks():
        ok &= passed
        print(f"{'PASS' if passed else 'MISS'}  {text}")
    if run.last_error and run.lost_steps:
        print(f"last failure of a pass:\n{run.last_error}")
    return ok


def _stop_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # runs the finally blocks: everything is stopped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the stream")
    parser.add_argument("--quick", action="store_true", help="a 1-minute stream")
    parser.add_argument("--idle-seconds", type=float, default=60.0, help="idle CPU window")
    parser.add_argument("--check", action="store_true", help="exit 1 when a check fails")
    args = parser.parse_args(argv)
    minutes = 1.0 if args.quick else max(0.1, args.minutes)
    logging.basicConfig(level=logging.ERROR)  # the replay's pass logs are not news here
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        with tempfile.TemporaryDirectory(prefix="fud-soak-") as tmp:
            out = soak(minutes, max(1.0, args.idle_seconds), Path(tmp))
    except KeyboardInterrupt:
        print("interrupted: the daemon, the proxies and Dovecot are stopped", file=sys.stderr)
        return 130
    ok = report(out)
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
