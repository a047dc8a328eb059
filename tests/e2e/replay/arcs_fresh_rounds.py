"""Processes with rounds and promises: a date missed twice and then a withdrawal, references
through a checking service and a status check overdue at install, a promise kept with a
no."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, next_morning, status_promised, t, thank_you
from replay.fresh_mail import GENERATED, QUARRYHR, REFCHECKLY, quoting
from replay.invites import invite
from replay.plot import Plot, txt
from replay.relays import LEVER


def velmora(plot: Plot) -> None:
    """Two rounds (the second booked by a scheduling no-reply with three interviewers); a
    promised date missed, a status check answered with a new date, that date missed too, a
    second status check; the user withdraws the day before the follow-up would fall due."""
    e = plot.employer("velmora", "Velmora Biotech")
    role = "Scientific Data Engineer"
    hana = Person("Hana Okafor", "hana.okafor@velmora.example")
    felix = Person("Felix Brandt", "felix.brandt@velmora.example")
    aiko = Person("Aiko Mori", "aiko.mori@velmora.example")
    e.receive("ack", t(1, 26, 17, 31), Person(e.name, QUARRYHR),
        f"{e.name} | Application confirmation", txt(
        f"""
        Dear Alex,

        Thank you for your application for {role}. We confirm receipt and will be in touch
        once the hiring team has reviewed it, usually within three weeks.

        Kind regards,
        {e.name} Talent Acquisition
        Powered by QuarryHR. Please do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    asks = e.receive("invite", t(2, 4, 13, 35), hana, f"{role} - first conversation", txt(
        f"""
        Dear Alex,

        I lead the scientific data team at {e.name} and read your application with
        interest. Would you be available for a first conversation (45 minutes, video) on
        Monday 9 February at 16:00, or on Tuesday 10 February at 10:00?

        Best wishes,
        Dr. Hana Okafor
        """))  # fmt: skip
    picked = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, hana, at_once(asks.at),
        "two times offered, the user must choose: invitation reply at once",
        send_at=t(2, 4, 16, 0),
        text="Dear Dr. Okafor,\n\nThank you, Tuesday 10 February at 10:00 suits me.\n\n"
        "Best,\nAlex\n",
    )  # fmt: skip
    first = t(2, 10, 10, 0)
    fixed = e.receive("fixed", t(2, 5, 9, 20), hana, f"Re: {role} - first conversation",
        quoting(
        """
        Tuesday at 10:00 it is. I'll send you the link that morning.

        Hana
        """, picked), parent=picked)  # fmt: skip
    link = e.receive("link", t(2, 10, 8, 55), hana, f"Re: {role} - first conversation", txt(
        """
        Good morning Alex, here is the link: https://video.velmora.example/r/hokafor

        Hana
        """), parent=fixed)  # fmt: skip
    e.interview(first)
    thanked = e.expect_sent(
        "thank-you", "thank_you", link, hana, thank_you(first, 45),
        "first conversation 10:00-10:45 fixed in the text, with Hana: thank-you at 11:45",
        also=(fixed, asks), send_at=t(2, 10, 15, 0),
        text="Dear Hana,\n\nThank you for the conversation this morning.\n\nAlex\n",
    )  # fmt: skip
    again = e.receive("round-two", t(2, 11, 17, 5), hana, f"Re: {role} - first conversation",
        quoting(
        """
        Dear Alex,

        Thank you for your note. We'd like you to meet more of the team: a 90-minute
        session on Friday 20 February from 13:30 with me, Felix Brandt and Aiko Mori. Our
        scheduling system will send the invitation.

        If that clashes with anything, tell me and we'll find another slot.

        Hana
        """, thanked), parent=thanked)  # fmt: skip
    second = t(2, 20, 13, 30)
    booked = e.receive("booked", t(2, 12, 9, 0),
        Person("Velmora Scheduling", "scheduling-noreply@velmora.example"),
        "Invitation: Second interview - Alex Morgan (Fri 20 Feb 13:30 - 15:00)", txt(
        """
        You have been invited to the following event.

        Second interview - Alex Morgan
        Friday 20 February 2026, 13:30 - 15:00 (CET), Velmora Biotech, Building C
        Attendees: Hana Okafor, Felix Brandt, Aiko Mori, Alex Morgan

        This invitation was sent by an automated scheduler.
        """), headers=GENERATED,
        calendar=invite("vm-r2-20260220@velmora.example", second, 90,
                        Person("Velmora Scheduling", "scheduling-noreply@velmora.example"),
                        (hana, felix, aiko), summary="Second interview - Alex Morgan"))  # fmt: skip
    e.interview(second)
    sent = {
        who.email: e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(second, 90),
            "second round 13:30-15:00 in the scheduler's .ics: each interviewer at 16:00",
            also=(again,), send_at=t(2, 20, 18, 30),
            text=f"Dear {who.first},\n\nThank you for this afternoon.\n\nAlex\n",
        )
        for who in (hana, felix, aiko)
    }  # fmt: skip
    to_hana = sent[hana.email]
    thread = f"Re: {booked.subject}"
    promise = e.receive("promise", t(2, 23, 10, 10), hana, thread, quoting(
        """
        Dear Alex,

        Thank you. We are finishing the last interviews this week and will let you know by
        Friday 27 February.

        Hana
        """, to_hana), parent=to_hana)  # fmt: skip
    e.promise(t(2, 27).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, hana, status_promised(t(2, 27).date()),
        "promised Friday 27 February passed in silence: Tuesday 3 March 09:30",
        also=(to_hana,), send_at=t(3, 3, 13, 45),
        text="Dear Hana,\n\nI hope all is well. Is there any news about the role? I remain "
        "very interested.\n\nAlex\n",
    )  # fmt: skip
    later = e.receive("new-date", t(3, 4, 11, 50), hana, thread, quoting(
        """
        Dear Alex,

        Apologies for the delay: our budget sign-off slipped. We now expect to decide by
        Wednesday 18 March.

        For transparency: the team is moving to our Basel site this summer, so the role
        would mean three days a week on site there.

        Hana
        """, checked), parent=checked)  # fmt: skip
    e.promise(t(3, 18).date())
    again_checked = e.expect_sent(
        "status-check-2", "status_check", later, hana, status_promised(t(3, 18).date()),
        "the new promised date (Wednesday 18 March) passed too: Friday 20 March 09:30",
        also=(checked,), send_at=t(3, 20, 14, 0),
        text="Dear Hana,\n\nI wanted to check in again on the decision.\n\nAlex\n",
    )  # fmt: skip
    gone = e.send("withdraw", t(4, 2, 10, 30), hana, thread, quoting(
        """
        Dear Hana,

        Thank you for the process so far. Having thought about the move to Basel, I'd like
        to withdraw my application; it isn't the right step for me now.

        With best wishes,
        Alex
        """, again_checked), parent=again_checked, closes="withdrawal")  # fmt: skip
    # The follow-up (due Friday 3 April) is not wanted after the withdrawal.
    e.receive("farewell", t(4, 2, 15, 20), hana, thread, quoting(
        """
        Dear Alex, understood, and thank you for telling us. All the best!

        Hana
        """, gone), parent=gone)  # fmt: skip


def kilnworth(plot: Plot) -> None:
    """One round with two interviewers; references through a checking service; a degree
    certificate asked for; a promised date missed shortly before install (the status check is
    overdue then); a no in the thread."""
    e = plot.employer("kilnworth", "Kilnworth Labs")
    role = "Platform Data Engineer"
    priya = Person("Priya Raman", "priya.raman@kilnworth.example")
    daniel = Person("Daniel Osei", "daniel.osei@kilnworth.example")
    e.receive("ack", t(2, 2, 11, 0), Person(e.name, LEVER), "Thanks for applying, Alex", txt(
        f"""
        Hi Alex,

        Thanks for applying to {e.name} for {role}. We'll take a look and get back to you
        either way.

        The {e.name} hiring team (automated message)
        """), headers=GENERATED)  # fmt: skip
    start = t(2, 19, 14, 0)
    booked = e.receive("booked", t(2, 16, 10, 10), priya, f"Interview - {role}", txt(
        """
        Hi Alex,

        I'm the engineering manager for this role. I've sent you an invitation for Thursday
        at 14:00 with Daniel Osei from the team. Looking forward to it.

        Priya
        """), calendar=invite("kw-7781@kilnworth.example", start, 75, priya, (priya, daniel),
                              summary=f"{role} interview"))  # fmt: skip
    e.interview(start)
    thanks = {
        who.email: e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start, 75),
            "interview 14:00-15:15 in the .ics: each interviewer at 16:15",
            send_at=t(2, 19, 18, 40),
            text=f"Hi {who.first},\n\nThank you for today's interview.\n\nAlex\n",
        )
        for who in (priya, daniel)
    }  # fmt: skip
    to_priya = thanks[priya.email]
    refs = e.receive("references", t(2, 23, 9, 50), priya, f"Re: Interview - {role}", quoting(
        """
        Hi Alex,

        We'd like to move to references. You'll get an email from RefCheckly asking for two
        referees; please fill it in this week. No need to reply to me.

        Priya
        """, to_priya), parent=to_priya)  # fmt: skip
    # The status check for 19 February (due the 26th) is overtaken: the process moved on.
    e.receive("refcheck", t(2, 23, 10, 5), REFCHECKLY,
        f"{e.name} has requested your references", txt(
        f"""
        Hi Alex,

        {e.name} uses RefCheckly to collect references. Please add two referees by
        Friday 27 February: https://refcheckly.example/c/kw-5521

        Do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    e.receive("refcheck-done", t(2, 27, 17, 20), REFCHECKLY, "Your referees have responded",
        txt(
        f"""
        Good news: both of your referees have submitted their references to {e.name}.

        Do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    degree = e.receive("degree", t(3, 2, 10, 30), priya, f"Re: Interview - {role}", quoting(
        """
        Hi Alex,

        Both references came back glowing. One more thing: could you send me a copy of your
        highest degree certificate for our records?

        Thanks,
        Priya
        """, refs), parent=refs)  # fmt: skip
    sent = e.expect_sent(
        "reply", "reply", degree, priya, at_once(degree.at),
        "a person asks for a document (degree certificate): a reply",
        send_at=t(3, 2, 13, 10),
        text="Hi Priya,\n\nAttached is my MSc certificate.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(3, 4, 15, 0), priya, f"Re: Interview - {role}", quoting(
        """
        Thanks Alex. Our leadership meeting is on the 12th; I'll let you know by Monday
        16 March.

        Priya
        """, sent), parent=sent)  # fmt: skip
    e.promise(t(3, 16).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, priya, status_promised(t(3, 16).date()),
        "promised Monday 16 March passed: Wednesday 18 March 09:30 (overdue at install)",
        also=(sent,), send_at=t(3, 20, 14, 0),
        text="Hi Priya,\n\nI hope the leadership meeting went well. Is there any news on the "
        "role?\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(3, 24, 11, 15), priya, f"Re: Interview - {role}", quoting(
        """
        Hi Alex,

        Sorry for the wait. Leadership decided to fill the role through an internal move, so
        we won't be making an external hire. I'm genuinely sorry; you were our preferred
        outside candidate.

        Priya
        """, checked), parent=checked, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, priya, next_morning(no.at),
        "a no from a person in the thread: gracious reply next business morning",
    )  # fmt: skip


def dunmarsh(plot: Plot) -> None:
    """An application straight to the head of department; three questions before meeting;
    an .ics with two interviewers; a promised date kept, with a no at 18:40."""
    e = plot.employer("dunmarsh", "Dunmarsh Water")
    birgit = Person("Birgit Sommer", "birgit.sommer@dunmarsh.example")
    holm = Person("Jan-Erik Holm", "jan-erik.holm@dunmarsh.example")
    applied = e.send("apply", t(2, 18, 20, 30), birgit, "Data engineer role - Alex Morgan", txt(
        """
        Dear Ms Sommer,

        I saw your post about building a data team for the network sensors. I've attached my
        CV; I'd love to help turn the telemetry into something the field teams use.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    asks = e.receive("questions", t(2, 20, 8, 15), birgit, "Re: Data engineer role - Alex Morgan",
        quoting(
        """
        Dear Alex,

        Thank you, this sounds promising. Three quick questions before we meet: how soon
        could you start, do you hold a driving licence (the role includes site visits), and
        would occasional on-call weeks be acceptable?

        Birgit Sommer
        Head of Digital, Dunmarsh Water
        """, applied), parent=applied)  # fmt: skip
    answered = e.expect_sent(
        "reply", "reply", asks, birgit, at_once(asks.at),
        "three questions from a person at 08:15: a reply when working hours begin",
        send_at=t(2, 20, 11, 45),
        text="Dear Ms Sommer,\n\nThree months' notice; yes, I have a licence; and on-call "
        "weeks are fine.\n\nAlex\n",
    )  # fmt: skip
    start = t(3, 2, 9, 0)
    booked = e.receive("booked", t(2, 24, 13, 0), birgit, "Re: Data engineer role - Alex Morgan",
        quoting(
        """
        Dear Alex,

        Perfect. I've attached an invitation for Monday 2 March at 09:00 with Jan-Erik Holm
        from IT and me.

        Birgit
        """, answered), parent=answered,
        calendar=invite("dw-0302@dunmarsh.example", start, 60, birgit, (birgit, holm),
                        summary="Interview Alex Morgan"))  # fmt: skip
    e.interview(start)
    thanks = {
        who.email: e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview 09:00-10:00 in the .ics: each interviewer at 11:00",
            send_at=t(3, 2, 14, 0),
            text=f"Dear {who.name},\n\nThank you for this morning's conversation.\n\nAlex\n",
        )
        for who in (birgit, holm)
    }  # fmt: skip
    to_birgit = thanks[birgit.email]
    promise = e.receive("promise", t(3, 3, 10, 0), birgit, "Re: Data engineer role - Alex Morgan",
        quoting(
        """
        Thank you, Alex, it was a good conversation. We'll let you know by Tuesday 10 March.

        Birgit
        """, to_birgit), parent=to_birgit)  # fmt: skip
    e.promise(t(3, 10).date())
    no = e.receive("decline", t(3, 10, 18, 40), birgit, "Re: Data engineer role - Alex Morgan",
        quoting(
        """
        Dear Alex,

        As promised, our decision: we have chosen a candidate who has worked in the water
        sector before. It was a close call and I enjoyed our conversation.

        Best regards,
        Birgit Sommer
        """, promise), parent=promise, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, birgit, next_morning(no.at),
        "a no from a person on the promised day, 18:40: gracious reply next morning",
    )  # fmt: skip
