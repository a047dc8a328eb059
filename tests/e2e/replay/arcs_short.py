"""Short arcs: people who say no (in the thread, or under a new plain subject), a decline
with a person in Reply-To, and the processes that start around the install date."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, next_morning, status_promised, t, thank_you
from replay.invites import invite
from replay.plot import Plot, txt
from replay.relays import GREENHOUSE, LEVER, SMARTRECRUITERS, WORKABLE, ack, ats_decline, bamboohr


def harrowmere(plot: Plot) -> None:
    """A person's no in reply to the user's application."""
    e = plot.employer("harrowmere", "Harrowmere Systems")
    paula = Person("Paula Nowak", "paula.nowak@harrowmere.example")
    applied = e.send("apply", t(1, 6, 9, 15), paula, "Application: Data Engineer", txt(
        """
        Hello Paula,

        I'd like to apply for the Data Engineer opening on your careers page; my CV is
        attached.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    no = e.receive("decline", t(1, 16, 11, 30), paula, "Re: Application: Data Engineer", txt(
        """
        Hi Alex,

        Thank you for your application and your interest in Harrowmere. We have now filled
        the position with a candidate whose background is closer to our embedded work, so we
        won't be taking yours further.

        All the best,
        Paula Nowak
        """), parent=applied, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, paula, next_morning(no.at),
        "a decline from a person (Friday): gracious reply on Monday morning",
    )  # fmt: skip


def junipell(plot: Plot) -> None:
    """A person's no on a Friday afternoon: the reply waits for Monday morning."""
    e = plot.employer("junipell", "Junipell Events")
    marco = Person("Marco Bellini", "marco.bellini@junipell.example")
    applied = e.send("apply", t(1, 22, 8, 40), marco, "Data Analyst application", txt(
        """
        Dear Marco,

        Attached is my application for the Data Analyst role. I'd be glad to talk.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    no = e.receive("decline", t(1, 30, 16, 5), marco, "Re: Data Analyst application", txt(
        """
        Dear Alex,

        Many thanks for applying. We had a very strong field and unfortunately we will not be
        inviting you to interview this time. I wish you the best of luck.

        Marco Bellini
        Operations Director, Junipell Events
        """), parent=applied, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, marco, next_morning(no.at),
        "a decline from a person on Friday 16:05: reply Monday 09:00-12:00",
    )  # fmt: skip


def fernholt(plot: Plot) -> None:
    """One round (.ics), then a person's no under the plain subject "Update"."""
    e = plot.employer("fernholt", "Fernholt Robotics")
    role = "Robotics Data Engineer"
    johan = Person("Johan Eklund", "johan.eklund@fernholt.example")
    mei = Person("Mei Lin", "mei.lin@fernholt.example")
    ack(e, t(1, 7, 13, 5), LEVER, role, 1)
    start = t(1, 19, 9, 30)
    booked = e.receive("booked", t(1, 14, 15, 0), johan, f"Interview: {role}", txt(
        """
        Hi Alex,

        Mei Lin and I would like to talk with you on Monday morning; the invitation is
        attached. Looking forward to it!

        Johan Eklund
        Hiring Manager, Fernholt Robotics
        """), calendar=invite("fr-1@fernholt.example", start, 60, johan, (johan, mei),
                              summary=f"Interview: {role}"))  # fmt: skip
    e.interview(start)
    for who in (johan, mei):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the .ics: each interviewer at 11:30",
            send_at=t(1, 19, 13, 40),
            text=f"Hi {who.first},\n\nThank you for this morning's interview.\n\nAlex\n",
        )  # fmt: skip
    no = e.receive("decline", t(1, 23, 10, 20), johan, "Update", txt(
        """
        Hi Alex,

        Thanks again for Monday. I wanted to let you know personally that we won't be moving
        forward: we need someone with more hands-on ROS experience for this role. I'd be
        happy to stay in touch.

        Johan
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, johan, next_morning(no.at),
        "a person's no under a new plain subject: gracious reply next business morning",
    )  # fmt: skip


def bluefinch(plot: Plot) -> None:
    """Invited, two rounds (.ics), a promise kept with a no in the thread."""
    e = plot.employer("bluefinch", "Bluefinch Payments")
    role = "Senior Data Engineer"
    sara = Person("Sara Nilsen", "sara.nilsen@bluefinch.example")
    daniel = Person("Daniel Osei", "daniel.osei@bluefinch.example")
    ana = Person("Ana Ribeiro", "ana.ribeiro@bluefinch.example")
    ack(e, t(1, 8, 9, 0), GREENHOUSE, role, 2, html=True)
    asks = e.receive("invite", t(1, 15, 13, 30), sara, f"{role} at Bluefinch", txt(
        """
        Hi Alex,

        I'm Sara, recruiter at Bluefinch. We'd like to invite you to a first interview. When
        would suit you next week?

        Sara
        """))  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, sara, at_once(asks.at),
        "invited, no time fixed: availability reply at once",
        send_at=t(1, 15, 15, 40),
        text="Hi Sara,\n\nThanks! Wednesday morning next week would be ideal.\n\nAlex\n",
    )  # fmt: skip
    first = t(1, 21, 10, 0)
    booked = e.receive("booked", t(1, 16, 10, 0), sara, f"Re: {role} at Bluefinch", txt(
        """
        Wednesday 10:00 it is; invitation attached.

        Sara
        """), parent=slots, calendar=invite("bf-1@bluefinch.example", first, 60, sara, (sara,),
                                            summary="Bluefinch intro"))  # fmt: skip
    e.interview(first)
    e.expect_sent(
        "thank-you", "thank_you", booked, sara, thank_you(first),
        "first interview in the .ics with Sara: thank-you at 12:00",
        send_at=t(1, 21, 14, 10),
        text="Hi Sara,\n\nThank you for this morning's conversation.\n\nAlex\n",
    )  # fmt: skip
    second = t(1, 27, 13, 0)
    booked2 = e.receive("round-two", t(1, 22, 16, 45), sara, f"Technical interview: {role}",
        txt(
        """
        Hi Alex,

        Good news, you're through to the technical interview: Tuesday 27 January, 13:00-14:30
        CET, with Daniel Osei and Ana Ribeiro. Invitation attached.

        Sara
        """), calendar=invite("bf-2@bluefinch.example", second, 90, sara, (daniel, ana),
                              summary="Technical interview"))  # fmt: skip
    e.interview(second)
    for who in (daniel, ana):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked2, who, thank_you(second, 90),
            "technical interview 13:00-14:30 in the .ics: each interviewer at 15:30",
            send_at=t(1, 27, 17, 40),
            text=f"Hi {who.first},\n\nThank you for the technical interview today.\n\nAlex\n",
        )  # fmt: skip
    e.receive("promise", t(1, 28, 11, 0), sara, f"Re: Technical interview: {role}", txt(
        """
        Hi Alex, thanks for yesterday. We'll decide by Wednesday 4 February.

        Sara
        """), parent=booked2)  # fmt: skip
    e.promise(t(2, 4).date())
    no = e.receive("decline", t(2, 3, 17, 20), sara, f"Re: Technical interview: {role}", txt(
        """
        Hi Alex,

        I'm sorry to share that we have decided to go with another candidate. Daniel and Ana
        enjoyed the session, and we'd be glad to consider you for future roles.

        Sara
        """), parent=booked2, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, sara, next_morning(no.at),
        "a decline from a person: gracious reply next business morning",
    )  # fmt: skip


def vellumcraft(plot: Plot) -> None:
    """One interview (.ics, "no action needed"), then a no from the ATS."""
    e = plot.employer("vellumcraft", "Vellumcraft Legal")
    role = "Backend Developer"
    henrik = Person("Henrik Lund", "henrik.lund@vellumcraft.example")
    ack(e, t(1, 20, 16, 25), WORKABLE, role, 3)
    start = t(2, 3, 11, 0)
    booked = e.receive("booked", t(1, 29, 10, 0), henrik, f"Interview confirmation - {role}",
        txt(
        """
        Dear Alex,

        This confirms your interview on Tuesday 3 February at 11:00 with me. No action
        needed; the invitation is attached.

        Henrik Lund
        CTO, Vellumcraft Legal
        """), calendar=invite("vl-1@vellumcraft.example", start, 60, henrik, (henrik,),
                              summary="Interview Vellumcraft"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", booked, henrik, thank_you(start),
        "interview in the .ics: thank-you at 13:00",
        send_at=t(2, 3, 15, 10),
        text="Dear Henrik,\n\nThank you for this morning's interview.\n\nAlex\n",
    )  # fmt: skip
    ats_decline(e, t(2, 6, 18, 10), WORKABLE, role, 3)


def northgrove(plot: Plot) -> None:
    """A no from BambooHR with the recruiter in Reply-To: reply to her."""
    e = plot.employer("northgrove", "Northgrove Mutual")
    role = "Data Engineer"
    irene = Person("Irene Vasquez", "irene.vasquez@northgrove.example")
    ack(e, t(1, 12, 10, 0), bamboohr("northgrove"), role, 1)
    no = ats_decline(e, t(2, 18, 14, 30), bamboohr("northgrove"), role, 2, reply_to=irene)
    e.expect(
        "rejection-reply", "rejection_reply", no, irene, next_morning(no.at),
        "an ATS decline with a person in Reply-To: reply to her (Reply-To first)",
    )  # fmt: skip


def kestrelby(plot: Plot) -> None:
    """A person's no eleven days before the install date; the user never answers it."""
    e = plot.employer("kestrelby", "Kestrelby Aerospace")
    yusuf = Person("Yusuf Karim", "yusuf.karim@kestrelby.example")
    ack(e, t(2, 4, 11, 45), SMARTRECRUITERS, "Flight Data Engineer", 0)
    no = e.receive("decline", t(3, 5, 15, 30), yusuf,
        "Your application for Flight Data Engineer", txt(
        """
        Dear Alex,

        Thank you for your patience while we reviewed applications. We have decided to
        progress with candidates who have aviation certification experience. I appreciate
        your interest in Kestrelby.

        Yusuf Karim
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, yusuf, next_morning(no.at),
        "a decline from a person: gracious reply next business morning (left unsent)",
    )  # fmt: skip


def nettlefield(plot: Plot) -> None:
    """Questions on a Saturday two days before the install date, then a no from the ATS."""
    e = plot.employer("nettlefield", "Nettlefield Agritech")
    role = "Data Engineer"
    ayla = Person("Ayla Demir", "ayla.demir@nettlefield.example")
    ack(e, t(3, 9, 9, 5), GREENHOUSE, role, 3, html=True)
    asks = e.receive("questions", t(3, 14, 10, 15), ayla, f"Your application - {role}", txt(
        """
        Hi Alex,

        Thanks for applying! Two quick questions before I share your profile with the team:
        what is your notice period, and could you send a short sample of your pipeline work?

        Ayla
        """))  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", asks, ayla, at_once(asks.at),
        "a person asks two things on Saturday: reply Monday in working hours",
        send_at=t(3, 17, 12, 10),
        text="Hi Ayla,\n\nMy notice period is one month; a sample is attached.\n\nAlex\n",
    )  # fmt: skip
    e.receive("thanks", t(3, 17, 15, 0), ayla, f"Re: Your application - {role}", txt(
        """
        Thanks Alex, I'll share it with the team.

        Ayla
        """), parent=sent)  # fmt: skip
    ats_decline(e, t(3, 27, 8, 20), GREENHOUSE, role, 2, html=True)


def rookwood(plot: Plot) -> None:
    """Starts after the install date: invited, interviewed after the clocks change, a
    promise missed, a status check."""
    e = plot.employer("rookwood", "Rookwood Mobility")
    role = "Data Engineer"
    leonie = Person("Leonie Graf", "leonie.graf@rookwood.example")
    farid = Person("Farid Rahimi", "farid.rahimi@rookwood.example")
    ack(e, t(3, 18, 9, 10), WORKABLE, role, 1)
    asks = e.receive("invite", t(3, 25, 11, 40), leonie, f"{e.name} - {role} interview", txt(
        f"""
        Hi Alex,

        We'd like to invite you to a 60-minute video interview for the {role} role. What
        times work for you next week?

        Leonie Graf
        Talent Partner, {e.name}
        """))  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, leonie, at_once(asks.at),
        "invited with no time fixed: availability reply at once",
        send_at=t(3, 25, 13, 50),
        text="Hi Leonie,\n\nThank you! Wednesday or Thursday morning next week.\n\nAlex\n",
    )  # fmt: skip
    start = t(4, 1, 10, 30)
    booked = e.receive("booked", t(3, 26, 9, 30), leonie, f"Re: {e.name} - {role} interview",
        txt(
        """
        Wednesday 1 April at 10:30 then (CEST, the clocks will have changed). Farid Rahimi
        joins me; invitation attached.

        Leonie
        """), parent=slots, calendar=invite("rm-1@rookwood.example", start, 60, leonie,
                                            (leonie, farid), summary="Interview"))  # fmt: skip
    e.interview(start)
    for who in (leonie, farid):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the .ics (CEST): each interviewer at 12:30",
            send_at=t(4, 1, 14, 40),
            text=f"Hi {who.first},\n\nThank you for this morning's interview.\n\nAlex\n",
        )  # fmt: skip
    promise = e.receive("promise", t(4, 2, 10, 0), leonie,
        f"Re: {e.name} - {role} interview", txt(
        """
        Hi Alex, thanks for yesterday! We'll decide by Friday 10 April.

        Leonie
        """), parent=booked)  # fmt: skip
    e.promise(t(4, 10).date())
    e.expect_sent(
        "status-check", "status_check", promise, leonie, status_promised(t(4, 10).date()),
        "promised Friday 10 April passed: Tuesday 14 April 09:30",
        send_at=t(4, 14, 12, 40),
        text="Hi Leonie,\n\nIs there any news about the Data Engineer role?\n\nAlex\n",
    )  # fmt: skip
    # The follow-up would fall due on 28 April, after the story ends.


def saffronway(plot: Plot) -> None:
    """An interview request from an ATS relay with the recruiter in Reply-To."""
    e = plot.employer("saffronway", "Saffronway Travel")
    role = "Data Analyst"
    mateo = Person("Mateo Cruz", "mateo.cruz@saffronway.example")
    ack(e, t(3, 19, 9, 0), LEVER, role, 0)
    asks = e.receive("request", t(3, 30, 16, 55), Person(e.name, LEVER),
        f"{e.name}: interview request - {role}", txt(
        f"""
        Hi Alex,

        Mateo Cruz would like to schedule a 30-minute interview with you for the {role}
        role. Please reply with a few times that suit you this week.

        Sent via Lever on behalf of {e.name}
        """), reply_to=mateo)  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, mateo, at_once(asks.at),
        "an invitation from an ATS relay with a person in Reply-To: reply to him",
        send_at=t(3, 30, 19, 5),
        text="Hi Mateo,\n\nThursday morning or Friday afternoon would work.\n\nAlex\n",
    )  # fmt: skip
    start = t(4, 2, 9, 30)
    fixed = e.receive("fixed", t(3, 31, 10, 20), mateo, f"Re: {e.name}: interview request",
        txt(
        """
        Thanks Alex! Let's do Thursday 2 April at 09:30 CEST, 30 minutes on video. I'll send
        the link in the morning.

        Mateo
        """), parent=slots)  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", fixed, mateo, thank_you(start, 30),
        "interview 09:30-10:00 from the text: thank-you at 11:00",
        send_at=t(4, 2, 13, 10),
        text="Hi Mateo,\n\nThank you for this morning's conversation.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(4, 3, 10, 0), mateo, f"Re: {e.name}: interview request",
        txt(
        """
        Great chat, Alex. We'll let you know by Friday 17 April.

        Mateo
        """), parent=fixed)  # fmt: skip
    e.promise(t(4, 17).date())
    e.expect(
        "status-check", "status_check", promise, mateo, status_promised(t(4, 17).date()),
        "promised Friday 17 April passed: Tuesday 21 April 09:30",
    )  # fmt: skip
