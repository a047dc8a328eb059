"""Write the labeled corpus tests/corpus/*.eml and tests/corpus/labels.toml (run once).

Recruiting messages come from corpus_messages; this module adds the hard negatives (job
alerts, newsletters, receipts, personal mail, auto-replies, replies quoting an old rejection)
and writes everything with its truth: label, interview start, promised reply date, and
for recruiting mail the company and role.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus_messages as M
import corpus_text as T

rng = M.rng
COUNTS = {
    "rejection": 34,
    "invitation": 30,
    "confirmation": 28,
    "reschedule": 16,
    "cancellation": 14,
    "offer": 14,
    "acknowledgment": 30,
    "status_update": 22,
}
BOARDS = [
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    ("Indeed", "alert@indeed.com"),
    ("Glassdoor Jobs", "noreply@glassdoor.com"),
    ("ZipRecruiter", "phil@ziprecruiter.com"),
    ("Wellfound", "team@wellfound.com"),
    ("Otta", "jobs@otta.com"),
]


def negative(kind: str, i: int) -> M.Item:
    """One hard negative of the given kind (label `other`)."""
    ctx = M.new_ctx()
    other = rng.choice([c for c in T.COMPANIES if c != ctx.company])
    fill = {
        "company": ctx.company,
        "company2": other,
        "role": ctx.role,
        "role2": rng.choice(T.ROLES),
        "n": str(rng.randint(1000, 99999)),
    }
    headers: dict[str, str] = {}
    if kind == "alert":
        sender = rng.choice(BOARDS)
        body = rng.choice(T.ALERTS).format(**fill) + "\n\nUnsubscribe | Help"
        subject = rng.choice(
            [
                f"{ctx.role} at {ctx.company} and 9 more jobs",
                "Jobs you may like",
                f"New jobs for '{ctx.role}'",
                f"{ctx.company} is hiring: {ctx.role}",
                "Your job alert: 8 new jobs",
            ]
        )
        if rng.random() < 0.8:
            headers["List-Unsubscribe"] = f"<mailto:unsub-{fill['n']}@{sender[1].split('@')[1]}>"
    elif kind == "newsletter":
        sender = rng.choice(
            [
                ("The Career Brief", "hello@careerbrief.example"),
                ("Tech Hiring Weekly", "news@hiringweekly.example"),
                ("JobBoard Premium", "offers@jobboard.example"),
            ]
        )
        body = rng.choice(T.NEWSLETTERS).format(**fill) + (
            "\n\nYou are receiving this email because you subscribed to our newsletter.\n"
            "Unsubscribe or update your preferences."
        )
        subject = rng.choice(
            [
                "This week in careers",
                "Your Monday briefing",
                "Hiring news",
                "Don't miss this",
                f"{ctx.company} in the news",
            ]
        )
        headers["List-Id"] = f"<weekly.{sender[1].split('@')[1]}>"
        headers["List-Unsubscribe"] = f"<https://{sender[1].split('@')[1]}/unsub>"
        headers["Precedence"] = "bulk"
    elif kind == "receipt":
        sender = rng.choice(
            [
                ("Example Store", "orders@shop.example"),
                ("RideCo", "receipts@rideco.example"),
                ("Cloud Drive", "billing@clouddrive.example"),
                ("Riverside Dental", "appointments@riversidedental.example"),
            ]
        )
        body = rng.choice(T.RECEIPTS).format(**fill)
        subject = rng.choice(
            ["Your receipt", "Order confirmation", "Your invoice", "Appointment reminder"]
        )
    elif kind == "personal":
        sender = rng.choice(
            [
                ("Alex Rivera", "alex.rivera@gmail.com"),
                ("Mom", "linda.rivera@example.org"),
                ("Jordan", "jordan.p@example.net"),
            ]
        )
        body = rng.choice(T.PERSONAL).format(**fill) + "\n\nxx"
        subject = rng.choice(["hey", "Weekend", "Re: catching up", "quick question", ""])
    elif kind == "notification":
        sender = rng.choice(
            [
                ("GitHub", "notifications@github.com"),
                ("Security", "no-reply@accounts.example.com"),
                ("Storage", "noreply@clouddrive.example"),
            ]
        )
        body = rng.choice(T.NOTIFICATIONS).format(**fill)
        subject = rng.choice(["Notification", f"[{ctx.company}] PR merged", "Security alert"])
    elif kind == "auto_reply":
        return auto_reply(ctx, i)
    else:
        return quoting_rejection(ctx, i)
    raw = M.build(subject, body, sender, ctx.sent, headers=headers, html_only=rng.random() < 0.3)
    return M.Item(f"c{i:03d}-{kind}-other.eml", "other", raw)


def auto_reply(ctx: M.Ctx, i: int) -> M.Item:
    """An out-of-office answer from a recruiter's mailbox."""
    first = ctx.recruiter.split()[0]
    back = (ctx.sent + timedelta(days=rng.randint(2, 10))).strftime("%A, %B %d")
    body = rng.choice(
        [
            f"Thank you for your email. I am currently out of the office with limited access to "
            f"email and will return on {back}. For urgent recruiting matters, please contact "
            f"talent@{M.slug(ctx.company)}.example.",
            f"Hi, I'm away until {back}. I will respond to your message when I return.\n\n{first}",
            f"This is an automatic reply. I am on annual leave until {back}.",
        ]
    )
    headers = {"Auto-Submitted": "auto-replied"} if rng.random() < 0.7 else {}
    subject = rng.choice(
        [
            f"Automatic reply: {ctx.role} interview",
            "Out of Office",
            f"Out of office: Re: {ctx.role}",
            f"Re: {ctx.role} interview",
        ]
    )
    if "Out of" not in subject and "Automatic" not in subject:
        headers = {"Auto-Submitted": "auto-replied"}
    sender = (ctx.recruiter, f"{first.lower()}@{M.slug(ctx.company)}.example")
    raw = M.build(subject, body, sender, ctx.sent, headers=headers)
    return M.Item(f"c{i:03d}-autoreply-other.eml", "other", raw)


def quoting_rejection(ctx: M.Ctx, i: int) -> M.Item:
    """Someone's reply quoting an old rejection: the new text decides, and it decides nothing."""
    old = M.fill(rng.choice(T.REJECTION), ctx)
    then = ctx.sent - timedelta(days=rng.randint(2, 20))
    quoted = "\n".join("> " + line for line in M.letter(ctx, old).split("\n"))
    if rng.random() < 0.5:
        sender = ("Alex Rivera", "alex.rivera@gmail.com")
        text = rng.choice(
            [
                "Their loss! Want to get dinner this week and forget about it?",
                "Ugh, sorry. You'll find something better, I'm sure.",
                "That's a shame. Call me tonight?",
            ]
        )
        subject = f"Re: Fwd: Your application to {ctx.company}"
        attribution = f"On {format_datetime(then)}, {M.USER[0]} <{M.USER[1]}> wrote:"
    else:
        first = ctx.recruiter.split()[0]
        sender = (ctx.recruiter, f"{first.lower()}@{M.slug(ctx.company)}.example")
        text = (
            f"Hi {M.USER[0].split()[0]},\n\nThank you for the kind note. It was a pleasure "
            f"getting to know you too.\n\n{first}"
        )
        subject = f"Re: {ctx.role} at {ctx.company}"
        attribution = f"On {format_datetime(then)}, {ctx.recruiter} <{sender[1]}> wrote:"
    body = f"{text}\n\n{attribution}\n{quoted}"
    raw = M.build(subject, body, sender, ctx.sent)
    return M.Item(f"c{i:03d}-quoted-other.eml", "other", raw)


def main() -> None:
    items: list[M.Item] = []
    i = 1
    for label, count in COUNTS.items():
        for _ in range(count):
            items.append(M.recruiting(label, i))
            i += 1
    kinds = {
        "alert": 22,
        "newsletter": 12,
        "receipt": 8,
        "personal": 10,
        "notification": 6,
        "auto_reply": 10,
        "quoted": 8,
    }
    for kind, count in kinds.items():
        for _ in range(count):
            items.append(negative(kind, i))
            i += 1
    M.OUT.mkdir(parents=True, exist_ok=True)
    for old in M.OUT.glob("*.eml"):
        old.unlink()
    lines = [
        "# Truth for every corpus message: label, interview start (ISO 8601 with offset)",
        '# and promised reply date; "none" when there is none. Recruiting mail also names',
        "# the company and role it is about. Written by bench/make_corpus.py.",
        "# Times written without a zone are in " + M.USER_TZ + ".",
        "",
    ]
    for item in items:
        (M.OUT / item.name).write_bytes(item.raw)
        interview = item.interview.isoformat() if item.interview else "none"
        reply_by = item.reply_by.isoformat() if item.reply_by else "none"
        lines += [
            f'["{item.name}"]',
            f'label = "{item.label}"',
            f'interview = "{interview}"',
            f'reply_by = "{reply_by}"',
            *([f'company = "{item.company}"'] if item.company else []),
            *([f'role = "{item.role}"'] if item.role else []),
            "",
        ]
    (M.OUT / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(items)} messages to {M.OUT}")


if __name__ == "__main__":
    main()
