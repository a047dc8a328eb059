"""A realistic synthetic mailbox, deterministic from a seed: what a job seeker's IMAP holds.

Most mail is not about jobs: conversations with friends and colleagues (threads with
In-Reply-To/References, quoted replies, photos and documents attached), newsletters and
notifications (multipart/alternative with HTML, List-Id / List-Unsubscribe), receipts with
PDF invoices, job-board alerts. A few per cent is recruiting mail: applicant-tracking
acknowledgments and rejections, recruiter outreach, interview invitations, confirmations
carrying an .ics invitation, and the user's own applications and replies in Sent.

`plan_mailbox` decides every message (cheap metadata); `render` turns one plan entry into
RFC 5322 bytes, so a 50,000-message mailbox is never held in memory at once.
Usage: python bench/mailgen.py [--count N] [--seed S] [--out DIR]   (prints statistics)
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mailgen_render import INBOX, SENT, USER, WORDS, MailSpec, render

__all__ = ["INBOX", "SENT", "USER", "MailSpec", "generate", "plan_mailbox", "render"]

LOOKBACK_DAYS = 110  # inside followupd's default 120-day first-sync window

# fmt: off
FIRST = (
    "Sam", "Priya", "Jonas", "Maria", "Chen", "Olivia", "Tomás", "Aisha", "Lukas", "Emma", "Noah",
    "Zoë", "Mateo", "Hannah", "Ravi", "Ines", "Kofi", "Sofia", "Daniel", "Mei", "Björn", "Claire",
    "Omar", "Julia", "Ethan", "Leila", "Marco", "Nina", "Pedro", "Grace",
)
LAST = (
    "Keller", "Raman", "Lindqvist", "Garcia", "Wei", "Brown", "Müller", "Okafor", "Novak", "Rossi",
    "Schmidt", "Tanaka", "Dubois", "Kowalski", "Haddad", "Nguyen", "Silva", "Byrne", "Jensen",
    "Patel", "Moreau", "Fischer", "Costa", "Ivanova", "O'Neill", "Hughes",
)
PERSONAL_DOMAINS = (
    "mail.example", "post.example", "inbox.example", "fastmail.example",
)
WORK_DOMAIN = 'currentco.example'
COMPANIES = (
    ("Brightwave Robotics", "brightwave"), ("Northwind Analytics", "northwind"),
    ("Quarry & Co", "quarry"), ("Helio Systems", "helio"), ("Lumen Health", "lumenhealth"),
    ("Bluefin Logistics", "bluefin"), ("Cobalt Bank", "cobaltbank"), ("Vela Games", "velagames"),
    ("Arbor Energy", "arbor"), ("Kite Payments", "kitepay"), ("Pinecrest Labs", "pinecrest"),
    ("Orbit Media", "orbitmedia"),
)
# Real applicant-tracking mail domains: triage recognises them, as it would in a real inbox.
ATS = (
    "greenhouse-mail.io", "lever.co", "myworkday.com", "ashbyhq.com", "smartrecruiters.com",
    "icims.com", "teamtailor-mail.com", "workablemail.com",
)
ROLES = (
    "Senior Backend Engineer", "Data Platform Engineer", "Product Analyst", "QA Lead",
    "Site Reliability Engineer", "Staff Software Engineer", "Machine Learning Engineer",
    "Engineering Manager", "Frontend Developer", "Solutions Architect",
)
NEWSLETTERS = (
    ("The Weekly Byte", "news.weeklybyte.example"),
    ("Cooking at Home", "letters.cookhome.example"), ("City Events", "events.citylife.example"),
    ("Running Club", "club.runners.example"), ("Open Source Digest", "digest.ossweekly.example"),
    ("Book Corner", "mail.bookcorner.example"), ("Travel Deals", "deals.wanderfare.example"),
    ("Local News", "daily.localpaper.example"),
)
NOTIFIERS = (
    ("GitHub", "notifications@github.example", "[repo] New comment on pull request #{n}"),
    ("Bank", "alerts@bank.example", "Your statement is ready"),
    ("Parcel Service", "tracking@parcels.example", "Your parcel {n} is on its way"),
    ("Calendar", "calendar@mail.example", "Reminder: dentist appointment"),
    ("Cloud Storage", "no-reply@cloudbox.example", "Your storage is {n}% full"),
    ("Streaming", "hello@streamflix.example", "New episodes this week"),
    ("Security", "security@accounts.example", "New sign-in from Firefox on Linux"),
)
SHOPS = (
    "Gadget Store", "Bookshop", "Grocer", "Outdoor Gear", "Pharmacy",
)
JOB_BOARDS = (
    ("Jobs Network", "jobs-noreply@jobsnetwork.example", "{n} new jobs for you: {role}"),
    ("CareerHub", "alerts@careerhub.example", "Job alert: {role} in Berlin"),
    ("TechJobs", "digest@techjobs.example", "Recommended jobs this week"),
)
PERSONAL_SUBJECTS = (
    "Dinner on Saturday?", "Photos from the weekend", "Flat viewing Thursday", "Happy birthday!",
    "Book recommendation", "Hiking trip in May", "Quick question", "Your bike", "Holiday plans",
    "Recipe you asked for", "Concert tickets", "Moving boxes", "Catch up soon?", "Wedding RSVP",
)
WORK_SUBJECTS = (
    "Sprint planning notes", "Q3 roadmap draft", "Standup moved to 10:00", "Design review",
    "Incident retro", "Budget spreadsheet", "Offsite agenda", "Team lunch Friday",
    "Code freeze dates", "Engineering all-hands slides", "On-call handover", "Vendor contract",
)
# fmt: on


class _Planner:
    """Builds conversations until the mailbox holds exactly `count` messages."""

    def __init__(self, count: int, seed: int, end: datetime, sent_share: float) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data
        self.count = count
        self.end = end
        self.sent_share = sent_share
        self.specs: list[MailSpec] = []

    # --- building blocks -----------------------------------------------------------------

    def person(self, domain: str | None = None) -> tuple[str, str]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        local = f"{first}.{last}".lower().encode("ascii", "ignore").decode().replace("'", "")
        return f"{first} {last}", f"{local}@{domain or self.rng.choice(PERSONAL_DOMAINS)}"

    def mid(self, domain: str) -> str:
        return f"<{self.rng.getrandbits(64):016x}.{self.rng.randrange(10**6)}@{domain}>"

    def start(self) -> datetime:
        return self.end - timedelta(seconds=self.rng.uniform(6 * 3600, LOOKBACK_DAYS * 86400))

    def later(self, when: datetime, low_h: float, high_h: float) -> datetime:
        return min(self.end, when + timedelta(hours=self.rng.uniform(low_h, high_h)))

    def full(self) -> bool:
        return len(self.specs) >= self.count

    def add(self, spec: MailSpec) -> MailSpec:
        if not self.full():
            self.specs.append(spec)
        return spec

    def new(
        self,
        kind: str,
        sender: tuple[str, str],
        to: Sequence[tuple[str, str]],
        subject: str,
        when: datetime,
        *,
        cc: Sequence[tuple[str, str]] = (),
        parent: MailSpec | None = None,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailSpec:
        """A message; the user's own mail goes to Sent, everyone else's to INBOX."""
        spec = MailSpec(
            folder=SENT if sender == USER else INBOX,
            kind=kind,
            date=when,
            message_id=self.mid(sender[1].rpartition("@")[2]),
            sender=sender,
            to=tuple(to),
            subject=subject,
            seed=self.rng.getrandbits(32),
            cc=tuple(cc),
            in_reply_to=parent.message_id if parent else None,
            references=(*parent.references, parent.message_id) if parent else (),
            extra=extra,
        )
        return self.add(spec)

    def reply(
        self,
        parent: MailSpec,
        sender: tuple[str, str],
        kind: str,
        *,
        hours: tuple[float, float] = (0.5, 48.0),
        extra: tuple[tuple[str, str], ...] = (),
    ) -> MailSpec:
        """A reply to `parent` (RFC 5322 3.6.4 threading), to its sender; the user is copied."""
        subject = parent.subject if parent.subject.startswith("Re: ") else f"Re: {parent.subject}"
        when = self.later(parent.date, *hours)
        to = [parent.sender] if parent.sender != sender else list(parent.to)
        cc = [] if sender == USER or USER in to else [USER]
        return self.new(kind, sender, to, subject, when, cc=cc, parent=parent, extra=extra)

    def user_replies(self) -> bool:
        return self.rng.random() < self.sent_share * 2.5

    # --- conversations -------------------------------------------------------------------

    def conversation(self, kind: str, subjects: Sequence[str], domain: str | None) -> None:
        """A thread among people; the user takes part in some of them (their mail is in Sent)."""
        others = [self.person(domain) for _ in range(self.rng.choice((1, 1, 1, 2, 3)))]
        subject = self.rng.choice(subjects)
        if self.rng.random() < self.sent_share * 1.5:
            msg = self.new(kind, USER, others, subject, self.start())
        else:
            msg = self.new(kind, others[0], [USER, *others[1:]], subject, self.start())
        for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3, 5))):
            if self.full():
                return
            if msg.sender != USER and self.user_replies():
                msg = self.reply(msg, USER, kind)
            else:
                msg = self.reply(msg, self.rng.choice(others), kind)

    def bulk(self) -> None:
        """One newsletter, notification, receipt or job alert (never a thread)."""
        roll, when, n = self.rng.random(), self.start(), self.rng.randrange(2, 99)
        if roll < 0.48:
            name, domain = self.rng.choice(NEWSLETTERS)
            issue = (
                f"{name} #{self.rng.randrange(40, 400)}: {self.rng.choice(WORDS).title()} and more"
            )
            self.new(
                "newsletter",
                (name, f"newsletter@{domain}"),
                [USER],
                issue,
                when,
                extra=(("List-Id", f"<{name.lower().replace(' ', '-')}.{domain}>"),),
            )
        elif roll < 0.78:
            name, addr, subject = self.rng.choice(NOTIFIERS)
            self.new("notification", (name, addr), [USER], subject.format(n=n), when)
        elif roll < 0.88:
            shop = self.rng.choice(SHOPS)
            domain = f"{shop.lower().replace(' ', '')}.example"
            self.new(
                "receipt",
                (shop, f"orders@{domain}"),
                [USER],
                f"Your {shop} receipt #{self.rng.randrange(10**5, 10**6)}",
                when,
            )
        else:
            name, addr, subject = self.rng.choice(JOB_BOARDS)
            self.new(
                "job_alert",
                (name, addr),
                [USER],
                subject.format(n=n, role=self.rng.choice(ROLES)),
                when,
            )

    def application(self) -> None:
        """One job application's mail: acknowledgment, maybe interview, confirmation, outcome."""
        company, slug = self.rng.choice(COMPANIES)
        role = self.rng.choice(ROLES)
        ats = self.rng.choice(ATS)
        ats_sender = (f"{company} Recruiting", f"no-reply@{slug}.{ats}")
        recruiter = self.person(f"{slug}.example")
        recruiter = (f"{recruiter[0]}", recruiter[1])
        when = self.start()
        path = self.rng.random()
        if path < 0.25:  # the user applied by mail, CV attached
            first = self.new("rec_application", USER, [recruiter], f"Application: {role}", when)
            msg = self.reply(first, recruiter, "rec_reply", hours=(2, 96))
        else:
            msg = self.new(
                "rec_ack", ats_sender, [USER], f"Thank you for applying to {company}", when
            )
        if path > 0.85:  # recruiter outreach instead of an application of one's own
            msg = self.new(
                "rec_outreach",
                recruiter,
                [USER],
                f"{role} opportunity at {company}",
                self.later(when, 1, 200),
            )
        if self.rng.random() < 0.45:
            invite = self.new(
                "rec_invite",
                recruiter,
                [USER],
                f"Interview invitation: {role} at {company}",
                self.later(msg.date, 24, 240),
            )
            answer = self.reply(invite, USER, "rec_reply", hours=(1, 20))
            self.reply(
                answer,
                recruiter,
                "rec_confirm",
                hours=(1, 30),
                extra=(("X-Role", role), ("X-Company", company)),
            )
            msg = answer
        if self.rng.random() < 0.5:
            self.new(
                "rec_reject",
                ats_sender,
                [USER],
                f"Your application to {company}",
                self.later(msg.date, 48, 500),
            )

    def plan(self) -> list[MailSpec]:
        while not self.full():
            roll = self.rng.random()
            if roll < 0.02:
                self.application()
            elif roll < 0.20:
                self.conversation("personal", PERSONAL_SUBJECTS, None)
            elif roll < 0.32:
                self.conversation("work", WORK_SUBJECTS, WORK_DOMAIN)
            else:
                self.bulk()
        # Mail arrives over time: UIDs follow the date, as on a real server.
        return sorted(self.specs, key=lambda s: (s.date, s.message_id))


def plan_mailbox(
    count: int, *, seed: int = 1, end: datetime | None = None, sent_share: float = 0.10
) -> list[MailSpec]:
    """Exactly `count` messages (INBOX and ~`sent_share` in Sent), dated before `end`."""
    end = end or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return _Planner(count, seed, end, sent_share).plan()


def generate(
    count: int, *, seed: int = 1, end: datetime | None = None
) -> Iterator[tuple[str, bytes]]:
    """(folder, raw message) pairs in delivery order."""
    for spec in plan_mailbox(count, seed=seed, end=end):
        yield spec.folder, render(spec)


# --- statistics when run directly --------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic mailbox; print statistics.")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write INBOX/ and Sent/ .eml files here")
    args = parser.parse_args()
    specs = plan_mailbox(args.count, seed=args.seed)
    sizes: list[int] = []
    kinds: Counter[str] = Counter()
    for n, spec in enumerate(specs):
        raw = render(spec)
        sizes.append(len(raw))
        kinds[f"{spec.folder}/{spec.kind}"] += 1
        if args.out:
            folder = args.out / spec.folder
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{n:06d}.eml").write_bytes(raw)
    sent = sum(1 for s in specs if s.folder == SENT)
    rec = sum(1 for s in specs if s.recruiting)
    threaded = sum(1 for s in specs if s.in_reply_to)
    print(
        f"messages {len(specs)}  sent {sent / len(specs):.1%}  recruiting {rec / len(specs):.1%}"
        f"  replies {threaded / len(specs):.1%}"
    )
    print(
        f"size mean {sum(sizes) / len(sizes) / 1024:.1f} KB  median "
        f"{sorted(sizes)[len(sizes) // 2] / 1024:.1f} KB  max {max(sizes) / 1024:.0f} KB"
    )
    for kind, n in sorted(kinds.items()):
        print(f"  {kind:<24} {n:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
