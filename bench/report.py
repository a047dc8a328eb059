"""The benchmark report: sync, classify, quality and latency in one run, as REPORT.md + plots.

Runs, on this machine, in this order:
  sync      bench/sync.py's measurements per mailbox size (1k, 10k, 50k; --quick: 1k, 10k)
  latency   bench/latency.py: new message -> action planned through IDLE (50 messages)
  classify  bench/classify.py (a child process; its printed rates are read back)
  quality   bench/quality.py (a child process; its printed scores are read back)
and writes bench/REPORT.md with PNG plots in bench/plots/ (matplotlib, Agg backend).
Ratios against the baseline measured in the same run are the headline numbers; absolute
times are labelled with the machine they came from. Exit 0 (a report) unless --check is
given and a target is missed.

Usage: python bench/report.py [--quick] [--sizes 1000,10000,50000] [--repeat 3] [--check]
"""

from __future__ import annotations

import argparse
import logging
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "daemon"))
sys.path.insert(0, str(BENCH))

import matplotlib  # noqa: E402

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator  # noqa: E402

import latency  # noqa: E402
import sync  # noqa: E402
from followupd.testing import DovecotServer  # noqa: E402

PLOTS = BENCH / "plots"
REPORT = BENCH / "REPORT.md"
CLASSIFY_TARGET = 500.0  # messages/s, parse + understand (bench/classify.py)
_NUMBER_LINE = re.compile(r"^([^:]+):\s+([\d.]+)")


def this_machine() -> str:
    """CPU model and count, Python, imapclient and Dovecot versions (sync.py's line), platform."""
    return f"{sync.machine()}, {platform.platform()}"


# --- the benchmarks that run as child processes --------------------------------------------


def run_script(name: str) -> str:
    """Run bench/NAME with this interpreter; its standard output (it must succeed)."""
    done = subprocess.run(
        [sys.executable, str(BENCH / name)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


def numbers(text: str) -> dict[str, float]:
    """'label: 123 ...' lines as {label: 123.0} (the scripts' own wording is the key)."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        match = _NUMBER_LINE.match(line.strip())
        if match:
            found[match.group(1).strip()] = float(match.group(2))
    return found


# --- plots ---------------------------------------------------------------------------------


def _save(fig: Figure, name: str) -> str:
    PLOTS.mkdir(exist_ok=True)
    fig.tight_layout()
    fig.savefig(PLOTS / name, dpi=90)
    plt.close(fig)
    return f"plots/{name}"


def _size_axis(ax: Axes, sizes: Sequence[int]) -> None:
    """A log x axis labelled with exactly the measured mailbox sizes."""
    ax.set_xscale("log")
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticks(sizes, [f"{s:,}" for s in sizes])
    ax.set_xlim(min(sizes) / 1.6, max(sizes) * 1.6)
    ax.set_xlabel("messages in the mailbox")


def plot_sync(rows: Sequence[sync.Row], where: str) -> str:
    """First-sync seconds vs mailbox size: raw imapclient, followupd in-process, the CLI."""
    sizes = [r.size for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    series = (
        ("raw imapclient baseline", [r.baseline_s for r in rows], "o-", "tab:gray"),
        ("followupd first sync", [r.followupd_s for r in rows], "s-", "tab:blue"),
        ("followupd sync --once (CLI)", [r.cli_s for r in rows], "^--", "tab:orange"),
    )
    for label, values, style, color in series:
        ax.plot(sizes, values, style, label=label, color=color)
    for r in rows:
        ax.annotate(
            f"{r.ratio:.2f}x",
            (r.size, r.followupd_s),
            textcoords="offset points",
            xytext=(6, -12),
            fontsize=8,
            color="tab:blue",
        )
    ax.set_yscale("log")
    ax.margins(y=0.12)  # room for the ratio labels under the lowest point
    _size_axis(ax, sizes)
    ax.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.set_ylabel("seconds (log)")
    ax.set_title("First sync vs mailbox size (label: ratio to baseline)", fontsize=10)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.text(0.01, 0.01, where, fontsize=6, color="dimgray")
    return _save(fig, "sync_time.png")


def plot_latency(result: latency.LatencyResult, where: str) -> str:
    """Histograms of both latency distributions, medians and the target marked."""
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    every = result.baseline_ms + result.followupd_ms
    low, high = min(every), max(*every, latency.TARGET_MEDIAN_MS)
    bins = [low + (high - low) * i / 30 for i in range(31)]
    for label, values, color in (
        ("raw IDLE client (EXISTS)", result.baseline_ms, "tab:gray"),
        ("followupd (action planned)", result.followupd_ms, "tab:blue"),
    ):
        median = statistics.median(values)
        ax.hist(values, bins=bins, alpha=0.6, color=color, label=f"{label}, median {median:.0f}")
        ax.axvline(median, color=color, linestyle="--", linewidth=1)
    ax.axvline(latency.TARGET_MEDIAN_MS, color="tab:red", linewidth=1, label="target median")
    ax.set_xlabel("ms from delivery to the event")
    ax.set_ylabel("messages")
    n = len(result.followupd_ms)
    ax.set_title(f"New message -> action through IDLE ({n} messages)", fontsize=10)
    ax.legend(fontsize=8)
    fig.text(0.01, 0.01, where, fontsize=6, color="dimgray")
    return _save(fig, "latency.png")


def plot_rss(rows: Sequence[sync.Row], where: str) -> str:
    """Peak RSS of `followupd sync --once` vs mailbox size, with the 50k target."""
    sizes = [r.size for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    ax.plot(sizes, [r.rss_mb for r in rows], "s-", color="tab:blue", label="peak RSS, CLI child")
    ax.axhline(sync.RSS_TARGET_MB, color="tab:red", linewidth=1, label="target at 50,000")
    for r in rows:
        ax.annotate(
            f"{r.rss_mb:.0f} MB", (r.size, r.rss_mb), textcoords="offset points", xytext=(4, 6)
        )
    _size_axis(ax, sizes)
    ax.set_ylim(0, max(sync.RSS_TARGET_MB, *(r.rss_mb for r in rows)) * 1.15)
    ax.set_ylabel("MB")
    ax.set_title("Memory of a first sync vs mailbox size", fontsize=10)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.text(0.01, 0.01, where, fontsize=6, color="dimgray")
    return _save(fig, "rss.png")


# --- REPORT.md -----------------------------------------------------------------------------


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


@dataclass
class Results:
    """Everything one report run measured."""

    machine: str
    rows: list[sync.Row]
    lat: latency.LatencyResult
    classify_out: str
    quality_out: str
    repeat: int


def markdown(res: Results, plots: Sequence[str]) -> tuple[str, bool]:
    """The report's text, and whether every target passed."""
    machine, rows, lat, repeat = res.machine, res.rows, res.lat, res.repeat
    classify_out, quality_out = res.classify_out, res.quality_out
    rates = numbers(classify_out)
    scores = numbers(quality_out)
    ours = rates.get("followupd parse + understand", 0.0)
    base = rates.get("baseline mail-parser parse only", 0.0)
    ok = lat.passed and ours >= CLASSIFY_TARGET
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# followupd benchmark report",
        "",
        f"Generated by `python3 bench/report.py` on {when}.",
        "",
        f"**Machine:** {machine}.",
        "Absolute times belong to this machine; the ratios against a baseline measured in the",
        "same run on the same data are what travel to other machines.",
        "",
        "## Headline: ratios against the baseline",
        "",
        "| benchmark | baseline | followupd / baseline | target | verdict |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        good = r.ratio <= sync.RATIO_TARGET
        ok &= all(passed for _, passed in sync.verdicts(r))
        out.append(
            f"| first sync, {r.size:,} messages | raw imapclient, {r.baseline_s:.2f} s "
            f"| **{r.ratio:.2f}x** ({r.followupd_s:.2f} s) | <= {sync.RATIO_TARGET} "
            f"| {_mark(good)} |"
        )
    out += [
        f"| new message -> action planned (median) | raw IDLE client sees EXISTS, "
        f"{lat.baseline_median:.0f} ms | **{lat.ratio:.2f}x** ({lat.median:.0f} ms) "
        f"| median < {latency.TARGET_MEDIAN_MS:.0f} ms | {_mark(lat.passed)} |",
        f"| parse + understand | mail-parser parse only, {base:.0f} msg/s "
        f"| **{ours / base if base else 0:.2f}x** throughput ({ours:.0f} msg/s) "
        f"| >= {CLASSIFY_TARGET:.0f} msg/s | {_mark(ours >= CLASSIFY_TARGET)} |",
        "",
        "Classifier quality on mail it never saw: cross-validated macro-F1 "
        f"**{scores.get('cross-validated macro-F1', 0):.3f}** (target >= 0.95), real mail "
        f"{scores.get('real-mail macro-F1', 0):.3f}; on tests/corpus (in training) "
        f"{scores.get('macro-F1', 0):.3f}, rejection precision "
        f"{scores.get('rejection precision', 0):.3f} (target >= 0.99).",
        "",
        "## First sync and memory",
        "",
        f"Best of {repeat} runs per size, interleaved; no-change passes: median of "
        f"{sync.NOCHANGE_RUNS} (see the Sync benchmark section of `bench/README.md`).",
        "",
        "| messages | inbox/sent | baseline s | followupd s | ratio | CLI s | no-change ms "
        "| poll ms | peak RSS MB | bodies/total |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r.size:,} | {r.inbox:,}/{r.sent:,} | {r.baseline_s:.2f} | {r.followupd_s:.2f} "
            f"| {r.ratio:.2f} | {r.cli_s:.2f} | {r.nochange_ms:.1f} | {r.poll_ms:.1f} "
            f"| {r.rss_mb:.0f} | {r.bodies:,}/{r.inbox + r.sent:,} |"
        )
    out += ["", "Targets:"]
    out += [
        f"- {_mark(p)} {r.size:,} messages: {text}" for r in rows for text, p in sync.verdicts(r)
    ]
    out += ["", f"![first sync]({plots[0]})", "", f"![peak RSS]({plots[2]})", ""]
    out += [
        "## New-message-to-action latency through IDLE",
        "",
        f"{len(lat.followupd_ms)} interview invitations delivered one at a time ({lat.lost} lost),",
        "each measured from the delivery's return to the daemon's `plan.action_added` line for",
        "its thread, and to the raw IDLE client's EXISTS for the same message (Dovecot holds a",
        "push ~500 ms, the floor for both).",
        "",
        "| client | median ms | p95 ms | min ms | max ms |",
        "|---|---|---|---|---|",
    ]
    for name, values in (
        ("raw IDLE client", lat.baseline_ms),
        ("followupd daemon", lat.followupd_ms),
    ):
        out.append(
            f"| {name} | {statistics.median(values):.0f} | {latency.percentile(values, 95):.0f} "
            f"| {min(values):.0f} | {max(values):.0f} |"
        )
    out += ["", f"![latency]({plots[1]})", ""]
    out += ["## Classify speed (`bench/classify.py`)", "", "```", classify_out.strip(), "```", ""]
    out += ["## Classifier quality (`bench/quality.py`)", "", "```", quality_out.strip(), "```"]
    out += ["", f"Overall: {'every target met' if ok else 'at least one target missed'}.", ""]
    return "\n".join(out), ok


def _stop_on_sigterm(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # runs the finally blocks: server and children stopped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated sizes")
    parser.add_argument("--quick", action="store_true", help="sizes 1000 and 10000 only")
    parser.add_argument("--repeat", type=int, default=3, help="timed sync runs per size")
    parser.add_argument("--messages", type=int, default=latency.COUNT, help="latency messages")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    sizes = [1000, 10000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = max(1, args.repeat)
    logging.basicConfig(level=logging.ERROR)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    machine = this_machine()
    print(f"machine: {machine}", flush=True)
    with tempfile.TemporaryDirectory(prefix="fud-report-") as tmp, DovecotServer() as server:
        print(f"sync benchmark, sizes {sizes}", flush=True)
        rows = [sync.measure_size(server, size, repeat, Path(tmp)) for size in sizes]
        sync.report(rows, repeat)
        print(f"\nlatency benchmark, {args.messages} messages", flush=True)
        lat = latency.measure(server, Path(tmp), max(1, args.messages))
        latency.report(lat)
    print("\nclassify and quality benchmarks", flush=True)
    classify_out = run_script("classify.py")
    quality_out = run_script("quality.py")
    where = machine.split(", imapclient")[0]
    plots = [plot_sync(rows, where), plot_latency(lat, where), plot_rss(rows, where)]
    results = Results(machine, rows, lat, classify_out, quality_out, repeat)
    text, ok = markdown(results, plots)
    REPORT.write_text(text, encoding="utf-8")
    print(f"\nwrote {REPORT.relative_to(BENCH.parent)} and {len(plots)} plots in bench/plots/")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
