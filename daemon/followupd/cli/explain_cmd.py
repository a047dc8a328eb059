"""`followupd explain THREAD`: a thread's messages, labels with evidence, state and plan."""

from __future__ import annotations

import argparse
import sys
from datetime import tzinfo

from followupd.adapters.store import Store
from followupd.cli.common import add_config_option, add_now_option, config_from_args, now_from_args
from followupd.core.plan.threads import message_key
from followupd.reports import AccountView, collect, find_threads


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `explain`."""
    parser = sub.add_parser("explain", help="why a thread is where it is, and what comes next")
    parser.add_argument("thread", metavar="THREAD", help="thread id (prefix) or words of a subject")
    add_config_option(parser)
    add_now_option(parser)
    parser.set_defaults(func=run)


def _explain(item: AccountView, store: Store, zone: tzinfo) -> None:
    view, state = item.view, item.view.state
    print(f"thread {view.thread.id} (account {item.account})")
    print(f"  company {state.company or '?'}; role {state.role or '?'}")
    print("  messages:")
    for msg in view.thread.messages:
        when = msg.date.astimezone(zone).strftime("%Y-%m-%d %H:%M") if msg.date else "?"
        who = msg.sender.email if msg.sender else "?"
        c = view.classifications.get(message_key(msg))
        label = f"{c.label} {c.confidence:.2f}" if c else ("draft" if msg.is_draft else "-")
        print(f"    {when}  {msg.role.value:<5} {who}  [{label}]  {msg.subject}")
        for line in c.evidence if c else ():
            print(f"        - {line}")
    since = f" since {state.since:%Y-%m-%d %H:%M}" if state.since else ""
    print(f"  state: {state.state}{since}")
    for line in state.evidence:
        print(f"    - {line}")
    print("  plan:")
    for action in view.plan.actions:
        due = action.due.astimezone(zone)
        print(f"    {action.kind} due {due:%a %Y-%m-%d %H:%M}: {action.reason}")
    for action in view.plan.missed:
        print(f"    missed {action.kind} (was due {action.due:%Y-%m-%d}): {action.reason}")
    for note in view.plan.notes:
        print(f"    note: {note}")
    if not (view.plan.actions or view.plan.missed or view.plan.notes):
        print("    nothing planned")
    history = store.actions(account=item.account, thread_id=view.thread.id)
    if history:
        print("  ledger:")
        for rec in history:
            why = f" ({rec.status_reason})" if rec.status_reason else ""
            print(f"    {rec.kind:<18} {rec.status:<10} due {rec.due:%Y-%m-%d %H:%M}{why}")


def run(args: argparse.Namespace) -> int:
    """Explain each matching thread; exit 1 when nothing matches."""
    config = config_from_args(args)
    now = now_from_args(args, config)
    with Store.open(config.storage.state_dir) as store:
        matches = find_threads(collect(config, store, now, save=True), args.thread)
        if not matches:
            print(f"followupd: no thread matches {args.thread!r}", file=sys.stderr)
            return 1
        for item in matches:
            _explain(item, store, config.schedule.zone)
    return 0
