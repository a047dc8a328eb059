"""A realistic sample job-search mailbox, dated relative to a chosen start, for the demo.

Every company, person and domain here is made up (`.example` domains, RFC 2606); the ATS
product domains are named only as senders, as such systems send mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from followupd.model import FolderRole

USER_NAME = "Alex Morgan"
USER_EMAIL = "alex.morgan@mail.example"


@dataclass(frozen=True, slots=True)
class SampleMail:
    """One message of the sample mailbox: where it goes and its bytes."""

    role: FolderRole
    raw: bytes
    note: str


def _mail(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    when: datetime,
    msgid: str,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    ics: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    if ics is not None:
        msg.add_attachment(
            ics.encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
    return bytes(msg)


def _ics(uid: str, start: datetime, minutes: int, organizer: str, attendees: list[str]) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    end = start + timedelta(minutes=minutes)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Sample ATS//Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SEQUENCE:0",
        f"DTSTAMP:{start.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        "SUMMARY:Interview: Senior Backend Engineer",
        "ORGANIZER;CN={}:mailto:{}".format(*parseaddr(organizer)),
    ]
    lines += [
        "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT:mailto:{}".format(*parseaddr(a)) for a in attendees
    ]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def sample_mailbox(start: datetime) -> list[SampleMail]:
    """The mailbox as it stands at `start` (an aware datetime, the demo's first morning)."""
    day = timedelta(days=1)
    me = f"{USER_NAME} <{USER_EMAIL}>"
    ids = {
        k: make_msgid(domain=d)
        for k, d in (
            ("apply_nw", "mail.example"),
            ("nw_invite", "northwind-analytics.example"),
            ("apply_bw", "mail.example"),
            ("bw_confirm", "brightwave.example"),
            ("lh_status", "lumenhealth.example"),
            ("apply_qc", "mail.example"),
            ("qc_reject", "quarryco.example"),
            ("ack", "harbor.example"),
            ("alert1", "jobs.example"),
            ("alert2", "jobs.example"),
            ("friend", "mail.example"),
        )
    }
    interview = (start + 2 * day).replace(hour=14, minute=0, second=0, microsecond=0)
    mails = [
        SampleMail(
            FolderRole.SENT,
            _mail(
                sender=me,
                to="Priya Raman <priya.raman@northwind-analytics.example>",
                subject="Application: Data Platform Engineer",
                when=start - 9 * day,
                msgid=ids["apply_nw"],
                body="Hi Priya,\n\nI have applied for the Data Platform Engineer role and attached "
                "my CV. I would be glad to talk about it.\n\nBest regards,\nAlex Morgan\n",
            ),
            "the user applies to Northwind Analytics",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Priya Raman <priya.raman@northwind-analytics.example>",
                to=me,
                subject="Re: Application: Data Platform Engineer",
                when=start - 1 * day,
                msgid=ids["nw_invite"],
                in_reply_to=ids["apply_nw"],
                body="Hi Alex,\n\nThanks for applying. We liked your background and would like to "
                "invite you to a first interview with our team. Could you share a few times that "
                "suit you next week?\n\nKind regards,\nPriya Raman\nTalent Partner, Northwind "
                "Analytics\n",
            ),
            "Northwind invites to an interview, no time fixed yet",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Brightwave Robotics <no-reply@us.greenhouse-mail.io>",
                to=me,
                reply_to="Jordan Lee <jordan.lee@brightwave.example>",
                subject="Interview confirmed: Senior Backend Engineer at Brightwave Robotics",
                when=start - 2 * day,
                msgid=ids["bw_confirm"],
                body=f"Hi Alex,\n\nYour interview for the Senior Backend Engineer position is "
                f"confirmed for {interview:%A, %B} {interview.day} at {interview:%H:%M} UTC "
                "(60 minutes). You will meet Sam Ortiz and Lena Fischer from the platform team. "
                "A calendar invitation is attached.\n\n"
                "Jordan Lee\nRecruiting, Brightwave Robotics\n",
                ics=_ics(
                    "bw-interview-1@brightwave.example",
                    interview,
                    60,
                    "Jordan Lee <jordan.lee@brightwave.example>",
                    [
                        "Sam Ortiz <sam.ortiz@brightwave.example>",
                        "Lena Fischer <lena.fischer@brightwave.example>",
                    ],
                ),
            ),
            "Brightwave confirms an interview in two days, with an .ics invite",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Dana Whitfield <dana.whitfield@lumenhealth.example>",
                to=me,
                subject="Next steps: Product Analyst",
                when=start - 6 * day,
                msgid=ids["lh_status"],
                body="Hi Alex,\n\nThank you again for meeting the team on Tuesday. We are still "
                "interviewing a few candidates and expect to make a decision by "
                f"{(start - 1 * day):%A, %B} {(start - 1 * day).day}. I will be in touch either "
                "way.\n\nBest,\nDana Whitfield\nHiring Manager, Lumen Health\n",
            ),
            "Lumen Health promised a decision by yesterday",
        ),
        SampleMail(
            FolderRole.SENT,
            _mail(
                sender=me,
                to="careers@quarryco.example",
                subject="Application: QA Lead",
                when=start - 20 * day,
                msgid=ids["apply_qc"],
                body="Hello,\n\nPlease find my application for the QA Lead position.\n\nAlex\n",
            ),
            "the user applies to Quarry & Co",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Quarry & Co Talent <no-reply@hire.lever.co>",
                to=me,
                reply_to="Morgan Blake <morgan.blake@quarryco.example>",
                subject="Your application for QA Lead at Quarry & Co",
                when=start - 3 * day,
                msgid=ids["qc_reject"],
                in_reply_to=ids["apply_qc"],
                body="Hi Alex,\n\nThank you for your interest in Quarry & Co and for the time you "
                "spent with us. After careful consideration we have decided to move forward with "
                "other candidates whose experience more closely matches our needs. We wish you "
                "every success.\n\nMorgan Blake\nTalent Team, Quarry & Co\n",
            ),
            "Quarry & Co turns the application down",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Harbor Logistics <myworkday@harbor.example>",
                to=me,
                subject="We received your application: Operations Engineer",
                when=start - 4 * day,
                msgid=ids["ack"],
                body="Dear Alex,\n\nThank you for applying to Harbor Logistics. "
                "We have received your application for Operations Engineer and our team "
                "will review it. If your profile matches, a recruiter will contact you.\n\n"
                "Harbor Logistics Talent Acquisition\n",
            ),
            "Harbor Logistics acknowledges an application (no draft wanted)",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="JobBoard Alerts <alerts@jobs.example>",
                to=me,
                subject="30 new jobs for you: Backend Engineer",
                when=start - 1 * day,
                msgid=ids["alert1"],
                headers={
                    "List-Unsubscribe": "<https://jobs.example/unsubscribe>",
                    "Precedence": "bulk",
                },
                body="Jobs you may like: Backend Engineer at five companies near you. "
                "Apply now and get interview tips in our newsletter.\n",
            ),
            "a job-board alert (no draft wanted)",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="JobBoard Weekly <news@jobs.example>",
                to=me,
                subject="How to ace your next interview",
                when=start - 5 * day,
                msgid=ids["alert2"],
                headers={
                    "List-Id": "Weekly tips <weekly.jobs.example>",
                    "List-Unsubscribe": "<https://jobs.example/unsubscribe>",
                },
                body="This week: ten questions recruiters ask, and why a thank-you note matters.\n",
            ),
            "a career newsletter (no draft wanted)",
        ),
        SampleMail(
            FolderRole.INBOX,
            _mail(
                sender="Sam Carter <sam.carter@mail.example>",
                to=me,
                subject="Dinner on Saturday?",
                when=start - 2 * day,
                msgid=ids["friend"],
                body="Hey, are you free on Saturday? Good luck with all the interviews!\n",
            ),
            "personal mail (no draft wanted)",
        ),
    ]
    return mails
