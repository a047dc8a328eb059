"""`followupd drafts`: the drafts followupd made, where they are, and what became of them."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime

from followupd.adapters.store_actions import ActionRecord, ActionStatus
from followupd.cli.common import add_config_option, config_from_args, no_state
from followupd.facade import Found, Look


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `drafts`."""
    parser = sub.add_parser(
        "drafts",
        help="list the drafts followupd made and whether you kept, edited, sent or deleted them",
        description="List every draft followupd made (from its ledger): folder, UID, and what "
        "became of it, looked up by Message-ID in Drafts and Sent (read-only: nothing is "
        "marked read or changed). Without the server, what the ledger knows.",
    )
    add_config_option(parser)
    parser.add_argument(
        "--offline", action="store_true", help="do not ask the server; list the ledger only"
    )
    parser.set_defaults(func=run, now=None)


def _now_is(record: ActionRecord, found: Found | None, asked: bool) -> str:
    """What became of the draft, and where it is now when that is not where we put it."""
    ledger = "" if record.status is ActionStatus.DONE else f" (ledger: {record.status})"
    if found is None:
        return ("unknown" if asked else "not asked") + ledger
    moved = found.folder is not None and (found.folder, found.uid) != (
        record.draft_folder,
        record.draft_uid,
    )
    where = f" ({found.folder} UID {found.uid})" if moved else ""
    return f"{found.fate}{where}{ledger}"


def run(args: argparse.Namespace) -> int:
    """Print one line per draft; a server that cannot be reached is named, not fatal."""
    config = config_from_args(args, beside=True)
    zone = config.schedule.zone
    with Look.open(config) as look:
        if not look.found:
            print(no_state(config.storage.state_dir))
            return 0
        report = look.drafts(datetime.now(UTC), os.environ, online=not args.offline)
    if not report.drafts:
        print("followupd has made no drafts yet")
        return 0
    print(f"{'MADE':<16} {'KIND':<18} {'COMPANY':<22} {'FOLDER':<10} {'UID':>5}  NOW")
    for record, found in report.drafts:
        made = (record.drafted_at or record.updated_at).astimezone(zone)
        uid = str(record.draft_uid) if record.draft_uid is not None else "-"
        company = report.companies.get(record.key, "?")
        folder = (record.draft_folder or "-")[:10]
        fate = _now_is(record, found, not args.offline)
        print(
            f"{made:%Y-%m-%d %H:%M} {record.kind:<18} {company[:22]:<22} "
            f"{folder:<10} {uid:>5}  {fate}"
        )
    for account, reason in sorted(report.unreachable.items()):
        print(f"{account}: the server could not be asked ({reason}); listed from the ledger only")
    return 0
