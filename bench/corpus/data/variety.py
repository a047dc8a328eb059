"""Odd shapes: shouting subjects, typos, forwards, reminders, signing services, checks."""

from __future__ import annotations

from ..model import maker

a = maker("agency")
t = maker("ats")
i = maker("inhouse")
p = maker("personal")
s = maker("screening")
e = maker("esign")

BASES = [
    a(
        "var-conf-01",
        "confirmation",
        "agency",
        "INTERVIEW CONFIRMATION - PLEASE READ",
        """
HI {first},

PLEASE SEE BELOW DETAILS FOR YOUR INTERVIEW WITH OUR CLIENT.

CLIENT: {company}
DATE: {wday} {wnum}
TIME: {wtime} {wtz}
ADDRESS: 2ND FLOOR, 40 STATION ROAD, {city}
CONTACT ON THE DAY: {hname}

Please arrive 10 mins early and dress smart. Call me if your running late!!

Thanks
{rfirst}
""",
        locale="us",
    ),
    a(
        "var-ack-01",
        "acknowledgment",
        "agency_gm",
        "Re: CV",
        """
Hi {first}

Thnaks for sending your cv accross, recieved with thanks. I will revert back shortly
once i have gone through it with my manager.

Rgds
{rfirst}
""",
        thread="application",
    ),
    t(
        "var-rej-01",
        "rejection",
        "taleo",
        "RE: YOUR APPLICATION",
        """
Dear {me},

Thank you for applying. Unfortunatly we have decided not to proceed with your application
for the {role} position at this time. We will retain your details on file.

Regards
Human Resources
""",
    ),
    i(
        "var-conf-02",
        "confirmation",
        "coordinator",
        "FW: Interview slot - {role}",
        """
Hi {first},

Forwarding {hfirst}'s note below - the slot is confirmed, see you then!

Best,
{rfirst}
""",
        thread="own_sender",
        forward=True,
        quote="""
Hi {rfirst},

I can do {wday} {wmd} at {wtime} {wtz} for the interview with {first}, 45 minutes in
the Harbour meeting room. I've blocked my calendar - please pass it on.

Thanks,
{hfirst}
""",
    ),
    t(
        "var-conf-03",
        "confirmation",
        "smart",
        "Reminder: your interview tomorrow with {company}",
        """
Hi {first},

This is a friendly reminder of your interview tomorrow:

{when}
Interviewer: {hname}

Join from a quiet place. If you have technical problems, call {rphone}.

Good luck!
""",
        when="us_at",
        days=(1, 1),
        locale="us",
    ),
    t(
        "var-conf-04",
        "confirmation",
        "lever",
        "Your {company} interview is in 24 hours",
        """
Hi {first},

Just a reminder: your interview for {role} starts in 24 hours, at {wtime} {wtzg} on
{wday}. The video link is in your calendar invitation.

A few tips:
- Test your camera and microphone beforehand
- Have a copy of your resume handy
- Prepare a couple of questions for the team

See you soon!
""",
        days=(1, 1),
        locale="us",
    ),
    t(
        "var-conf-05",
        "confirmation",
        "icims",
        "Interview Confirmation - Lunch Interview",
        """
Dear {first},

We are pleased to confirm your lunch interview with {hname} on {wday}, {wdate} at 12:00
noon ({wtzg}). Lunch will be at the cafe on the ground floor of our building. The
conversation will run about an hour.

Regards,
{company} Talent Acquisition
""",
        hours=(12,),
        minutes=60,
        locale="us",
    ),
    i(
        "var-conf-06",
        "confirmation",
        "coordinator",
        "Panel interview agenda - {role}",
        """
Hello {first},

Here is your agenda for {wday}, {wdate}:

| Time | Session | With |
| {wtime} | Introductions | {rname} |
| +15 min | Technical deep dive | {hname}, {iname} |
| +75 min | Q&A and close | {hname} |

Total time: {mins} minutes. Please let me know if you need anything for the day.

Kind regards,
{rname}
""",
        minutes=90,
    ),
    e(
        "var-offer-01",
        "offer",
        "notify",
        "{rname} sent you a document to sign: Offer Letter - {me}",
        """
{rname} ({company}) sent you a document to review and sign.

Document: Offer Letter - {me}.pdf
Message from {rfirst}: "Hi {first}, we're so excited to extend this offer! Please review and
sign by {dlmd}. Call me with any questions."

[[Review document|https://sign.example/doc/{token}]]

Do not share this email. It contains a secure link.
""",
        frm="{rname} via Signwell <dse@sign.example>",
    ),
    s(
        "var-stat-01",
        "status_update",
        "notify",
        "{company} has requested a background check",
        """
Hello {first},

{company} has asked us to complete a background check as part of your application.
Please fill in your details and consent form within 3 days.

[[Start background check|https://checkpoint-screening.example/c/{token}]]

Checkpoint Screening acts on behalf of {company}. Questions about the role should go to
your recruiter.
""",
        frm="Checkpoint Screening <no-reply@checkpoint-screening.example>",
    ),
    p(
        "var-rej-02",
        "rejection",
        "friend",
        "Fwd: Your referral for {role}",
        """
Hey {first}, sorry to be the bearer of bad news - just got this from our referral system.
Their loss honestly. Let's grab a drink.

{fname}
""",
        frm="{fname} {flast} <{faddr}>",
        thread="own_sender",
        forward=True,
        quote="""
Hi {fname},

Thanks for referring {me} for the {role} role. We wanted to let you know that the hiring
team has reviewed the application and decided not to move forward with this candidate.

Thank you for helping us find great people!
{company} Talent Team
""",
    ),
    i(
        "var-inv-01",
        "invitation",
        "recruiter",
        "Interview options - {role}",
        """
Hi {first},

Thanks for your patience. {hfirst} would like to meet you. Would any of these work?

| Option A | {wday} {wmd}, {wtime} |
| Option B | {oday} {omd}, {otime} |

If not, send me a couple of alternatives and I'll make it work.

Best,
{rfirst}
""",
        vague=True,
    ),
    a(
        "var-inv-02",
        "invitation",
        "mobile",
        "role",
        "hey {first} - free for a quick call tmrw re the {role} role? 5 mins. let me know",
    ),
    i(
        "var-resch-01",
        "reschedule",
        "recruiter",
        "RE: Interview on {omd}",
        """
Hi {first},

Of course, no problem at all - thanks for letting me know early. I've released the
{oday} slot. Here are a few new options for next week:

- Tuesday morning
- Wednesday after 2pm
- Thursday any time

Just reply with what suits and I'll send a new invite.

Best,
{rfirst}
""",
        thread="own",
        quote="""
Hi {rfirst},

Something urgent has come up at work on {oday}. Is there any chance we could move our
interview to next week? Really sorry for the hassle.

Best,
{first}
""",
        days=(2, 4),
    ),
    t(
        "var-stat-02",
        "status_update",
        "taleo",
        "Application status change - {role}",
        """
Dear {me},

The status of your application for the position {role} (Job Number {ref}) has changed.

New status: Under Consideration

This means your application is being reviewed by the hiring manager. You will be notified
of any further changes by email.

Human Resources
""",
    ),
    t(
        "var-rej-03",
        "rejection",
        "gh",
        "{role} - position filled",
        """
Hi {first},

The {role} position has been filled. Thanks for applying.

{company}
""",
    ),
    t(
        "var-rej-04",
        "rejection",
        "workable",
        "Future opportunities at {company}",
        """
Hi {first},

Thank you for going through our process for {role}. We've now made a hire for this role.

We were impressed by your application and would like to add you to our talent pool, so we
can reach out first when a similar position opens. If you'd rather we didn't keep your
details, just reply and let us know.

Best wishes,
{rname}
""",
    ),
    t(
        "var-ack-02",
        "acknowledgment",
        "sf",
        "Thank you for your interest - application no. {jobid}",
        """
Dear {me},

We have received your application (application number {jobid}) for the vacancy {role}.

Our recruiting team is now checking your documents. As soon as the review is complete, we
will get back to you. This may take up to three weeks.

Kind regards,
Recruiting Center
""",
        by="weeks:3",
    ),
    i(
        "var-cancel-01",
        "cancellation",
        "coordinator",
        "Assessment centre on {wmd} - cancelled",
        """
Dear {first},

We regret to inform you that the assessment centre day scheduled for {wday} {wdate},
starting at {wtime}, has been cancelled due to low numbers of available assessors.

We are reviewing alternative dates and will write to you separately. Your application
remains active.

Kind regards,
Early Careers Team
""",
        hours=(9, 9.5),
        minutes=360,
    ),
    i(
        "var-conf-07",
        "confirmation",
        "recruiter_gm",
        "Please confirm - interview {wday}",
        """
Hi {first},

I'd like to confirm your interview on {wday} {wmdo} at {wtime} ({wtz}) with {hname} and
{iname}. It will be at our office - ask for me at reception.

Could you reply to confirm you can make it?

Thanks,
{rfirst}
""",
    ),
]
