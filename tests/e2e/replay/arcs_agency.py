"""An agency recruiter relayed by a social network, a cancelled interview and a new time,
a promise missed and answered with a no, and an assessment platform."""

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
    ASHBY,
    CODECRATE,
    LEVER,
    LINKEDIN_MESSAGES,
    SMARTRECRUITERS,
    ack,
    ats_decline,
)


def bridgewell(plot: Plot) -> None:
    """ "Dana Wu via LinkedIn" from a no-reply relay; the user writes to her directly; she asks
    for references, then for times; an interview for her client; a no under a new subject."""
    e = plot.employer("bridgewell", "Bridgewell Talent Partners")
    dana = Person("Dana Wu", "dana.wu@bridgewell-talent.example")
    e.receive("linkedin", t(1, 14, 12, 30), Person("Dana Wu via LinkedIn", LINKEDIN_MESSAGES),
        "Dana sent you a new message", txt(
        """
        Dana Wu
        Senior Consultant at Bridgewell Talent Partners

        Hi Alex, I'm leading a Staff Data Engineer search for a renewable-energy client in
        Berlin. Your pipeline work looks like a strong match. Would you be open to a chat?
        Happy to share details by email: dana.wu@bridgewell-talent.example

        Reply on LinkedIn

        You are receiving notification emails from LinkedIn. Unsubscribe
        """))  # fmt: skip
    # Nothing to draft: the relay's address takes no replies.
    direct = e.send("direct", t(1, 14, 19, 5), dana, "Staff Data Engineer search", txt(
        """
        Hi Dana,

        Thanks for your message on LinkedIn. I'd be glad to hear more about the Staff Data
        Engineer role; my CV is attached.

        Best,
        Alex Morgan
        """))  # fmt: skip
    refs = e.receive("references", t(1, 15, 10, 20), dana, "Re: Staff Data Engineer search", txt(
        """
        Hi Alex,

        Thanks for the quick reply! The client is Emberlyn Energy. Before I put you forward,
        could you send me two references and your salary expectations?

        Dana
        """), parent=direct)  # fmt: skip
    sent_refs = e.expect_sent(
        "reply", "reply", refs, dana, at_once(refs.at),
        "a person asks for documents (references, expectations): a reply listing them",
        send_at=t(1, 15, 12, 30),
        text="Hi Dana,\n\nHere are my two references and my expectations.\n\nBest,\nAlex\n",
    )  # fmt: skip
    asks = e.receive("invite", t(1, 21, 14, 0), dana, "Re: Staff Data Engineer search", txt(
        """
        Good news: Emberlyn would like a first interview with you. What times work for you
        next week? Mornings are easiest for them.

        Dana
        """), parent=sent_refs)  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, dana, at_once(asks.at),
        "an invitation with no time fixed: reply with availability at once",
        send_at=t(1, 21, 16, 10),
        text="Hi Dana,\n\nTuesday or Wednesday morning next week both work.\n\nAlex\n",
    )  # fmt: skip
    start = t(1, 27, 11, 0)
    booked = e.receive("booked", t(1, 22, 9, 45), dana, "Re: Staff Data Engineer search", txt(
        """
        Booked! Tuesday 27 January at 11:00 CET, 60 minutes on video with Rhea Castellanos,
        their VP Data. She will send the link herself.

        Dana
        """), parent=slots)  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", booked, dana, thank_you(start),
        "interview 11:00 from the text; the interviewer's address is unknown: the contact",
        send_at=t(1, 27, 15, 10),
        text="Hi Dana,\n\nThe conversation with Rhea went well, thank you for setting it "
        "up.\n\nAlex\n",
    )  # fmt: skip
    e.receive("promise", t(1, 28, 17, 55), dana, "Re: Staff Data Engineer search", txt(
        """
        Hi Alex, quick update: Emberlyn will decide by Wednesday 4 February. I'll let you know
        as soon as I hear.

        Dana
        """), parent=booked)  # fmt: skip
    e.promise(t(2, 4).date())
    no = e.receive("decline", t(2, 5, 11, 30), dana, "Emberlyn update", txt(
        """
        Hi Alex,

        I'm sorry to say that Emberlyn has decided to go ahead with an internal candidate.
        They were complimentary about your interview. I'll keep you in mind for other
        searches.

        Best,
        Dana
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, dana, next_morning(no.at),
        "a decline from a person under a new subject: gracious reply next business morning",
    )  # fmt: skip
    # The status check for the missed 4 February (due 6 February) must not appear.


def amberlode(plot: Plot) -> None:
    """An interview cancelled by METHOD:CANCEL in a new message, a new time to confirm, a
    missed promise, one status check and one follow-up (after the install date)."""
    e = plot.employer("amberlode", "Amberlode Logistics")
    role = "Analytics Engineer"
    noor = Person("Noor Haddad", "noor.haddad@amberlode.example")
    bastian = Person("Bastian Kohl", "bastian.kohl@amberlode.example")
    ack(e, t(2, 2, 9, 10), SMARTRECRUITERS, role, 2)
    first = t(2, 19, 10, 0)
    booked = e.receive("booked", t(2, 16, 10, 30), noor, f"Interview invitation: {role}", txt(
        f"""
        Hi Alex,

        I'm pleased to invite you to an interview for the {role} role on Thursday 19 February
        at 10:00 with Bastian Kohl, who leads our analytics team. The calendar invitation is
        attached; if the time doesn't suit you, just let me know.

        Best regards,
        Noor Haddad
        People Partner, Amberlode Logistics
        """), calendar=invite("al-1@amberlode.example", first, 60, noor, (bastian,),
                              summary=f"Interview: {role}"))  # fmt: skip
    e.receive("cancelled", t(2, 18, 8, 40), noor, f"Cancelled: Interview: {role}", txt(
        """
        Hi Alex,

        Unfortunately Bastian is ill, so we have to cancel tomorrow's interview. I'm sorry
        for the short notice and will propose a new time shortly.

        Noor
        """), calendar=invite("al-1@amberlode.example", first, 60, noor, (bastian,), sequence=1,
                              method="CANCEL", summary=f"Interview: {role}"))  # fmt: skip
    # The thank-you for 19 February is dropped.
    proposal = e.receive("new-time", t(2, 20, 13, 15), noor,
        f"Re: Interview invitation: {role}", txt(
        """
        Hi Alex,

        Apologies again for Wednesday. Could we do Tuesday 24 February at 15:00 instead?
        Please confirm and I'll send a new invitation.

        Noor
        """), parent=booked)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", proposal, noor, at_once(proposal.at),
        "a new time proposed, please confirm: confirming reply at once",
        send_at=t(2, 20, 15, 30),
        text="Hi Noor,\n\nNo problem at all. Tuesday 24 February at 15:00 works.\n\nAlex\n",
    )  # fmt: skip
    start = t(2, 24, 15, 0)
    rebooked = e.receive("rebooked", t(2, 23, 9, 5), noor, f"Interview invitation: {role}", txt(
        """
        Thanks Alex, here is the new invitation for Tuesday.

        Noor
        """), parent=yes, calendar=invite("al-2@amberlode.example", start, 60, noor, (bastian,),
                                          summary=f"Interview: {role}"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", rebooked, bastian, thank_you(start),
        "the new interview's .ics names Bastian: thank-you at 17:00",
        send_at=t(2, 24, 19, 10),
        text="Hi Bastian,\n\nThank you for today's interview, and I hope you are feeling "
        "better.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(2, 25, 11, 0), noor, f"Re: Interview invitation: {role}",
        txt(
        """
        Hi Alex,

        Bastian enjoyed the conversation. We are seeing two more candidates this week and
        will let you know by Friday 6 March.

        Noor
        """), parent=rebooked)  # fmt: skip
    e.promise(t(3, 6).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, noor, status_promised(t(3, 6).date()),
        "promised Friday 6 March passed in silence: Tuesday 10 March 09:30",
        send_at=t(3, 10, 12, 40),
        text=f"Hi Noor,\n\nI'm still very interested in the {role} role; is there any "
        "news?\n\nBest,\nAlex\n",
    )  # fmt: skip
    e.expect(
        "followup", "followup", promise, noor, followup(checked.at),
        "still silent 14 days after the status check: one purposeful follow-up",
        also=(checked,),
    )  # fmt: skip


def saltmire(plot: Plot) -> None:
    """Time only in the text, confirmed; a promise missed; the reply to the status check is
    a no from a person."""
    e = plot.employer("saltmire", "Saltmire Energy")
    role = "Data Platform Engineer"
    ingrid = Person("Ingrid Solberg", "ingrid.solberg@saltmire.example")
    ack(e, t(1, 12, 18, 2), LEVER, role, 0)
    start = t(1, 28, 10, 0)
    asks = e.receive("invite", t(1, 22, 10, 40), ingrid, f"{e.name}: interview for {role}", txt(
        f"""
        Dear Alex,

        Thank you for applying. We would like to invite you to an interview on Wednesday
        28 January at 10:00 CET (45 minutes, video) with me and Paul Achebe, our lead
        engineer. Could you confirm that this works for you?

        Kind regards,
        Ingrid Solberg
        HR Business Partner, {e.name}
        """))  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, ingrid, at_once(asks.at),
        "asked to confirm the proposed time: confirming reply at once",
        send_at=t(1, 22, 12, 50),
        text="Dear Ingrid,\n\nThank you, Wednesday at 10:00 works for me.\n\nKind regards,\n"
        "Alex\n",
    )  # fmt: skip
    link = e.receive("link", t(1, 22, 14, 5), ingrid, f"Re: {e.name}: interview for {role}", txt(
        """
        Perfect, see you on Wednesday. Here is the link: https://video.saltmire.example/j/4471

        Ingrid
        """), parent=yes)  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "thank-you", "thank_you", link, ingrid, thank_you(start, 45),
        "interview 10:00-10:45 from the text: Ingrid (Paul's address unknown) at 11:45",
        also=(asks,), send_at=t(1, 28, 13, 55),
        text="Dear Ingrid,\n\nThank you for this morning's interview.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(1, 29, 9, 30), ingrid, f"Re: {e.name}: interview for {role}",
        txt(
        """
        Dear Alex,

        Thank you for your time yesterday. We will be in touch by Thursday 5 February.

        Ingrid
        """), parent=link)  # fmt: skip
    e.promise(t(2, 5).date())
    checked = e.expect_sent(
        "status-check", "status_check", promise, ingrid, status_promised(t(2, 5).date()),
        "promised Thursday 5 February passed: Monday 9 February 09:30",
        send_at=t(2, 9, 12, 45),
        text="Dear Ingrid,\n\nI hope you are well. Is there any news about the role?\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(2, 10, 16, 20), ingrid, f"Re: {e.name}: interview for {role}",
        txt(
        """
        Dear Alex,

        Thank you for checking in, and sorry for the delay. We have decided to proceed with
        another candidate whose experience is closer to our current stack. It was a pleasure
        to meet you.

        Kind regards,
        Ingrid
        """), parent=checked, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, ingrid, next_morning(no.at),
        "a decline from a person: gracious reply next business morning",
    )  # fmt: skip


def halcyra(plot: Plot) -> None:
    """A coding test from an assessment relay, an .ics that asks for a reply, silence, a
    status check answered with a new date, then the ATS says no before that date."""
    e = plot.employer("halcyra", "Halcyra Data")
    role = "Backend Engineer (Python)"
    tomasz = Person("Tomasz Wilk", "tomasz.wilk@halcyra.example")
    yuki = Person("Yuki Sato", "yuki.sato@halcyra.example")
    ack(e, t(1, 20, 9, 0), ASHBY, role, 2, html=True)
    e.receive("assessment", t(1, 23, 15, 30), Person("Halcyra Data via CodeCrate", CODECRATE),
        "Your coding challenge from Halcyra Data", txt(
        """
        Hi Alex,

        Halcyra Data has invited you to complete a coding challenge for the Backend Engineer
        (Python) role. The challenge takes about 90 minutes and must be finished within
        7 days.

        Start assessment: https://assess.codecrate.example/t/hx83k2

        This is an automated message from CodeCrate. Replies are not monitored.
        """),
        html="<html><body><p>Hi Alex,</p><p>Halcyra Data has invited you to a coding "
        "challenge.</p><p><a href='https://assess.codecrate.example/t/hx83k2'>Start "
        "assessment</a></p><p>Replies are not monitored.</p></body></html>")  # fmt: skip
    e.receive("submitted", t(1, 26, 20, 40), Person("CodeCrate", CODECRATE),
        "Assessment submitted: Halcyra Data", txt(
        """
        Your solution to the Halcyra Data challenge was submitted. The hiring team will
        contact you about next steps.
        """))  # fmt: skip
    start = t(2, 5, 14, 0)
    booked = e.receive("booked", t(2, 2, 11, 15), tomasz, f"Interview: {role}", txt(
        """
        Hi Alex,

        Congratulations on a strong challenge result! We'd like to talk it through with you
        on Thursday 5 February at 14:00 with Yuki Sato and me; the invite is attached.

        Please reply to confirm you can make it.

        Tomasz Wilk
        Engineering Manager, Halcyra Data
        """), calendar=invite("hd-1@halcyra.example", start, 60, tomasz, (tomasz, yuki),
                              summary=f"Interview: {role}"))  # fmt: skip
    e.interview(start)
    e.expect_sent(
        "confirmation-reply", "confirmation_reply", booked, tomasz, at_once(booked.at),
        "the invitation asks to confirm: confirming reply at once",
        send_at=t(2, 2, 13, 25),
        text="Hi Tomasz,\n\nThank you, I confirm Thursday at 14:00.\n\nAlex\n",
    )  # fmt: skip
    for who in (tomasz, yuki):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the .ics: each interviewer at 16:00",
            send_at=t(2, 5, 18, 10),
            text=f"Hi {who.first},\n\nThanks for walking through my solution today.\n\nAlex\n",
        )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", booked, tomasz, status_silent(start.date()),
        "no date promised, a week of silence: status check",
        send_at=t(2, 13, 12, 10),
        text=f"Hi Tomasz,\n\nI enjoyed our conversation last week and remain keen on the {role} "
        "role. Is there any update?\n\nAlex\n",
    )  # fmt: skip
    e.receive("answer", t(2, 13, 16, 30), tomasz, f"Re: Interview: {role}", txt(
        """
        Hi Alex,

        Thanks for your patience! We're still interviewing and expect to decide by Friday
        20 February.

        Tomasz
        """), parent=checked)  # fmt: skip
    e.promise(t(2, 20).date())
    ats_decline(e, t(2, 19, 18, 45), ASHBY, role, 3, html=True)
