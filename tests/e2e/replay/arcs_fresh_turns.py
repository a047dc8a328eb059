"""Turns in the middle of a process: an out-of-office reply during scheduling, an interview
moved in plain text while the calendar entry stays old, and an employer that writes in
German."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, next_morning, status_promised, status_silent, t, thank_you
from replay.fresh_mail import (
    GENERATED,
    QUARRYHR,
    VACATION,
    html_of,
    quoting,
)
from replay.invites import invite
from replay.plot import Plot, txt


def brackenfold(plot: Plot) -> None:
    """The recruiter's out-of-office answers the user's availability; she comes back a week
    later with a time to confirm; one interview; silence and a status check (due on the
    install day); a new promised date missed; her no under a new subject."""
    e = plot.employer("brackenfold", "Brackenfold Energy")
    lena = Person("Lena Vogt", "lena.vogt@brackenfold.example")
    paul = Person("Paul Richter", "paul.richter@brackenfold.example")
    e.receive("ack", t(2, 26, 9, 0), Person(e.name, QUARRYHR),
        f"{e.name} | Application confirmation", txt(
        f"""
        Dear Alex,

        Thank you for applying for Grid Data Engineer. We confirm receipt of your
        application.

        Kind regards,
        {e.name} Recruiting
        Powered by QuarryHR. Please do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    invite_text = txt(
        f"""
        Dear Alex,

        Thank you for your application for Grid Data Engineer. We would like to invite you
        to a first interview (one hour, video). Could you send me a few times that work for
        you next week?

        Kind regards,
        Lena Vogt
        Recruiting, {e.name}
        """)  # fmt: skip
    asks = e.receive("invite", t(3, 2, 10, 30), lena, f"Interview invitation - {e.name}",
                     invite_text, html=html_of(invite_text))  # fmt: skip
    times = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, lena, at_once(asks.at),
        "invited with no time fixed: availability reply at once",
        send_at=t(3, 2, 12, 45),
        text="Dear Lena,\n\nThank you! Any morning from Tuesday to Thursday next week.\n\n"
        "Alex\n",
    )  # fmt: skip
    e.receive("away", t(3, 2, 12, 46), lena,
        f"Automatic reply: Re: Interview invitation - {e.name}", txt(
        """
        Thank you for your message. I am on leave until Monday 9 March and have no access
        to email. For anything urgent, please write to recruiting@brackenfold.example.

        Lena Vogt
        """), parent=times, headers=VACATION)  # fmt: skip
    # An auto-reply: nothing to answer, nobody new to write to, and the silence goes on.
    confirm_text = quoting(
        """
        Dear Alex,

        I'm back, and sorry for the wait. Could we say Thursday 12 March at 10:00, one hour,
        with Paul Richter, our Head of Data? Please confirm.

        Lena
        """, times)  # fmt: skip
    proposal = e.receive("proposal", t(3, 9, 11, 5), lena,
        f"Re: Interview invitation - {e.name}", confirm_text, parent=times,
        html=html_of(confirm_text))  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", proposal, lena, at_once(proposal.at),
        "a time proposed, 'please confirm': confirming reply at once",
        send_at=t(3, 9, 13, 30),
        text="Dear Lena,\n\nThursday 12 March at 10:00 is confirmed. Thank you.\n\nAlex\n",
    )  # fmt: skip
    start = t(3, 12, 10, 0)
    booked = e.receive("booked", t(3, 10, 8, 40), lena, f"Re: Interview invitation - {e.name}",
        quoting(
        """
        Thank you, Alex. The invitation is attached.

        Lena
        """, yes), parent=yes,
        calendar=invite("bf-0312@brackenfold.example", start, 60, lena, (paul,),
                        summary="Interview Grid Data Engineer"))  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", booked, paul, thank_you(start),
        "interview 10:00-11:00 in the .ics with Paul: thank-you at 12:00",
        also=(proposal,), send_at=t(3, 12, 14, 30),
        text="Dear Paul,\n\nThank you for this morning's interview.\n\nAlex\n",
    )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", booked, lena, status_silent(start.date()),
        "no date promised, a week of silence: status check (due on the install day)",
        also=(proposal, thanked, yes), send_at=t(3, 20, 14, 30),
        text="Dear Lena,\n\nI enjoyed meeting Paul last week. Is there any news?\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(3, 23, 16, 10), lena, f"Re: Interview invitation - {e.name}",
        quoting(
        """
        Dear Alex,

        Thanks for your patience. Paul is seeing two more candidates this week; we will
        decide by Wednesday 1 April.

        Lena
        """, checked), parent=checked)  # fmt: skip
    e.promise(t(4, 1).date())
    e.expect_sent(
        "status-check-2", "status_check", promise, lena, status_promised(t(4, 1).date()),
        "promised Wednesday 1 April passed: Friday 3 April 09:30",
        also=(checked,), send_at=t(4, 3, 14, 0),
        text="Dear Lena,\n\nI wanted to ask whether a decision has been made.\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(4, 7, 10, 20), lena, f"Your application at {e.name}", txt(
        """
        Dear Alex,

        I'm sorry to tell you that we have offered the Grid Data Engineer role to another
        candidate. Paul asked me to say how much he enjoyed your interview.

        Kind regards,
        Lena Vogt
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, lena, next_morning(no.at),
        "a no from a person under a new subject: gracious reply next business morning",
    )  # fmt: skip


def wickerlane(plot: Plot) -> None:
    """An interview announced in text and by .ics, then moved in plain text (the calendar
    entry is not updated); silence; a status check answered without a date; a no."""
    e = plot.employer("wickerlane", "Wickerlane Fashion")
    role = "Analytics Engineer"
    chloe = Person("Chlo\u00e9 Marchand", "chloe.marchand@wickerlane.example")
    mattias = Person("Mattias Lund", "mattias.lund@wickerlane.example")
    e.receive("ack", t(2, 23, 8, 20), Person(e.name, "jobs-noreply@wickerlane.example"),
        f"Thanks for applying: {role}", txt(
        f"""
        Hi Alex! Thanks for applying for {role} at {e.name}. We'll be in touch.

        (Sent automatically - this mailbox can't receive replies.)
        """), headers=GENERATED)  # fmt: skip
    invited = e.receive("invite", t(2, 25, 14, 10), chloe, f"Interview for {role} - Wickerlane",
        txt(
        f"""
        Hi Alex,

        I'm happy to invite you to a video interview for the {role} role on Thursday
        5 March at 10:30, with Mattias Lund, our Data Lead (60 minutes). You'll get a
        calendar invitation separately.

        Best,
        Chlo\u00e9 Marchand
        Senior Recruiter, {e.name}
        """))  # fmt: skip
    planned = t(3, 5, 10, 30)
    ics = e.receive("booked", t(2, 25, 14, 12), chloe,
        "Invitation: Analytics Engineer interview @ Thu 5 Mar 2026 10:30 - 11:30 (CET)", txt(
        """
        Analytics Engineer interview
        Thursday 5 March 2026, 10:30 - 11:30 (CET)
        """), calendar=invite("wl-ae-0305@wickerlane.example", planned, 60, chloe, (mattias,),
                              summary="Analytics Engineer interview"))  # fmt: skip
    move = e.receive("move", t(3, 3, 11, 40), chloe, f"Re: Interview for {role} - Wickerlane",
        quoting(
        """
        Hi Alex,

        Mattias has been called to a supplier visit on Thursday. Could we move your
        interview to Friday 6 March at 14:00? Please let me know whether that works.

        Chlo\u00e9
        """, invited), parent=invited)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", move, chloe, at_once(move.at),
        "a new time proposed, 'let me know whether that works': confirming reply",
        send_at=t(3, 3, 14, 0),
        text="Hi Chlo\u00e9,\n\nFriday at 14:00 works for me.\n\nAlex\n",
    )  # fmt: skip
    noted = e.receive("noted", t(3, 3, 15, 20), chloe, f"Re: Interview for {role} - Wickerlane",
        quoting(
        """
        Great, thanks! Same video link as before.

        Chlo\u00e9
        """, yes), parent=yes)  # fmt: skip
    start = t(3, 6, 14, 0)
    e.interview(start)
    # No thank-you on Thursday 5 March: the text moved the interview (the .ics is stale).
    e.expect_sent(
        "thank-you", "thank_you", move, mattias, thank_you(start),
        "the interview moved in the text to Friday 14:00; Mattias known from the .ics: 16:00",
        also=(noted, ics, invited), send_at=t(3, 6, 18, 30),
        text="Hi Mattias,\n\nThank you for making time on a Friday afternoon.\n\nAlex\n",
    )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", noted, chloe, status_silent(start.date()),
        "no date promised, a week of silence: status check to the recruiter",
        also=(move, invited, yes), send_at=t(3, 16, 14, 0),
        text="Hi Chlo\u00e9,\n\nI'm still very interested in the role. Is there any news?\n\n"
        "Alex\n",
    )  # fmt: skip
    vague = e.receive("vague", t(3, 17, 10, 20), chloe, f"Re: Interview for {role} - Wickerlane",
        quoting(
        """
        Thanks for checking in! We're still interviewing; I'll update you as soon as I can.

        Chlo\u00e9
        """, checked), parent=checked)  # fmt: skip
    no = e.receive("decline", t(3, 27, 12, 40), chloe, f"Re: Interview for {role} - Wickerlane",
        quoting(
        """
        Hi Alex,

        Thank you for your patience. We've now decided to go ahead with another candidate.
        Mattias really enjoyed your interview, so please keep an eye on our openings.

        Best,
        Chlo\u00e9
        """, vague), parent=vague, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, chloe, next_morning(no.at),
        "a no from a person on Friday: gracious reply Monday morning (summer time by then)",
    )  # fmt: skip


def tallowby(plot: Plot) -> None:
    """A Hamburg employer that writes in German: documents asked for, an interview to
    confirm, silence and a status check, then her no under the company's name."""
    e = plot.employer("tallowby", "Tallowby Grocers")
    marta = Person("Marta Nowak", "marta.nowak@tallowby.example")
    applied = e.send("apply", t(1, 15, 19, 40), marta, "Bewerbung als Data Engineer", txt(
        """
        Sehr geehrte Frau Nowak,

        anbei sende ich Ihnen meine Bewerbung als Data Engineer. Ich freue mich auf Ihre
        Antwort.

        Mit freundlichen Gr\u00fc\u00dfen
        Alex Morgan
        """))  # fmt: skip
    docs = e.receive("documents", t(1, 16, 11, 20), marta, "AW: Bewerbung als Data Engineer",
        quoting(
        """
        Hallo Herr Morgan,

        vielen Dank f\u00fcr Ihre Bewerbung. Bevor wir weitermachen: K\u00f6nnten Sie uns bitte
        Ihr Hochschulzeugnis und Ihr letztes Arbeitszeugnis schicken?

        Viele Gr\u00fc\u00dfe
        Marta Nowak
        Talent Acquisition, Tallowby Grocers
        """, applied, german=True), parent=applied)  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", docs, marta, at_once(docs.at),
        "a person asks for documents (certificates), in German: a reply",
        send_at=t(1, 16, 14, 0),
        text="Hallo Frau Nowak,\n\nanbei die beiden Zeugnisse.\n\nViele Gr\u00fc\u00dfe\nAlex "
        "Morgan\n",
    )  # fmt: skip
    asks = e.receive("invite", t(1, 21, 15, 10), marta, "AW: Bewerbung als Data Engineer",
        quoting(
        """
        Hallo Herr Morgan,

        danke f\u00fcr die Unterlagen! Wir m\u00f6chten Sie gern zu einem Gespr\u00e4ch mit
        Konrad Wei\u00df (Leiter BI) einladen: am Dienstag, 27. Januar, um 9:30 Uhr, etwa
        eine Stunde, per Video oder bei uns in Hamburg.

        K\u00f6nnen Sie den Termin best\u00e4tigen und mir sagen, welches Format Ihnen lieber ist?

        Viele Gr\u00fc\u00dfe
        Marta Nowak
        """, sent, german=True), parent=sent)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, marta, at_once(asks.at),
        "a time to confirm and a question (video or on site?), in German: confirming reply",
        send_at=t(1, 21, 17, 40),
        text="Hallo Frau Nowak,\n\nDienstag um 9:30 Uhr passt, gern per Video.\n\nAlex Morgan\n",
    )  # fmt: skip
    start = t(1, 27, 9, 30)
    link = e.receive("link", t(1, 22, 9, 12), marta, "AW: Bewerbung als Data Engineer",
        quoting(
        """
        Prima, hier ist der Link f\u00fcr Dienstag: https://meet.tallowby.example/konrad-weiss

        Marta Nowak
        """, yes, german=True), parent=yes)  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", link, marta, thank_you(start),
        "interview 9:30 for about an hour (German text); Konrad's address unknown: Marta",
        also=(asks,), send_at=t(1, 27, 14, 10),
        text="Hallo Frau Nowak,\n\nvielen Dank f\u00fcr das Gespr\u00e4ch heute Morgen.\n\n"
        "Alex Morgan\n",
    )  # fmt: skip
    e.expect_sent(
        "status-check", "status_check", link, marta, status_silent(start.date()),
        "no date promised, a week of silence: status check",
        also=(thanked, asks), send_at=t(2, 4, 14, 30),
        text="Hallo Frau Nowak,\n\ngibt es schon Neuigkeiten zur Stelle?\n\nAlex Morgan\n",
    )  # fmt: skip
    no = e.receive("decline", t(2, 6, 16, 40), marta, "Tallowby Grocers", txt(
        """
        Hallo Herr Morgan,

        leider muss ich Ihnen mitteilen, dass wir uns f\u00fcr eine andere Kandidatin
        entschieden haben. Herr Wei\u00df war von Ihrem Gespr\u00e4ch sehr angetan; wir w\u00fcrden
        uns freuen, wenn Sie sich bei passenden Stellen wieder melden.

        Viele Gr\u00fc\u00dfe
        Marta Nowak
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, marta, next_morning(no.at),
        "a no from a person under a new plain subject (German), Friday: reply Monday morning",
    )  # fmt: skip
