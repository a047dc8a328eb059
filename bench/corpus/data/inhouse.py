"""In-house recruiters and hiring managers writing from their own mailbox: scheduling."""

from __future__ import annotations

from ..model import maker

b = maker("inhouse")

BASES = [
    b(
        "inh-inv-01",
        "invitation",
        "recruiter",
        "{role} at {company} || Your background + {company}",
        """
Hi {first},

I lead recruiting for our data team at {company}, and I came across your profile while
looking for a {role}. Your experience building reporting pipelines is very close to what
we need.

Would you be open to a 20-minute call next week to hear more? If so, send me a few times
that work and I'll send an invite.

Best,
{rfirst}
""",
    ),
    b(
        "inh-inv-02",
        "invitation",
        "recruiter_gm",
        "Next steps - {role}",
        """
Hi {first},

Thank you for your application for {role}. I'd like to set up a first conversation with
you - around 30 minutes, over video.

What does your availability look like on {dlwd} or the day after? Mornings are easiest
for me but I can be flexible.

Thanks,
{rname}
""",
    ),
    b(
        "inh-inv-03",
        "invitation",
        "manager",
        "Chat about the {role} role?",
        """
Hi {first},

{rfirst} from our talent team passed along your application and I really enjoyed
reading it - the side project on route optimisation especially.

I'm the hiring manager for this role. Would you have time for an informal chat sometime
in the next week or two? Nothing to prepare, just a conversation. Let me know what
suits you and I'll work around it.

Cheers,
{hfirst}
""",
    ),
    b(
        "inh-inv-04",
        "invitation",
        "coordinator",
        "Scheduling your final interviews - {company}",
        """
Hello {first},

Congratulations on progressing to the final stage for {role}! I'm coordinating the
schedule for your final round, which consists of four 45-minute conversations, ideally
on the same day.

Could you share your availability for the week of {stmd}? Please list full days or
half-days that work, and let me know if you need any accommodations.

Many thanks,
{rname}
Recruiting Coordinator
""",
    ),
    b(
        "inh-inv-05",
        "invitation",
        "recruiter",
        "Checking in",
        """
Hi {first} - hope all is well! Would you have 15 min this week for a quick catch up
about the {role} opening? Let me know a good time. Thx!
""",
    ),
    b(
        "inh-inv-06",
        "invitation",
        "recruiter_gm",
        "Phone screen for {role}",
        """
Hello {first},

Thanks for your interest in {company}. I'd like to schedule a phone screen. Could you
reply with your availability for a 30-minute call between Monday and Wednesday of next
week?

Please include your time zone, as our team is spread across a few.

Best regards,
{rname}
{rtitle}
""",
    ),
    b(
        "inh-inv-07",
        "invitation",
        "manager",
        "Coffee?",
        """
Hi {first},

Thanks for the note after the meetup last week. We're actually hiring a {role} at the
moment, and from our chat I think you could be a great fit.

Would you like to grab a coffee near our office in {city} and talk about it? I'm
fairly free next week - just tell me which day works.

{hfirst}
""",
    ),
    b(
        "inh-inv-08",
        "invitation",
        "recruiter",
        "Interview - {company} - {role}",
        """
Dear {first},

Following the review of your application, we would be delighted to invite you to an
interview for the position of {role}.

The interview would be held on site and take about an hour. Please let me know which of
the following dates you would prefer:

- {wday} {wmd}, morning
- {oday} {omd}, afternoon

Kind regards,
{rname}
""",
        vague=True,
    ),
    b(
        "inh-conf-01",
        "confirmation",
        "recruiter",
        "Interview confirmation - {role}",
        """
Hi {first},

Thank you for your quick reply. I'm pleased to confirm your interview:

{when}
Interviewers: {hname} ({htitle}) and {iname}
Location: our {city} office - please come to reception on the 3rd floor

Please bring a copy of your ID. If anything changes, just call me on {rphone}.

Best,
{rfirst}
""",
        when="locale",
        minutes=60,
    ),
    b(
        "inh-conf-02",
        "confirmation",
        "calendar",
        "Invitation: Interview - {role} @ {when} ({me_addr})",
        """
{rname} has invited you to an event.

Interview - {role}
When: {when}
Where: Video call
Who:
- {rname} - organizer
- {hname}
- {me_addr}

[[Join the video call|https://meet.{cdomain}/{token}]]
""",
        when="cal",
        minutes=45,
        ics="REQUEST",
    ),
    b(
        "inh-conf-03",
        "confirmation",
        "recruiter_gm",
        "Re: Next steps - {role}",
        """
Hi {first},

{wday} at {wtime} works great. I've sent a calendar invite to {me_addr} with the video
link. Talk then!

{rfirst}
""",
        days=(1, 6),
        thread="availability",
    ),
    b(
        "inh-conf-04",
        "confirmation",
        "manager",
        "See you {wday}",
        """
Hi {first},

Looking forward to meeting on {wday}. Just to confirm: {wt12s} {wtzg}, and I'll call
you on the number from your CV. Should take about 40 minutes.

{hfirst}
""",
        days=(1, 6),
        minutes=40,
        locale="us",
    ),
    b(
        "inh-conf-05",
        "confirmation",
        "coordinator",
        "Your final round schedule - {wmd}",
        """
Hi {first},

Thank you for sending your availability. Your final round is confirmed for
{wday}, {wdate}. Here's the agenda (times in {wtzl}):

| {wtime} | {hname} - Hiring Manager |
| +45 min | {iname} - Peer interview |
| +90 min | Break |
| +105 min | {rname} - Values conversation |

We'll finish by {wend}. The video links are in the calendar invitations you'll get
separately.

All the best,
{rname}
""",
        minutes=150,
        hours=(9, 9.5, 13),
    ),
    b(
        "inh-conf-06",
        "confirmation",
        "recruiter",
        "Tomorrow",
        """
Hi {first}, just a reminder that you're meeting {hfirst} tomorrow at {wtime}. Address is
12 Canal Street, 2nd floor - buzz {company}. Good luck!!
""",
        days=(1, 1),
    ),
]
