"""Everyday mail: home, health, travel, clubs, and programmes that accept or decline people."""

from __future__ import annotations

from ..model import maker

h = maker("household")
v = maker("service")
n = maker("newsletter")

BASES = [
    h(
        "day-01",
        "other",
        "notify",
        "Notice of rent review",
        """
Dear {me},

In line with clause 4 of your tenancy agreement, your rent will be reviewed from the 1st of
next month. The new monthly rent will be {amount}0. A formal notice is attached.

If you have any questions, please contact our office.

Cornerstone Homes Property Management
""",
        frm="Cornerstone Homes <management@cornerstone-homes.example>",
        attach="Rent review notice.pdf",
    ),
    h(
        "day-02",
        "other",
        "notify",
        "Planned power cut in your area",
        """
Dear customer,

We need to switch off the power in your street on {wday} {wmd} between {wt24} and
{we24} to upgrade equipment. We're sorry for the inconvenience.

Reference: {code}
""",
        minutes=240,
        hours=(9,),
        frm="Brightgrid Networks <outages@brightgrid.example>",
    ),
    h(
        "day-03",
        "other",
        "notify",
        "Your reserved item is ready for collection",
        """
Hello {first},

The item you reserved is ready for collection at Central Library:

"Designing Data-Intensive Applications" (copy 3)

Please collect it by {dlmd}. After that, it will go to the next person on the list.
""",
        frm="City Libraries <noreply@libraries.example>",
    ),
    h(
        "day-04",
        "other",
        "notify",
        "{fname} shared a folder with you",
        """
{fname} {flast} shared a folder with you.

"CV drafts and cover letters"

"Here are the templates I used when I was job hunting - hope they help!"

[[Open folder|https://drive.example/f/{token}]]
""",
        frm="{fname} {flast} (via Drive) <drive-shares@drive.example>",
    ),
    h(
        "day-05",
        "other",
        "list",
        "Lift maintenance - Block B",
        """
Dear residents,

The lift in Block B will be out of service on {wday} from 9am to 1pm for its annual
inspection. Apologies for the inconvenience.

Building Management
""",
        hours=(9,),
        frm="Building Management <office@harbourview-residents.example>",
    ),
    h(
        "day-06",
        "other",
        "notify",
        "Your test results are available",
        """
Dear {first},

Your recent test results are now available in the patient app. Your doctor has reviewed
them and no further action is needed.

Harbour Medical Practice
""",
        frm="Harbour Medical Practice <noreply@harbourmedical.example>",
    ),
    h(
        "day-07",
        "other",
        "notify",
        "Check-in is now open for your flight",
        """
Hi {first},

Check-in is now open for your flight NA 1172 on {wday} {wmd}, departing {wt24}.

Check in online and save time at the airport.

[[Check in now|https://northair.example/checkin/{code}]]
""",
        frm="Northair <checkin@northair.example>",
    ),
    h(
        "day-08",
        "other",
        "notify",
        "Reminder: penalty charge notice {code}",
        """
Dear {me},

Our records show that penalty charge notice {code} is still unpaid. Pay within 14 days to
avoid an increase.

Pay online: https://parking.millbrook.gov.example/pay
""",
        frm="Parking Services <parking@millbrook.gov.example>",
    ),
    n(
        "day-09",
        "other",
        "news",
        "Remote Work Weekly: 40 companies hiring now",
        """
REMOTE WORK WEEKLY

This week's list of companies hiring remotely includes {company}, {company2} and
{company3}.

Also in this issue:
- How to interview well over video
- Time zones: asking about overlap hours
- Reader question: is it ok to follow up twice?

[[Read online|https://remoteweekly.example/issue/{jobid}]]
""",
        frm="Remote Work Weekly <editor@remoteweekly.example>",
    ),
    n(
        "day-10",
        "other",
        "news",
        "Why we turned down 90% of applicants last year",
        """
From the founder's desk

Last year we received 11,000 applications and hired 48 people. Here's what made the
difference for the people we hired, and what we wish more candidates knew.

1. The cover letter matters less than you think
2. We read your portfolio before your CV
3. A thoughtful question in the interview beats a perfect answer

[[Read the essay|https://{cdomain}/blog/hiring-lessons]]
""",
        frm="{company} Blog <blog@{cdomain}>",
    ),
    v(
        "day-11",
        "other",
        "notify",
        "Confirmed: podcast recording on {wday}",
        """
Hi {first},

Thanks again for agreeing to be a guest on Build Notes! Your recording session is
confirmed for {when}.

We'll send you the interview questions a few days before. The conversation usually runs
about 45 minutes and we edit it down afterwards.

{fname}, producer
""",
        when="us_long",
        minutes=60,
        locale="us",
        frm="Build Notes Podcast <guests@buildnotes.example>",
    ),
    v(
        "day-12",
        "other",
        "notify",
        "Welcome to the mentorship programme",
        """
Dear {first},

We are pleased to tell you that your application to the Women in Data mentorship
programme has been accepted! You have been matched with a mentor, who will contact you
in the next few days.

The programme runs for six months.

Programme team
""",
        frm="Women in Data <mentoring@womenindata.example>",
    ),
    v(
        "day-13",
        "other",
        "notify",
        "Your speaker application",
        """
Hi {first},

Great news - your application to speak at the Community Data Day has been successful!
You'll have a 25-minute slot in the afternoon track. We'll confirm the exact time next
week.

Thanks for sharing your knowledge with the community.
""",
        frm="Community Data Day <speakers@communitydataday.example>",
    ),
    v(
        "day-14",
        "other",
        "notify",
        "Volunteer trip - application outcome",
        """
Dear {first},

Thank you for applying to join our summer conservation trip. We received far more
applications than places this year, and unfortunately we're not able to offer you a place.

You're welcome to apply again next season.

Wild Coasts Volunteers
""",
        frm="Wild Coasts Volunteers <trips@wildcoasts.example>",
    ),
    v(
        "day-15",
        "other",
        "list",
        "Saturday's match is cancelled",
        """
Hi all,

Pitch is waterlogged, so Saturday's match is off. Training on Tuesday as normal.

{fname}
""",
        frm="{fname} {flast} <{faddr}>",
    ),
    n(
        "day-16",
        "other",
        "news",
        "This week's job postings from the Analytics Society",
        """
Members' jobs board - new this week

- {role} at {company} ({city})
- {role2} at {company2}
- Data volunteer at a local charity

Members can post jobs for free. Log in to see full details and salary ranges.

The Analytics Society
""",
        frm="The Analytics Society <jobs@analyticssociety.example>",
    ),
]
