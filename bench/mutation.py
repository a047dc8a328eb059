"""Mutation testing of the decisions: mutmut over core/, drafting.py and sync.py.

Each mutant is one small change to the package (a comparison turned round, a constant
changed, an argument dropped); the tests that run the changed function are run against it.
A mutant the tests still pass ("survived") is a behaviour no test pins, or an equivalent
change nobody could observe.

Two passes, each a mutmut run on its own copy under bench/out/mutation/PASS/, laid out as
mutmut expects (src/followupd, tests/, config.example.toml, and pyproject.toml, whose
`[tool.mutmut]` table says what is mutated and which tests run):
  unit         core/ against the fast unit tests
  integration  drafting.py and sync.py, which no unit test runs, against the integration
               tests that drive them in this process (a private Dovecot per test run;
               about 12 s a mutant). Skipped with --no-integration or without Dovecot.

A full run is slow (mutmut runs each mutant's tests in a forked pytest: about 2 s a mutant
for core on two cores, and there are about 9,600), so --sample N draws N mutants per
module with a fixed seed, and the figures printed are those of the sample. --max-seconds
stops the run cleanly when its time is up; mutants not reached are counted as not run.
Every run starts from a fresh copy of the working tree.

Usage:
  python bench/mutation.py                                  # every mutant (hours)
  python bench/mutation.py --sample 40 --max-seconds 3600   # 40 per module, at most 1 h
  python bench/mutation.py --paths core/plan core/senders.py --sample 40
  python bench/mutation.py --report                         # the last run's summary again

Needs mutmut: pip install -e '.[test,mutation]'.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "daemon" / "followupd"
WORK = ROOT / "bench" / "out" / "mutation"
SEED = 20260310
SEP = "ǁ"  # mutmut's separator in a method's mangled name: xǁClassǁmethod
NO_MATCH = "no.such.module.x_none__mutmut_0"  # a filter nothing matches: generate only
# Statuses as `mutmut results` writes them, in the order the summary shows them.
SHOWN = ("killed", "survived", "timeout", "no tests", "suspicious", "segfault")
# Modules no unit test reaches, and the integration tests that run them in-process (the
# others start the daemon as a child process, which runs the unmutated package).
INTEGRATION_MODULES = ("src/followupd/drafting.py", "src/followupd/sync.py")
INTEGRATION_TESTS = [
    "tests/integration/test_sync.py",
    "tests/integration/test_hostile_sync.py",
    "tests/integration/test_faults.py",
    "tests/integration/test_faults_server.py",
    "tests/integration/test_watch.py",
]
PASSES = {
    "unit": "core/ against the unit tests",
    "integration": "drafting.py and sync.py against the integration tests",
}
COST = {"unit": 1.0, "integration": 6.0}  # relative seconds a mutant, to share a time budget
Func = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Mutant:
    name: str  # followupd.core.plan.planner.x_plan__mutmut_12
    module: str  # followupd.core.plan.planner
    function: str  # plan, or Class.method

    @property
    def path(self) -> str:
        return "daemon/" + self.module.replace(".", "/") + ".py"

    @property
    def number(self) -> str:
        return self.name.rpartition("__mutmut_")[2]


def parse_name(name: str) -> Mutant:
    mangled = name.partition("__mutmut_")[0]
    module, _, func = mangled.rpartition(".")
    if func.startswith("x" + SEP):
        _, cls, meth = func.split(SEP)
        function = f"{cls}.{meth}"
    else:
        function = func.removeprefix("x_")
    return Mutant(name=name, module=module, function=function)


@dataclass
class Pass:
    name: str  # unit or integration
    globs: list[str]  # mutmut's only_mutate
    tests: list[str] | None  # None: pyproject.toml's test selection

    @property
    def work(self) -> Path:
        return WORK / self.name


def mutmut_exe() -> str:
    exe = Path(sys.executable).parent / "mutmut"
    if exe.exists():
        return str(exe)
    found = shutil.which("mutmut")
    if found is None:
        sys.exit("mutmut is not installed: pip install -e '.[test,mutation]'")
    return found


def only_mutate(paths: Sequence[str]) -> list[str]:
    """mutmut's only_mutate globs for paths given relative to the package or the repository."""
    globs = []
    for given in paths:
        rel = given.strip("/")
        for prefix in ("daemon/followupd/", "followupd/"):
            rel = rel.removeprefix(prefix)
        target = PACKAGE / rel
        if target.is_dir():
            globs.append(f"src/followupd/{rel}/*")
        elif target.is_file() and target.suffix == ".py":
            globs.append(f"src/followupd/{rel}")
        else:
            sys.exit(f"--paths: {given} is neither a module nor a folder of daemon/followupd")
    return globs


def plan_passes(paths: Sequence[str], integration: bool) -> list[Pass]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = only_mutate(paths) if paths else list(project["tool"]["mutmut"]["only_mutate"])
    slow = [g for g in globs if g in INTEGRATION_MODULES] if integration else []
    if slow and shutil.which("dovecot") is None:
        print("dovecot is not installed (make deps): drafting.py and sync.py are not mutated")
        globs = [g for g in globs if g not in slow]
        slow = []
    passes = []
    if fast := [g for g in globs if g not in slow]:
        passes.append(Pass("unit", fast, None))
    if slow:
        passes.append(Pass("integration", slow, INTEGRATION_TESTS))
    return passes


def stage(p: Pass) -> None:
    """A copy of the package, the tests and the configuration, laid out for mutmut."""
    junk = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(PACKAGE, p.work / "src" / "followupd", ignore=junk)
    shutil.copytree(ROOT / "tests", p.work / "tests", ignore=junk)
    shutil.copy2(ROOT / "config.example.toml", p.work / "config.example.toml")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project["tool"]["mutmut"]["only_mutate"] = p.globs
    if p.tests is not None:
        project["tool"]["mutmut"]["pytest_add_cli_args_test_selection"] = p.tests
    (p.work / "pyproject.toml").write_text(tomli_w.dumps(project), encoding="utf-8")


def mutmut(work: Path, args: Sequence[str], log: str, max_seconds: float | None = None) -> int:
    """Run mutmut in a pass's folder; when time is up, interrupt it as Ctrl-C would, so it
    records what it has done."""
    with (work / log).open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            [mutmut_exe(), *args],
            cwd=work,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=max_seconds)
        except subprocess.TimeoutExpired:
            print(f"  time is up ({max_seconds:.0f} s): stopping mutmut", flush=True)
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    return proc.returncode


def results(work: Path) -> dict[str, str]:
    """Every generated mutant and its status, as `mutmut results --all true` lists them."""
    proc = subprocess.run(
        [mutmut_exe(), "results", "--all", "true"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    status = {}
    for line in proc.stdout.splitlines():
        name, sep, state = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            status[name] = state
    return status


def draw(names: Iterable[str], per_module: int, seed: int) -> list[str]:
    """`per_module` mutants of each module: the same ones for the same code and seed."""
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        by_module[parse_name(name).module].append(name)
    rng = random.Random(seed)  # noqa: S311 - a reproducible draw, not a secret
    chosen = []
    for module in sorted(by_module):
        pool = by_module[module]
        chosen += pool if len(pool) <= per_module else rng.sample(pool, per_module)
    return sorted(chosen)


def run(args: argparse.Namespace) -> None:
    started = time.monotonic()
    passes = plan_passes(args.paths, not args.no_integration)
    if WORK.exists():
        shutil.rmtree(WORK)
    chosen: dict[str, list[str]] = {}
    everything: dict[str, bool] = {}
    for p in passes:
        print(f"[{p.name}] staging in {p.work.relative_to(ROOT)}/; generating mutants and", end="")
        print(" mapping tests to functions (one test run)...", flush=True)
        stage(p)
        mutmut(p.work, ["run", NO_MATCH], "generate.log")
        generated = results(p.work)
        if not generated:
            sys.exit(f"mutmut generated no mutants: see {p.work / 'generate.log'}")
        chosen[p.name] = draw(generated, args.sample, args.seed) if args.sample else []
        everything[p.name] = not args.sample
        drawn = len(chosen[p.name]) or len(generated)
        print(f"  {len(generated)} mutants, {drawn} to run", flush=True)
    for i, p in enumerate(passes):
        budget = None
        if args.max_seconds:
            left = args.max_seconds - (time.monotonic() - started)
            cost = {q.name: COST[q.name] * len(chosen[q.name] or results(q.work)) for q in passes}
            share = cost[p.name] / sum(cost[q.name] for q in passes[i:])
            budget = max(60.0, left * share)
        print(f"[{p.name}] running mutants; progress in {p.work.relative_to(ROOT)}/run.log")
        children = ["--max-children", str(args.max_children)] if args.max_children else []
        code = mutmut(p.work, ["run", *children, *chosen[p.name]], "run.log", budget)
        meta = {
            "paths": args.paths or ["(pyproject.toml [tool.mutmut])"],
            "sample": args.sample,
            "seed": args.seed if args.sample else None,
            "chosen": chosen[p.name],
            "seconds": round(time.monotonic() - started),
            "mutmut_exit": code,
        }
        (p.work / "run.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")


class Sources:
    """Reads a mutant back: the source line it changes and the change, as removed and added
    lines."""

    def __init__(self) -> None:
        self._files: dict[Path, tuple[list[str], dict[str, Func]]] = {}

    def _functions(self, path: Path) -> tuple[list[str], dict[str, Func]]:
        if path not in self._files:
            text = path.read_text(encoding="utf-8")
            found: dict[str, Func] = {}
            for node in ast.parse(text).body:
                if isinstance(node, Func):
                    found[node.name] = node
                elif isinstance(node, ast.ClassDef):
                    for sub in node.body:
                        if isinstance(sub, Func):
                            found[f"{node.name}.{sub.name}"] = found[sub.name] = sub
            self._files[path] = (text.splitlines(), found)
        return self._files[path]

    def _lines(self, path: Path, name: str, call_it: str) -> tuple[int, list[str]]:
        lines, functions = self._functions(path)
        node = functions[name]
        body = lines[node.lineno - 1 : node.end_lineno or node.lineno]
        body[0] = body[0].replace(node.name, call_it, 1)
        return node.lineno, body

    def change(self, work: Path, mutant: Mutant) -> tuple[int, list[str]]:
        """The first changed line in the package's source, and the changed lines."""
        rel = Path(*mutant.module.split(".")).with_suffix(".py")
        generated = mutant.name.rpartition(".")[2]
        orig = generated.partition("__mutmut_")[0] + "__mutmut_orig"
        plain = mutant.function.rpartition(".")[2]
        try:
            _, before = self._lines(work / "mutants" / "src" / rel, orig, plain)
            _, after = self._lines(work / "mutants" / "src" / rel, generated, plain)
            first_line, _ = self._lines(work / "src" / rel, mutant.function, plain)
        except (KeyError, OSError, SyntaxError):
            return 0, ["(could not read the mutant back: mutmut show NAME in its pass's folder)"]
        first, change = 0, []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                first = first or first_line + i1
                change += ["- " + line.strip() for line in before[i1:i2]]
                change += ["+ " + line.strip() for line in after[j1:j2]]
        return first, change


def report() -> int:
    works = sorted(w for w in WORK.glob("*") if (w / "run.json").exists())
    if not works:
        sys.exit("no run to report: run bench/mutation.py first")
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[tuple[Path, Mutant]] = []
    notes, failed, heading = [], False, ""
    for work in works:
        meta = json.loads((work / "run.json").read_text(encoding="utf-8"))
        status = results(work)
        chosen = set(meta["chosen"]) or set(status)
        for name in status:
            per_module[parse_name(name).module]["generated"] += 1
        for name in sorted(chosen):
            state = status.get(name, "not checked")
            per_module[parse_name(name).module][state if state in SHOWN else "not run"] += 1
            if state == "survived":
                survivors.append((work, parse_name(name)))
        how = f"{meta['sample']} a module (seed {meta['seed']})" if meta["sample"] else "all"
        heading = f"Mutation run: mutants run: {how}; paths: {', '.join(meta['paths'])}"
        notes.append(f"  {work.name}: {PASSES.get(work.name, '')} (done {meta['seconds']} s in)")
        if meta["mutmut_exit"] not in (0, None):
            notes.append(f"  mutmut exited with {meta['mutmut_exit']}: see {work / 'run.log'}")
            failed = True
    print()
    print("\n".join([heading, *notes]))
    print()
    cols = ("generated", "run", *SHOWN, "not run")
    width = max(len(m) for m in per_module) - len("followupd.") + 2
    print("module".ljust(width) + "".join(c.rjust(11) for c in cols))
    total: Counter[str] = Counter()
    for module in sorted(per_module):
        counts = per_module[module]
        counts["run"] = sum(counts[s] for s in SHOWN)
        total.update(counts)
        label = module.removeprefix("followupd.")
        print(label.ljust(width) + "".join(str(counts[c]).rjust(11) for c in cols))
    print("total".ljust(width) + "".join(str(total[c]).rjust(11) for c in cols))
    decided = total["killed"] + total["survived"] + total["timeout"]
    if decided:
        score = (total["killed"] + total["timeout"]) / decided
        print(f"\nkilled or timed out: {score:.0%} of the {decided} mutants that ran tests")
    if survivors:
        print(f"\nSurviving mutants ({len(survivors)}): file:line  function  #mutant number")
        sources = Sources()
        rows = []
        for work, m in survivors:
            line, change = sources.change(work, m)
            rows.append((m.path, line, int(m.number), m, change))
        for path, line, _, m, change in sorted(rows, key=lambda r: r[:3]):
            print(f"{path}:{line}  {m.function}  #{m.number}")
            for text in change:
                print(f"      {text}")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--paths",
        nargs="+",
        default=[],
        help="modules or folders of the package to mutate (default: pyproject.toml's)",
    )
    parser.add_argument("--sample", type=int, default=0, help="mutants drawn a module (0: all)")
    parser.add_argument("--seed", type=int, default=SEED, help="the draw's seed")
    parser.add_argument("--max-seconds", type=float, default=0, help="stop the run after this")
    parser.add_argument("--max-children", type=int, default=0, help="mutants at once (cores)")
    parser.add_argument(
        "--no-integration", action="store_true", help="unit tests only: skip the slow pass"
    )
    parser.add_argument("--report", action="store_true", help="the last run's summary only")
    args = parser.parse_args(argv)
    if not args.report:
        run(args)
    return report()


if __name__ == "__main__":
    sys.exit(main())
