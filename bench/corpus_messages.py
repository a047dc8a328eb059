"""Recruiting messages for the labeled corpus (bench/make_corpus.py writes the files).

Seeded, so re-running reproduces the same files. Every message is fictional: companies and
people are made up, people's domains are under .example; ATS product domains are real.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).parent))
import corpus_text as T

OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
USER = ("Sam Rivera", "sam.rivera@example.net")
ZONES = ["America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin"]
USER_TZ = "America/New_York"  # the zone quality.py passes for times written without one
rng = random.Random(20250301)  # noqa: S311 - a reproducible corpus, not secrets


@dataclass
class Item:
    """One corpus message: its bytes and the truth about it."""

    name: str
    label: str
    raw: bytes
    interview: datetime | None = None
    reply_by: date | None = None
    company: str | None = None
    role: str | None = None


@dataclass
class Ctx:
    """Everything a template may mention."""

    company: str
    role: str
    recruiter: str
    title: str
    interviewers: list[str]
    sent: datetime
    ats: str


def slug(company: str) -> str:
    return re.sub(r"[^a-z]+", "", company.lower())


def sender_for(ctx: Ctx) -> tuple[tuple[str, str], tuple[str, str] | None, str]:
    """(From, Reply-To, footer) in the style of the ATS (or a human recruiter)."""
    s, first = slug(ctx.company), ctx.recruiter.split()[0].lower()
    human = (ctx.recruiter, f"{first}@{s}.example")
    styles = {
        "greenhouse": (
            (f"{ctx.company} Hiring Team", "no-reply@us.greenhouse-mail.io"),
            human,
            "Powered by Greenhouse",
        ),
        "lever": ((f"{ctx.company}", "no-reply@hire.lever.co"), None, "Sent via Lever"),
        "workday": (
            (f"{ctx.company} Careers", f"{s}@myworkday.com"),
            None,
            "Please do not reply to this automated message.",
        ),
        "ashby": (
            (f"{ctx.recruiter} at {ctx.company}", "no-reply@ashbyhq.com"),
            human,
            "Sent with Ashby",
        ),
        "smartrecruiters": (
            (ctx.company, "noreply@smartrecruiters.com"),
            None,
            "This message was sent by SmartRecruiters on behalf of " + ctx.company,
        ),
        "icims": (
            (f"{ctx.company} Talent Acquisition", f"{s}@talent.icims.com"),
            None,
            "iCIMS Talent Cloud",
        ),
        "jobvite": ((f"{ctx.company} Recruiting", "notification@jobvite.com"), human, "Jobvite"),
        "bamboohr": ((ctx.company, f"notifications@{s}.bamboohr.com"), None, "BambooHR"),
        "taleo": (
            (f"{ctx.company} Careers", f"{s}@taleo.net"),
            None,
            "This is an automated message, please do not respond.",
        ),
        "teamtailor": ((ctx.company, "noreply@teamtailor-mail.com"), human, "Teamtailor"),
        "personio": ((f"{ctx.company} Recruiting", f"jobs@{s}.jobs.personio.de"), None, "Personio"),
        "recruitee": ((ctx.company, f"{s}@recruitee.com"), human, "Powered by Recruitee"),
        "workable": (
            (f"{ctx.company} Recruitment", "noreply@workablemail.com"),
            None,
            "Powered by Workable",
        ),
    }
    if ctx.ats in styles:
        return styles[ctx.ats]
    return human, None, ""


def tz_label(moment: datetime) -> str:
    return moment.tzname() or "UTC"


def when_text(moment: datetime, style: int) -> str:
    """A written interview time in one of several common styles, always with a zone."""
    hour12 = moment.strftime("%I").lstrip("0")
    minute = moment.strftime("%M")
    ampm = moment.strftime("%p")
    clock = f"{hour12}:{minute} {ampm}" if minute != "00" or style % 2 else f"{hour12} {ampm}"
    zone = tz_label(moment)
    if style == 0:
        return f"{moment:%A}, {moment:%B} {moment.day} at {clock} {zone}"
    if style == 1:
        return f"{moment:%A} {moment:%B} {moment.day}, {clock} {zone}"
    if style == 2:  # numeric dates are day-first in Europe, month-first in the US
        numeric = f"{moment:%d/%m}" if "Europe" in str(moment.tzinfo) else f"{moment:%m/%d}"
        return f"{numeric} at {moment:%H:%M} {zone}"
    return f"{moment:%a}, {moment:%b} {moment.day} at {clock} ({zone})"


def ics(ctx: Ctx, start: datetime, *, method: str, sequence: int, uid: str) -> str:
    """A minimal but realistic RFC 5545 invitation as calendar tools send it."""
    end = start + timedelta(minutes=rng.choice([30, 45, 60]))
    if rng.random() < 0.5:
        dt = (
            f"DTSTART;TZID={start.tzinfo}:{start:%Y%m%dT%H%M%S}\r\n"
            f"DTEND;TZID={start.tzinfo}:{end:%Y%m%dT%H%M%S}"
        )
    else:
        s, e = start.astimezone(UTC), end.astimezone(UTC)
        dt = f"DTSTART:{s:%Y%m%dT%H%M%SZ}\r\nDTEND:{e:%Y%m%dT%H%M%SZ}"
    first = ctx.recruiter.split()[0].lower()
    attendees = "".join(
        f"ATTENDEE;CN={p};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
        f"{p.split()[0].lower()}@{slug(ctx.company)}.example\r\n"
        for p in ctx.interviewers
    )
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return (
        "BEGIN:VCALENDAR\r\nPRODID:-//Example Corp//Calendar 1.0//EN\r\nVERSION:2.0\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\n{dt}\r\n"
        f"DTSTAMP:{ctx.sent.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
        f"SUMMARY:Interview: {USER[0]} / {ctx.company} ({ctx.role})\r\n"
        f"ORGANIZER;CN={ctx.recruiter}:mailto:{first}@{slug(ctx.company)}.example\r\n"
        f"{attendees}ATTENDEE;CN={USER[0]};RSVP=TRUE:mailto:{USER[1]}\r\n"
        f"STATUS:{status}\r\nLOCATION:Video call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def html_of(text: str) -> str:
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f"<html><body><div style='font-family:Arial'>{paras}</div></body></html>"


def build(
    subject: str,
    body: str,
    sender: tuple[str, str],
    sent: datetime,
    *,
    reply_to: tuple[str, str] | None = None,
    html_only: bool = False,
    calendar: tuple[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f'"{sender[0]}" <{sender[1]}>' if sender[0] else sender[1]
    msg["To"] = f"{USER[0]} <{USER[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{rng.getrandbits(64):016x}@{sender[1].partition('@')[2]}>"
    if reply_to:
        msg["Reply-To"] = f"{reply_to[0]} <{reply_to[1]}>"
    for key, value in (headers or {}).items():
        msg[key] = value
    if html_only:
        msg.set_content(html_of(body), subtype="html")
    else:
        msg.set_content(body)
        if rng.random() < 0.3:
            msg.add_alternative(html_of(body), subtype="html")
    if calendar:
        method, text = calendar
        if html_only or rng.random() < 0.5:  # Outlook style: the .ics as an attachment
            msg.add_attachment(
                text.encode(),
                maintype="text",
                subtype="calendar",
                params={"method": method},
                filename="invite.ics",
            )
        else:  # Google style: text/calendar as an alternative of the text part
            msg.add_alternative(text, subtype="calendar", params={"method": method})
    return bytes(msg)


def letter(ctx: Ctx, core: str, *, footer: str = "", tail: str = "") -> str:
    greet = rng.choice(T.GREETINGS).format(name=USER[0].split()[0])
    title = ctx.title if rng.random() < 0.7 else ""
    sign = f"{rng.choice(T.SIGNOFFS)}\n{ctx.recruiter}\n{title}\n{ctx.company}".replace(
        "\n\n", "\n"
    )
    parts = [greet, core, tail, sign, footer]
    return "\n\n".join(p for p in parts if p)


def fill(template: str, ctx: Ctx, **extra: str) -> str:
    names = ctx.interviewers
    people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    values = {
        "company": ctx.company,
        "role": ctx.role,
        "recruiter": ctx.recruiter,
        "interviewers": people,
        "interviewer": names[0],
        "link": "",
        "when": "",
        "by": "",
        "day": "",
        **extra,
    }
    return template.format(**values)


def new_ctx() -> Ctx:
    base = datetime(2025, 3, 3, tzinfo=ZoneInfo("America/New_York"))
    sent = base + timedelta(
        days=rng.randint(0, 240),
        hours=rng.randint(8, 18),
        minutes=rng.choice([0, 7, 13, 22, 38, 51]),
    )
    recruiter, *rest = rng.sample(T.PEOPLE, 4)
    ats = rng.choice(
        [
            "greenhouse",
            "lever",
            "workday",
            "ashby",
            "smartrecruiters",
            "icims",
            "jobvite",
            "bamboohr",
            "taleo",
            "teamtailor",
            "personio",
            "recruitee",
            "workable",
            "human",
            "human",
            "human",
            "human",
        ]
    )
    return Ctx(
        rng.choice(T.COMPANIES),
        rng.choice(T.ROLES),
        recruiter,
        rng.choice(T.RECRUITER_TITLES),
        rest[: rng.randint(1, 3)],
        sent,
        ats,
    )


def future_slot(ctx: Ctx) -> datetime:
    zone = ZoneInfo(rng.choice(ZONES))
    day = (ctx.sent + timedelta(days=rng.randint(2, 9))).astimezone(zone).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(
        day.year, day.month, day.day, rng.randint(9, 16), rng.choice([0, 0, 30, 15]), tzinfo=zone
    )


def link_for(ctx: Ctx) -> str:
    return rng.choice(
        [
            f"https://calendly.com/{slug(ctx.company)}-talent/30min",
            f"https://app.goodtime.io/schedule/{rng.randint(10**6, 10**7)}",
            f"https://app.greenhouse.io/scheduling/invite/{rng.randint(10**8, 10**9)}",
            f"https://jobs.ashbyhq.com/{slug(ctx.company)}/scheduling/{rng.randint(10**5, 10**6)}",
            f"https://schedule.modernloop.io/c/{rng.randint(10**5, 10**6)}",
            f"https://{slug(ctx.company)}.example/careers/schedule?t={rng.randint(10**6, 10**7)}",
        ]
    )


def subject_for(label: str, ctx: Ctx) -> str:
    template = rng.choice(T.SUBJECTS[label])
    return template.format(c=ctx.company, r=ctx.role, day=f"{ctx.sent:%A}")


def next_weekday(d: date, weekday: int, weeks: int = 0) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7 + 7 * weeks)


def recruiting(label: str, i: int) -> Item:
    """One recruiting message of `label`, with the company and role it is about."""
    ctx = new_ctx()
    return replace(_recruiting(label, i, ctx), company=ctx.company, role=ctx.role)


def _recruiting(label: str, i: int, ctx: Ctx) -> Item:
    from corpus_wrappers import forwarded, quoted_reply  # noqa: PLC0415 - builds on this module

    sender, reply_to, footer = sender_for(ctx)
    interview: datetime | None = None
    reply_by: date | None = None
    calendar = None
    if label == "rejection":
        core = fill(rng.choice(T.REJECTION), ctx)
        body = letter(ctx, core, footer=footer, tail=rng.choice(T.REJECTION_TAIL))
    elif label == "invitation":
        core = fill(rng.choice(T.INVITATION), ctx, link=link_for(ctx))
        body = letter(ctx, core, footer=footer)
    elif label in ("confirmation", "reschedule", "cancellation"):
        slot = future_slot(ctx)
        uid = f"{rng.randint(10**9, 10**10)}@{slug(ctx.company)}.example"
        use_ics = rng.random() < 0.5
        pool = {
            "confirmation": T.CONFIRMATION,
            "reschedule": T.RESCHEDULE,
            "cancellation": T.CANCELLATION,
        }[label]
        core = fill(
            rng.choice(pool), ctx, when=when_text(slot, rng.randint(0, 3)), day=f"{slot:%A}"
        )
        if label == "confirmation":
            core += " " + rng.choice(T.CONFIRM_ASK)
        body = letter(ctx, core, footer=footer)
        if use_ics:
            method = "CANCEL" if label == "cancellation" else "REQUEST"
            seq = {"confirmation": 0, "reschedule": rng.randint(1, 3), "cancellation": 2}[label]
            calendar = (method, ics(ctx, slot, method=method, sequence=seq, uid=uid))
            if rng.random() < 0.5:  # calendar tools' own wording instead of a letter
                verb = {
                    "confirmation": "Invitation",
                    "reschedule": "Updated invitation",
                    "cancellation": "Canceled event",
                }[label]
                stamp = f"{slot:%a %b} {slot.day}, {slot:%Y} {slot:%I:%M%p} ({slot.tzname()})"
                summary = f"Interview: {USER[0]} / {ctx.company}"
                subject = f"{verb}: {summary} @ {stamp}"
                text = (
                    f"{summary}\n{stamp}\n\nOrganizer: {ctx.recruiter}\nGuests: "
                    f"{', '.join(ctx.interviewers)}\n\nJoining info: https://meet.example.org/"
                    f"{rng.randint(1000, 9999)}\n\nInvitation from Example Calendar"
                )
                if label == "cancellation":
                    text = "This event has been canceled and removed from your calendar.\n\n" + text
                raw = build(
                    subject,
                    text,
                    (
                        ctx.recruiter,
                        f"{ctx.recruiter.split()[0].lower()}@{slug(ctx.company)}.example",
                    ),
                    ctx.sent,
                    calendar=calendar,
                )
                return Item(f"c{i:03d}-calendar-{label}.eml", label, raw, slot, None)
        interview = slot if (label != "cancellation" or use_ics) else None
    elif label == "offer":
        core = fill(rng.choice(T.OFFER), ctx)
        body = letter(ctx, core, footer=footer)
        if ctx.ats not in ("human",):
            sender, reply_to = (
                (ctx.recruiter, f"{ctx.recruiter.split()[0].lower()}@{slug(ctx.company)}.example"),
                None,
            )
    elif label == "acknowledgment":
        core = fill(rng.choice(T.ACKNOWLEDGMENT), ctx)
        body = letter(ctx, core, footer=footer)
    else:  # status_update
        while ctx.sent.weekday() > 2:  # "by Friday" must mean this week's Friday
            ctx.sent -= timedelta(days=1)
        form = rng.choice(T.BY_FORMS)
        day = ctx.sent.date()
        reply_by = {
            "by Friday": next_weekday(day, 4),
            "by the end of next week": next_weekday(day, 4, 1),
            "within two weeks": day + timedelta(days=14),
        }[form]
        core = fill(rng.choice(T.STATUS), ctx, by=form)
        body = letter(ctx, core, footer=footer)
    subject = subject_for(label, ctx)
    style = rng.random()
    name = f"c{i:03d}-{ctx.ats}-{label}.eml"
    if style < 0.12 and not calendar:
        return forwarded(Item(name, label, b"", interview, reply_by), ctx, subject, body, sender)
    if style < 0.3:
        body = quoted_reply(ctx, body)
        subject = "Re: " + subject if not subject.startswith("Re:") else subject
    raw = build(
        subject,
        body,
        sender,
        ctx.sent,
        reply_to=reply_to,
        html_only=rng.random() < 0.15 and not calendar,
        calendar=calendar,
    )
    return Item(name, label, raw, interview, reply_by)
