"""Recruiters who write first: a "Quick question" that ends in silence after one status
check and one follow-up, a "Hello" on a Friday evening, and two the user answers before
followupd would (a pending reply is cancelled by the user's own message)."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, followup, status_silent, t, thank_you
from replay.plot import Plot, txt


def redcinder(plot: Plot) -> None:
    """A recruiter's cold "Quick question", a call fixed in two steps, then silence: one
    status check, one follow-up, and nothing after."""
    e = plot.employer("redcinder", "Redcinder Circuits")
    ravi = Person("Ravi Menon", "ravi.menon@redcinder.example")
    hello = e.receive("outreach", t(1, 8, 10, 2), ravi, "Quick question", txt(
        """
        Hi Alex,

        I came across your talk on build caching and wanted to ask: are you open to a
        conversation about a Senior Platform Engineer role on our embedded tooling team?

        Would you have 20 minutes for a call this week or next?

        Thanks,
        Ravi Menon
        Technical Recruiter, Redcinder Circuits
        """))  # fmt: skip
    answered = e.expect_sent(
        "reply", "reply", hello, ravi, at_once(hello.at),
        "a person asks the user something (open to a call?) and it is unanswered",
        send_at=t(1, 8, 12, 15),
        text="Hi Ravi,\n\nThanks for thinking of me, I'd be glad to talk. Monday or Tuesday "
        "afternoon next week would work.\n\nAlex\n",
    )  # fmt: skip
    proposal = e.receive("proposal", t(1, 8, 15, 40), ravi, "Re: Quick question", txt(
        """
        Great to hear! Could you confirm Tuesday 13 January at 2pm for a 30-minute video
        call with me and Oskar Berg, our engineering lead?

        Ravi
        """), parent=answered)  # fmt: skip
    confirmed = e.expect_sent(
        "confirmation-reply", "confirmation_reply", proposal, ravi, at_once(proposal.at),
        "asked to confirm 2pm Tuesday: a short confirming reply",
        send_at=t(1, 8, 17, 50),
        text="Hi Ravi,\n\nTuesday at 2pm is confirmed, thank you.\n\nAlex\n",
    )  # fmt: skip
    start = t(1, 13, 14, 0)
    fixed = e.receive("fixed", t(1, 9, 9, 10), ravi, "Re: Quick question", txt(
        """
        Confirmed: your first interview is on Tuesday 13 January, 14:00-14:30 CET, with
        Oskar and me. The video link is https://meet.redcinder.example/r/8821.

        Ravi
        """), parent=confirmed)  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", fixed, ravi, thank_you(start, 30),
        "interview 14:00-14:30 from the text; Oskar's address unknown: the contact",
        also=(proposal,), send_at=t(1, 13, 17, 40),
        text="Hi Ravi,\n\nThank you and Oskar for the conversation today.\n\nAlex\n",
    )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", fixed, ravi, status_silent(start.date()),
        "no date promised and no word since: status check interview + 7 days",
        also=(thanked,), send_at=t(1, 21, 12, 10),
        text="Hi Ravi,\n\nI wanted to check in on the Senior Platform Engineer role; I am "
        "still very interested. Is there an update?\n\nAlex\n",
    )  # fmt: skip
    e.expect_sent(
        "followup", "followup", fixed, ravi, followup(t(1, 21, 12, 10)),
        "still silent after the status check: one purposeful follow-up 14 days later",
        also=(checked,), send_at=t(2, 5, 12, 10),
        text="Hi Ravi,\n\nI came across this write-up on incremental firmware builds and "
        "thought of our conversation. Still keen on the role.\n\nAlex\n",
    )  # fmt: skip
    # Then nothing: the follow-up is used up; 21 days later the application has moved on.


def foxmarrow(plot: Plot) -> None:
    """A "Hello" on a Friday evening asking for a CV: the reply waits for Monday 09:00."""
    e = plot.employer("foxmarrow", "Foxmarrow Pharma")
    rosa = Person("Rosa Jimenez", "rosa.jimenez@foxmarrow.example")
    asks = e.receive("outreach", t(1, 30, 18, 30), rosa, "Hello", txt(
        """
        Hi Alex,

        I hope you don't mind the direct message. We are building a clinical data platform
        team at Foxmarrow Pharma and your profile stood out. Would you be interested? If so,
        could you send me your CV?

        Rosa Jimenez
        Head of Talent, Foxmarrow Pharma
        """))  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", asks, rosa, at_once(asks.at),
        "a person asks (interested? your CV?) on Friday 18:30: reply Monday in working hours",
        send_at=t(2, 2, 11, 10),
        text="Hi Rosa,\n\nThank you, that sounds interesting. My CV is attached.\n\nAlex\n",
    )  # fmt: skip
    e.receive("passed-on", t(2, 2, 15, 40), rosa, "Re: Hello", txt(
        """
        Thanks Alex! I've shared your CV with the hiring manager and will come back to you.

        Rosa
        """), parent=sent)  # fmt: skip


def glasswren(plot: Plot) -> None:
    """ "Hello" on a Saturday; the user answers on Sunday evening: no draft on Monday."""
    e = plot.employer("glasswren", "Glasswren Security")
    camille = Person("Camille Duret", "camille.duret@glasswren.example")
    hello = e.receive("outreach", t(1, 10, 9, 40), camille, "Hello", txt(
        """
        Hi Alex,

        Would you be interested in hearing about a detection engineering role on our team?
        Let me know if you'd like to chat.

        Camille
        """))  # fmt: skip
    e.send("answer", t(1, 11, 20, 15), camille, "Re: Hello", txt(
        """
        Hi Camille,

        Thanks for thinking of me, but I'm focusing on data platform roles at the moment.

        Alex
        """), parent=hello)  # fmt: skip


def thistlevale(plot: Plot) -> None:
    """ "Quick question" at 20:15; the user answers at 21:02: nothing to draft."""
    e = plot.employer("thistlevale", "Thistlevale Bio")
    leah = Person("Leah Goldberg", "leah.goldberg@thistlevale.example")
    hello = e.receive("outreach", t(2, 10, 20, 15), leah, "Quick question", txt(
        """
        Hi Alex, would you consider a six-month contract on our lab data platform? Remote,
        starting in April.

        Leah
        """))  # fmt: skip
    e.send("answer", t(2, 10, 21, 2), leah, "Re: Quick question", txt(
        """
        Hi Leah, thanks for asking! I'm only looking at permanent roles right now.

        Alex
        """), parent=hello)  # fmt: skip
