"""Processes that run past the install date (16 March), and a few short ones: a phone
number asked for, an ATS scheduling link, an interview fixed just before the install."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import (
    at_once,
    followup,
    next_morning,
    status_promised,
    status_silent,
    t,
    thank_you,
)
from replay.invites import invite
from replay.plot import Plot, txt
from replay.relays import (
    GREENHOUSE,
    LEVER,
    SMARTRECRUITERS,
    TALENTBOARD,
    WORKABLE,
    ack,
    ats_decline,
    board_sent,
)


def ironwhistle(plot: Plot) -> None:
    """ "What's the best number to reach you?": one reply; the call itself has no time."""
    e = plot.employer("ironwhistle", "Ironwhistle Health")
    role = "Clinical Data Engineer"
    grace = Person("Grace Liu", "grace.liu@ironwhistle.example")
    ack(e, t(2, 17, 12, 0), LEVER, role, 2)
    asks = e.receive("call", t(2, 24, 11, 5), grace, "Quick call?", txt(
        f"""
        Hi Alex,

        Thanks for applying for the {role} role. Could we have a 15-minute phone call this
        week? What's the best number to reach you, and when are you usually free?

        Grace Liu
        Talent Acquisition, Ironwhistle Health
        """))  # fmt: skip
    number = e.expect_sent(
        "reply", "reply", asks, grace, at_once(asks.at),
        "a person asks for a phone number and a time: a reply listing both",
        send_at=t(2, 24, 13, 15),
        text="Hi Grace,\n\nSure: +49 30 5550 1234, any afternoon this week.\n\nAlex\n",
    )  # fmt: skip
    e.receive("will-call", t(2, 24, 14, 0), grace, "Re: Quick call?", txt(
        """
        Thanks Alex, I'll give you a ring tomorrow afternoon.

        Grace
        """), parent=number)  # fmt: skip
    ats_decline(e, t(3, 9, 17, 50), LEVER, role, 2)


def lumengrove(plot: Plot) -> None:
    """Applied through a job board; the job board passes on the no. Nothing to draft."""
    e = plot.employer("lumengrove", "Lumengrove Solar")
    board_sent(e, t(1, 16, 10, 0), "Energy Data Analyst")
    e.receive("decline", t(2, 6, 7, 30), TALENTBOARD,
        "An update on your application to Lumengrove Solar", txt(
        """
        Hi Alex,

        Lumengrove Solar has reviewed your application for Energy Data Analyst and decided
        not to move forward at this time. Don't be discouraged: there are 214 new jobs
        matching your profile.

        TalentBoard
        """), closes="decline")  # fmt: skip


def starlingate(plot: Plot) -> None:
    """An ATS scheduling link (no-reply: nothing to answer), an ATS confirmation whose .ics
    names a human interviewer (thank-you to them), then an ATS decline."""
    e = plot.employer("starlingate", "Starlingate Freight")
    role = "Senior Data Engineer"
    wiebke = Person("Wiebke Frost", "wiebke.frost@starlingate.example")
    arjun = Person("Arjun Patel", "arjun.patel@starlingate.example")
    relay = Person(e.name, GREENHOUSE)
    ack(e, t(2, 3, 14, 0), GREENHOUSE, role, 0, html=True)
    e.receive("pick", t(2, 10, 12, 0), relay, f"Schedule your interview with {e.name}", txt(
        f"""
        Hi Alex,

        Wiebke Frost would like to schedule a 60-minute interview with you for the {role}
        role. Please use the link below to choose a time that works for you:

        https://app.greenhouse-mail.io/schedule/3a9f7c

        This email was sent from a no-reply address.
        """))  # fmt: skip
    start = t(2, 13, 10, 0)
    booked = e.receive("booked", t(2, 10, 19, 30), relay, f"Interview confirmed: {e.name}",
        txt(
        f"""
        Hi Alex,

        Your interview for {role} is confirmed for Friday 13 February, 10:00-11:00 CET, with
        Arjun Patel. A calendar invitation is attached.

        This email was sent from a no-reply address.
        """), calendar=invite("sf-1@starlingate.example", start, 60, wiebke, (arjun,),
                              summary=f"{e.name} interview"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", booked, arjun, thank_you(start),
        "the .ics from a no-reply relay names a human interviewer: thank Arjun",
        send_at=t(2, 13, 14, 10),
        text="Hi Arjun,\n\nThank you for this morning's interview.\n\nAlex\n",
    )  # fmt: skip
    ats_decline(e, t(2, 18, 9, 15), GREENHOUSE, role, 0)


def hollowmere(plot: Plot) -> None:
    """ "Thursday 12 March at 2:30pm CET" in the text, just before the install date; a promise
    after it, missed; a no in reply to the status check."""
    e = plot.employer("hollowmere", "Hollowmere Retail")
    role = "Analytics Lead"
    selin = Person("Selin Arslan", "selin.arslan@hollowmere.example")
    ack(e, t(2, 24, 9, 40), WORKABLE, role, 0)
    asks = e.receive("invite", t(3, 5, 10, 10), selin, f"Interview - {role}", txt(
        f"""
        Hi Alex,

        Would Thursday 12 March at 2:30pm CET suit you for a 60-minute video interview for
        the {role} role with me and our Head of Analytics? Please confirm.

        Selin Arslan
        Recruitment, Hollowmere Retail
        """))  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, selin, at_once(asks.at),
        "asked to confirm a proposed time: confirming reply",
        send_at=t(3, 5, 12, 20),
        text="Hi Selin,\n\nThursday 12 March at 2:30pm works for me.\n\nAlex\n",
    )  # fmt: skip
    start = t(3, 12, 14, 30)
    fixed = e.receive("fixed", t(3, 5, 15, 0), selin, f"Re: Interview - {role}", txt(
        """
        Great, confirmed for Thursday 12 March at 2:30pm CET. Link:
        https://meet.hollowmere.example/analytics-lead

        Selin
        """), parent=yes)  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", fixed, selin, thank_you(start),
        "interview from the text, 14:30 + 60 min: thank-you at 16:30",
        also=(asks,), send_at=t(3, 12, 18, 40),
        text="Hi Selin,\n\nThank you for today's interview.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(3, 13, 10, 0), selin, f"Re: Interview - {role}", txt(
        """
        Hi Alex, thanks again. We'll get back to you by Friday 20 March.

        Selin
        """), parent=fixed)  # fmt: skip
    e.promise(t(3, 20).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, selin, status_promised(t(3, 20).date()),
        "promised Friday 20 March passed: Tuesday 24 March 09:30",
        send_at=t(3, 24, 12, 40),
        text="Hi Selin,\n\nIs there any news about the Analytics Lead role?\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(3, 25, 15, 15), selin, f"Re: Interview - {role}", txt(
        """
        Hi Alex,

        Sorry for the wait. We have decided not to proceed with your application; the team
        chose someone with more retail experience. Thank you for your time.

        Selin
        """), parent=checked, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, selin, next_morning(no.at),
        "a decline from a person: gracious reply next business morning",
    )  # fmt: skip


def wrenhollow(plot: Plot) -> None:
    """A status check answered with good news and a request for a portfolio and times; a
    second round; silence again; a follow-up; a late no under a new subject."""
    e = plot.employer("wrenhollow", "Wrenhollow Architecture")
    role = "Computational Design Developer"
    nadia = Person("Nadia Petrova", "nadia.petrova@wrenhollow.example")
    piet = Person("Piet van Dijk", "piet.vandijk@wrenhollow.example")
    e.send("apply", t(2, 11, 20, 15), Person("Wrenhollow Studio", "studio@wrenhollow.example"),
        f"Application: {role}", txt(
        f"""
        Hello,

        Please find attached my application for the {role} position.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    first = t(2, 19, 15, 0)
    booked = e.receive("booked", t(2, 16, 9, 45), nadia, f"Interview - {role}", txt(
        """
        Dear Alex,

        Thank you for your application. I'd like to invite you to an interview on Thursday;
        the invitation is attached. Please let me know that this time works for you.

        Nadia Petrova
        Studio Manager
        """), calendar=invite("wa-1@wrenhollow.example", first, 60, nadia, (nadia,),
                              summary="Interview Wrenhollow"))  # fmt: skip
    e.interview(first)
    e.expect_sent(
        "confirmation-reply", "confirmation_reply", booked, nadia, at_once(booked.at),
        "asks to confirm the time: confirming reply",
        send_at=t(2, 16, 11, 55),
        text="Dear Nadia,\n\nThursday at 15:00 works for me, thank you.\n\nAlex\n",
    )  # fmt: skip
    e.expect_sent(
        "thank-you", "thank_you", booked, nadia, thank_you(first),
        "interview in the .ics: thank-you at 17:00",
        send_at=t(2, 19, 19, 10),
        text="Dear Nadia,\n\nThank you for showing me the studio today.\n\nAlex\n",
    )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", booked, nadia, status_silent(first.date()),
        "no date promised: status check a week after the interview",
        send_at=t(2, 27, 12, 10),
        text="Dear Nadia,\n\nI wanted to ask about the next steps for the role.\n\nAlex\n",
    )  # fmt: skip
    asks = e.receive("portfolio", t(2, 27, 14, 20), nadia, f"Re: Interview - {role}", txt(
        """
        Dear Alex,

        Thanks for your patience! We'd like you to meet two of our partners. Could you send
        two or three portfolio samples beforehand? And what times work for you in the week of
        9 March?

        Nadia
        """), parent=checked)  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", asks, nadia, at_once(asks.at),
        "a person asks for portfolio samples and times: one reply listing both",
        send_at=t(2, 27, 16, 30),
        text="Dear Nadia,\n\nThree samples attached; Tuesday or Wednesday of that week suits "
        "me.\n\nAlex\n",
    )  # fmt: skip
    second = t(3, 10, 11, 0)
    booked2 = e.receive("booked-2", t(3, 2, 10, 0), nadia, f"Re: Interview - {role}", txt(
        """
        Lovely samples, thank you. Tuesday 10 March at 11:00 with Piet van Dijk and me; the
        invitation is attached.

        Nadia
        """), parent=sent, calendar=invite("wa-2@wrenhollow.example", second, 60, nadia,
                                           (nadia, piet), summary="Partners"))  # fmt: skip
    e.interview(second)
    for who in (nadia, piet):
        e.expect_sent(
            f"thank-you-{who.first.lower()}-2", "thank_you", booked2, who, thank_you(second),
            "second round in the .ics: each interviewer at 13:00",
            send_at=t(3, 10, 15, 10),
            text=f"Dear {who.first},\n\nThank you for this morning's conversation.\n\nAlex\n",
        )  # fmt: skip
    checked2 = e.expect_sent(
        "status-check-2", "status_check", booked2, nadia, status_silent(second.date()),
        "silent again after the second round, nothing promised: a status check",
        send_at=t(3, 18, 12, 10),
        text="Dear Nadia,\n\nI hope all is well; is there any news?\n\nAlex\n",
    )  # fmt: skip
    e.expect(
        "followup", "followup", booked2, nadia, followup(checked2.at),
        "still silent 14 days after that status check: one follow-up",
        also=(checked2,),
    )  # fmt: skip
    no = e.receive("decline", t(4, 14, 10, 0), nadia, "Wrenhollow - update", txt(
        """
        Dear Alex,

        I'm sorry for the long silence. The partners have decided to hire a candidate with
        more facade engineering experience. Thank you for your patience and your lovely
        portfolio.

        Nadia
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, nadia, next_morning(no.at),
        "a decline from a person under a new subject: gracious reply next business morning",
    )  # fmt: skip


def quaymoor(plot: Plot) -> None:
    """A promise missed three days before the install date; the user sends the status check
    only on the Tuesday after it (so it is still wanted when followupd is installed)."""
    e = plot.employer("quaymoor", "Quaymoor Maritime")
    role = "Data Engineer"
    oona = Person("Oona Virtanen", "oona.virtanen@quaymoor.example")
    lars = Person("Lars Eriksen", "lars.eriksen@quaymoor.example")
    ack(e, t(2, 9, 8, 30), SMARTRECRUITERS, role, 1)
    start = t(2, 25, 9, 0)
    booked = e.receive("booked", t(2, 20, 14, 0), oona, f"Interview {role} - please confirm",
        txt(
        f"""
        Hi Alex,

        We would like to meet you for the {role} role on Wednesday 25 February at 09:00 with
        Lars Eriksen and me (invitation attached). Please confirm by replying to this email.

        Oona Virtanen
        Recruiter, Quaymoor Maritime
        """), calendar=invite("qm-1@quaymoor.example", start, 60, oona, (oona, lars),
                              summary=f"Interview {role}"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "confirmation-reply", "confirmation_reply", booked, oona, at_once(booked.at),
        "asked to confirm by reply: confirming reply at once",
        send_at=t(2, 20, 16, 10),
        text="Hi Oona,\n\nConfirmed, see you Wednesday at 09:00.\n\nAlex\n",
    )  # fmt: skip
    for who in (oona, lars):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the .ics: each interviewer at 11:00",
            send_at=t(2, 25, 13, 10),
            text=f"Hi {who.first},\n\nThank you for this morning.\n\nAlex\n",
        )  # fmt: skip
    promise = e.receive("promise", t(2, 26, 10, 30), oona,
        f"Re: Interview {role} - please confirm", txt(
        """
        Hi Alex, thank you for yesterday. We'll let you know by Wednesday 11 March.

        Oona
        """), parent=booked)  # fmt: skip
    e.promise(t(3, 11).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, oona, status_promised(t(3, 11).date()),
        "promised Wednesday 11 March passed: Friday 13 March 09:30",
        send_at=t(3, 17, 12, 10),
        text="Hi Oona,\n\nI wanted to check in about the Data Engineer role.\n\nAlex\n",
    )  # fmt: skip
    e.expect(
        "followup", "followup", promise, oona, followup(checked.at),
        "still silent: one follow-up 14 days after the status check was sent",
        also=(checked,),
    )  # fmt: skip
