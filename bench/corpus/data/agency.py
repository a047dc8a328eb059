"""Agencies and staffing firms: a consultant writing about a client's role."""

from __future__ import annotations

from ..model import maker

b = maker("agency")

BASES = [
    b(
        "agy-inv-01",
        "invitation",
        "agency",
        "{role} opportunity - quick chat? || Opportunity: {role}, {city}",
        """
Hi {first},

I hope you don't mind me reaching out. I'm working with {company} on a {role} hire and your
profile stood out - particularly your recent work on data platforms.

It's a permanent role, hybrid (two days in {city}), paying up to {salary}.

Would you be open to a 15-minute call this week so I can give you the full picture? Let me
know a time that suits and the best number to reach you on.

Kind regards,
{rfirst}
""",
    ),
    b(
        "agy-inv-02",
        "invitation",
        "agency_gm",
        "Your application - {role}",
        """
Hi {first},

Thanks for applying for the {role} role we advertised. I've had a read of your CV and I
think you could be a strong match for my client.

Before I put you forward, I'd like to have a quick call to go through the role and make
sure it's right for you. Are you free tomorrow or {dlwd} for 20 minutes? Just reply with a
couple of times.

Cheers,
{rfirst}
""",
    ),
    b(
        "agy-inv-03",
        "invitation",
        "agency",
        "Contract role - {role} - 6 months",
        """
Hello {first},

I have an urgent contract requirement that looks like a great fit:

- Role: {role}
- Client: a global logistics business
- Rate: competitive day rate, outside IR35
- Duration: 6 months initially, remote with occasional travel

If you're available, could we jump on a call today or tomorrow? Please send your
availability and your current day rate expectations.

Best,
{rname}
""",
    ),
    b(
        "agy-inv-04",
        "invitation",
        "agency_gm",
        "Catch up?",
        """
Hi {first},

It's been a while since we last spoke - hope the search is going well! I've got a couple
of new roles with {company} and one of their competitors that I think you'd like.

Fancy a catch-up call? I'm around most afternoons next week, let me know what works.

{rfirst}
""",
    ),
    b(
        "agy-inv-05",
        "invitation",
        "agency",
        "Introduction from {agency}",
        """
Dear {me},

My name is {rname} and I specialise in placing finance professionals with companies in
{city}. We've been retained by {company} to find a {role}.

I would welcome the opportunity to speak with you confidentially about the position.
Could you let me know when you might be available for a brief call over the next few
days?

With best regards,
{rname}
""",
    ),
    b(
        "agy-conf-01",
        "confirmation",
        "agency",
        "Interview confirmation - {company}",
        """
Hi {first},

Great news - {company} would like to meet you! I've confirmed the following:

Date: {wday} {wmdo}
Time: {wtime} ({wtzg})
Location: {company}, {city} - ask for {hname} at reception
Format: 1 hour, competency-based, with {hname} and someone from HR

I'll give you a call the day before to prep. Best of luck!

{rfirst}
""",
        minutes=60,
    ),
    b(
        "agy-conf-02",
        "confirmation",
        "agency_gm",
        "Re: {role}",
        """
Hi {first},

Perfect, I've locked in {wday} at {wt12s} with the client. {hfirst} will send you a video
link directly.

Speak soon,
{rfirst}
""",
        days=(1, 6),
        thread="availability",
    ),
    b(
        "agy-conf-03",
        "confirmation",
        "agency",
        "2nd stage interview - {company}",
        """
Morning {first},

Following your first interview, {company} have asked to see you for a second stage. I've
booked you in for {when}. It will be a 90-minute session with the {role} team lead and
the CTO including a short presentation (15 minutes on a project of your choice).

Please confirm receipt of this email.

Kind regards,
{rfirst}
""",
        when="uk_long",
        locale="uk",
        minutes=90,
    ),
    b(
        "agy-stat-01",
        "status_update",
        "agency",
        "CV submitted - {company}",
        """
Hi {first},

Just to let you know I've sent your CV across to {company} for the {role} position this
morning, along with my notes from our call.

They're usually quick to respond. I'd expect feedback within the next few days and will
be in touch as soon as I hear anything.

Thanks,
{rfirst}
""",
        by="few",
    ),
    b(
        "agy-stat-02",
        "status_update",
        "agency_gm",
        "Update on {company}",
        """
Hi {first}, quick update - the hiring manager at {company} is on leave this week so
there's a slight delay on feedback. They've promised me an answer by {bywd}. I'll chase
them if not.

{rfirst}
""",
        by="weekday",
    ),
    b(
        "agy-stat-03",
        "status_update",
        "agency",
        "Feedback from {company}",
        """
Hi {first},

Good news - {company} really liked your CV and want to move you forward. The next step
is an online personality and numerical reasoning assessment, which their HR team will send
you directly. It takes about 45 minutes.

Once that's done, we'll talk about interviews.

{rfirst}
""",
    ),
]
