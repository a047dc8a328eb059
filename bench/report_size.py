"""Size and build time of `followupd report` (and the calendar feed) at 200 applications.

Writes 200 applications' worth of mail as messages, the way a search produces them: the
user's applications in Sent, acknowledgments from applicant-tracking systems, rejections,
recruiters inviting, confirmations with .ics invitations, reschedules, thank-yous, offers,
and a lot of silence, over twenty weeks. Every message is classified by the real
classifier and the applications evaluated as the daemon does (drafts due before `now`
counted as made); then the report is built and rendered, and the feed written.
Prints the figures; --out keeps report.html and followupd.ics for a look.

Usage: python bench/report_size.py [--apps N] [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from followupd.adapters.lexicon_files import load_lexicon, load_senders  # noqa: E402
from followupd.calendar_feed import render_feed  # noqa: E402
from followupd.config.types import PolicyConfig, ScheduleConfig  # noqa: E402
from followupd.core.agenda.feed import feed_events  # noqa: E402
from followupd.core.agenda.revisions import settle  # noqa: E402
from followupd.core.plan.evaluate import ApplicationView, Context, evaluate  # noqa: E402
from followupd.core.plan.planner import PastAction, PlanHistory  # noqa: E402
from followupd.core.plan.threads import message_key  # noqa: E402
from followupd.core.report.build import build_report  # noqa: E402
from followupd.core.report.facts import LedgerEntry, Parties  # noqa: E402
from followupd.core.understand.message import understand  # noqa: E402
from followupd.model import Address, Classification, FolderRole, Message  # noqa: E402
from followupd.report_page import render_report  # noqa: E402

ME = Address("Alex Morgan", "alex.morgan@mail.example")
NOW = datetime(2027, 3, 26, 17, 0, tzinfo=UTC)  # a Friday
WEEKS = 20
ROLES = (
    "Senior Backend Engineer", "Data Platform Engineer", "Product Analyst", "QA Lead",
    "Site Reliability Engineer", "Staff Software Engineer", "Machine Learning Engineer",
    "Engineering Manager", "Frontend Developer", "Solutions Architect",
)  # fmt: skip
FIRST = ("Priya", "Jonas", "Maria", "Chen", "Olivia", "Tomas", "Aisha", "Lukas", "Emma", "Kofi")
LAST = ("Raman", "Keller", "Garcia", "Wei", "Brown", "Okafor", "Novak", "Rossi", "Tanaka", "Silva")
WORDS = (
    "North", "Blue", "Quarry", "Helio", "Lumen", "Kite", "Pine", "Orbit", "Vela", "Arbor",
    "Cobalt", "Harbor", "Summit", "Ember", "Delta", "Iris", "Juniper", "Mosaic", "Nova",
)  # fmt: skip
TRADES = (
    "Analytics", "Systems", "Robotics", "Health", "Logistics", "Games", "Payments", "Labs",
    "Energy", "Media", "Bank",
)  # fmt: skip


# The letters of a search, in our own words; {first}, {role}, {company}, {name}, {when} filled.
OUTREACH = (
    "Hi Alex,\n\nI came across your profile and would like to invite you to a first call about "
    "our {role} role. Could you share a few times that suit you next week?\n\nBest,\n{name}\n"
)
OUTREACH_REPLY = "Hi,\n\nThank you, Tuesday or Wednesday afternoon would suit me.\n\nAlex\n"
APPLY = (
    "Hello {first},\n\nPlease find attached my application for the {role} position at "
    "{company}.\n\nBest regards,\nAlex Morgan\n"
)
ACK = (
    "Dear Alex,\n\nThank you for applying to {company}. We have received your application for "
    "{role} and our team will review it.\n\nTalent Acquisition\n"
)
ATS_NO = (
    "Dear Alex,\n\nThank you for your interest in {company}. After careful consideration we "
    "have decided to move forward with other candidates whose experience more closely matches "
    "our needs.\n\nTalent Team\n"
)
INVITE = (
    "Hi Alex,\n\nThanks for applying. We liked your background and would like to invite you to "
    "a first interview for the {role} role. Could you share a few times that suit you next "
    "week?\n\nKind regards,\n{name}\n"
)
INVITE_REPLY = "Hi,\n\nThank you! Tuesday or Thursday afternoon works for me.\n\nAlex\n"
CONFIRM = (
    "Hi Alex,\n\nYour interview for the {role} position is confirmed for {when} UTC (60 "
    "minutes). Join at https://meet.google.com/abc-defg-hij. We will let you know our decision "
    "within two weeks.\n\nBest,\n{name}\n"
)
MOVED = "Hi Alex,\n\nYour interview has been moved to {when} UTC.\n\nBest,\n{name}\n"
THANKS = "Hi,\n\nThank you for the conversation today.\n\nBest,\nAlex\n"
HUMAN_NO = (
    "Hi Alex,\n\nThank you for the time you spent with us. We have decided to move forward "
    "with other candidates.\n\n{name}\n"
)
OFFER = (
    "Hi Alex,\n\nWe are delighted to offer you the {role} position at {company}. The offer "
    "letter is attached.\n\n{name}\n"
)
ARCS = ("silent", "ats_no", "interview_no", "interview_wait", "offer", "outreach")
ARC_WEIGHTS = (35, 25, 15, 10, 5, 10)


class Search:
    """The mail of one job search, built message by message."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.messages: list[Message] = []
        self.serial = 0

    def add(
        self,
        sender: Address,
        to: Address,
        subject: str,
        text: str,
        when: datetime,
        *,
        parent: Message | None = None,
        calendar: str | None = None,
    ) -> Message:
        """One message; the user's own go to Sent."""
        self.serial += 1
        refs = (*parent.references, parent.message_id) if parent and parent.message_id else ()
        msg = Message(
            location=None,
            role=FolderRole.SENT if sender == ME else FolderRole.INBOX,
            message_id=f"<m{self.serial:05d}@{sender.domain}>",
            in_reply_to=parent.message_id if parent else None,
            references=refs,
            subject=subject,
            from_=(sender,),
            to=(to,),
            cc=(),
            reply_to=(),
            date=when,
            text=text,
            calendars=(calendar,) if calendar else (),
        )
        self.messages.append(msg)
        return msg

    def application(self, index: int, start: datetime) -> None:
        """One employer process, its arc drawn at random."""
        rng, day = self.rng, timedelta(days=1)
        company = f"{WORDS[index % len(WORDS)]} {TRADES[index // len(WORDS) % len(TRADES)]}"
        domain = "".join(ch for ch in company.lower() if ch.isalnum()) + ".example"
        role = rng.choice(ROLES)
        first = rng.choice(FIRST)
        person = Address(f"{first} {rng.choice(LAST)}", f"{first.lower()}@{domain}")
        ats = Address(f"{company} Careers", f"no-reply@{domain}")
        words = {"first": first, "role": role, "company": company, "name": person.name}
        arc = rng.choices(ARCS, weights=ARC_WEIGHTS)[0]
        if arc == "outreach":
            hello = self.add(person, ME, f"{role} at {company}", OUTREACH.format(**words), start)
            later = start + day * rng.uniform(0.2, 2)
            self.add(ME, person, f"Re: {role} at {company}", OUTREACH_REPLY, later, parent=hello)
            return
        applied = self.add(ME, person, f"Application: {role}", APPLY.format(**words), start)
        acked = start + timedelta(minutes=3)
        self.add(ats, ME, f"We received your application: {role}", ACK.format(**words), acked)
        later = start + day * rng.uniform(3, 20)
        if arc == "silent":
            return
        if arc == "ats_no":
            self.add(ats, ME, f"Your application for {role}", ATS_NO.format(**words), later)
            return
        self.interview(index, domain, {**words, "arc": arc}, later, applied)

    def interview(
        self, index: int, domain: str, words: dict[str, str], later: datetime, applied: Message
    ) -> None:
        """Invited, booked (sometimes moved), thanked; then a no, an offer or silence."""
        rng, day, role = self.rng, timedelta(days=1), words["role"]
        person = Address(words["name"], f"{words['first'].lower()}@{domain}")
        subject = f"Re: Application: {role}"
        invite = self.add(person, ME, subject, INVITE.format(**words), later, parent=applied)
        reply = self.add(ME, person, subject, INVITE_REPLY, later + day / 2, parent=invite)
        slot = (later + day * rng.randint(4, 9)).replace(hour=14, minute=0, second=0)
        lead = Address(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"lead@{domain}")
        uid = f"iv-{index}@{domain}"
        text = CONFIRM.format(**words, when=f"{slot:%A, %B} {slot.day} at {slot:%H:%M}")
        booked = self.add(person, ME, f"Interview confirmed: {role}", text, later + day,
                          parent=reply, calendar=_ics(uid, slot, person, lead, 0))  # fmt: skip
        if rng.random() < 0.25:
            slot += 2 * day
            text = MOVED.format(**words, when=f"{slot:%A, %B} {slot.day} at {slot:%H:%M}")
            booked = self.add(person, ME, "Updated invitation: new time for your interview",
                              text, later + 2 * day, parent=booked,
                              calendar=_ics(uid, slot, person, lead, 1))  # fmt: skip
        thanked = slot + timedelta(hours=3)
        self.add(ME, lead, f"Thank you: {role}", THANKS, thanked, parent=booked)
        outcome_at = slot + day * rng.uniform(2, 12)
        if words["arc"] == "interview_no":
            self.add(person, ME, f"Your application for {role}", HUMAN_NO.format(**words),
                     outcome_at, parent=booked)  # fmt: skip
        elif words["arc"] == "offer":
            offer = OFFER.format(**words)
            self.add(person, ME, f"Offer: {role}", offer, outcome_at, parent=booked)


def _ics(uid: str, start: datetime, organizer: Address, attendee: Address, seq: int) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{start:{fmt}}",
        f"DTSTART:{start:{fmt}}", f"DTEND:{start + timedelta(hours=1):{fmt}}",
        "SUMMARY:Interview", "LOCATION:https://meet.google.com/abc-defg-hij",
        f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}",
        f"ATTENDEE;CN={attendee.name};ROLE=REQ-PARTICIPANT:mailto:{attendee.email}",
        "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip


def views_and_ledger(apps: int, seed: int) -> tuple[list[ApplicationView], list[LedgerEntry]]:
    """The applications at NOW, and the drafts made before it (as the ledger records them)."""
    rng = random.Random(seed)  # noqa: S311 (made-up mail, not secrets)
    search = Search(rng)
    for index in range(apps):
        start = NOW - timedelta(weeks=WEEKS) + timedelta(hours=rng.uniform(0, 24 * 7 * WEEKS - 48))
        search.application(index, start.replace(minute=0, second=0, microsecond=0))
    messages = [m for m in search.messages if m.date is not None and m.date <= NOW]
    lexicon, schedule = load_lexicon(), ScheduleConfig()
    classified: dict[str, Classification] = {
        message_key(m): understand(m, lexicon=lexicon, tz=schedule.zone) for m in messages
    }

    def context(history: PlanHistory) -> Context:
        return Context(PolicyConfig(), schedule, history, {ME.email}, load_senders())

    first = evaluate(messages, classified, context=context(PlanHistory()), now=NOW)
    made = [(v.app.id, a) for v in first for a in v.plan.actions if a.due <= NOW]
    history = PlanHistory(tuple(
        PastAction(a.key, a.kind, "drafted", a.due, a.reply_to_message_id,
                   tuple(t.email for t in a.to), app) for app, a in made
    ))  # fmt: skip
    views = evaluate(messages, classified, context=context(history), now=NOW)
    ledger = [
        LedgerEntry(a.key, app, a.kind, "done", a.due, a.due, f"<draft-{a.key}>",
                    tuple(t.email for t in a.to)) for app, a in made
    ]  # fmt: skip
    return views, ledger


def main(argv: list[str] | None = None) -> int:
    """Build, time and measure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None, help="keep the files in this folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    views, ledger = views_and_ledger(args.apps, args.seed)
    prepared = time.perf_counter()
    parties = Parties(frozenset({ME.email}), load_senders())
    zone = ScheduleConfig().zone
    report = build_report(views, ledger, parties=parties, now=NOW, zone=zone)
    built = time.perf_counter()
    html = render_report(report, zone=zone).encode()
    rendered = time.perf_counter()
    events = feed_events(views, zone=zone, interview_length=timedelta(hours=1))
    feed = render_feed(settle(events, {}, NOW))
    fed = time.perf_counter()
    out = args.out or Path(tempfile.mkdtemp(prefix="followupd-report-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.html").write_bytes(html)
    (out / "followupd.ics").write_bytes(feed)
    marks = sum(len(r.marks) for r in report.timeline)
    count = sum(len(v.app.messages) for v in views)
    print(f"applications      {report.funnel.applied} ({count} messages, {len(ledger)} drafts)")
    print(f"funnel            {', '.join(f'{s.stage} {s.count}' for s in report.funnel.stages)}")
    print(f"timeline marks    {marks}")
    print(f"mail + evaluate   {prepared - started:.2f} s (not part of the report)")
    print(f"report figures    {built - prepared:.2f} s (core.report.build_report)")
    print(f"report page       {rendered - built:.2f} s (pygal + jinja2)")
    print(f"report size       {len(html):,} bytes ({len(html) / 1024:.0f} KiB)")
    print(f"calendar feed     {len(events)} events, {len(feed):,} bytes, {fed - rendered:.2f} s")
    print(f"files             {out / 'report.html'}  {out / 'followupd.ics'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
