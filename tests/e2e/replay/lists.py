"""Job alerts and newsletters: bulk mail full of recruiting words, which must never produce a
draft. Each carries List-Unsubscribe, and the newsletters a List-Id (RFC 2369, RFC 2919)."""

from __future__ import annotations

from datetime import timedelta

from storykit.mail import Person

from replay.clock import t
from replay.plot import Plot, txt
from replay.relays import TALENTBOARD

_TITLES = (
    "Data Engineer", "Senior Data Engineer", "Analytics Engineer", "Platform Engineer",
    "Data Platform Engineer", "Staff Data Engineer", "Backend Engineer (Python)",
)  # fmt: skip
_COMPANIES = (
    "Harbourlight Insurance", "Veldtmark Retail", "Oakhaven Transit", "Pellucid Games",
    "Marrowby Health", "Cindervale Bank", "Twinbrook Media", "Lattice & Loom",
)  # fmt: skip
_TOPICS = (
    (
        "How to follow up when a recruiter promised you an answer by Friday",
        "what to write when the decision date has passed, and why a thank-you note within a "
        "day of the interview still matters",
    ),
    (
        "Salary talks: the three numbers to know before the offer call",
        "how to answer 'what are your expectations?' and when to ask for the offer in writing",
    ),
    (
        "Interview season: preparing for the system design round",
        "a checklist for the whiteboard session, and questions to ask your interviewers",
    ),
    (
        "Rejected after the final round? Here is what to do next",
        "asking for feedback, keeping the door open, and moving on without burning bridges",
    ),
)


def job_alerts_and_newsletters(plot: Plot) -> None:
    """Weekly alerts from a job board and a social network, a fortnightly newsletter, and a
    job board asking to confirm an alert subscription from a no-reply address."""
    lists = plot.lists
    board_list = {"List-Unsubscribe": "<https://talentboard.example/alerts/unsubscribe?u=8812>",
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                  "Precedence": "bulk"}  # fmt: skip
    lists.receive("confirm-alerts", t(1, 5, 8, 2), TALENTBOARD,
        "Please confirm your job alert", txt(
        """
        Hi Alex,

        Please confirm that you want to receive daily job alerts for "data engineer" in
        Berlin by clicking the button below.

        CONFIRM MY ALERT

        TalentBoard - you received this email because you created a job alert.
        """), headers={"Precedence": "bulk"}, bulk=True)  # fmt: skip
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")
    newsletter = Person("The Hiring Desk", "newsletter@hiringdesk.example")
    monday = t(1, 5, 7, 0)
    for week in range(15):
        when = monday + timedelta(weeks=week)
        title = _TITLES[week % len(_TITLES)]
        picks = ", ".join(_COMPANIES[(week + i) % len(_COMPANIES)] for i in range(3))
        lists.receive(f"talentboard-{week}", when, TALENTBOARD,
            f"{9 + week % 6} new {title} jobs in Berlin", txt(
            f"""
            Hi Alex,

            New jobs matching your alert "{title}": {picks} and more. Easy apply in one
            click; recruiters are actively interviewing this week.

            See all jobs: https://talentboard.example/alerts/8812

            Manage alerts | Unsubscribe
            """), headers=board_list, bulk=True)  # fmt: skip
        lists.receive(f"linkedin-{week}", when + timedelta(days=2, hours=11, minutes=17),
            linkedin, f"\u201c{title.lower()}\u201d: {4 + week % 5} new jobs", txt(
            f"""
            Your job alert for {title.lower()} in Berlin, Germany

            {picks}
            Be an early applicant. Actively recruiting.

            See all jobs on LinkedIn

            You are receiving Job Alert emails. Unsubscribe
            """),
            headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub-8812>"},
            bulk=True)  # fmt: skip
        if week % 2 == 0:
            subject, teaser = _TOPICS[(week // 2) % len(_TOPICS)]
            lists.receive(f"hiringdesk-{week}", when + timedelta(days=3, hours=-0.5),
                newsletter, subject, txt(
                f"""
                THE HIRING DESK - issue {41 + week // 2}

                This week: {teaser}.

                Could you confirm your preferences? Update them in your profile.

                You are receiving this because you subscribed at hiringdesk.example.
                """),
                headers={"List-Id": "The Hiring Desk <weekly.hiringdesk.example>",
                         "List-Unsubscribe": "<mailto:leave@hiringdesk.example>"},
                bulk=True)  # fmt: skip
