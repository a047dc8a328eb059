"""Pieces of the second story's mail: its own automated senders, quoting, HTML bodies.

The relays here are made up (under `.example`) so that nothing in the second story leans on
the addresses of the first: an ATS that sends from a tenant subdomain with an ordinary local
part, a job board that relays employers' messages, an assessment platform and a
reference-check service. Automated mail carries `Auto-Submitted` (RFC 3834) where real
senders usually set it; a vacation responder sets `auto-replied`.
"""

from __future__ import annotations

import html as htmllib
from datetime import timedelta

from storykit.mail import ME, Person

from replay.clock import ZONE, t
from replay.plot import Event, Inbound, Plot, txt

HIREPATH = "no-reply@notify.hirepath.example"  # an ATS shared by several employers
QUARRYHR = "no-reply@apply.quarryhr.example"
JOBWELL = Person("Jobwell", "applications-noreply@jobwell.example")
JOBWELL_MESSAGES = "messages-noreply@jobwell.example"
TESTBAY = Person("Testbay Assessments", "invites@mail.testbay.example")
REFCHECKLY = Person("RefCheckly", "no-reply@refcheckly.example")
GENERATED = {"Auto-Submitted": "auto-generated"}
VACATION = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def talentloop(slug: str, local: str = "recruiting") -> str:
    """A tenant address of the made-up ATS "Talentloop": nothing in it says no-reply."""
    return f"{local}@{slug}.talentloop.example"


def quarry(slug: str) -> str:
    """A tenant address of the made-up ATS "QuarryHR"."""
    return f"notifications@{slug}.quarryhr.example"


def _author(event: Event) -> Person:
    return event.sender if isinstance(event, Inbound) else ME


def quoting(body: str, parent: Event, *, german: bool = False) -> str:
    """`body` (indented source text) with the parent quoted under it, as mail clients do."""
    when = parent.at.astimezone(ZONE)
    who = _author(parent)
    if german:
        line = f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {who}:"
    else:
        line = (
            f"On {_EN_DAYS[when.weekday()]}, {when.day} {_EN_MONTHS[when.month - 1]} "
            f"{when.year} at {when:%H:%M}, {who} wrote:"
        )
    quoted = "\n".join(f"> {ln}".rstrip() for ln in parent.text.rstrip().splitlines())
    return f"{txt(body).rstrip()}\n\n{line}\n{quoted}\n"


def html_of(text: str) -> str:
    """The HTML alternative a desktop client adds to a person's plain message."""
    paragraphs = "".join(
        f"<p>{htmllib.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
    )
    return (
        '<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,'
        f'sans-serif;font-size:11pt">{paragraphs}</div></body></html>'
    )


def branded(text: str, brand: str) -> str:
    """An automated sender's HTML rendering (a banner, the text, a footer)."""
    paragraphs = "".join(
        f"<p>{htmllib.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
    )
    return (
        f'<html><body><div style="background:#0b3d5c;color:#fff;padding:8px">'
        f"{htmllib.escape(brand)}</div>{paragraphs}<p style='color:#999;font-size:10px'>"
        "Automated message. Replies to this address are discarded.</p></body></html>"
    )


def jobwell_alerts(plot: Plot) -> None:
    """Jobwell's weekly digest of matching jobs (bulk mail, nothing to draft)."""
    roles = ("data engineer", "analytics engineer", "platform engineer (data)", "dbt developer")
    towns = ("Berlin", "Berlin or remote", "Potsdam", "Leipzig")
    headers = {
        "List-Unsubscribe": "<https://jobwell.example/u/alerts?k=77a1>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    first = t(1, 6, 6, 45)
    for week in range(14):
        role, town = roles[week % len(roles)], towns[week % len(towns)]
        count = 5 + (week * 7) % 11
        plot.lists.receive(f"jobwell-{week}", first + timedelta(weeks=week), JOBWELL,
            f"{count} fresh matches for \u201c{role}\u201d", txt(
            f"""
            Good morning Alex,

            {count} roles matching "{role}" in {town} were posted this week. Three employers
            are marked "responds quickly"; apply today to be among the first.

            View matches: https://jobwell.example/m/77a1?w={week}

            Why am I getting this? You saved a search on Jobwell. Unsubscribe in one click.
            """), headers=headers, bulk=True)  # fmt: skip
