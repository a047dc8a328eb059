"""The everyday letters of a job search, queued into a Story: each returns the Mail it made.

Wording is our own and varied the way employers' mail is; every organisation and person is
made up under `.example` (RFC 2606).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storykit.mail import Mail, Person, ics
from storykit.story import Story


def slug(company: str) -> str:
    """A domain label for a company name."""
    return "".join(ch for ch in company.lower() if ch.isalnum())


def application(story: Story, to: Person, role: str, company: str, when: datetime) -> Mail:
    """The user applies by mail."""
    return story.send(
        to,
        f"Application: {role}",
        f"Hello {to.first},\n\nPlease find attached my application for the {role} position "
        f"at {company}.\n\nBest regards,\nAlex Morgan\n",
        when,
        parent=None,
    )


def rejection(
    story: Story,
    sender: Person,
    role: str,
    company: str,
    when: datetime,
    *,
    parent: Mail | None = None,
    reply_to: Person | None = None,
) -> Mail:
    """A polite no after the application."""
    return story.receive(
        sender,
        f"Your application for {role}",
        f"Hi Alex,\n\nThank you for your interest in {company} and for the time you spent "
        "with us. After careful consideration we have decided to move forward with other "
        "candidates whose experience more closely matches our needs. We wish you every "
        f"success.\n\n{reply_to.name if reply_to else sender.name}\nTalent Team, {company}\n",
        when,
        parent=parent,
        reply_to=reply_to,
    )


@dataclass(frozen=True, slots=True)
class Booking:
    """One interview as the employer's calendar knows it (its UID stays across updates)."""

    uid: str
    organizer: Person
    interviewers: tuple[Person, ...]
    role: str
    company: str

    def calendar(self, start: datetime, *, sequence: int = 0, method: str = "REQUEST") -> str:
        """The .ics for this interview at `start`, 60 minutes."""
        return ics(
            self.uid, start, 60, self.organizer, self.interviewers,
            sequence=sequence, method=method, summary=f"Interview: {self.role}",
        )  # fmt: skip


def confirmation(
    story: Story, booking: Booking, start: datetime, when: datetime, *, parent: Mail | None
) -> Mail:
    """An interview confirmation with an .ics invitation (SEQUENCE 0)."""
    sender = booking.organizer
    names = " and ".join(p.name for p in booking.interviewers)
    return story.receive(
        sender,
        f"Interview confirmed: {booking.role}",
        f"Hi Alex,\n\nYour interview for the {booking.role} position is confirmed for "
        f"{start:%A, %B} {start.day} at {start:%H:%M} UTC (60 minutes). You will meet "
        f"{names}, who look forward to the interview with you. A calendar invitation is "
        f"attached.\n\nBest,\n{sender.name}\nRecruiting team at {booking.company}\n",
        when,
        parent=parent,
        calendar=booking.calendar(start),
    )


def reschedule(
    story: Story, booking: Booking, start: datetime, when: datetime, *, parent: Mail, sequence: int
) -> Mail:
    """The interview moves: an updated .ics with a higher SEQUENCE (RFC 5546 2.1.4)."""
    return story.receive(
        booking.organizer,
        "Updated invitation: new time for your interview",
        f"Hi Alex,\n\nI am sorry for the change: your interview with {booking.company} has "
        "been moved to "
        f"{start:%A, %B} {start.day} at {start:%H:%M} UTC, as the panel is travelling on the "
        f"original day. I have updated the calendar event.\n\nBest,\n{booking.organizer.name}\n",
        when,
        parent=parent,
        calendar=booking.calendar(start, sequence=sequence),
    )


def cancellation(
    story: Story, booking: Booking, start: datetime, when: datetime, *, parent: Mail, sequence: int
) -> Mail:
    """The interview is called off: METHOD:CANCEL for the same UID (RFC 5546 3.2.5)."""
    return story.receive(
        booking.organizer,
        "Cancelled: your interview",
        "Hi Alex,\n\nUnfortunately we have to cancel your interview on "
        f"{start:%A, %B} {start.day}. The hiring manager is travelling; we will be in touch "
        f"about a new time.\n\nBest,\n{booking.organizer.name}\n",
        when,
        parent=parent,
        calendar=booking.calendar(start, sequence=sequence, method="CANCEL"),
    )


def acknowledgment(story: Story, company: str, role: str, when: datetime) -> Mail:
    """An applicant-tracking system confirms it received the application."""
    return story.receive(
        Person(company, f"myworkday@{slug(company)}.example"),
        f"We received your application: {role}",
        f"Dear Alex,\n\nThank you for applying to {company}. We have received your "
        f"application for {role} and our team will review it. If your profile matches, a "
        f"recruiter will contact you.\n\n{company} Talent Acquisition\n",
        when,
    )


def job_alert(story: Story, title: str, when: datetime) -> Mail:
    """A job board's alert: bulk mail about many jobs."""
    return story.receive(
        Person("JobBoard Alerts", "alerts@jobs.example"),
        f"30 new jobs for you: {title}",
        f"Jobs you may like: {title} at five companies near you. Apply now with easy apply, "
        "and manage your alerts in your settings.\n",
        when,
        headers={
            "List-Unsubscribe": "<https://jobs.example/unsubscribe>",
            "Precedence": "bulk",
        },
    )


def newsletter(story: Story, when: datetime) -> Mail:
    """A career newsletter that talks about interviews."""
    return story.receive(
        Person("JobBoard Weekly", "news@jobs.example"),
        "How to ace your next interview",
        "This week: ten questions recruiters ask in an interview, and why a thank-you note "
        "after the interview matters.\n",
        when,
        headers={
            "List-Id": "Weekly tips <weekly.jobs.example>",
            "List-Unsubscribe": "<https://jobs.example/unsubscribe>",
        },
    )
