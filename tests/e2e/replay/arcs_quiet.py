"""Applications that end in silence or in an automated no, and messages nobody should
answer: acknowledgments (one from a role address that looks human), a LinkedIn relay the
user ignores, a job board's notices. None of these wants a draft."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import t
from replay.plot import Plot, txt
from replay.relays import (
    ASHBY,
    GREENHOUSE,
    LEVER,
    LINKEDIN_MESSAGES,
    SMARTRECRUITERS,
    TALENTBOARD,
    ack,
    ats_decline,
    bamboohr,
    workday,
)


def silent_and_automated(plot: Plot) -> None:
    """Eleven employers heard from only through their systems, or not at all."""
    e = plot.employer("brindlewick", "Brindlewick Logistics")
    ack(e, t(1, 5, 16, 40), workday("brindlewick"), "Data Engineer II", 1, html=True)

    e = plot.employer("quillmere", "Quillmere Media")
    ack(e, t(1, 6, 11, 3), GREENHOUSE, "Analytics Engineer", 0)

    e = plot.employer("tidewhistle", "Tidewhistle Analytics")
    ack(e, t(1, 9, 14, 22), LEVER, "Senior Data Engineer", 2)

    e = plot.employer("bramblecote", "Bramblecote Foods")
    ack(e, t(1, 14, 9, 50), bamboohr("bramblecote"), "Data Platform Engineer", 3)
    ats_decline(e, t(2, 27, 13, 5), bamboohr("bramblecote"), "Data Platform Engineer", 2)

    e = plot.employer("sunmarrow", "Sunmarrow Health")
    ack(e, t(1, 19, 10, 30), SMARTRECRUITERS, "Health Data Engineer", 2, html=True)
    e.receive("viewed", t(1, 23, 8, 0), TALENTBOARD, "Sunmarrow Health viewed your application",
        txt(
        """
        Hi Alex,

        Your application for Health Data Engineer was viewed by Sunmarrow Health. Tip:
        candidates who follow up on their applications are more likely to get an interview!

        TalentBoard
        """))  # fmt: skip

    e = plot.employer("cinderfell", "Cinderfell Games")
    e.send("apply", t(1, 20, 21, 45), Person("Cinderfell Jobs", "jobs@cinderfell.example"),
        "Application: Backend Engineer (Live Services)", txt(
        """
        Hello Cinderfell team,

        I'd love to work on your live services backend. CV and a short cover letter are
        attached.

        Best,
        Alex Morgan
        """))  # fmt: skip

    e = plot.employer("marloweth", "Marloweth Finance")
    ack(e, t(1, 7, 9, 12), GREENHOUSE, "Data Engineer, Risk", 2, html=True)
    ats_decline(e, t(1, 28, 22, 40), GREENHOUSE, "Data Engineer, Risk", 0, html_only=True)

    e = plot.employer("ostrandel", "Ostrandel Labs")
    ack(e, t(1, 26, 12, 18), workday("ostrandel"), "Research Data Engineer", 1, html=True)
    ats_decline(e, t(3, 3, 6, 55), workday("ostrandel"), "Research Data Engineer", 1, html=True)

    e = plot.employer("penwrought", "Penwrought Publishing")
    ats_decline(e, t(2, 12, 9, 35), LEVER, "Data Engineer", 3, html_only=True)

    e = plot.employer("dovecrest", "Dovecrest Software")
    ack(e, t(3, 2, 10, 10), ASHBY, "Staff Data Engineer", 3)
    ats_decline(e, t(3, 30, 11, 25), ASHBY, "Staff Data Engineer", 2)

    e = plot.employer("sablecote", "Sablecote Insurance")
    careers = Person("Sablecote Careers", "careers@sablecote.example")
    applied = e.send("apply", t(1, 9, 14, 20), careers, "Application - Data Engineer", txt(
        """
        Dear Sablecote Careers team,

        Please find attached my application for the Data Engineer position.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    e.receive("ack", t(1, 12, 8, 55), careers, "Re: Application - Data Engineer", txt(
        """
        Dear Alex,

        Thank you for your application. We review every application carefully and will
        contact shortlisted candidates within three weeks.

        Sablecote Careers
        """), parent=applied)  # fmt: skip


def gloamridge(plot: Plot) -> None:
    """A recruiter relayed by LinkedIn whom the user never answers: the relay takes no
    replies, so there is nothing to draft."""
    e = plot.employer("gloamridge", "Gloamridge Learning")
    e.receive("linkedin", t(2, 18, 13, 40),
        Person("Tobias Wendt via LinkedIn", LINKEDIN_MESSAGES),
        "Tobias sent you a new message", txt(
        """
        Tobias Wendt
        Talent Acquisition at Gloamridge Learning

        Hi Alex, we are growing our learning-analytics team and I think you'd be a great fit
        for a Senior Data Engineer role. Could we find 15 minutes for a call next week?

        Reply on LinkedIn

        You are receiving notification emails from LinkedIn. Unsubscribe
        """))  # fmt: skip
