"""Newsletters, webinars, courses, social networks and the press: recruiting words, other news."""

from __future__ import annotations

from ..model import maker

n = maker("newsletter")
s = maker("social")
e = maker("education")

BASES = [
    n(
        "nws-01",
        "other",
        "news",
        "The Hiring Ledger: why offers are taking longer || This week in hiring",
        """
THE HIRING LEDGER - weekly notes on the job market

1. Offers are taking longer
Time from final interview to offer has grown by four days this year. Companies say more
approvals are needed for every hire.

2. Rejection emails are getting shorter
Our survey of 300 recruiters found most now use a three-line template. Candidates hate it.

3. The return of the phone screen
After years of video everything, recruiters are picking up the phone again.

[[Read the full issue|https://hiringledger.example/issues/{jobid}]]
""",
        frm="The Hiring Ledger <issues@hiringledger.example>",
        n=6,
    ),
    n(
        "nws-02",
        "other",
        "news",
        "5 ways to follow up after an interview (without being annoying)",
        """
Hi {first},

You had the interview - now what? In this week's career letter:

- Send a thank-you within 24 hours
- Ask about the timeline before you leave the room
- If you hear nothing after the promised date, a short, friendly check-in is fine

Plus: a template for the "just checking in" email that recruiters actually like.

[[Read more|https://careercoachletter.example/follow-up]]
""",
        frm="Career Coach Letter <coach@careercoachletter.example>",
    ),
    n(
        "nws-03",
        "other",
        "news",
        "You're invited: webinar on acing behavioural interviews",
        """
Hi {first},

You're invited to our free live webinar, "Acing the behavioural interview", on
{wday}, {wmd} at {wt12s} {wtzg}.

Our panel of former recruiters will cover the STAR method, common pitfalls, and how to
talk about failure.

[[Save my seat|https://{boarddom}/webinars/star]]

Can't make it live? Register anyway and we'll send you the recording.
""",
        frm="{board} Events <events@{boarddom}>",
        locale="us",
    ),
    n(
        "nws-04",
        "other",
        "news",
        "Your invitation to the Future of Work Summit",
        """
Dear {first},

We'd be delighted to welcome you to the Future of Work Summit in {city}.

Two days of talks on hiring, remote teams and AI at work, with speakers from {company}
and {company2}.

Use code GUEST25 for 25% off your ticket.

[[Get tickets|https://fowsummit.example/tickets]]
""",
        frm="Future of Work Summit <hello@fowsummit.example>",
    ),
    n(
        "nws-05",
        "other",
        "news",
        "{company} is hiring: join our talent community",
        """
Hi {first},

Thanks for joining the {company} talent community! Every month we'll share stories from
our teams and new openings that match your interests.

This month: meet the team building our new logistics platform, and see 12 open roles
across engineering and operations.

[[See open roles|https://careers.{cdomain}/jobs]]
""",
        frm="{company} Careers <talent-community@{cdomain}>",
    ),
    n(
        "nws-06",
        "other",
        "news",
        "Podcast: an interview with a hiring manager who reads every CV",
        """
New episode out now!

This week we interview {hname}, who has hired over 200 people and still reads every
application personally. We talk about cover letters, red flags and why "unfortunately"
is her least favourite word.

[[Listen now|https://worktalk.example/episodes/{jobid}]]
""",
        frm="Work Talk Podcast <episodes@worktalk.example>",
    ),
    n(
        "nws-07",
        "other",
        "news",
        "Product update: scheduling links, now with buffers",
        """
What's new in {tool}

- Buffer time between meetings
- Round-robin booking for interview panels
- A refreshed confirmation email

[[See what's new|https://{tooldom}/changelog]]
""",
        frm="{tool} <product@{tooldom}>",
    ),
    n(
        "nws-08",
        "other",
        "news",
        "Your weekly tech digest",
        """
Top stories this week:

- The quiet rise of small language models
- How one startup cut its cloud bill by 40%
- Opinion: stop asking candidates to do eight-hour take-homes

Jobs board: 42 new roles this week, from {company} to {company2}.

[[Read the digest|https://techdigest.example/weekly]]
""",
        frm="Tech Digest <weekly@techdigest.example>",
    ),
    n(
        "nws-09",
        "other",
        "news",
        "Last chance: 50% off Premium",
        """
{first}, stand out to recruiters.

Premium members get 4x more profile views and see who viewed their profile. Try it now
at half price - offer ends tonight.

[[Claim my offer|https://{boarddom}/premium]]
""",
        frm="{board} Premium <offers@{boarddom}>",
    ),
    n(
        "nws-10",
        "other",
        "news",
        "We want your feedback - 2 minute survey",
        """
Hi {first},

How was your experience using {board} to look for jobs? Tell us in a 2-minute survey and
help us improve.

[[Take the survey|https://{boarddom}/survey/{token}]]

Thank you!
""",
        frm="{board} Research <research@{boarddom}>",
    ),
    n(
        "nws-11",
        "other",
        "notify",
        "Journalist request: could we interview you?",
        """
Hi {first},

I'm a reporter at City Weekly working on a piece about people changing careers in their
thirties. A mutual contact said you'd recently made a switch.

Would you be open to a 20-minute phone interview for the article sometime next week? It
can be anonymous if you prefer.

Thanks,
{fname} {flast}
""",
        frm="{fname} {flast} <newsdesk@cityweekly.example>",
    ),
    e(
        "edu-01",
        "other",
        "notify",
        "Congratulations! You've been accepted",
        """
Dear {first},

Congratulations! We are pleased to inform you that you have been accepted into the
Data Analytics Bootcamp, spring cohort.

To secure your place, please pay the deposit by {dlmd}. Classes begin on {stmd}.

We can't wait to see what you'll build.

Admissions Team, Codeforge Academy
""",
        frm="Codeforge Academy Admissions <admissions@codeforge.example>",
    ),
    e(
        "edu-02",
        "other",
        "notify",
        "Your course certificate is ready",
        """
Well done, {first}!

You completed "Project Management Foundations". Your certificate is ready to download and
share on your profile.

[[Download certificate|https://learnhub.example/certificates/{token}]]
""",
        frm="LearnHub <certificates@learnhub.example>",
    ),
    e(
        "edu-03",
        "other",
        "notify",
        "Your conference talk proposal",
        """
Dear {first},

Thank you for submitting your talk "Testing data pipelines in production" to DataConf.

We received more than 400 proposals this year, and unfortunately we were not able to
accept yours for the programme. We hope you'll still join us as an attendee - speakers
who submitted get 20% off tickets.

The DataConf Programme Committee
""",
        frm="DataConf Programme Committee <cfp@dataconf.example>",
    ),
    e(
        "edu-04",
        "other",
        "notify",
        "Offer of a place: MSc Data Science",
        """
Dear {me},

We are pleased to make you an offer of a place on the MSc Data Science programme starting
in September.

Your offer is unconditional. Please accept or decline your offer in the applicant portal
by {dldate}.

Postgraduate Admissions
""",
        frm="Postgraduate Admissions <pg-admissions@harrowgate.edu.example>",
    ),
    e(
        "edu-05",
        "other",
        "notify",
        "Reminder: assignment due {dlwd}",
        """
Hi {first},

This is a reminder that Assignment 3 (SQL joins) is due on {dlwd} at 23:59. Late
submissions lose 10% per day.

Good luck!
Evening Data Course
""",
        frm="Evening Data Course <noreply@learnhub.example>",
    ),
    s(
        "soc-01",
        "other",
        "notify",
        "{fname} {flast} commented on your post",
        """
{fname} {flast} commented on your post:

"Congrats on wrapping up the project! Let me know if you're ever looking - we're hiring
on my team."

[[View comment|https://circlet.example/p/{token}]]
""",
        frm="Circlet <notifications@circlet.example>",
        n=6,
    ),
    s(
        "soc-02",
        "other",
        "notify",
        "You have 3 new connection requests",
        """
Hi {first},

You have 3 new connection requests:
- {fname} {flast}, {role2} at {company}
- {hname}, Recruiter at {agency}
- {iname}, {role3}

[[Review requests|https://circlet.example/network]]
""",
        frm="Circlet <notifications@circlet.example>",
    ),
    s(
        "soc-03",
        "other",
        "notify",
        "{fname} endorsed you for Python",
        """
{fname} {flast} endorsed you for Python.

Endorsements help recruiters find people with the skills they need. Return the favour?

[[Endorse {fname}|https://circlet.example/in/{fname}]]
""",
        frm="Circlet <notifications@circlet.example>",
    ),
    s(
        "soc-04",
        "other",
        "notify",
        "New message from a recruiter",
        """
{hname} sent you a message:

"Hi {first}, I'm building a pipeline of {role} talent for future openings at several of
our clients. I'd love to add you to our network - feel free to check out our open
roles on our website."

[[Reply|https://circlet.example/messages]]
""",
        frm="Circlet <messages@circlet.example>",
    ),
    s(
        "soc-05",
        "other",
        "notify",
        "Your post is getting attention",
        """
Your post "Six months of job hunting: what I learned" has 1,204 impressions and 87
reactions.

Top comment from {fname}: "The part about rejection emails hit home. Good luck!"

[[See analytics|https://circlet.example/analytics/{token}]]
""",
        frm="Circlet <notifications@circlet.example>",
    ),
    s(
        "soc-06",
        "other",
        "notify",
        "{fname} started a new position",
        """
Congratulate {fname} {flast} on starting a new position as {role} at {company}!

[[Say congrats|https://circlet.example/in/{fname}/congrats]]
""",
        frm="Circlet <notifications@circlet.example>",
    ),
    s(
        "soc-07",
        "other",
        "notify",
        "You have a new follower",
        """
{fname} {flast} is now following you.

See their profile and follow back.

Manage email notifications in Settings.
""",
        frm="Threadly <no-reply@threadly.example>",
    ),
]
