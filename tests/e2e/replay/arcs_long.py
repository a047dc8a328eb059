"""Long processes: several threads for one employer with two rounds, a final round moved
by a calendar update before an offer, and a withdrawal."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, status_promised, t, thank_you
from replay.invites import invite
from replay.plot import Plot, txt
from replay.relays import GREENHOUSE, TALENTBOARD, ack, board_sent, workday


def cobaltwick(plot: Plot) -> None:
    """Job board, ATS and coordinator threads with no References between them; a missed
    promise, a second round with the time only in the text; then the ATS says no."""
    e = plot.employer("cobaltwick", "Cobaltwick Cloud")
    role = "Senior Backend Engineer"
    mira = Person("Mira Okafor", "mira.okafor@cobaltwick.example")
    jonas = Person("Jonas Reiter", "jonas.reiter@cobaltwick.example")
    aiko = Person("Aiko Tanaka", "aiko.tanaka@cobaltwick.example")
    board_sent(e, t(1, 6, 10, 12), role)
    ack(e, t(1, 6, 10, 14), GREENHOUSE, role, 0, html=True)
    asks = e.receive("invite", t(1, 13, 11, 20), mira, f"{e.name} | {role} | next step", txt(
        f"""
        Hi Alex,

        Thanks for your application for the {role} role. The team enjoyed reading about
        your work on event pipelines and would like to meet you for a first-round video
        interview (45 minutes) with two of our engineers.

        What times work for you next week? Two or three slots between Tuesday and Thursday
        would be perfect.

        Best,
        Mira Okafor
        Recruiting Coordinator | Cobaltwick Cloud
        """))  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, mira, at_once(asks.at),
        "a person invites and no time is fixed yet: reply at once",
        send_at=t(1, 13, 14, 30),
        text="Hi Mira,\n\nThank you! Tuesday 20 or Wednesday 21 January, any time after "
        "13:00, would suit me well.\n\nBest,\nAlex\n",
    )  # fmt: skip
    first = t(1, 20, 14, 0)
    booked = e.receive("booked", t(1, 14, 9, 48), mira, f"Invitation: {role} - first round",
        txt(
        """
        Hi Alex,

        Great, you're booked for Tuesday 20 January, 14:00-14:45 CET, with Jonas Reiter and
        Aiko Tanaka from the platform team. The calendar invitation with the video link is
        attached; no need to reply.

        Mira
        """), parent=slots,
        calendar=invite("cw-r1@cobaltwick.example", first, 45, mira, (jonas, aiko),
                        summary=f"{e.name}: {role} interview"))  # fmt: skip
    e.interview(first)
    for who in (jonas, aiko):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(first, 45),
            "interview in the .ics ended 14:45: thank each interviewer at T + L + 1 h",
            send_at=t(1, 20, 17, 55),
            text=f"Hi {who.first},\n\nThank you for the conversation today about the {role} "
            "role. I enjoyed the discussion of your ingestion layer.\n\nBest regards,\nAlex\n",
        )  # fmt: skip
    promise = e.receive("promise", t(1, 21, 16, 10), mira, f"Re: Invitation: {role} - first round",
        txt(
        """
        Hi Alex,

        Thanks again for your time yesterday. The panel meets on Friday 30 January, and you
        will hear from us by Tuesday 3 February at the latest.

        Best,
        Mira
        """), parent=booked)  # fmt: skip
    e.promise(t(2, 3).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, mira, status_promised(t(2, 3).date()),
        "promised Tuesday 3 February passed in silence: P + 2 business days, 09:30",
        send_at=t(2, 5, 12, 45),
        text="Hi Mira,\n\nI hope you are well. I enjoyed meeting Jonas and Aiko and remain "
        f"very interested in the {role} role. Is there any news?\n\nBest,\nAlex\n",
    )  # fmt: skip
    again = e.receive("round-two", t(2, 6, 10, 5), mira, f"Re: Invitation: {role} - first round",
        txt(
        """
        Hi Alex,

        Sorry for the silence, the decision took longer than planned. Good news: the team
        would like you to come back for a system design session with Farah Lindqvist, our
        Head of Platform.

        Would Wednesday 11 February at 10:00 work for you? Could you confirm?

        Mira
        """), parent=checked)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", again, mira, at_once(again.at),
        "a person proposes a time and asks to confirm it: reply at once",
        send_at=t(2, 6, 12, 20),
        text="Hi Mira,\n\nWednesday 11 February at 10:00 works for me. See you then!\n\nAlex\n",
    )  # fmt: skip
    second = t(2, 11, 10, 0)
    fixed = e.receive("round-two-fixed", t(2, 6, 14, 30), mira,
        f"Re: Invitation: {role} - first round", txt(
        """
        Perfect, that's confirmed: Wednesday 11 February, 10:00-11:30 CET, at our office
        (Lindenhof 4, third floor). Ask for me at the reception.

        Mira
        """), parent=yes)  # fmt: skip
    e.interview(second)
    e.expect_sent(
        "thank-you-round-two", "thank_you", fixed, mira, thank_you(second, 90),
        "second round 10:00-11:30 from the text; Farah's address is unknown, so the contact",
        also=(again,), send_at=t(2, 11, 14, 40),
        text="Hi Mira,\n\nThank you for arranging today's session; please pass my thanks to "
        "Farah as well.\n\nBest,\nAlex\n",
    )  # fmt: skip
    e.receive("viewed", t(2, 12, 15, 0), TALENTBOARD,
        f"{e.name} viewed your profile", txt(
        f"""
        Hi Alex,

        Good news: {e.name} viewed your TalentBoard profile. Keep your profile up to date
        to stand out to recruiters.

        TalentBoard
        """))  # fmt: skip
    e.receive("decline", t(2, 17, 16, 40), Person(e.name, GREENHOUSE),
        f"Your application to {e.name}", txt(
        f"""
        Hi Alex,

        Thank you for the time you invested in interviewing for the {role} position. After
        much deliberation we have decided to move forward with another candidate.

        We were impressed by your background and hope our paths cross again.

        The {e.name} Recruiting Team
        """), closes="decline")  # fmt: skip
    # No status check for the second round (it would fall due on 18 February): the ATS's
    # decline, in its own thread, closed the application; and no rejection reply: no-reply.


def driftmoor(plot: Plot) -> None:
    """Options offered, a first round, a final round moved by a higher SEQUENCE, an offer."""
    e = plot.employer("driftmoor", "Driftmoor Studios")
    role = "Platform Engineer"
    lena = Person("Lena Hartmann", "lena.hartmann@driftmoor.example")
    kofi = Person("Kofi Mensah", "kofi.mensah@driftmoor.example")
    helga = Person("Helga Brandt", "helga.brandt@driftmoor.example")
    applied = e.send("apply", t(3, 4, 21, 30), lena, f"Application: {role}", txt(
        f"""
        Hello Lena,

        I saw the {role} opening on your studio blog and would love to be considered. My CV
        is attached; I have spent the last six years building build farms and deployment
        tooling.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    options = e.receive("invite", t(3, 6, 16, 50), lena, f"Re: Application: {role}", txt(
        """
        Hi Alex,

        Thanks for reaching out, your background looks like a great fit. Kofi and I would
        love to talk. Would Tuesday 10 March at 10:00 or Wednesday 11 March at 15:00 suit you
        for a first interview (video, about an hour)?

        Cheers,
        Lena
        """), parent=applied)  # fmt: skip
    picked = e.expect_sent(
        "invitation-reply", "invitation_reply", options, lena, at_once(options.at),
        "a person invites with options, nothing fixed yet: reply at once (Friday 16:50)",
        send_at=t(3, 6, 19, 5),
        text="Hi Lena,\n\nWednesday 11 March at 15:00 works best for me.\n\nBest,\nAlex\n",
    )  # fmt: skip
    first = t(3, 11, 15, 0)
    booked = e.receive("booked", t(3, 9, 9, 20), lena, f"Interview: {role}", txt(
        """
        Hi Alex,

        Wednesday it is. Invitation attached, see you on the video call.

        Lena
        """), parent=picked,
        calendar=invite("dm-1@driftmoor.example", first, 60, lena, (lena, kofi),
                        summary=f"Interview: {role}"))  # fmt: skip
    e.interview(first)
    for who in (lena, kofi):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(first),
            "interview in the .ics (organizer listed as attendee): each interviewer, T+L+1h",
            send_at=t(3, 11, 19, 10),
            text=f"Hi {who.first},\n\nThanks a lot for this afternoon's conversation about "
            "the platform team.\n\nBest,\nAlex\n",
        )  # fmt: skip
    final = t(3, 19, 11, 0)
    final_invite = e.receive("final", t(3, 13, 11, 0), lena, f"Final round: {role}", txt(
        """
        Hi Alex,

        Kofi and I really enjoyed Wednesday. We'd like you to meet Helga Brandt, our studio
        director, for a final conversation. The invitation is attached.

        Lena
        """), calendar=invite("dm-2@driftmoor.example", final, 60, lena, (helga,),
                              summary=f"Final round: {role}"))  # fmt: skip
    moved_to = t(3, 23, 13, 30)
    moved = e.receive("moved", t(3, 17, 15, 40), lena, f"Updated invitation: Final round: {role}",
        txt(
        """
        Hi Alex,

        Helga has to travel on Thursday, so we have moved the final round to Monday
        23 March at 13:30. The updated invitation is attached, sorry for the shuffle!

        Lena
        """), parent=final_invite,
        calendar=invite("dm-2@driftmoor.example", moved_to, 60, lena, (helga,), sequence=1,
                        summary=f"Final round: {role}"))  # fmt: skip
    e.interview(moved_to)
    e.expect_sent(
        "thank-you-helga", "thank_you", moved, helga, thank_you(moved_to),
        "final round moved by SEQUENCE 1 to 23 March 13:30: thank-you at the new time",
        also=(final_invite,), send_at=t(3, 23, 17, 40),
        text="Hi Helga,\n\nThank you for your time today, I left excited about the studio's "
        "plans.\n\nKind regards,\nAlex\n",
    )  # fmt: skip
    e.receive("promise", t(3, 24, 10, 15), lena, f"Re: Updated invitation: Final round: {role}",
        txt(
        """
        Hi Alex,

        Helga enjoyed meeting you. We'll come back to you with a decision by Friday 3 April.

        Lena
        """), parent=moved)  # fmt: skip
    e.promise(t(4, 3).date())
    offer = e.receive("offer", t(4, 2, 16, 20), lena, "Your offer from Driftmoor Studios", txt(
        f"""
        Hi Alex,

        I'm delighted to offer you the {role} position at Driftmoor Studios! The offer
        letter with salary, start date and benefits is attached. Take the time you need to
        read it; we would love to hear your decision by Friday 10 April.

        Congratulations,
        Lena
        """), closes="offer")  # fmt: skip
    e.send("offer-thanks", t(4, 3, 9, 12), lena, "Re: Your offer from Driftmoor Studios", txt(
        """
        Hi Lena,

        Thank you so much, that is wonderful news. I'll read the letter over the weekend.

        Alex
        """), parent=offer)  # fmt: skip
    e.receive("esign", t(4, 6, 11, 30),
        Person("Inkwell eSign", "no-reply@sign.inkwell-esign.example"),
        "Please review and sign: Driftmoor Studios offer letter", txt(
        """
        Lena Hartmann sent you a document to review and sign.

        REVIEW DOCUMENT

        Do not share this email. This message was sent from a no-reply address.
        """))  # fmt: skip
    e.receive("call", t(4, 7, 10, 5), lena, "Re: Your offer from Driftmoor Studios", txt(
        """
        Hi Alex,

        Glad to hear it! I've put 30 minutes in our calendars for Wednesday at 11:00 so we
        can go through the start date together.

        Lena
        """), parent=offer)  # fmt: skip


def pinewhorl(plot: Plot) -> None:
    """A confirmation that asks for a reply, one round, then the user withdraws."""
    e = plot.employer("pinewhorl", "Pinewhorl Bank")
    role = "Data Engineer"
    sven = Person("Sven Aalto", "sven.aalto@pinewhorl.example")
    marta = Person("Marta Ruiz", "marta.ruiz@pinewhorl.example")
    ack(e, t(1, 19, 8, 5), workday("pinewhorl"), role, 1, html=True)
    start = t(1, 29, 9, 30)
    booked = e.receive("booked", t(1, 27, 13, 10), sven, f"Interview - {role} (R-20931)", txt(
        f"""
        Dear Alex,

        We would like to invite you to an interview for the {role} position on Thursday
        29 January at 09:30 CET with Marta Ruiz (Head of Data) and me. Please find the
        calendar invitation attached.

        Please confirm that you can attend by replying to this email.

        Kind regards,
        Sven Aalto
        Talent Acquisition, Pinewhorl Bank
        """), calendar=invite("pw-1@pinewhorl.example", start, 60, sven, (sven, marta),
                              summary=f"Interview {role}"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "confirmation-reply", "confirmation_reply", booked, sven, at_once(booked.at),
        "the confirmation asks for a reply: a short confirming reply at once",
        send_at=t(1, 27, 15, 20),
        text="Dear Sven,\n\nThank you, I confirm Thursday at 09:30.\n\nKind regards,\nAlex\n",
    )  # fmt: skip
    for who in (sven, marta):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the .ics: each interviewer, T + L + 1 h",
            send_at=t(1, 29, 13, 40),
            text=f"Dear {who.first},\n\nThank you for this morning's interview.\n\nAlex\n",
        )  # fmt: skip
    e.send("withdraw", t(2, 3, 18, 20), sven, f"Withdrawing my application - {role}", txt(
        f"""
        Dear Sven,

        Thank you again for the interview last week. After a lot of thought I have decided
        to withdraw my application for the {role} position: the role's on-site requirement
        does not fit my situation after all.

        I appreciated the conversation with you and Marta, and I wish you the best with the
        search.

        Kind regards,
        Alex Morgan
        """), closes="withdrawal")  # fmt: skip
    # The status check (interview + 7 days: 5 February) is cancelled by the withdrawal.
    e.receive("withdraw-ack", t(2, 4, 9, 15), sven,
        f"Re: Withdrawing my application - {role}", txt(
        """
        Dear Alex,

        Thank you for letting us know, and for being upfront. Best of luck, and do keep us in
        mind in the future.

        Sven
        """))  # fmt: skip
