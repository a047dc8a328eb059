"""`followupd explain APPLICATION`: an application's threads and messages, labels with
evidence, its state, plan and ledger."""

from __future__ import annotations

import argparse
import sys
from datetime import tzinfo

from followupd.adapters.store_actions import ActionRecord
from followupd.cli.common import (
    add_config_option,
    add_now_option,
    config_from_args,
    no_state,
    now_from_args,
)
from followupd.cli.corrections import APPLICATION_HELP
from followupd.core.plan.threads import message_key
from followupd.facade import Look
from followupd.model import Classification
from followupd.reports import AccountView, state_label

RUNNER_UP = 0.15  # a second reading below this is noise, not a doubt worth showing


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `explain`."""
    parser = sub.add_parser(
        "explain", help="why an application is where it is, and what comes next"
    )
    parser.add_argument("application", metavar="APPLICATION", help=APPLICATION_HELP)
    add_config_option(parser)
    add_now_option(parser)
    parser.set_defaults(func=run)


def _messages(item: AccountView, zone: tzinfo) -> None:
    view = item.view
    keys = [message_key(m) for m in view.app.messages]
    clashes = {k.partition("#")[0] for k in keys if "#" in k}
    for thread in view.app.threads:
        print(f"  thread {thread.id}: {thread.messages[0].subject}")
        for msg in thread.messages:
            when = msg.date.astimezone(zone).strftime("%Y-%m-%d %H:%M") if msg.date else "?"
            who = msg.sender.email if msg.sender else "?"
            key = message_key(msg)
            c = view.classifications.get(key)
            label = f"{c.label} {c.confidence:.2f}" if c else ("draft" if msg.is_draft else "-")
            if c is not None and (runner := _runner_up(c)):
                label += f", or {runner}"
            print(f"    {when}  {msg.role.value:<5} {who}  [{label}]  {msg.subject}")
            print(f"        id {key}")  # what `followupd label` takes (or its start)
            if key.partition("#")[0] in clashes:
                print("        ! another message has the same Message-ID; both are kept")
            for line in c.evidence if c else ():
                print(f"        - {line}")


def _runner_up(c: Classification) -> str | None:
    """The second reading when it carries weight (or the first, when a rule overrode it)."""
    other = [(lb, p) for lb, p in c.alternatives if lb is not c.label and p >= RUNNER_UP]
    return f"{other[0][0]} {other[0][1]:.2f}" if other else None


def _explain(item: AccountView, history: list[ActionRecord], zone: tzinfo) -> None:
    view, state = item.view, item.view.state
    print(f"application {view.app.id} (account {item.account}; joined by {view.app.employer})")
    print(f"  company {state.company or '?'}; role {state.role or '?'}")
    _messages(item, zone)
    since = f" since {state.since:%Y-%m-%d %H:%M}" if state.since else ""
    print(f"  state: {state_label(view)}{since}")
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
    if history:
        print("  ledger:")
        for rec in history:
            why = f" ({rec.status_reason})" if rec.status_reason else ""
            print(f"    {rec.kind:<18} {rec.status:<10} due {rec.due:%Y-%m-%d %H:%M}{why}")


def run(args: argparse.Namespace) -> int:
    """Explain each matching application; exit 1 when nothing matches."""
    config = config_from_args(args, beside=True)
    now = now_from_args(args, config)
    with Look.open(config) as look:
        if not look.found:
            print(no_state(config.storage.state_dir), file=sys.stderr)
        matches = [(item, look.ledger(item)) for item in look.find(args.application, now)]
    if not matches:
        print(f"followupd: no application matches {args.application!r}", file=sys.stderr)
        return 1
    for item, history in matches:
        _explain(item, history, config.schedule.zone)
    return 0
