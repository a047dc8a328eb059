"""Automated senders of a job search: applicant tracking systems, job boards, assessments.

Relay addresses look like the real services' (the task's examples); the employers they
speak for are made up under `.example`. Nobody reads mail sent back to these addresses: a
request or a decline from one of them is answered by no draft at all (DESIGN.md).
"""

from __future__ import annotations

import html as htmllib
from datetime import datetime

from storykit.mail import Person

from replay.plot import Employer, Inbound, txt

GREENHOUSE = "no-reply@us.greenhouse-mail.io"
LEVER = "notifications@hire.lever.co"
SMARTRECRUITERS = "noreply@smartrecruiters.com"
ASHBY = "no-reply@ashbyhq.com"
WORKABLE = "noreply@candidates.workablemail.com"
TALENTBOARD = Person("TalentBoard", "jobs-noreply@talentboard.example")
CODECRATE = "no-reply@assess.codecrate.example"
LINKEDIN_MESSAGES = "messages-noreply@linkedin.com"


def workday(slug: str) -> str:
    """A Workday tenant's sender address."""
    return f"{slug}@myworkday.com"


def bamboohr(slug: str) -> str:
    """A BambooHR tenant's sender address."""
    return f"jobs@{slug}.bamboohr.com"


def as_html(text: str, *, brand: str) -> str:
    """An HTML rendering of a plain body, the way ATS templates wrap it."""
    paragraphs = "".join(
        f'<p style="margin:0 0 12px">{htmllib.escape(p).replace(chr(10), "<br>")}</p>'
        for p in text.strip().split("\n\n")
    )
    return (
        '<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">'
        f'<table width="600" align="center"><tr><td>'
        f'<h2 style="color:#224">{htmllib.escape(brand)}</h2>{paragraphs}'
        '<hr><p style="font-size:11px;color:#888">This message was sent from an unmonitored '
        "address. Please do not reply.</p></td></tr></table></body></html>"
    )


_ACKS = (
    """
    Hi Alex,

    Thank you for applying for the {role} position at {company}. We have received your
    application and our recruiting team will review it shortly.

    If your experience is a match for the role, someone from our team will reach out to
    discuss next steps. We aim to respond to every applicant within two weeks.

    Best regards,
    The {company} Recruiting Team
    """,
    """
    Dear Alex Morgan,

    This email confirms that we received your application for {role} (requisition {req}).

    You can check the status of your application at any time by signing in to your
    candidate home. Please do not reply to this message; this mailbox is not monitored.

    Kind regards,
    {company} Talent Acquisition
    """,
    """
    Hello Alex,

    Thanks for your interest in {company}! Your application for {role} is in.

    What happens next: our hiring team reviews applications on a rolling basis. If there is
    a fit, a recruiter will get in touch by email.

    Cheers,
    {company} People Team
    """,
    """
    Alex,

    We've got it: your application for {role} has been submitted successfully.

    Because of the number of applications we receive, we cannot reply to each one
    individually. Shortlisted candidates will be contacted directly.

    {company}
    """,
)

_DECLINES = (
    """
    Hi Alex,

    Thank you for your interest in the {role} position at {company}. After careful review,
    we have decided to move forward with other candidates whose qualifications more closely
    match our current needs.

    We appreciate the time you invested and encourage you to apply for future openings.

    Best wishes,
    {company} Recruiting
    """,
    """
    Dear Alex Morgan,

    Thank you for applying for {role} (requisition {req}). We regret to inform you that your
    application was not selected for further consideration.

    Your profile will remain in our talent community, and you may be contacted about
    positions that match your skills.

    Sincerely,
    {company} Talent Acquisition
    """,
    """
    Hello Alex,

    We wanted to let you know that we have filled the {role} role, so we will not be taking
    your application further this time. Thanks again for thinking of {company}, and good
    luck with your search.

    The {company} Hiring Team
    """,
    """
    Dear Alex,

    Many thanks for the time you spent with us during the process for the {role} position.
    Following our review, we have decided not to proceed with your application.

    We wish you every success in the future.

    {company} People & Culture
    """,
)

_ACK_SUBJECTS = (
    "Thank you for applying to {company}",
    "{company}: application received - {role} ({req})",
    "We received your application for {role}",
    "Your application to {company}",
)
_DECLINE_SUBJECTS = (
    "Your application to {company}",
    "Update on your application - {role} ({req})",
    "{company} - {role}",
    "Regarding your application for {role}",
)


def _fill(template: str, emp: Employer, role: str) -> str:
    req = f"R-{sum(map(ord, emp.key)) * 37 % 90000 + 10000}"
    return txt(template).format(company=emp.name, role=role, req=req)


def ack(
    emp: Employer,
    at: datetime,
    address: str,
    role: str,
    variant: int,
    *,
    html: bool = False,
    html_only: bool = False,
    name: str = "ack",
) -> Inbound:
    """An ATS confirms the application: nothing to answer."""
    text = _fill(_ACKS[variant % len(_ACKS)], emp, role)
    subject = _fill(_ACK_SUBJECTS[variant % len(_ACK_SUBJECTS)], emp, role)
    return emp.receive(
        name, at, Person(emp.name, address), subject, text,
        html=as_html(text, brand=emp.name) if html or html_only else None, html_only=html_only,
    )  # fmt: skip


def ats_decline(
    emp: Employer,
    at: datetime,
    address: str,
    role: str,
    variant: int,
    *,
    html: bool = False,
    html_only: bool = False,
    reply_to: Person | None = None,
    name: str = "decline",
) -> Inbound:
    """An ATS says no, in a new thread; it closes the application."""
    text = _fill(_DECLINES[variant % len(_DECLINES)], emp, role)
    subject = _fill(_DECLINE_SUBJECTS[variant % len(_DECLINE_SUBJECTS)], emp, role)
    return emp.receive(
        name, at, Person(emp.name, address), subject, text, reply_to=reply_to,
        html=as_html(text, brand=emp.name) if html or html_only else None, html_only=html_only,
        closes="decline",
    )  # fmt: skip


def board_sent(emp: Employer, at: datetime, role: str, *, name: str = "board") -> Inbound:
    """The job board confirms it passed the application on."""
    return emp.receive(
        name,
        at,
        TALENTBOARD,
        f"Your application to {emp.name} was sent",
        txt(
            f"""
            Hi Alex,

            Your application for {role} at {emp.name} has been sent. Employers usually
            respond within a few weeks. Track all your applications under My Jobs.

            Good luck!
            TalentBoard
            """
        ),
    )
