"""Applicant-tracking systems: asking for availability, and interviews at a fixed time."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    # Invitations: the candidate picks a time; nothing is fixed yet.
    b(
        "ats-inv-01",
        "invitation",
        "gh",
        "Interview availability - {company} || Schedule your interview with {company}",
        """
Hi {first},

Thank you for your interest in the {role} position at {company}! The team would love to
set up a 30-minute phone screen with {rname}.

Please use the link below to submit your availability for the next week. Select every
slot you could make; we'll confirm one of them by email.

[[Submit availability|https://app.greenhouse-mail.io/availability/{token}]]

Looking forward to it,
{company} Recruiting
""",
    ),
    b(
        "ats-inv-02",
        "invitation",
        "lever_person",
        "Next steps with {company}",
        """
Hi {first},

Thanks for applying for {role}! I had a look through your background and I'd love to
chat. Would you be up for a quick intro call so I can tell you more about the team and
hear what you're looking for?

Grab whatever time works for you here: https://{cdomain}/meet/{rslug}

If none of those slots work, reply with a couple of times and I'll make it happen.

Cheers,
{rfirst}
""",
    ),
    b(
        "ats-inv-03",
        "invitation",
        "workday",
        "Action Required: Schedule your interview for {role}",
        """
Dear {first},

Congratulations! You have been selected to interview for the {role} position (Requisition
{ref}).

Please sign in to Candidate Home to choose a time for your first-round interview. Interview
slots are offered on a first-come, first-served basis and the scheduling window closes on
{dlmd}.

[[Schedule Interview|https://{slug}.wd5.myworkday.com/{slug}/interview]]

Best regards,
{company} Talent Acquisition
""",
    ),
    b(
        "ats-inv-04",
        "invitation",
        "smart",
        "Invitation to interview - {role}",
        """
Dear {first},

We are pleased to inform you that you have been shortlisted for the {role} position.

We would like to invite you to a video interview with our hiring manager, {hname}. Please
let us know your availability over the coming week by choosing your preferred slots:

[[Choose interview slots|{link}]]

Kind regards,
{company} Hiring Team
""",
    ),
    b(
        "ats-inv-05",
        "invitation",
        "ashby",
        "Let's find a time to chat - {company}",
        """
Hi {first},

Great news - the team would like to move you forward to a technical conversation with
{hname} ({htitle}). It's about an hour and mostly a discussion of systems you've built.

Could you send me a few windows that work for you over the next week or so? Alternatively
you can book directly here: https://jobs.ashbyhq.com/{slug}/schedule/{token}

Thanks!
{rfirst}
""",
    ),
    b(
        "ats-inv-06",
        "invitation",
        "tt",
        "Book your interview at {company}",
        """
Hi {first}!

We enjoyed reading your application for {role} and would love to get to know you better.

Pick a time for a first conversation (45 minutes, video) in the calendar below. You'll
get a confirmation with the meeting link once you've booked.

[[Book a time|https://{slug}.careers.example/meetings/{token}]]

See you soon!
{rname}
""",
    ),
    b(
        "ats-inv-07",
        "invitation",
        "icims",
        "{company}: Interview Request - {role}",
        """
Dear {me},

Thank you for your interest in {company}. After reviewing your application for {role}
(Req #{ref}), we would like to schedule a phone interview.

Please reply to this email with three dates and times over the next five business days
when you are available for a 30-minute call, including your time zone.

Sincerely,
{rname}
{rtitle}
""",
    ),
    b(
        "ats-inv-08",
        "invitation",
        "recruitee",
        "Next step for {role}: interview",
        """
Hi {first},

Good news! We'd like to invite you to the next step: a video interview with {hfirst} and
{ifirst} from the team.

Would {wday} or {oday} afternoon suit you? If neither works, send me some alternatives and
we'll find something.

Best,
{rname}
""",
        vague=True,
    ),
    # Confirmations: a fixed time.
    b(
        "ats-conf-01",
        "confirmation",
        "gh",
        "Interview Confirmation: {role} at {company}",
        """
Hi {first},

Your interview is confirmed! Here are the details:

| Date | {wday}, {wdate} |
| Time | {wtime} - {wend} {wtz} |
| Interviewer | {hname}, {htitle} |
| Format | Video call (link in the calendar invite) |

A calendar invitation with the video link will follow. If you need to reschedule, please
reply to this email at least 24 hours in advance.

Good luck!
{company} Recruiting
""",
        minutes=60,
        ics="REQUEST",
    ),
    b(
        "ats-conf-02",
        "confirmation",
        "lever",
        "Confirmed: {company} interview on {wmd}",
        """
Hi {first},

You're all set! Your interview for {role} is scheduled for {when}.

You'll be meeting with:
- {hname}, {htitle} (30 min)
- {iname}, Senior Engineer (30 min)

Please join from a quiet place with a good internet connection. Feel free to reach out
with any questions beforehand.

Best,
{company} Recruiting
""",
        minutes=60,
        when="us_long",
        locale="us",
    ),
    b(
        "ats-conf-03",
        "confirmation",
        "workday",
        "Interview Scheduled: {role} ({ref})",
        """
Dear {first},

Thank you for scheduling your interview. Please find the details below.

Position: {role}
Date: {wnum}
Start Time: {wtime} {wtz}
Duration: {mins} minutes
Location: Video interview - the join link is in Candidate Home

Please arrive in the virtual waiting room five minutes before the start time.

Kind Regards,
{company} Talent Acquisition
""",
        minutes=45,
        locale="us",
    ),
    b(
        "ats-conf-04",
        "confirmation",
        "smart",
        "Your interview with {company} is confirmed",
        """
Dear {first},

Thank you for booking your interview slot. We look forward to speaking with you on
{wday} {wmdo} at {wtime} ({wtzl}).

Your interview will last about {mins} minutes and will be held on site at our {city}
office. Please bring a form of photo ID and ask for {hname} at reception.

Kind regards,
{company} Hiring Team
""",
        minutes=90,
        ics="REQUEST",
    ),
    b(
        "ats-conf-05",
        "confirmation",
        "ashby",
        "Interview confirmed - {company} onsite",
        """
Hey {first},

Excited to have you in for the final round! Here's your schedule for {wday}, {wdate}
(all times {wtz}):

| {wt12s} | Welcome and coffee with {rfirst} |
| then | Pairing session with {iname} |
| then | System design with {hname} |
| lunch | With the team (on us!) |

We'll wrap up by {we12s} at the latest.

{rfirst}
""",
        minutes=240,
        hours=(9.5, 10),
        locale="us",
    ),
    b(
        "ats-conf-06",
        "confirmation",
        "personio",
        "Interview invitation: {role} on {wnum}",
        """
Dear {me},

thank you for your application. We are pleased to confirm your interview for the
position {role}:

Date: {wnum}
Time: {wt24} - {we24} ({wtz})
Place: {company}, {city} - please report to the front desk
Participants: {hname} ({htitle}), {rname} (HR)

If you cannot attend the appointment, please let us know as soon as possible.

Kind regards
{rname}
""",
        minutes=60,
        locale="de",
    ),
    b(
        "ats-conf-07",
        "confirmation",
        "icims",
        "Phone Screen Scheduled - {company}",
        """
Dear {first},

This email confirms your phone screen for {role}.

When: {when}
Who: {rname}, {rtitle}
How: {rfirst} will call you at the number on your application.

If this time no longer works, please use the link in the attached invitation to request a
new time.

Thank you,
{company} Talent Acquisition
""",
        minutes=30,
        when="us_num",
        locale="us",
        ics="REQUEST",
    ),
    b(
        "ats-conf-08",
        "confirmation",
        "bamboo",
        "See you {wday}!",
        """
Hi {first},

Just confirming your interview with {hfirst} on {wday} at {wtime} {wtzg}. It's a video
interview and should take about half an hour.

Link: https://meet.{cdomain}/{token}

Thanks,
{rname}
""",
        minutes=30,
        days=(1, 6),
    ),
]
