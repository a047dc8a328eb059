"""Short human replies inside a thread, with the earlier message quoted below."""

from __future__ import annotations

from ..model import maker

b = maker("inhouse")

_PROPOSAL = """
Hi {rfirst},

Thanks for getting back to me! I could do {wday} at {wt12s}, or any time the next morning.
Whatever is easiest for {hfirst}.

Best,
{first}
"""

_INVITE = """
Hi {first},

Thanks for applying for {role}. Could you let me know when you'd be free for a short
call with our hiring manager in the next few days?

Best,
{rfirst}
"""

BASES = [
    b(
        "rep-conf-01",
        "confirmation",
        "mobile",
        "Re: Interview times",
        "{wday} at {wt12s} works, see you then!\n\n{rfirst}",
        thread="own",
        quote=_PROPOSAL,
        days=(1, 6),
    ),
    b(
        "rep-conf-02",
        "confirmation",
        "recruiter_gm",
        "Re: {role} - availability",
        """
Perfect - {wday} {wt12s} it is. I'll call you on the number in your CV. Should be about
half an hour.

{rfirst}
""",
        thread="own",
        quote=_PROPOSAL,
        days=(1, 6),
        minutes=30,
    ),
    b(
        "rep-conf-03",
        "confirmation",
        "manager",
        "Re: Chat about the role",
        """
Great, locked in for {wday} {wt12s}. Here's the link: https://meet.{cdomain}/{hfirst}

{hfirst}
""",
        thread="availability",
        days=(1, 6),
    ),
    b(
        "rep-conf-04",
        "confirmation",
        "mobile",
        "Re: Following up",
        "Sounds good. Let's say {wt12s} {wday}. Talk then",
        thread="checkin",
        days=(1, 6),
    ),
    b(
        "rep-conf-05",
        "confirmation",
        "recruiter",
        "RE: Phone screen",
        """
Hi {first},

Thanks - I've booked {wday} {wmd} at {wtime} ({wtzg}) for your call with {hname}. You'll
get an invite from me shortly.

Best,
{rfirst}
""",
        thread="availability",
    ),
    b(
        "rep-conf-06",
        "confirmation",
        "founder",
        "Re: Hello from {company}",
        """
noon on {wday} is great. i'll be the one with the bike helmet in the lobby :)

{rfirst}
""",
        thread="own",
        quote="""
Hi {rfirst}, I'd love to meet in person. Any chance of lunchtime later this week? I'm
near your office most days.
{first}
""",
        days=(1, 6),
        hours=(12,),
        truth={"interview_end": None},
    ),
    b(
        "rep-inv-01",
        "invitation",
        "recruiter_gm",
        "Re: Application - {role}",
        """
Hi {first},

Thanks for your email and for sending your CV. Your background looks like a good match.
When would you be available for a quick 20-minute call this week or next?

{rfirst}
""",
        thread="application",
    ),
    b(
        "rep-inv-02",
        "invitation",
        "mobile",
        "Re: {role}",
        "Thanks {first}! Can you send me a few times that work for a call next week?",
        thread="application",
    ),
    b(
        "rep-inv-03",
        "invitation",
        "recruiter",
        "RE: Checking in on {role}",
        """
Hi {first},

Apologies for the delay. Good news: {hfirst} would like to meet you. Could you send over
two or three time slots next week that suit you for a 45-minute video interview?

Many thanks,
{rfirst}
""",
        thread="checkin",
    ),
    b(
        "rep-stat-01",
        "status_update",
        "recruiter_gm",
        "Re: Portfolio",
        """
Thanks {first}, this is great. I've shared your portfolio with the design leads and
will come back to you by {bywd} with their thoughts.

{rfirst}
""",
        thread="own",
        quote="""
Hi {rfirst}, as discussed, here's the link to my portfolio:
https://portfolio.example/{first}

Let me know if you need anything else.
{first}
""",
        by="weekday",
    ),
    b(
        "rep-stat-02",
        "status_update",
        "mobile",
        "Re: Following up",
        "Hi {first} - still waiting on the team, no decision yet. Will update you asap!",
        thread="checkin",
    ),
    b(
        "rep-stat-03",
        "status_update",
        "recruiter",
        "RE: Thank you!",
        """
Thank you, {first}! It was great to have you in. The panel is meeting on {bywd} to
decide next steps - I'll let you know either way straight after.

{rfirst}
""",
        thread="thanks",
        by="weekday",
    ),
    b(
        "rep-rej-01",
        "rejection",
        "recruiter_gm",
        "Re: Following up on {role}",
        """
Hi {first},

Thanks for checking in. I'm sorry to say that we've decided to go with another candidate
for this role. I really appreciate your patience, and it was a pleasure getting to know
you.

Best of luck,
{rfirst}
""",
        thread="checkin",
    ),
    b(
        "rep-rej-02",
        "rejection",
        "mobile",
        "Re: Checking in",
        """
Hi {first}, thanks for reaching out. We ended up hiring for this one last week, sorry I
didn't update you sooner. Best of luck with your search.
""",
        thread="checkin",
    ),
    b(
        "rep-rej-03",
        "rejection",
        "manager",
        "Re: Thank you",
        """
Thank you {first}, that's kind of you. I wish I had better news: we've decided not to
move forward, as we need someone who can start leading the team from day one. You were
a close second, for what it's worth.

{hfirst}
""",
        thread="thanks",
    ),
    b(
        "rep-offer-01",
        "offer",
        "recruiter_gm",
        "Re: Final interview",
        """
Hi {first},

Can you talk today? I have some good news - we'd like to offer you the job! I'll send
the formal offer once we've spoken.

{rfirst}
""",
        thread="thanks",
    ),
    b(
        "rep-resch-01",
        "reschedule",
        "mobile",
        "Re: Interview confirmation",
        "Hi {first}, something came up on {oday} - could we do {wday} at {wt12s} instead? Sorry!",
        thread="own_sender",
        quote="""
Confirmed for {oday} at {ot12s}. Talk then!
{rfirst}
""",
        days=(1, 3),
    ),
    b(
        "rep-resch-02",
        "reschedule",
        "recruiter",
        "RE: Interview on {omd}",
        """
Hi {first},

Thanks for letting me know - of course, illness happens. I've moved your interview to
{wday}, {wmd} at {wtime} {wtz}, same panel and same link. Feel better soon!

Best,
{rfirst}
""",
        thread="own",
        quote="""
Hi {rfirst},

I'm so sorry, but I've come down with a fever and don't think I can give my best on
{oday}. Would it be possible to move the interview to later next week?

Apologies,
{first}
""",
    ),
    b(
        "rep-cancel-01",
        "cancellation",
        "recruiter_gm",
        "Re: Interview tomorrow",
        """
Hi {first},

Thanks for confirming, but I need to cancel tomorrow's {wt12s} - {hfirst} is off sick
and we don't know yet when she'll be back. I didn't want you to spend the evening
preparing. I'll reach out once I know more.

Sorry about this,
{rfirst}
""",
        thread="question",
        days=(1, 1),
        truth={"interview_end": None},
    ),
    b(
        "rep-ack-01",
        "acknowledgment",
        "recruiter",
        "RE: Application - {role}",
        """
Hi {first},

Thank you, received! I'll pass your CV to the hiring manager and come back to you once
they've had a look.

Best regards,
{rfirst}
""",
        thread="application",
    ),
    b(
        "rep-ack-02",
        "acknowledgment",
        "mobile",
        "Re: Application",
        "Got it, thanks {first}. Will review and be in touch in the next few days.",
        thread="application",
        by="few",
    ),
]
