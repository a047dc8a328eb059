"""Friends, family and colleagues, some of them talking about job hunting."""

from __future__ import annotations

from ..model import maker

p = maker("personal")
c = maker("community")

_FRIEND = "{fname} {flast} <{faddr}>"

BASES = [
    p(
        "per-01",
        "other",
        "friend",
        "how did it go??",
        """
Heyyy so how did the interview go?? I've been thinking about you all morning. Did they
ask the weird brainteaser stuff? Call me tonight if you want to debrief, I'm home after 7.

{fname}
""",
        frm=_FRIEND,
        n=6,
    ),
    p(
        "per-02",
        "other",
        "friend",
        "Fwd: We're hiring: {role}",
        """
Hey {first}, saw this and thought of you! The team is great and my manager says they're
struggling to find people. Want me to refer you? I'd get a bonus too haha

{fname}
""",
        frm=_FRIEND,
        thread="own_sender",
        forward=True,
        quote="""
Hi all,

We're hiring a {role} in {city}! Referrals welcome - please send CVs to
talent@{cdomain} by end of month.

Thanks,
{hname}
""",
    ),
    p(
        "per-03",
        "other",
        "friend",
        "Reference for me?",
        """
Hi {first},

Hope you're doing well! I'm in the final stages for a job at {company} and they've asked
for two references. Would you be willing to be one of them? It'd be a 10-minute phone
call with their recruiter, probably sometime next week.

Totally fine to say no if you're swamped!

Thanks a million,
{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-04",
        "other",
        "friend",
        "Re: dinner saturday",
        """
Sounds great! 7:30 works for us. Should we bring dessert or wine? Also, any news on the
job front? Fingers crossed for you.

x {fname}
""",
        frm=_FRIEND,
        thread="own",
        quote="""
Hi {fname}! Dinner at ours Saturday? Thinking 7:30. Let me know!
{first}
""",
    ),
    p(
        "per-05",
        "other",
        "friend",
        "I got rejected lol",
        """
Well, {company} said no. "We have decided to move forward with other candidates." Classic.
Honestly kind of relieved, the commute would have killed me.

Drinks Thursday to commiserate? Your turn to pick the place.

{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-06",
        "other",
        "friend",
        "GOT THE JOB",
        """
{first}!!! They made me an offer!!! I start in three weeks. I can't believe it after
six months of searching.

We're celebrating Friday at the Fox & Anchor, 8pm. You HAVE to come.

{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-07",
        "other",
        "friend",
        "Mum's birthday",
        """
Hi,

Just a reminder that it's Mum's 65th on the 14th. I booked the restaurant for 1pm. Can
you pick up the cake from the bakery on the way? I've already paid.

Also she keeps asking how the job search is going, so maybe prepare an answer :)

{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-08",
        "other",
        "friend",
        "interview tips?",
        """
Hey {first},

You've done a ton of interviews lately - any tips? I have my first panel interview in
years on Thursday and I'm freaking out a bit. What do you do when they ask about
weaknesses?

Coffee before Thursday maybe?
{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-09",
        "other",
        "friend",
        "photos from the weekend",
        """
Here are the photos from the hike! The one of you on the ridge is frame-worthy.

https://photos.example/album/{token}

Let's do it again next month.
{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-10",
        "other",
        "friend",
        "Re: quick question",
        """
Yes, the landlord confirmed the plumber is coming Tuesday between 8 and 12. Can you be
home? I have a job interview that morning, of all days.

{fname}
""",
        frm=_FRIEND,
        thread="own",
        quote="""
Did you hear back from the landlord about the leak?
{first}
""",
    ),
    p(
        "per-11",
        "other",
        "friend",
        "Congrats on the new role (from your old team)",
        """
Hi {first},

We heard through the grapevine that you might be moving on - the whole old team says
good luck! We miss your terrible puns at standup.

If you need someone to vouch for you, just say the word.

{fname}, on behalf of the gang
""",
        frm=_FRIEND,
    ),
    p(
        "per-12",
        "other",
        "friend",
        "Re: Job at {company}?",
        """
Hey,

I asked around. My cousin works at {company} - she says they're reorganising and hiring
is slow right now, so don't take the silence personally. She can have a coffee with you
if you want the inside scoop.

{fname}
""",
        frm=_FRIEND,
        thread="own",
        quote="""
Hi {fname}, random question - do you know anyone at {company}? I applied there three
weeks ago and haven't heard a thing.
{first}
""",
    ),
    p(
        "per-13",
        "other",
        "friend",
        "Sent from the airport",
        """
Landed safely! Flight was delayed 2 hours but whatever. Will call you tomorrow, too
tired now.

Love,
{fname}

Sent from my phone
""",
        frm=_FRIEND,
    ),
    p(
        "per-14",
        "other",
        "friend",
        "Can you look over my CV?",
        """
Hi {first},

Sorry to bother you - I'm applying for a {role2} role and would love a second pair of
eyes on my CV. I've attached it. No rush, anytime this week would be amazing.

Thank you!!
{fname}
""",
        frm=_FRIEND,
        attach="CV_{fname}.pdf",
    ),
    p(
        "per-15",
        "other",
        "friend",
        "Re: Schedule for the kids",
        """
Ok I can do pickup on Monday and Wednesday, you do Tuesday and Thursday? Friday we can
play by ear. If your interview thing runs late just text me and I'll grab them.

{fname}
""",
        frm=_FRIEND,
        thread="own",
        quote="""
Can we sort out the school run for next week? My schedule is a mess.
{first}
""",
    ),
    p(
        "per-16",
        "other",
        "friend",
        "Mentoring session notes",
        """
Hi {first},

Great to catch up today. As promised, my notes:

- Tailor your CV for each application: lead with the outcomes that matter to them
- Reach out to two people a week for informational chats
- Keep a spreadsheet of every application and follow up after a week

Let's check in again in a month. You're doing all the right things.

{fname}
""",
        frm=_FRIEND,
    ),
    p(
        "per-17",
        "other",
        "friend",
        "Invitation: our wedding!",
        """
Dear {first},

We're getting married! We would love for you to join us on the 12th of September in
the gardens at Hollins Farm. Ceremony at 2pm, followed by dinner and dancing.

Please RSVP by the end of June at https://wedding.example/{fname}

With love,
{fname} & {fname2}
""",
        frm=_FRIEND,
    ),
    p(
        "per-18",
        "other",
        "friend",
        "Re: Re: Re: flat viewing",
        """
They accepted our application for the flat!!! Lease signing is next Monday. I can't
believe we actually got it.

{fname}
""",
        frm=_FRIEND,
        thread="own",
        quote="""
Fingers crossed for the flat! Did the agent say when they'd decide?
{first}
""",
    ),
]
