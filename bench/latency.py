"""New-message-to-action latency through IDLE: followupd's daemon against a raw IDLE client.

A private Dovecot (127.0.0.1 only) gets one mail user. Two clients watch its INBOX at once:
  followupd  `python -m followupd -v run` as a child process (the real daemon: IDLE, sync,
             classify, plan); its stderr is read line by line in a thread that stamps each
             line with time.monotonic() as it arrives
  baseline   plain imapclient in IDLE on the same INBOX, stamping each `* N EXISTS`
Then COUNT interview invitations (each from another company: a new thread, whose reply is
planned at once) are delivered one at a time. For each, latency is measured from the
return of the delivery to (followupd) the `plan.action_added` line for that thread and
(baseline) the EXISTS for it. Dovecot holds a push ~500 ms, so the floor is the same for
both; the target is a followupd median under 700 ms. Exit 0 (a report) unless --check is
given and the target is missed.

Usage: python bench/latency.py [--count 50] [--check]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import math
import os
import re
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

import imapclient  # noqa: E402

from followupd.testing import DovecotServer, MailUser  # noqa: E402
from followupd.testing.accounts import write_config  # noqa: E402

COUNT = 50
TARGET_MEDIAN_MS = 700.0
WAIT_S = 15.0  # longest wait for one message's action before it counts as lost
GAP_S = 0.8  # pause after an action, so the daemon is back in IDLE before the next message
READY_S = 60.0
_ACTION = re.compile(r"plan\.action_added key=\S+ kind=\S+ application=([0-9a-f]+)")
# fmt: off
_ORGS = (
    "Alder", "Basalt", "Cedar", "Delta", "Ember", "Fjord", "Garnet", "Harbor", "Iris", "Juniper",
    "Kestrel", "Larch", "Meridian", "Nimbus", "Onyx", "Prism", "Quartz", "Rowan", "Sable", "Tundra",
    "Umber", "Vale", "Willow", "Xenon", "Yarrow", "Zephyr",
)
_TRADES = ("Analytics", "Robotics", "Health", "Labs", "Systems")
_ROLES = (
    "Data Engineer", "Backend Engineer", "Platform Engineer", "Product Analyst", "SRE",
    "ML Engineer", "QA Lead", "Frontend Developer", "Solutions Architect", "Engineering Manager",
)
# fmt: on


@dataclass
class LatencyResult:
    """Per-message latencies (ms) of followupd and of the raw IDLE client, same messages."""

    followupd_ms: list[float]
    baseline_ms: list[float]
    lost: int  # messages whose action never showed up within WAIT_S

    @property
    def median(self) -> float:
        return statistics.median(self.followupd_ms)

    @property
    def p95(self) -> float:
        return percentile(self.followupd_ms, 95)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline_ms)

    @property
    def baseline_p95(self) -> float:
        return percentile(self.baseline_ms, 95)

    @property
    def ratio(self) -> float:
        return self.median / self.baseline_median

    @property
    def passed(self) -> bool:
        return self.lost == 0 and self.median < TARGET_MEDIAN_MS


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: with 50 samples p95 is the 48th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def invitation(index: int, now: datetime) -> tuple[bytes, str]:
    """An interview invitation starting a new application, and the id followupd gives it."""
    org = f"{_ORGS[index % len(_ORGS)]} {_TRADES[index // len(_ORGS) % len(_TRADES)]}"
    domain = org.lower().replace(" ", "-") + ".example"
    role = _ROLES[index % len(_ROLES)]
    message_id = f"<lat-{index:03d}-{os.getpid()}@{domain}>"
    msg = EmailMessage()
    msg["From"] = f"Jordan Blake <jordan.blake@{domain}>"
    msg["To"] = "Alex Morgan <alex.morgan@mail.example>"
    msg["Subject"] = f"Interview invitation: {role} at {org}"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg.set_content(
        f"Hi Alex,\n\nThank you for applying for the {role} role at {org}. We liked your "
        "background and would like to invite you to a first interview with our team. Could "
        "you share a few times that suit you next week?\n\nKind regards,\nJordan Blake\n"
        f"Talent Partner, {org}\n"
    )
    # An application's id is the hash of its first message's key, here its Message-ID
    # (core.plan.applications).
    return msg.as_bytes(), hashlib.sha256(message_id.encode()).hexdigest()[:16]


class LineStamper(threading.Thread):
    """Reads a child's stderr, keeping each line with the monotonic time it was read."""

    def __init__(self, stream: Iterator[str]) -> None:
        super().__init__(name="stderr-reader", daemon=True)
        self.stream = stream
        self.lines: list[tuple[float, str]] = []
        self.actions: dict[str, float] = {}  # application id -> first plan.action_added
        self.changed = threading.Condition()

    def run(self) -> None:
        for line in self.stream:
            stamp = time.monotonic()
            with self.changed:
                self.lines.append((stamp, line.rstrip("\n")))
                match = _ACTION.search(line)
                if match:
                    self.actions.setdefault(match.group(1), stamp)
                self.changed.notify_all()

    def wait_for(self, text: str, timeout: float) -> bool:
        """True once a line containing `text` was read, False after `timeout` seconds."""
        with self.changed:
            return self.changed.wait_for(lambda: any(text in ln for _, ln in self.lines), timeout)

    def action_time(self, thread_id: str, timeout: float) -> float | None:
        """When the action for `thread_id` was logged, waiting up to `timeout` seconds."""
        with self.changed:
            self.changed.wait_for(lambda: thread_id in self.actions, timeout)
            return self.actions.get(thread_id)


class RawIdle(threading.Thread):
    """The baseline: imapclient in IDLE on INBOX, stamping each EXISTS count it is told."""

    def __init__(self, server: DovecotServer, user: MailUser) -> None:
        super().__init__(name="raw-idle", daemon=True)
        context = ssl.create_default_context(cafile=str(server.ca_file))
        self.client = imapclient.IMAPClient(
            server.host, port=server.imaps_port, ssl_context=context
        )
        self.client.login(user.username, user.password)
        self.client.select_folder("INBOX", readonly=True)
        self.exists: dict[int, float] = {}
        self.stop = threading.Event()
        self.changed = threading.Condition()

    def run(self) -> None:
        self.client.idle()
        while not self.stop.is_set():
            responses = self.client.idle_check(timeout=0.2)
            stamp = time.monotonic()
            with self.changed:
                for response in responses:
                    if len(response) >= 2 and response[1] == b"EXISTS":
                        self.exists.setdefault(int(response[0]), stamp)
                self.changed.notify_all()
        with contextlib.suppress(Exception):
            self.client.idle_done()
            self.client.logout()

    def exists_time(self, count: int, timeout: float) -> float | None:
        """When the server said `count` messages exist, waiting up to `timeout` seconds."""
        with self.changed:
            self.changed.wait_for(lambda: count in self.exists, timeout)
            return self.exists.get(count)


def child_env(home: Path) -> dict[str, str]:
    """A clean environment for followupd: the package importable, log lines with asctime."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT / "daemon"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
    }


@contextlib.contextmanager
def running_daemon(config: Path, home: Path) -> Iterator[subprocess.Popen[str]]:
    """`followupd -v run` in the background; SIGTERM (then SIGKILL) on leaving the block."""
    argv = [sys.executable, "-m", "followupd", "-v", "run", "--config", str(config)]
    proc = subprocess.Popen(
        argv,
        env=child_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        stop_child(proc)


def stop_child(proc: subprocess.Popen[str], grace: float = 20.0) -> None:
    """SIGTERM a child and wait; SIGKILL it if it is still there after `grace` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def measure(server: DovecotServer, scratch: Path, count: int = COUNT) -> LatencyResult:
    """Deliver `count` invitations one at a time to a fresh user; both latencies for each."""
    user = server.add_user()
    config = write_config(scratch / "latency", server, user)
    home = scratch / "latency-home"
    home.mkdir(parents=True, exist_ok=True)
    ours: list[float] = []
    base: list[float] = []
    lost = 0
    with running_daemon(config, home) as proc:
        assert proc.stderr is not None
        reader = LineStamper(proc.stderr)
        reader.start()
        if not reader.wait_for("run.ready", READY_S):
            tail = "\n".join(ln for _, ln in reader.lines[-20:])
            raise RuntimeError(f"followupd did not become ready:\n{tail}")
        raw = RawIdle(server, user)
        raw.start()
        time.sleep(GAP_S)  # both clients in IDLE before the first message
        try:
            for index in range(count):
                data, thread_id = invitation(index, datetime.now(UTC))
                server.deliver(user, "INBOX", data)
                sent = time.monotonic()
                seen = raw.exists_time(index + 1, WAIT_S)
                acted = reader.action_time(thread_id, WAIT_S)
                if seen is None or acted is None:
                    lost += 1
                    continue
                base.append((seen - sent) * 1000)
                ours.append((acted - sent) * 1000)
                time.sleep(GAP_S)
        finally:
            raw.stop.set()
            raw.join(timeout=5)
    if not ours:
        raise RuntimeError("no action was ever planned: is the invitation still classified?")
    return LatencyResult(ours, base, lost)


def report(result: LatencyResult) -> bool:
    """Print the latency table; True when the target is met."""
    n = len(result.followupd_ms)
    print(f"\nnew message -> action planned, {n} messages ({result.lost} lost), ms")
    print(f"{'':<26}{'median':>8}{'p95':>8}{'min':>8}{'max':>8}")
    for name, values in (
        ("baseline (raw IDLE)", result.baseline_ms),
        ("followupd (daemon)", result.followupd_ms),
    ):
        print(
            f"{name:<26}{statistics.median(values):>8.0f}{percentile(values, 95):>8.0f}"
            f"{min(values):>8.0f}{max(values):>8.0f}"
        )
    print(f"ratio of medians followupd / baseline: {result.ratio:.2f}")
    verdict = "PASS" if result.passed else "MISS"
    print(f"{verdict}  median {result.median:.0f} ms < {TARGET_MEDIAN_MS:.0f} ms, none lost")
    return result.passed


def _stop_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # runs the finally blocks: children and server stopped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=COUNT, help="messages to deliver")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    with tempfile.TemporaryDirectory(prefix="fud-lat-") as tmp, DovecotServer() as server:
        print(f"Dovecot on {server.host}:{server.imaps_port}; {args.count} messages", flush=True)
        result = measure(server, Path(tmp), max(1, args.count))
    ok = report(result)
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
