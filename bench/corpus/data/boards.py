"""Job boards: alerts and digests (not about an application), and the board's own receipts."""

from __future__ import annotations

from ..model import maker

b = maker("jobboard")

BASES = [
    b(
        "brd-oth-01",
        "other",
        "board_alert",
        '{njobs} new jobs for "{role}" in {city} || New jobs matching your search',
        """
Hi {first},

Here are the latest jobs matching your saved search "{role}":

- {role} - {company} - {city} - Easy apply
- Senior {role} - {company2} - {city} - Posted 2 days ago
- {role3} - {company3} - Remote - Actively recruiting

[[See all {njobs} jobs|https://{boarddom}/jobs?q=saved&t={token}]]

You're receiving this alert because you created a job alert. Manage your alerts.
""",
        n=6,
    ),
    b(
        "brd-oth-02",
        "other",
        "board_li",
        "{company} is hiring: {role} || Jobs you may be interested in",
        """
Jobs you may be interested in

{role}
{company} - {city}
Be an early applicant

{role2}
{company2} - {city}
3 connections work here

{role3}
{company3} - Remote
Promoted

[[See more jobs|https://www.linkedin.com/jobs/collections/recommended]]
""",
    ),
    b(
        "brd-oth-03",
        "other",
        "board_in",
        "{role} jobs near {city} || Your daily job alert",
        """
{njobs} new jobs for {role}

{role} - {company}
{city}
Responsive employer - Urgently hiring

{role2} - {company2}
{city}
From {salary} a year

[[View all jobs|https://www.indeed.com/jobs?alert={token}]]

Unsubscribe from this alert | Create new alert
""",
    ),
    b(
        "brd-oth-04",
        "other",
        "board",
        "Your weekly career digest",
        """
Hi {first},

This week on {board}:

- Top companies hiring in {city}: {company}, {company2}, {company3}
- Article: 7 questions to ask at the end of an interview
- Salary insight: {role} roles in your area pay 6% more than last year

[[Read the digest|https://{boarddom}/digest]]
""",
    ),
    b(
        "brd-oth-05",
        "other",
        "board",
        "Recruiters are looking at profiles like yours",
        """
Hi {first},

Your profile appeared in 14 searches this week. Recruiters from companies like {company}
and {company2} searched for skills you have.

Make sure you stand out: add a headline and at least five skills to your profile.

[[Update profile|https://{boarddom}/me/edit]]
""",
    ),
    b(
        "brd-oth-06",
        "other",
        "board",
        "Complete your profile to get better matches",
        """
Hi {first},

Your profile is 60% complete. Candidates with complete profiles get up to 3x more messages
from employers.

What's missing:
- Work history for your most recent role
- Desired salary
- Resume upload

[[Finish my profile|https://{boarddom}/onboarding]]
""",
    ),
    b(
        "brd-oth-07",
        "other",
        "board_alert",
        "New remote jobs picked for you",
        """
Good morning {first},

Fresh remote roles for you today:

| {role} | {company} | Full-time |
| {role2} | {company2} | Contract |
| {role3} | {company3} | Full-time |

[[Browse remote jobs|https://{boarddom}/remote]]
""",
    ),
    b(
        "brd-oth-08",
        "other",
        "board_li",
        "You appeared in {njobs} searches this week",
        """
You appeared in {njobs} searches this week

See who's looking: recruiters, hiring managers and people in your network.

Search appearances come from titles like {role} and {role2}.

[[See all searches|https://www.linkedin.com/me/search-appearances]]
""",
    ),
    b(
        "brd-oth-09",
        "other",
        "board",
        "A new job was posted at a company you follow",
        """
{company} just posted a new job:

{role}
{city}

Apply before others do. Jobs posted in the last 24 hours get more attention from hiring
teams.

[[View job|https://{boarddom}/job/{jobid}]]
""",
    ),
    b(
        "brd-oth-10",
        "other",
        "board_in",
        "Take a skills test to stand out",
        """
Employers hiring for {role} often look for proven skills.

Take a free 15-minute assessment, add the result to your profile and show employers
what you can do.

[[Start assessment|https://www.indeed.com/assessments/start]]

You are receiving this email because you have an account.
""",
    ),
    b(
        "brd-oth-11",
        "other",
        "board",
        "Your job search this month",
        """
Hi {first},

Here's your monthly summary:
- Applications sent: 9
- Saved jobs: 14
- Profile views: 31

Tip: following up one week after applying can keep you top of mind.

Keep going - you've got this!
The {board} team
""",
    ),
    b(
        "brd-ack-01",
        "acknowledgment",
        "board",
        "Application submitted: {role} at {company} || Your application was sent to {company}",
        """
Your application was sent to {company}

{role}
{company} - {city}
Applied on {board}

The employer will contact you directly if they'd like to move forward. You can track the
status of your applications on My Jobs.

[[View my applications|https://{boarddom}/myjobs]]
""",
        n=6,
    ),
    b(
        "brd-ack-02",
        "acknowledgment",
        "board_in",
        "Application sent: {role}",
        """
Application submitted

{role}
{company}
{city}

Good luck! Your application was sent to the employer. Here's what you can expect:
- The employer reviews applications on their own schedule.
- If they are interested, they will reach out via message or email.

[[Track your application|https://www.indeed.com/myjobs]]
""",
    ),
    b(
        "brd-ack-03",
        "acknowledgment",
        "board_li",
        "Your application was sent to {company}",
        """
Your application was sent to {company}

{role}
{company} - {city} (Hybrid)

Applied with your profile and resume.

[[View application|https://www.linkedin.com/jobs/tracker]]
""",
    ),
    b(
        "brd-stat-01",
        "status_update",
        "board",
        "{company} viewed your application",
        """
Good news, {first}!

{company} viewed your application for {role}. This means your application is being
reviewed by the employer.

What's next? The employer will contact you if they want to move forward.

[[See application status|https://{boarddom}/myjobs]]
""",
    ),
    b(
        "brd-stat-02",
        "status_update",
        "board_li",
        "Your application was viewed by {company}",
        """
Your application was viewed

{company} viewed your application for {role}.

[[View job|https://www.linkedin.com/jobs/view/{jobid}]]
""",
    ),
    b(
        "brd-inv-01",
        "invitation",
        "board",
        "New message from {company}",
        """
You have a new message from {rname} at {company} about {role}:

"Hi {first}, thanks for applying! We'd love to set up a short call to get to know you.
Could you reply with a few times that work this week?"

[[Reply to message|https://{boarddom}/messages/{token}]]

Please don't reply to this email directly.
""",
    ),
    b(
        "brd-inv-02",
        "invitation",
        "board_in",
        "{company} would like to interview you",
        """
{company} invited you to schedule an interview for {role}.

Choose a time that works for you from the employer's available slots.

[[Schedule interview|https://www.indeed.com/interviews/{token}]]

Interview invitations expire after 7 days.
""",
    ),
    b(
        "brd-rej-01",
        "rejection",
        "board",
        "An update on your application to {company}",
        """
Hi {first},

{company} has reviewed your application for {role} and decided not to move forward at
this time.

Don't be discouraged - there are {njobs} new jobs that match your search.

[[Find similar jobs|https://{boarddom}/search?similar={jobid}]]
""",
    ),
    b(
        "brd-rej-02",
        "rejection",
        "board_in",
        "Application status update: {role}",
        """
The employer has updated the status of your application.

{role} at {company}
Status: Not selected by employer

Keep applying - the more you apply, the better your chances.

[[View similar jobs|https://www.indeed.com/jobs?similar={jobid}]]
""",
    ),
    b(
        "brd-rej-03",
        "rejection",
        "board",
        "This job is no longer accepting applications",
        """
Hi {first},

The {role} position at {company}, which you applied for on {board}, has been closed by the
employer and is no longer accepting applications.

You may want to look at these similar jobs:
- {role2} - {company2}
- {role3} - {company3}
""",
    ),
]
