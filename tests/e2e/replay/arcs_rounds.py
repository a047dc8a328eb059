"""Two-round processes: scheduling back and forth, references asked for, the user thanking
before followupd would, a late interview, and a status check answered with a no."""

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
from replay.relays import GREENHOUSE, SMARTRECRUITERS, ack, ats_decline, workday


def meridale(plot: Plot) -> None:
    """Applied to the hiring manager; references asked for after the interview; a promise
    missed after the install date; a status check and one follow-up."""
    e = plot.employer("meridale", "Meridale Works")
    role = "Senior Data Engineer"
    keiko = Person("Keiko Tanabe", "keiko.tanabe@meridale.example")
    applied = e.send("apply", t(2, 9, 10, 0), keiko, f"Application - {role}", txt(
        f"""
        Dear Keiko,

        A former colleague told me your team is hiring a {role}. I have attached my CV and
        would be glad to tell you more about the lakehouse migration I led last year.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    asks = e.receive("invite", t(2, 11, 13, 20), keiko, f"Re: Application - {role}", txt(
        """
        Hi Alex,

        Thanks for getting in touch, your migration story is exactly what we need. Could we
        talk? What times work for you next week?

        Keiko
        """), parent=applied)  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, keiko, at_once(asks.at),
        "invited with no time fixed: availability reply at once",
        send_at=t(2, 11, 15, 30),
        text="Hi Keiko,\n\nThank you! Monday to Wednesday next week, any afternoon.\n\nAlex\n",
    )  # fmt: skip
    start = t(2, 17, 13, 0)
    booked = e.receive("booked", t(2, 12, 10, 5), keiko, f"Re: Application - {role}", txt(
        """
        Tuesday at 13:00 then, invitation attached.

        Keiko
        """), parent=slots, calendar=invite("mw-1@meridale.example", start, 60, keiko, (keiko,),
                                            summary="Alex Morgan / Keiko Tanabe"))  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", booked, keiko, thank_you(start),
        "interview in the .ics with Keiko: thank-you at 15:00",
        send_at=t(2, 17, 17, 10),
        text="Hi Keiko,\n\nThank you for the conversation today.\n\nAlex\n",
    )  # fmt: skip
    refs = e.receive("references", t(2, 23, 16, 30), keiko, f"Re: Application - {role}", txt(
        """
        Hi Alex,

        We'd like to move forward. Could you send me two references, ideally including a
        former manager?

        Keiko
        """), parent=thanked)  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", refs, keiko, at_once(refs.at),
        "a person asks for references: a reply listing what was asked",
        send_at=t(2, 23, 18, 40),
        text="Hi Keiko,\n\nHere are two references: Maren Falk (my manager until 2024) and "
        "Oliver Grant.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(2, 25, 10, 0), keiko, f"Re: Application - {role}", txt(
        """
        Thanks, got them. We'll make our decision by Friday 13 March.

        Keiko
        """), parent=sent)  # fmt: skip
    e.promise(t(3, 13).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, keiko, status_promised(t(3, 13).date()),
        "promised Friday 13 March passed: Tuesday 17 March 09:30",
        send_at=t(3, 17, 12, 40),
        text=f"Hi Keiko,\n\nI wanted to ask whether there is any news about the {role} role; I "
        "remain very interested.\n\nAlex\n",
    )  # fmt: skip
    e.expect(
        "followup", "followup", promise, keiko, followup(checked.at),
        "still silent: one follow-up 14 days after the status check",
        also=(checked,),
    )  # fmt: skip


def orchidvale(plot: Plot) -> None:
    """Two rounds with the time only in the text, a promise kept with a no in the thread."""
    e = plot.employer("orchidvale", "Orchidvale Hotels")
    role = "Data Engineer"
    bea = Person("Beatriz Souza", "beatriz.souza@orchidvale.example")
    ack(e, t(1, 15, 9, 30), workday("orchidvale"), role, 1, html_only=True)
    first = t(1, 30, 11, 0)
    asks = e.receive("invite", t(1, 26, 14, 10), bea, f"{e.name} - first interview", txt(
        f"""
        Hello Alex,

        We'd like to meet you for the {role} role on Friday 30 January at 11:00 CET for
        45 minutes with me, on video. Does that work for you?

        Best wishes,
        Beatriz Souza
        Talent Lead, {e.name}
        """))  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, bea, at_once(asks.at),
        "a time proposed, does it work? confirming reply at once",
        send_at=t(1, 26, 16, 20),
        text="Hello Beatriz,\n\nYes, Friday at 11:00 works for me. Thank you!\n\nAlex\n",
    )  # fmt: skip
    e.interview(first)
    e.expect_sent(
        "thank-you", "thank_you", asks, bea, thank_you(first, 45),
        "first interview 11:00-11:45 from the text, with Beatriz",
        send_at=t(1, 30, 14, 55),
        text="Hello Beatriz,\n\nThank you for this morning's conversation.\n\nAlex\n",
    )  # fmt: skip
    second = t(2, 5, 14, 30)
    again = e.receive("round-two", t(2, 2, 17, 10), bea, f"Re: {e.name} - first interview", txt(
        """
        Hello Alex,

        The team enjoyed meeting you. We'd like to invite you to a second round on Thursday
        5 February at 14:30 CET, 60 minutes at our office with our CTO Dmitri Volkov and me.
        No need to confirm unless the time is a problem. We will let you know our decision
        by Friday 13 February.

        Beatriz
        """), parent=yes)  # fmt: skip
    e.interview(second)
    e.promise(t(2, 13).date())
    e.expect_sent(
        "thank-you-round-two", "thank_you", again, bea, thank_you(second),
        "second round 14:30 from the text: Beatriz (the CTO's address is unknown)",
        send_at=t(2, 5, 18, 40),
        text="Hello Beatriz,\n\nThank you and Dmitri for having me today.\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(2, 12, 11, 45), bea, f"Re: {e.name} - first interview", txt(
        """
        Hello Alex,

        Thank you for your patience. I'm sorry to tell you that we have offered the role to
        another candidate. It was a close decision, and we would be happy to hear from you
        again.

        Warm regards,
        Beatriz
        """), parent=again, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, bea, next_morning(no.at),
        "a decline from a person: gracious reply next business morning",
    )  # fmt: skip


def windmerrow(plot: Plot) -> None:
    """An interview that ends after business hours, then a Workday decline."""
    e = plot.employer("windmerrow", "Windmerrow Education")
    role = "Learning Analytics Engineer"
    olu = Person("Olu Adeyemi", "olu.adeyemi@windmerrow.example")
    ack(e, t(1, 21, 11, 0), workday("windmerrow"), role, 3, html=True)
    start = t(2, 10, 16, 45)
    booked = e.receive("booked", t(2, 4, 10, 30), olu, f"Interview on Tuesday - {role}", txt(
        """
        Hi Alex,

        Here is the invitation for Tuesday's interview. Let me know if the late slot is a
        problem; it is the only time our whole panel is free.

        Olu Adeyemi
        """), calendar=invite("we-1@windmerrow.example", start, 60, olu, (olu,),
                              summary=f"Interview: {role}"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", booked, olu, thank_you(start),
        "interview 16:45-17:45: due 18:45, after hours (that evening or the next morning)",
        send_at=t(2, 11, 11, 10),
        text="Hi Olu,\n\nThank you for staying late for our interview yesterday.\n\nAlex\n",
    )  # fmt: skip
    ats_decline(e, t(2, 16, 19, 20), workday("windmerrow"), role, 1, html=True)


def granitefell(plot: Plot) -> None:
    """The user thanks before followupd would; a second round; silence, a status check, a
    follow-up, and nothing after (still nothing when installed on 16 March)."""
    e = plot.employer("granitefell", "Granitefell Outfitters")
    role = "Analytics Engineer"
    hanna = Person("Hanna Berg", "hanna.berg@granitefell.example")
    luca = Person("Luca Moretti", "luca.moretti@granitefell.example")
    ack(e, t(1, 28, 7, 45), GREENHOUSE, role, 0, html=True)
    first = t(2, 6, 10, 0)
    booked = e.receive("booked", t(2, 3, 9, 50), hanna, f"Friday: {role} interview", txt(
        """
        Hi Alex,

        Looking forward to Friday! The invitation is attached.

        Hanna Berg
        Recruiter, Granitefell Outfitters
        """), calendar=invite("gf-1@granitefell.example", first, 60, hanna, (hanna,),
                              summary=f"{role} interview"))  # fmt: skip
    e.interview(first)
    e.send("own-thanks", t(2, 6, 11, 35), hanna, f"Re: Friday: {role} interview", txt(
        """
        Hi Hanna,

        Thank you for this morning, I enjoyed hearing about the new stores analytics.

        Alex
        """), parent=booked)  # fmt: skip
    # No thank-you draft: the user's own message before 12:00 cancelled it.
    asks = e.receive("round-two", t(2, 9, 15, 20), hanna, f"Re: Friday: {role} interview", txt(
        """
        Hi Alex,

        We'd love you to meet the team lead, Luca Moretti. Would Thursday 12 February at
        13:00 work? Please confirm.

        Hanna
        """), parent=booked)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, hanna, at_once(asks.at),
        "asked to confirm a proposed time: confirming reply",
        send_at=t(2, 9, 17, 30),
        text="Hi Hanna,\n\nThursday at 13:00 works, thank you.\n\nAlex\n",
    )  # fmt: skip
    second = t(2, 12, 13, 0)
    booked2 = e.receive("booked-2", t(2, 10, 9, 0), hanna, f"Re: Friday: {role} interview", txt(
        """
        Great, invitation for Thursday attached.

        Hanna
        """), parent=yes, calendar=invite("gf-2@granitefell.example", second, 60, hanna,
                                          (hanna, luca), summary=f"{role}: team lead"))  # fmt: skip
    e.interview(second)
    for who in (hanna, luca):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked2, who, thank_you(second),
            "second round in the .ics: each interviewer at 15:00",
            send_at=t(2, 12, 17, 10),
            text=f"Hi {who.first},\n\nThank you for today's conversation.\n\nAlex\n",
        )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", booked2, hanna, status_silent(second.date()),
        "no date promised: status check a week after the second round",
        send_at=t(2, 20, 12, 10),
        text="Hi Hanna,\n\nI wanted to check in about the role; I'm still very keen.\n\nAlex\n",
    )  # fmt: skip
    e.expect_sent(
        "followup", "followup", booked2, hanna, followup(checked.at),
        "still silent: one purposeful follow-up 14 days after the status check",
        also=(checked,), send_at=t(3, 9, 12, 10),
        text="Hi Hanna,\n\nSince we spoke I published a short piece on forecasting returns; "
        "it may interest Luca.\n\nAlex\n",
    )  # fmt: skip


def copperloom(plot: Plot) -> None:
    """ "What times work?", "could you confirm 2pm Tuesday?", a text-only first round, an
    .ics final round, silence, and a no in reply to the status check."""
    e = plot.employer("copperloom", "Copperloom Consulting")
    role = "Data Consultant"
    elif_ = Person("Elif Kaya", "elif.kaya@copperloom.example")
    max_ = Person("Max Hoffmann", "max.hoffmann@copperloom.example")
    sofia = Person("Sofia Lindgren", "sofia.lindgren@copperloom.example")
    ack(e, t(1, 13, 22, 10), SMARTRECRUITERS, role, 3)
    asks = e.receive("invite", t(1, 26, 10, 25), elif_, f"{e.name} - {role}", txt(
        f"""
        Hi Alex,

        Thanks for applying for the {role} position. We'd like to invite you to a
        45-minute video interview. What times work for you next week?

        Kind regards,
        Elif Kaya
        Recruiter, {e.name}
        """))  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, elif_, at_once(asks.at),
        "invited, no time fixed: availability reply at once",
        send_at=t(1, 26, 12, 35),
        text="Hi Elif,\n\nThank you! Monday to Wednesday next week, afternoons.\n\nAlex\n",
    )  # fmt: skip
    proposal = e.receive("proposal", t(1, 27, 9, 40), elif_, f"Re: {e.name} - {role}", txt(
        """
        Thanks! Could you confirm 2pm on Tuesday 3 February?

        Elif
        """), parent=slots)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", proposal, elif_, at_once(proposal.at),
        "asked to confirm 2pm Tuesday: confirming reply",
        send_at=t(1, 27, 11, 50),
        text="Hi Elif,\n\nConfirmed, Tuesday 3 February at 2pm.\n\nAlex\n",
    )  # fmt: skip
    first = t(2, 3, 14, 0)
    fixed = e.receive("fixed", t(1, 27, 14, 15), elif_, f"Re: {e.name} - {role}", txt(
        """
        Great, you're booked: Tuesday 3 February, 14:00-14:45 CET with Max Hoffmann,
        Principal. The Teams link will follow.

        Elif
        """), parent=yes)  # fmt: skip
    e.interview(first)
    e.expect_sent(
        "thank-you", "thank_you", fixed, elif_, thank_you(first, 45),
        "first round from the text; Max's address not known yet: the contact",
        also=(proposal,), send_at=t(2, 3, 17, 55),
        text="Hi Elif,\n\nThank you for arranging today's interview with Max.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(2, 4, 12, 0), elif_, f"Re: {e.name} - {role}", txt(
        """
        Hi Alex, Max enjoyed the conversation. You'll hear about a final round by Wednesday
        11 February.

        Elif
        """), parent=fixed)  # fmt: skip
    e.promise(t(2, 11).date())
    final = t(2, 16, 10, 0)
    booked = e.receive("final", t(2, 10, 16, 0), elif_, f"Final round: {role}", txt(
        """
        Hi Alex,

        As promised: we'd like you to join a final round with Max Hoffmann and Sofia
        Lindgren on Monday 16 February. Invitation attached.

        Elif
        """), parent=promise, calendar=invite("cl-2@copperloom.example", final, 90, elif_,
                                              (max_, sofia), summary="Final round"))  # fmt: skip
    e.interview(final)
    for who in (max_, sofia):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(final, 90),
            "final round 10:00-11:30 in the .ics: each interviewer at 12:30",
            send_at=t(2, 16, 14, 40),
            text=f"Hi {who.first},\n\nThank you for the final round this morning.\n\nAlex\n",
        )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", booked, elif_, status_silent(final.date()),
        "no date promised after the final round: status check a week later",
        send_at=t(2, 24, 12, 10),
        text="Hi Elif,\n\nI hope all is well. Is there any news on the role?\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(2, 25, 10, 50), elif_, f"Re: Final round: {role}", txt(
        """
        Hi Alex,

        Thanks for checking in. I'm sorry to say the client engagement behind this role was
        postponed, and we have decided to pause hiring for it. Max and Sofia thought highly
        of you; we'll reach out if it reopens.

        Best,
        Elif
        """), parent=checked, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, elif_, next_morning(no.at),
        "a no from a person (hiring paused): gracious reply next business morning",
    )  # fmt: skip
