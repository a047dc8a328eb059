"""Assessment platforms, and the same platforms writing about other things."""

from __future__ import annotations

from ..model import maker

a = maker("assessment")
s = maker("scheduler")

BASES = [
    a(
        "asm-stat-01",
        "status_update",
        "assess",
        "{company} has invited you to an assessment || Your {company} coding assessment",
        """
Hi {first},

{company} has invited you to complete an online assessment as part of your application
for {role}.

- Duration: 90 minutes (timed)
- Questions: 3 coding tasks
- Deadline: {dldate}

You can start whenever you're ready, but once you start the timer cannot be paused. Make
sure you have a stable connection.

[[Start assessment|https://{platdom}/invite/{token}]]

Good luck!
The {platform} team
""",
        n=6,
    ),
    a(
        "asm-stat-02",
        "status_update",
        "assess",
        "Reminder: your assessment expires soon",
        """
Hi {first},

This is a friendly reminder that your assessment for {company} has not been completed yet.
Your invitation expires on {dlmd}.

[[Continue assessment|https://{platdom}/invite/{token}]]

Having trouble? Visit our help centre or reply to this email.
""",
    ),
    a(
        "asm-stat-03",
        "status_update",
        "assess",
        "Next step: video interview questions from {company}",
        """
Hello {first},

{company} would like you to record answers to a few questions for the {role} role. This
is a one-way recording: there is no one on the other side, and you can do it any time
before {dlmd}.

- 4 questions
- Up to 3 minutes per answer
- One practice question before you start

[[Begin recording|https://{platdom}/record/{token}]]
""",
    ),
    a(
        "asm-stat-04",
        "status_update",
        "assess",
        "Personality questionnaire - {company}",
        """
Dear {first},

As part of the selection process for {role}, {company} invites you to complete a work
preferences questionnaire. There are no right or wrong answers, and it takes around 25
minutes.

Please complete it within 5 days of receiving this email.

[[Open questionnaire|https://{platdom}/q/{token}]]
""",
    ),
    a(
        "asm-ack-01",
        "acknowledgment",
        "assess",
        "Assessment submitted - {company}",
        """
Hi {first},

Thanks for completing your assessment for {company}. Your answers have been submitted
and shared with the hiring team, who will review them alongside your application.

You don't need to do anything else. The company will contact you about next steps.

The {platform} team
""",
    ),
    a(
        "asm-oth-01",
        "other",
        "notify",
        "Your practice test results",
        """
Hi {first},

You completed the Python practice test on {platform}. Your score: 82% (top 30%).

Practice tests are private and are never shared with employers. Try another one to keep
your skills sharp!

[[Browse practice tests|https://{platdom}/practice]]
""",
        frm="{platform} <hello@{platdom}>",
    ),
    a(
        "asm-oth-02",
        "other",
        "news",
        "New: AI-assisted coding interviews",
        """
Hi {first},

Hiring teams are changing how they run coding interviews. In this month's product update:

- Pair-programming rooms with shared terminals
- Interview templates for data roles
- A report on how 4,000 companies interview engineers

[[Read the update|https://{platdom}/blog/update]]
""",
        frm="{platform} Product Updates <news@{platdom}>",
    ),
]
