"""Pieces of the third story's mail: its made-up vendors, three quoting styles, HTML bodies,
and the list mail (job alerts, a newsletter, a network digest, a webinar registration).

Nothing here leans on the other stories' relays. The vendors are invented under `.example`:

- Hireloom, an applicant tracking system whose tenants send from `<tenant>@hireloom.example`
  (nothing in the address says no-reply; the footer says nobody reads replies);
- Talentgrid, another ATS with tenant addresses, sending HTML-only mail;
- Recrutify, an ATS with one shared `careers-noreply@` sender and self-scheduling links;
- Stellwerk HR, a German ATS;
- Stellenfeld, a job board that confirms applications and relays recruiters' messages
  (sometimes with the recruiter in Reply-To, sometimes not);
- Codequill (take-home tests), Vouchly (reference checks), Signwell (e-signature).
"""

from __future__ import annotations

import html as htmllib
from datetime import timedelta
from zoneinfo import ZoneInfo

from storykit.mail import ME, Person, ics

from replay.clock import ZONE, t
from replay.plot import Event, Inbound, Outbound, Plot, txt

RECRUTIFY = "careers-noreply@recrutify.example"
STELLWERK = "noreply@stellwerk-hr.example"
STELLENFELD_RELAY = "messages-noreply@stellenfeld.example"
STELLENFELD = Person("Stellenfeld", "bewerbungen-noreply@stellenfeld.example")
CODEQUILL = Person("Codequill Assessments", "no-reply@codequill.example")
VOUCHLY = Person("Vouchly", "notifications@vouchly.example")
SIGNWELL = Person("Signwell", "sign-noreply@signwell.example")

AUTOMATED = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
AWAY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}

BOSTON = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def hireloom(tenant: str) -> str:
    """A Hireloom tenant's sender address."""
    return f"{tenant}@hireloom.example"


def talentgrid(tenant: str) -> str:
    """A Talentgrid tenant's sender address."""
    return f"{tenant}@talentgrid.example"


def _author(event: Event) -> Person:
    return event.sender if isinstance(event, Inbound) else ME


def _to(event: Event, to: Person | None) -> Person:
    if isinstance(event, Outbound):
        return event.to
    return to if to is not None else ME


def gmail(body: str, parent: Event, *, zone: ZoneInfo = ZONE) -> str:
    """`body` over the parent quoted the way Gmail does (its writer's zone, 12-hour clock)."""
    when = parent.at.astimezone(zone)
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    who = _author(parent)
    line = (
        f"On {_DAYS[when.weekday()][:3]}, {_MONTHS[when.month - 1][:3]} {when.day}, "
        f"{when.year} at {hour}:{when.minute:02d} {half} {who.name} <{who.email}> wrote:"
    )
    quoted = "\n".join(f"> {ln}".rstrip() for ln in parent.text.rstrip().splitlines())
    return f"{body.rstrip()}\n\n{line}\n{quoted}\n"


def outlook(body: str, parent: Event, subject: str, *, to: Person | None = None) -> str:
    """`body` over the parent as Outlook forwards it: a header block, the text unquoted."""
    when = parent.at.astimezone(ZONE)
    who = _author(parent)
    head = (
        "________________________________\n"
        f"From: {who.name} <{who.email}>\n"
        f"Sent: {_DAYS[when.weekday()]}, {when.day} {_MONTHS[when.month - 1]} {when.year} "
        f"{when:%H:%M}\n"
        f"To: {_to(parent, to)}\n"
        f"Subject: {subject}\n"
    )
    return f"{body.rstrip()}\n\n{head}\n{parent.text.rstrip()}\n"


def german(body: str, parent: Event) -> str:
    """`body` over the parent quoted the way Thunderbird does in German."""
    when = parent.at.astimezone(ZONE)
    line = f"Am {when:%d.%m.%y} um {when:%H:%M} schrieb {_author(parent).name}:"
    quoted = "\n".join(f"> {ln}".rstrip() for ln in parent.text.rstrip().splitlines())
    return f"{body.rstrip()}\n\n{line}\n{quoted}\n"


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p>{htmllib.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
    )


def person_html(text: str) -> str:
    """The HTML a webmail client sends for a person's message."""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif">{_paragraphs(text)}'
        "</div></body></html>"
    )


def ats_html(text: str, *, brand: str, vendor: str) -> str:
    """An ATS template: a logo row, the text, a grey vendor footer."""
    return (
        '<!doctype html><html><body style="margin:0;background:#f4f4f7">'
        '<table role="presentation" width="100%"><tr><td align="center">'
        '<table role="presentation" width="580" style="background:#fff;padding:24px">'
        f'<tr><td style="font:bold 18px Helvetica">{htmllib.escape(brand)}</td></tr>'
        f'<tr><td style="font:14px/1.5 Helvetica;color:#222">{_paragraphs(text)}</td></tr>'
        f'<tr><td style="font:11px Helvetica;color:#8a8a99">Sent with {htmllib.escape(vendor)}'
        " &middot; Privacy &middot; Candidate settings</td></tr></table></td></tr></table>"
        "</body></html>"
    )


def lists_mail(plot: Plot) -> None:
    """Bulk mail of the search: nothing in it is drafted for, however recruiting it sounds."""
    lists = plot.lists
    alarm = Person("Stellenfeld Jobalarm", "jobalarm@stellenfeld.example")
    alarm_headers = {
        "List-Unsubscribe": "<https://stellenfeld.example/jobalarm/abmelden?id=5530>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
    titles = ("Data Engineer", "Analytics Engineer", "Senior Data Engineer", "DataOps Engineer")
    towns = ("Berlin", "Berlin + Remote", "Potsdam", "Hamburg")
    for week in range(15):
        when = t(1, 5, 7, 30) + timedelta(weeks=week, days=1 if week % 3 else 0)
        title, town = titles[week % 4], towns[week % 4]
        count = 4 + (week * 5) % 9
        lists.receive(f"stellenfeld-{week}", when, alarm,
            f"{count} neue Jobs: {title} in {town}", txt(
            f"""
            Hallo Alex,

            wir haben {count} neue Stellenanzeigen gefunden, die zu Ihrem Jobalarm
            "{title}, {town}" passen. Zwei Arbeitgeber antworten in der Regel innerhalb
            einer Woche - jetzt bewerben und zu den Ersten gehören!

            Alle Treffer ansehen: https://stellenfeld.example/jobalarm/5530?w={week}

            Sie erhalten diese E-Mail, weil Sie einen Jobalarm eingerichtet haben.
            Jobalarm bearbeiten | Abmelden
            """), headers=alarm_headers, bulk=True)  # fmt: skip
    weekly = Person("Data Careers Weekly", "hello@datacareersweekly.example")
    topics = (
        "Why your take-home test went quiet (and what to send a week later)",
        "Negotiating remote days before you sign",
        "Five questions to ask the hiring manager in round two",
        "The reference check: who to pick and how to brief them",
        "Declined after a final round? A short reply goes a long way",
        "Reading an offer letter: notice periods, probation, equity",
        "Recruiters answer: how long is too long to wait?",
        "Spring hiring outlook for data teams",
    )
    for issue in range(8):
        when = t(1, 8, 8, 0) + timedelta(weeks=2 * issue)
        lists.receive(f"weekly-{issue}", when, weekly, topics[issue], txt(
            f"""
            DATA CAREERS WEEKLY - No. {112 + issue}

            {topics[issue]}. Plus: this fortnight's salary survey results, and three
            hiring managers on what makes them reply to a candidate's email.

            Are you interviewing right now? Reply to this email and tell us how it is
            going - we read everything and may feature your story (anonymously).

            Read online: https://datacareersweekly.example/issues/{112 + issue}
            You subscribed at datacareersweekly.example. Unsubscribe any time.
            """), headers={
                "List-Id": "Data Careers Weekly <news.datacareersweekly.example>",
                "List-Unsubscribe": "<mailto:unsubscribe@datacareersweekly.example>",
            }, bulk=True)  # fmt: skip
    network = Person("Linkwise", "digest-noreply@linkwise.example")
    for week in range(14):
        when = t(1, 10, 10, 15) + timedelta(weeks=week)
        searches = 9 + (week * 7) % 17
        lists.receive(f"linkwise-{week}", when, network,
            f"You appeared in {searches} searches this week", txt(
            f"""
            Hi Alex, your weekly profile stats are in.

            You appeared in {searches} searches. {1 + week % 4} recruiters viewed your
            profile, including a Talent Partner at a fintech company in Berlin.

            Are you open to new opportunities? Let recruiters know you're available for
            interviews - it takes one click.

            Unsubscribe from weekly stats | Help Center
            """), headers={"List-Unsubscribe": "<https://linkwise.example/unsub/w-4471>"},
            bulk=True)  # fmt: skip
    events = Person("Data Careers Weekly Events", "events@datacareersweekly.example")
    start = t(3, 19, 18, 0)
    lists.receive("webinar", t(3, 12, 12, 5), events,
        "You're registered: Acing the system design interview (Thu 19 March, 18:00 CET)", txt(
        """
        Hi Alex,

        You're in! Our live session "Acing the system design interview" starts on
        Thursday 19 March at 18:00 CET and runs for an hour, with time for questions.

        Join link: https://datacareersweekly.example/live/sd-0319
        The calendar invitation is attached.

        See you there,
        The Data Careers Weekly team
        """), calendar=ics("dcw-live-sd-0319@datacareersweekly.example", start, 60, events,
            [ME], summary="Live: Acing the system design interview"),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@datacareersweekly.example>",
                 "Precedence": "bulk"},
        bulk=True)  # fmt: skip
