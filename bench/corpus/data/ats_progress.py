"""Applicant-tracking systems: steps that are not interviews, offers, moves and cancellations."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    # Status updates: still reviewing, or a step that is not an interview.
    b(
        "ats-stat-01",
        "status_update",
        "gh",
        "{company} - next step: take-home exercise",
        """
Hi {first},

Thanks for speaking with {rfirst} earlier this week! We'd like to move you forward to the
next stage, a short take-home exercise.

You'll receive a separate email with the exercise and instructions. Most people spend
about three hours on it; please submit within seven days of receiving it.

Best,
{company} Recruiting
""",
    ),
    b(
        "ats-stat-02",
        "status_update",
        "workday",
        "Your application status has been updated",
        """
Dear {first},

The status of your application for {role} (Requisition {ref}) has been updated.

Current status: Under Review - Hiring Manager

No action is required from you at this time. You can follow your application in Candidate
Home.

{company}
""",
    ),
    b(
        "ats-stat-03",
        "status_update",
        "lever_person",
        "Quick update on {role}",
        """
Hi {first},

Just a quick update so you're not left wondering - we're still working through first
interviews for {role}, and the team is taking a bit longer than planned. I expect to have
news for you by the end of next week.

Thanks for your patience!
{rfirst}
""",
        by="eonw",
    ),
    b(
        "ats-stat-04",
        "status_update",
        "smart",
        "Additional information needed for your application",
        """
Dear {first},

Thank you for your application for {role}. To continue the review, we need a few more
details from you.

Please complete the short questionnaire (work authorization, notice period and salary
expectations) by {dlmd}:

[[Complete questionnaire|{link}]]

Kind regards,
{company} Hiring Team
""",
    ),
    b(
        "ats-stat-05",
        "status_update",
        "tt",
        "You've moved to the next stage!",
        """
Hi {first},

Good news - your application for {role} has moved to the next stage: Skills Assessment.

In the next few minutes you'll receive an email from our assessment partner with a link to
a 40-minute online test. There's no need to prepare anything.

Good luck!
Team {company}
""",
    ),
    b(
        "ats-stat-06",
        "status_update",
        "ashby",
        "Still in the mix - {company}",
        """
Hi {first},

Wanted to give you a heads up: we've paused final decisions for {role} for a week while
our CEO is travelling. You're still very much in the process and nothing has changed on
our side. You'll hear from me within two weeks at the latest.

Appreciate your patience,
{rfirst}
""",
        by="weeks:2",
    ),
    b(
        "ats-stat-07",
        "status_update",
        "sf",
        "Reference check - {role}",
        """
Dear {me},

As part of the next step in our selection process for {role}, we would like to carry out
reference checks.

Please submit the contact details of two professional referees through the candidate
portal. We will only contact them with your consent.

Yours sincerely,
{company} Recruiting Services
""",
    ),
    # Offers.
    b(
        "ats-offer-01",
        "offer",
        "gh",
        "Your offer from {company}",
        """
Hi {first},

Congratulations! We're thrilled to offer you the position of {role} at {company}.

Your offer letter is ready for review and signature. It includes your compensation
details, start date and benefits overview.

[[Review offer|https://app.greenhouse-mail.io/offers/{token}]]

This offer is valid until {dlmd}. If you have any questions, {rname} is here to help.

Welcome (we hope!),
{company}
""",
    ),
    b(
        "ats-offer-02",
        "offer",
        "workday",
        "Offer Letter - {role}",
        """
Dear {first},

We are pleased to extend you an offer of employment for the position of {role} with
{company}, with a proposed start date of {stmd}.

Your offer letter is available in Candidate Home. Please review and accept the offer by
{dldate} by completing the "Review Offer" task.

We look forward to welcoming you to the team.

Sincerely,
{company} Talent Acquisition
""",
        locale="us",
    ),
    b(
        "ats-offer-03",
        "offer",
        "personio",
        "Your offer from {company}",
        """
Dear {first},

we are happy to tell you that we would like to offer you the position of {role}!

Attached you will find your employment contract. Please sign it digitally via the link
below. Your planned start date is {stdate}.

We are looking forward to working with you.

Best regards
{rname}
""",
        locale="de",
        attach="Arbeitsvertrag_{last}.pdf",
    ),
    b(
        "ats-offer-04",
        "offer",
        "ashby",
        "Offer details - {company}",
        """
{first}!

As promised on the phone, here's your written offer for {role}: {salary} base, equity as
discussed, start date {stmd}. All details are in the attached letter.

Take the time you need and ping me with any questions. We'd love to have you.

{rfirst}
""",
        attach="{company} offer letter.pdf",
    ),
    # Reschedules and cancellations.
    b(
        "ats-resch-01",
        "reschedule",
        "gh",
        "Updated interview time - {company}",
        """
Hi {first},

Due to a scheduling conflict on the interviewer's side, your interview for {role} has been
moved.

Previous time: {owhen}
New time: {when}

An updated calendar invite is on its way. Sorry for the shuffle, and thanks for your
flexibility!

{company} Recruiting
""",
        when="us_long",
        locale="us",
        ics="REQUEST",
        seq=1,
    ),
    b(
        "ats-resch-02",
        "reschedule",
        "icims",
        "Interview Rescheduled: {role}",
        """
Dear {first},

Your interview for {role} has been rescheduled. Your new interview details are below.

Date: {wday}, {wdate}
Time: {wtime} {wtz}
Duration: {mins} minutes

If the new time does not work for you, please contact {rname} at {raddr}.

Thank you,
{company} Talent Acquisition
""",
        minutes=45,
        ics="REQUEST",
        seq=2,
    ),
    b(
        "ats-resch-03",
        "reschedule",
        "workday",
        "Action Required: Please select a new interview time",
        """
Dear {first},

Unfortunately, the interviewer for your {role} interview on {oday}, {omd} is no longer
available at that time. We apologize for the inconvenience.

Please sign in to Candidate Home to select a new interview time from the available slots.

Kind Regards,
{company} Talent Acquisition
""",
    ),
    b(
        "ats-cancel-01",
        "cancellation",
        "gh",
        "Canceled: Interview with {company}",
        """
Hi {first},

Your interview scheduled for {when} has been canceled. The calendar event has been
removed.

Your recruiter, {rname}, will follow up with you directly about next steps.

{company} Recruiting
""",
        when="cal",
        minutes=45,
        ics="CANCEL",
        seq=1,
    ),
    b(
        "ats-cancel-02",
        "cancellation",
        "smart",
        "Interview cancelled - {role}",
        """
Dear {first},

Please note that your interview on {wdate} at {wtime} ({wtz}) has been cancelled by the
hiring team.

We apologise for any inconvenience. We will be in touch once we have more information on
how the process will continue.

Kind regards,
{company} Hiring Team
""",
        ics="CANCEL",
        seq=1,
        minutes=60,
    ),
]
