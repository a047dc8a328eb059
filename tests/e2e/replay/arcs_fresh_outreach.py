"""People who write first or write informally: a freelance recruiter from a personal address
whose calendar update moves the interview, an internal recruiter's coffee and her own note
after the system's no, a recruiter who goes quiet for two months and comes back, a late
start after the install date, and "tomorrow at 3pm" from a head of department."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, followup, next_morning, status_silent, t, thank_you
from replay.fresh_mail import GENERATED, HIREPATH, quoting
from replay.invites import invite
from replay.plot import Plot, txt
from replay.relays import workday


def mossgate(plot: Plot) -> None:
    """A freelance recruiter writes from her personal address with a plain "Hi Alex"; two
    slots offered; the invitation is moved by a calendar update (same UID, SEQUENCE 1); then
    silence: one status check, one follow-up, and nothing after."""
    e = plot.employer("mossgate", "Mossgate Telecom")
    petra = Person("Petra Lindqvist", "p.lindqvist@webpost.example")
    jonas = Person("Jonas Feld", "jonas.feld@mossgate.example")
    hello = e.receive("outreach", t(1, 12, 8, 47), petra, "Hi Alex", txt(
        """
        Hi Alex,

        I'm helping Mossgate Telecom (as a freelance recruiter) build a network analytics
        team in Berlin. Your work on streaming telemetry caught my eye.

        Are you open to a conversation? If so, could you tell me your notice period and
        roughly where you'd like to be salary-wise?

        Cheers,
        Petra Lindqvist
        Talent Partner for Mossgate Telecom
        """))  # fmt: skip
    answered = e.expect_sent(
        "reply", "reply", hello, petra, at_once(hello.at),
        "a recruiter writes first and asks two things (notice, salary) at 08:47: reply at 09:00",
        send_at=t(1, 12, 11, 30),
        text="Hi Petra,\n\nThanks for reaching out, happy to talk. Three months' notice; I'm "
        "looking at around 85k.\n\nAlex\n",
    )  # fmt: skip
    slots = e.receive("slots", t(1, 13, 16, 55), petra, "Re: Hi Alex", quoting(
        """
        Thanks Alex, that fits. Jonas Feld, the hiring lead, would like to meet you. Would
        Wednesday 21 January at 15:30 or Tuesday 20 January at 10:00 work better?

        Petra
        """, answered), parent=answered)  # fmt: skip
    e.expect_sent(
        "invitation-reply", "invitation_reply", slots, petra, at_once(slots.at),
        "two slots offered at 16:55, the user must choose: invitation reply at once",
        send_at=t(1, 13, 19, 20),
        text="Hi Petra,\n\nWednesday at 15:30 please.\n\nAlex\n",
    )  # fmt: skip
    uid = "0k4c9rj2m7ls81@webpost.example"
    planned = t(1, 21, 15, 30)
    booked = e.receive("booked", t(1, 14, 10, 2), petra,
        "Invitation: Alex Morgan / Jonas Feld (Mossgate) @ Wed 21 Jan 2026 15:30 - 16:30 (CET)",
        txt(
        """
        Alex Morgan / Jonas Feld (Mossgate)
        Wednesday 21 January 2026, 15:30 - 16:30 (CET)
        Video call: https://meet.webpost.example/xyz-jfam-qrt

        Invitation from the calendar of p.lindqvist@webpost.example
        """), calendar=invite(uid, planned, 60, petra, (jonas,),
                              summary="Alex Morgan / Jonas Feld (Mossgate)"))  # fmt: skip
    start = t(1, 22, 11, 0)
    moved = e.receive("moved", t(1, 19, 17, 50), petra,
        "Updated invitation: Alex Morgan / Jonas Feld (Mossgate) @ Thu 22 Jan 2026 "
        "11:00 - 12:00 (CET)", txt(
        """
        Hi Alex, Jonas has a clash on Wednesday, so I've moved your call to Thursday
        22 January at 11:00. No need to reply if Thursday suits you. Petra

        This event has been changed.
        Alex Morgan / Jonas Feld (Mossgate)
        When: Thursday 22 January 2026, 11:00 - 12:00 (CET) (changed)
        """), calendar=invite(uid, start, 60, petra, (jonas,), sequence=1,
                              summary="Alex Morgan / Jonas Feld (Mossgate)"))  # fmt: skip
    e.interview(start)
    # No thank-you on Wednesday afternoon: the update moved the interview to Thursday.
    thanked = e.expect_sent(
        "thank-you", "thank_you", moved, jonas, thank_you(start),
        "the calendar update moved the interview to Thursday 11:00: thank-you to Jonas at 13:00",
        also=(booked,), send_at=t(1, 22, 16, 10),
        text="Hi Jonas,\n\nThank you for the conversation this morning.\n\nAlex\n",
    )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", moved, petra, status_silent(start.date()),
        "no date promised, a week of silence: status check to the recruiter",
        also=(booked, slots, hello, thanked), send_at=t(1, 30, 14, 0),
        text="Hi Petra,\n\nI enjoyed meeting Jonas last week. Is there any news from "
        "Mossgate?\n\nAlex\n",
    )  # fmt: skip
    e.expect_sent(
        "followup", "followup", moved, petra, followup(checked.at),
        "still silent 14 days after the status check: one purposeful follow-up",
        also=(checked, booked, slots, hello), send_at=t(2, 16, 15, 0),
        text="Hi Petra,\n\nIn case it helps Jonas: I wrote up how we cut telemetry lag in "
        "half last year. Still interested.\n\nAlex\n",
    )  # fmt: skip
    # Then nothing; three weeks later the application counts as moved on.


def heronvale(plot: Plot) -> None:
    """An internal recruiter's "Coffee?", a pointer to the portal, Workday's acknowledgment
    and no, and her own note after it under a new plain subject."""
    e = plot.employer("heronvale", "Heronvale Capital")
    ilse = Person("Ilse Marquardt", "ilse.marquardt@heronvale.example")
    hello = e.receive("outreach", t(1, 6, 8, 30), ilse, "Coffee?", txt(
        """
        Hi Alex,

        I'm an internal recruiter at Heronvale Capital. We're about to open a data
        engineering role in our risk team, and a colleague mentioned your name.

        Would you be up for a coffee near Hackescher Markt sometime to hear about it?

        Ilse
        """))  # fmt: skip
    yes = e.expect_sent(
        "reply", "reply", hello, ilse, at_once(hello.at),
        "a person asks the user something (a coffee?) at 08:30: reply at 09:00",
        send_at=t(1, 6, 11, 30),
        text="Hi Ilse,\n\nWith pleasure; most mornings next week work for me.\n\nAlex\n",
    )  # fmt: skip
    e.receive("portal", t(1, 7, 13, 15), ilse, "Re: Coffee?", quoting(
        """
        Lovely! I'm away at a hiring fair for two weeks, so let's find a date when I'm back.
        Meanwhile, please apply through our portal so the team can see your CV:
        https://heronvale.example/careers/4410

        Ilse
        """, yes), parent=yes)  # fmt: skip
    system = Person("Heronvale Capital Recruiting", workday("heronvale"))
    e.receive("ack", t(1, 9, 22, 18), system, "Heronvale Capital: we received your application",
        txt(
        """
        Dear Alex Morgan,

        Your application for Data Engineer, Risk Technology (JR-10442) has been received.
        Track its status in your candidate account.

        Heronvale Capital Recruiting
        """), headers=GENERATED)  # fmt: skip
    e.receive("decline", t(2, 9, 6, 40), system, "Your application JR-10442", txt(
        """
        Dear Alex Morgan,

        Thank you for your interest in Heronvale Capital. The position Data Engineer, Risk
        Technology (JR-10442) has been filled, and your application is no longer under
        consideration.

        Heronvale Capital Recruiting
        """), headers=GENERATED, closes="decline")  # fmt: skip
    note = e.receive("note", t(2, 10, 12, 5), ilse, "A note from me", txt(
        """
        Hi Alex,

        You will have seen the system's message. I'm sorry: the team filled the role with an
        internal move before I was back from the fair, and we never had our coffee. I'll get
        in touch when something that fits you opens up.

        Warm wishes,
        Ilse
        """), closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", note, ilse, next_morning(note.at),
        "a no from a person under a new plain subject: gracious reply next business morning",
    )  # fmt: skip


def ottermoor(plot: Plot) -> None:
    """ "Your profile" on a Sunday evening asks for a CV; two months of silence; the recruiter
    comes back in the same thread with no time fixed; the user withdraws a week later."""
    e = plot.employer("ottermoor", "Ottermoor Games")
    jasper = Person("Jasper Nyholm", "jasper.nyholm@ottermoor.example")
    hello = e.receive("outreach", t(2, 1, 21, 10), jasper, "Your profile", txt(
        """
        Hi Alex,

        I lead talent at Ottermoor Games. We're hiring a data engineer for our player
        analytics, and your profile looks like a great match.

        Would you be interested? If so, could you send me an up-to-date CV?

        Jasper Nyholm
        """))  # fmt: skip
    cv = e.expect_sent(
        "reply", "reply", hello, jasper, at_once(hello.at),
        "a person asks for a CV on Sunday 21:10: reply Monday from 09:00",
        send_at=t(2, 2, 11, 30),
        text="Hi Jasper,\n\nThanks, that sounds fun. My CV is attached.\n\nAlex\n",
    )  # fmt: skip
    shared = e.receive("shared", t(2, 3, 14, 20), jasper, "Re: Your profile", quoting(
        """
        Thanks Alex! I'll share it with the hiring manager and come back to you.

        Jasper
        """, cv), parent=cv)  # fmt: skip
    back = e.receive("back", t(4, 1, 10, 5), jasper, "Re: Your profile", quoting(
        """
        Hi Alex,

        Apologies for the long silence: the role was frozen and has just been reopened. Are
        you still interested? If so, let's set up a call next week. Which days work for you?

        Jasper
        """, shared), parent=shared)  # fmt: skip
    e.expect(
        "invitation-reply", "invitation_reply", back, jasper, at_once(back.at),
        "back after two months with a call and no time fixed: invitation reply at once",
    )  # fmt: skip
    e.send("withdraw", t(4, 8, 10, 0), jasper, "Re: Your profile", quoting(
        """
        Hi Jasper,

        Thank you for coming back to me. I've just accepted another offer, so I'll step
        back from this one. Good luck with the search!

        Alex
        """, back), parent=back, closes="withdrawal")  # fmt: skip


def skerrow(plot: Plot) -> None:
    """A process that starts after the install date: two options, a phone interview fixed in
    the text, a technical round by .ics after the clocks change; the user withdraws before
    the status check would fall due."""
    e = plot.employer("skerrow", "Skerrow Robotics")
    maja = Person("Maja Koval", "maja.koval@skerrow.example")
    eero = Person("Eero Salminen", "eero.salminen@skerrow.example")
    e.receive("ack", t(3, 16, 12, 0), Person("Skerrow Robotics Careers", HIREPATH),
        "We have your application (Robotics Data Engineer, ref SR-118)", txt(
        """
        Hello Alex,

        We have your application for Robotics Data Engineer (reference SR-118). A person
        will reply if we would like to talk.

        This inbox is not monitored.
        Skerrow Robotics Talent Team
        """), headers=GENERATED)  # fmt: skip
    asks = e.receive("invite", t(3, 24, 9, 20), maja, "Robotics Data Engineer", txt(
        """
        Hi Alex,

        Thanks for applying! I'd like to start with a 30-minute first interview by phone.
        I have Thursday 26 March at 11:00 or at 15:00; which would you prefer?

        Maja Koval
        Recruiter, Skerrow Robotics
        """))  # fmt: skip
    pick = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, maja, at_once(asks.at),
        "two options offered, the user must choose: invitation reply at once",
        send_at=t(3, 24, 12, 0),
        text="Hi Maja,\n\nThursday at 15:00 would be great.\n\nAlex\n",
    )  # fmt: skip
    call = t(3, 26, 15, 0)
    fixed = e.receive("fixed", t(3, 24, 15, 5), maja, "Re: Robotics Data Engineer", quoting(
        """
        Perfect: Thursday 26 March, 15:00-15:30. I'll call you on the number in your CV.

        Maja
        """, pick), parent=pick)  # fmt: skip
    e.interview(call)
    thanked = e.expect_sent(
        "thank-you", "thank_you", fixed, maja, thank_you(call, 30),
        "phone interview 15:00-15:30 fixed in the text: thank-you to Maja at 16:30",
        also=(asks,), send_at=t(3, 26, 19, 0),
        text="Hi Maja,\n\nThanks for the call this afternoon.\n\nAlex\n",
    )  # fmt: skip
    e.receive("next", t(3, 27, 10, 0), maja, "Re: Robotics Data Engineer", quoting(
        """
        Hi Alex, good news: the next step is a technical interview with Eero Salminen, who
        leads robotics data. The invitation will follow.

        Maja
        """, thanked), parent=thanked)  # fmt: skip
    tech = t(4, 2, 13, 0)  # CEST from 29 March
    booked = e.receive("booked", t(3, 30, 9, 10), maja,
        "Invitation: Technical interview (Robotics Data Engineer)", txt(
        """
        Technical interview with Eero Salminen
        Thursday 2 April 2026, 13:00-14:00 (CEST), video
        """), calendar=invite("sk-ti-0402@skerrow.example", tech, 60, maja, (eero,),
                              summary="Technical interview (Robotics Data Engineer)"))  # fmt: skip
    e.interview(tech)
    e.expect_sent(
        "thank-you-eero", "thank_you", booked, eero, thank_you(tech),
        "technical interview 13:00-14:00 CEST in the .ics: thank-you to Eero at 15:00",
        send_at=t(4, 2, 17, 30),
        text="Hi Eero,\n\nThank you for today's technical interview.\n\nAlex\n",
    )  # fmt: skip
    gone = e.send("withdraw", t(4, 8, 11, 0), maja, "Robotics Data Engineer - withdrawing", txt(
        """
        Hi Maja,

        Thank you and Eero for your time. I've accepted another offer today, so I'd like to
        withdraw my application.

        Best wishes,
        Alex
        """), closes="withdrawal")  # fmt: skip
    # No status check on Thursday 9 April: the user withdrew the day before.
    e.receive("farewell", t(4, 8, 16, 30), maja, "Re: Robotics Data Engineer - withdrawing",
        quoting(
        """
        Congratulations, Alex, and thanks for letting me know!

        Maja
        """, gone), parent=gone)  # fmt: skip


def ferrowin(plot: Plot) -> None:
    """An application to a head of department met at a meetup; "tomorrow at 3pm?" on a
    Tuesday evening; a short video chat; his no on Friday 16:50."""
    e = plot.employer("ferrowin", "Ferrowin Maritime")
    sven = Person("Sven Aalto", "sven.aalto@ferrowin.example")
    wrote = e.send("apply", t(2, 16, 9, 55), sven, "Following up from the Data Hamburg meetup",
        txt(
        """
        Hi Sven,

        We spoke briefly after your talk on vessel telemetry last Thursday. You mentioned
        your platform team is hiring; I'd love to be considered. My CV is attached.

        Best,
        Alex Morgan
        """))  # fmt: skip
    asks = e.receive("tomorrow", t(2, 17, 18, 20), sven,
        "Re: Following up from the Data Hamburg meetup", quoting(
        """
        Good to hear from you! Could you do a quick 30-minute video chat tomorrow at 3pm?
        Link: https://meet.ferrowin.example/sven-aalto

        Just let me know.

        Sven
        """, wrote), parent=wrote)  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, sven, at_once(asks.at),
        "'tomorrow at 3pm?' on Tuesday 18:20: a confirming reply from Wednesday 09:00",
        send_at=t(2, 18, 11, 20),
        text="Hi Sven,\n\nYes, 3pm today works. Talk soon.\n\nAlex\n",
    )  # fmt: skip
    start = t(2, 18, 15, 0)
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", asks, sven, thank_you(start, 30),
        "video chat Wednesday 15:00-15:30 ('tomorrow at 3pm'): thank-you at 16:30",
        also=(yes,), send_at=t(2, 18, 19, 0),
        text="Hi Sven,\n\nThanks for making time this afternoon.\n\nAlex\n",
    )  # fmt: skip
    no = e.receive("decline", t(2, 20, 16, 50), sven,
        "Re: Following up from the Data Hamburg meetup", quoting(
        """
        Hi Alex,

        Thanks again for the chat. Having talked it through with the team, we need someone
        with more maritime domain experience for this one, so we won't take it further.
        I'd be glad to stay in touch.

        Sven
        """, thanked), parent=thanked, closes="decline")  # fmt: skip
    e.expect(
        "rejection-reply", "rejection_reply", no, sven, next_morning(no.at),
        "a no from a person on Friday 16:50: gracious reply on Monday morning",
    )  # fmt: skip
