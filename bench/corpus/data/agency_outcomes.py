"""Agencies: the client's decision, changes to interviews, and mass mail to the database."""

from __future__ import annotations

from ..model import maker

b = maker("agency")

BASES = [
    b(
        "agy-rej-01",
        "rejection",
        "agency",
        "Feedback - {role} at {company}",
        """
Hi {first},

Thanks again for going to see {company} on Tuesday. I've now had feedback and I'm afraid
they've decided to go with another candidate who had more direct industry experience.

They did say you interviewed very well and they'd be open to considering you for future
roles. I'll keep you front of mind for anything similar.

Best,
{rfirst}
""",
    ),
    b(
        "agy-rej-02",
        "rejection",
        "agency_gm",
        "{company} update",
        """
Hi {first},

Bad news I'm afraid - {company} have put the {role} role on hold due to budget, so they
won't be progressing any candidates for now. Really sorry, I know you were keen.

I'll let you know if it reopens.

{rfirst}
""",
    ),
    b(
        "agy-rej-03",
        "rejection",
        "agency",
        "Your application for {role}",
        """
Dear {first},

Thank you for your application for the {role} vacancy advertised by {agency}.

Having reviewed your CV against the client's requirements, we will not be putting you
forward for this role. We receive a high number of applications and are not always able
to give detailed feedback.

We will keep your details on our database and may contact you regarding suitable
vacancies in the future.

Regards,
{agency} Recruitment Team
""",
    ),
    b(
        "agy-rej-04",
        "rejection",
        "agency_gm",
        "Re: {role} - next steps",
        """
Hi {first},

Just heard back from the client. They've offered the role to someone else who was
further along in their process. Gutted for you as it sounded like a great interview.

Let's talk next week about what else is out there.

{rfirst}
""",
        thread="checkin",
    ),
    b(
        "agy-offer-01",
        "offer",
        "agency",
        "Offer - {company}!!",
        """
{first},

Fantastic news - {company} want to offer you the {role} position! The offer is {salary}
base plus bonus, with a start date of {stmd}.

Give me a call when you get this so we can talk through the details. They're hoping for a
decision by {dlwd}.

Congratulations!
{rfirst}
""",
    ),
    b(
        "agy-offer-02",
        "offer",
        "agency",
        "Contract offer - {role}",
        """
Hi {first},

Following your interview yesterday, the client would like to offer you the contract. The
details:

- Start date: {stdate}
- Duration: 6 months with a view to extend
- Rate: as discussed

I'll send the contract through our portal shortly. Please confirm you'd like to accept and
I'll let the client know.

Best regards,
{rname}
""",
        locale="uk",
    ),
    b(
        "agy-resch-01",
        "reschedule",
        "agency_gm",
        "Change of time for {company} interview",
        """
Hi {first},

{company} have asked if we can push your interview back slightly. Instead of {oday} at
{ot12s}, they've now got you down for {wday} at {wt12s}, same format.

Let me know if that's a problem - otherwise all good!

{rfirst}
""",
        days=(1, 3),
    ),
    b(
        "agy-cancel-01",
        "cancellation",
        "agency",
        "Interview tomorrow - cancelled",
        """
Hi {first},

Apologies for the short notice, but the client has asked me to cancel your interview
tomorrow at {wtime}. The hiring manager has had a family emergency.

I don't have a new date yet and don't want to guess. I'll update you as soon as I hear
back.

{rfirst}
""",
        days=(1, 1),
    ),
    b(
        "agy-ack-01",
        "acknowledgment",
        "agency",
        "Thanks for applying - {role} ({ref})",
        """
Dear {first},

Thank you for applying for the {role} position through {agency}.

Your application has been received and will be reviewed by one of our consultants. If
your skills and experience match our client's requirements, we will contact you to
discuss the role in more detail.

Kind regards,
The {agency} team
""",
    ),
    b(
        "agy-ack-02",
        "acknowledgment",
        "agency_gm",
        "Got your CV",
        """
Thanks {first}, got your CV - looks great. I'm reviewing a few profiles for {company}
this week and will come back to you by the end of the week either way.

{rfirst}
""",
        by="eow",
    ),
    # Outreach that asks for no call: mass mail, not about an application.
    b(
        "agy-oth-01",
        "other",
        "agency",
        "Hot jobs this week from {agency}",
        """
Hi {first},

Here are this week's new roles from {agency}:

- {role} - {company} - {city}
- {role2} - a scaling fintech - hybrid
- {role3} - {company2} - remote

If any of these interest you, simply apply on our website. Please ignore this email if
you are not currently looking.

The {agency} Team
""",
    ),
    b(
        "agy-oth-02",
        "other",
        "agency",
        "Are you still looking?",
        """
Hi {first},

We're updating our candidate database. Are you still open to new opportunities? Please
update your profile and preferences so we only send you relevant roles:

https://{adomain}/profile/{token}

Many thanks,
{agency}
""",
    ),
    b(
        "agy-oth-03",
        "other",
        "agency_gm",
        "Salary survey 2026",
        """
Hi {first},

Our annual technology salary survey is out! Some highlights:
- Average pay for data roles rose 4.2% this year
- Hybrid is now the norm: 71% of roles offer it
- Contract rates have flattened

Download the full report here: https://{adomain}/salary-survey-2026

{rfirst}
""",
    ),
    b(
        "agy-oth-04",
        "other",
        "agency",
        "Candidate referral scheme - earn up to {cur}500",
        """
Hi {first},

Know someone great who's looking? Refer a friend to {agency} and if we place them, we'll
send you a thank-you of up to {cur}500.

It only takes a minute: https://{adomain}/refer

Thanks for being part of our network!
{agency}
""",
        locale="uk",
    ),
]
