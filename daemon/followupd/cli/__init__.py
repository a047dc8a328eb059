"""The `followupd` command: parsing and dispatch; each subcommand is its own module."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence

from followupd import __version__
from followupd.errors import ConfigError, FollowupdError

log = logging.getLogger(__name__)

# What a shell reports for a process that SIGPIPE ended (128 + 13), like `yes | head -1`.
EXIT_BROKEN_PIPE = 128 + 13

# Every module named `*_cmd` in this package is a subcommand: add_parser(subparsers) registers
# it with `func` set to run(args) -> int. Adding a subcommand is adding a module.
_SUFFIX = "_cmd"


def _subcommand_modules() -> list[str]:
    """Names of the subcommand modules, sorted so that --help is stable."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith(_SUFFIX))


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, subcommands included."""
    parser = argparse.ArgumentParser(
        prog="followupd",
        description="Watches your job-search mail and drafts follow-ups; never sends on its own.",
    )
    parser.add_argument("--version", action="version", version=f"followupd {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _subcommand_modules():
        module = importlib.import_module(f"{__name__}.{name}")
        module.add_parser(sub)
    return parser


# Events a daemon reports without -v: run.ready, watch.credentials_unavailable,
# watch.recovered, draft.created... The rest of INFO (every folder synced, every action
# planned) is the reasoning -v adds.
DAEMON_EVENTS = ("run.", "watch.", "draft.", "digest.")


class _DaemonEvents(logging.Filter):
    """Lets warnings through, and INFO only for followupd's own daemon events."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        event = str(record.msg).split(" ", 1)[0]
        return record.name.startswith("followupd") and event.startswith(DAEMON_EVENTS)


def setup_logging(verbosity: int, *, daemon_events: bool = False) -> None:
    """Log to stderr; journald adds its own timestamps, so leave them out under systemd.

    With `daemon_events` (`followupd run`), the default verbosity also shows the daemon's
    own INFO events, so a draft made or an account failing reaches the journal without -v.
    """
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    fmt = "%(levelname)s %(name)s %(message)s"
    if "JOURNAL_STREAM" not in os.environ and "INVOCATION_ID" not in os.environ:
        fmt = "%(asctime)s " + fmt
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(fmt))
    if daemon_events and verbosity == 0:
        level = logging.INFO
        handler.addFilter(_DaemonEvents())
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # imapclient logs whole protocol exchanges (message bodies, and LOGIN before 3.0) at
    # DEBUG: never let -vv put someone's mail or password into a log.
    logging.getLogger("imapclient").setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run the subcommand, map our errors to exit codes."""
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose, daemon_events=getattr(args, "daemon_events", False))
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # here, where a closed pipe can still be handled, not at exit
    except BrokenPipeError:
        return _stdout_closed()
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"followupd: config: {problem}", file=sys.stderr)
        return exc.exit_code
    except FollowupdError as exc:
        print(f"followupd: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return code


def _stdout_closed() -> int:
    """The reader went away (`followupd status | head -1`): stop quietly, like a SIGPIPE."""
    # Python would try to flush stdout again at exit and print a traceback: point the
    # descriptor at /dev/null so that last flush has somewhere to go.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    log.debug("cli.stdout_closed exit=%d", EXIT_BROKEN_PIPE)
    return EXIT_BROKEN_PIPE
