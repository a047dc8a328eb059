"""Hard negatives: bookings, cancellations and mass recruiting mail that asks nothing."""

from __future__ import annotations

from ..model import maker

c = maker("commercial")
g = maker("government")
x = maker("service")
r = maker("recruiting_bulk")

BASES = [
    x(
        "neg-11",
        "other",
        "notify",
        "Class cancelled: Tuesday spin",
        """
Hi {first},

Unfortunately, your booked class has been cancelled because the instructor is unwell.

Class: Spin 45
When: {wday} {wmd}, {wt24}

Your class credit has been returned to your account.
""",
        frm="Pulse Gym <bookings@pulsegym.example>",
        hours=(7, 18, 18.5),
    ),
    x(
        "neg-12",
        "other",
        "notify",
        "Event rescheduled: your tickets are still valid",
        """
Hi {first},

The concert you have tickets for has been rescheduled.

Old date: {oday} {omd}
New date: {wday} {wmd}, doors {wt12s}

Your tickets remain valid for the new date. If you can't make it, you can request a
refund until {dlmd}.
""",
        frm="Ticketbay <support@ticketbay.example>",
        hours=(19, 19.5),
    ),
    x(
        "neg-13",
        "other",
        "notify",
        "Mortgage application received",
        """
Dear {me},

Thank you for your mortgage application. We have received your documents and an
underwriter will review them.

We aim to give you a decision within 5 working days. We'll be in touch if we need
anything else.

{bank} Mortgages
""",
        frm="{bank} Mortgages <mortgages@{bankdom}>",
    ),
    x(
        "neg-14",
        "other",
        "notify",
        "Welcome aboard! Your volunteer application was approved",
        """
Hi {first},

Great news - your application to volunteer at the Riverside Food Bank has been approved!

Your first induction session is on {wday} at {wt12s}. Wear comfortable shoes.

Thank you for giving your time.
""",
        frm="Riverside Food Bank <volunteers@foodbank.example>",
    ),
    x(
        "neg-15",
        "other",
        "notify",
        "You're in! Hackathon acceptance",
        """
Congratulations {first}!

You've been accepted to HackTheHarbour. Teams will be formed on the day; bring your
laptop, charger and ideas.

Check-in opens at 9:00 on Saturday.
""",
        frm="HackTheHarbour <team@hacktheharbour.example>",
    ),
    x(
        "neg-16",
        "other",
        "notify",
        "Your food order was cancelled",
        """
Sorry, {first}. The restaurant couldn't accept your order and it has been cancelled.
You have not been charged.

Browse other restaurants nearby in the app.
""",
        frm="Dishdash <orders@dishdash.example>",
    ),
    x(
        "neg-17",
        "other",
        "notify",
        "Your free trial ends in 3 days",
        """
Hi {first},

Your free trial of Resume Studio Pro ends on {dlmd}. After that, your plan will switch to
{amount} per month.

Want to keep your templates and cover letter assistant? No action needed. To cancel, go
to Settings > Billing.
""",
        frm="Resume Studio <billing@resumestudio.example>",
    ),
    x(
        "neg-18",
        "other",
        "notify",
        "Your job alert has been paused",
        """
Hi {first},

We noticed you haven't opened your "{role}" job alerts for a while, so we've paused them.

Want them back? Turn the alert on again in your settings.
""",
        frm="{board} <alerts@{boarddom}>",
    ),
    x(
        "neg-19",
        "other",
        "notify",
        "Insurance claim received - ref {code}",
        """
Dear {me},

We have received your claim (reference {code}) for water damage. A claims handler will be
assigned within 2 working days and will contact you to arrange an inspection.

Homeguard Insurance
""",
        frm="Homeguard Insurance <claims@homeguard.example>",
    ),
    r(
        "blk-01",
        "other",
        "news",
        "Join our virtual career fair",
        """
Hi {first},

You're invited to {company}'s virtual career fair! Meet our teams, hear about life at
{company} and chat with recruiters in live breakout rooms.

No application needed - just register and drop in.

[[Register now|https://careers.{cdomain}/events/fair]]
""",
        frm="{company} Careers <events@{cdomain}>",
    ),
    r(
        "blk-02",
        "other",
        "recruiter",
        "Exciting opportunity - {role}",
        """
Hi {first},

I hope this finds you well! {company} is growing fast and we're looking for a {role} to
join the team in {city}.

You can read the full job description and apply here: https://careers.{cdomain}/jobs/{jobid}

If it's not for you, feel free to share it with your network.

Best,
{rfirst}
""",
    ),
    r(
        "blk-03",
        "other",
        "news",
        "How was your candidate experience?",
        """
Hi {first},

You recently took part in a recruiting process with {company}. We'd love to hear how it
went, whatever the outcome. The survey takes 3 minutes and is anonymous.

[[Share feedback|https://survey.{cdomain}/candidate/{token}]]

Thank you for helping us improve.
""",
        frm="{company} Candidate Experience <survey@{cdomain}>",
    ),
    r(
        "blk-04",
        "other",
        "news",
        "New roles you might like at {company}",
        """
Hi {first},

Because you're in our talent network, here are roles that opened this week:

- {role} ({city})
- {role2} (Remote)
- {role3} ({city})

Applying takes less than five minutes.

[[See all open roles|https://careers.{cdomain}/jobs]]
""",
        frm="{company} Talent Network <talent@{cdomain}>",
    ),
    r(
        "blk-05",
        "other",
        "agency",
        "Interview tips from {agency}",
        """
Hi {first},

Whether you've got an interview next week or you're just starting your search, our free
guide covers everything from researching the company to the questions you should ask.

Download the guide: https://{adomain}/interview-guide

Good luck with your search!
{agency}
""",
    ),
]
