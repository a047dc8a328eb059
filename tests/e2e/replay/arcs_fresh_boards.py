"""Employers met through systems: a London firm whose question comes through a job board, an
application through a board that ends in a withdrawal, an assessment platform before the
interview, and two employers heard from only through their ATS."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, followup, status_promised, t, thank_you
from replay.fresh_mail import (
    GENERATED,
    HIREPATH,
    JOBWELL,
    JOBWELL_MESSAGES,
    TESTBAY,
    branded,
    quarry,
    quoting,
    talentloop,
)
from replay.invites import invite
from replay.plot import Plot, txt


def pebblecrest(plot: Plot) -> None:
    """A London employer: a job board relays its question (no draft); an interview at 10:00
    UK time (11:00 in Berlin); a promise "by the end of next week" missed; one status check,
    one follow-up, silence; months later the shared ATS says no."""
    e = plot.employer("pebblecrest", "Pebblecrest Property")
    role = "Data Engineer"
    oliver = Person("Oliver Prentice", "oliver.prentice@pebblecrest.example")
    e.receive("board", t(1, 28, 12, 15), JOBWELL, f"Application submitted: {role} at {e.name}",
        txt(
        f"""
        Nice work, Alex!

        Your application for {role} at {e.name} (London, relocation offered) is on its way.

        Jobwell - jobs that answer back
        """), headers=GENERATED)  # fmt: skip
    e.receive("board-message", t(2, 3, 10, 2),
        Person("Pebblecrest Property via Jobwell", JOBWELL_MESSAGES),
        f"New message from {e.name}", txt(
        """
        Pebblecrest Property wrote:

        "Hi Alex, thanks for applying. Are you eligible to work in the UK, and would you
        consider relocating to London?"

        Reply on Jobwell: https://jobwell.example/inbox/t/90412
        Replies to this email are not delivered.
        """), headers=GENERATED)  # fmt: skip
    # A question relayed by a job board that takes no replies: nothing to draft.
    start = t(2, 12, 11, 0)  # 10:00 in London
    asks = e.receive("invite", t(2, 9, 14, 48), oliver, f"{e.name} - interview", txt(
        f"""
        Dear Alex,

        Thank you for your answers on Jobwell. I'd like to invite you to a video interview
        with me and our Head of Data, Grace Adeyemi, on Thursday 12 February at 10:00 UK
        time (GMT), for about 50 minutes. A Zoom link will follow.

        Please let me know that this works for you.

        Kind regards,
        Oliver Prentice
        Talent Manager, {e.name}
        """))  # fmt: skip
    yes = e.expect_sent(
        "confirmation-reply", "confirmation_reply", asks, oliver, at_once(asks.at),
        "a fixed time proposed and a reply asked for: confirming reply at once",
        send_at=t(2, 9, 17, 5),
        text="Dear Oliver,\n\nThat works, thank you: 10:00 in London is 11:00 for me.\n\n"
        "Alex\n",
    )  # fmt: skip
    link = e.receive("link", t(2, 11, 16, 30), oliver, f"Re: {e.name} - interview", quoting(
        """
        Lovely. Here's the link for tomorrow: https://zoom.pebblecrest.example/j/55120

        Oliver
        """, yes), parent=yes)  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", link, oliver, thank_you(start, 50),
        "interview 10:00-10:50 GMT (11:00-11:50 in Berlin); Grace's address unknown: Oliver",
        also=(asks,), send_at=t(2, 12, 15, 30),
        text="Dear Oliver,\n\nThank you and Grace for this morning's interview.\n\nAlex\n",
    )  # fmt: skip
    promise = e.receive("promise", t(2, 13, 9, 0), oliver, f"Re: {e.name} - interview",
        quoting(
        """
        Thank you, Alex. Grace enjoyed it as well. We'll be in touch by the end of next
        week.

        Oliver
        """, thanked), parent=thanked)  # fmt: skip
    e.promise(t(2, 20).date())  # "the end of next week", written on Friday 13 February
    checked = e.expect_sent(
        "status-check", "status_check", promise, oliver, status_promised(t(2, 20).date()),
        "promised by the end of next week (Friday 20 February), passed: Tuesday 24 09:30",
        also=(thanked,), send_at=t(2, 24, 13, 0),
        text="Dear Oliver,\n\nI hope you're well. I'm still keen on the role and wondered "
        "whether there is any news.\n\nAlex\n",
    )  # fmt: skip
    e.expect_sent(
        "followup", "followup", promise, oliver, followup(checked.at),
        "still silent 14 days after the status check: one purposeful follow-up",
        also=(checked,), send_at=t(3, 11, 14, 0),
        text="Dear Oliver,\n\nA short note: I've since finished the London housing-data "
        "project I mentioned to Grace; happy to share it.\n\nAlex\n",
    )  # fmt: skip
    # Then silence: moved on three weeks after the follow-up.
    e.receive("decline", t(4, 13, 7, 12), Person(e.name, HIREPATH),
        f"An update on your application ({role})", txt(
        f"""
        Hello Alex,

        Thank you for your patience. The {role} position has now been filled, and we are
        closing the remaining applications.

        This inbox is not monitored.
        {e.name} Talent Team
        """), headers=GENERATED, closes="decline")  # fmt: skip


def corrindale(plot: Plot) -> None:
    """Applied through a job board; a phone interview late on a Monday; a second round to
    confirm, and the user withdraws over the on-call rota; the board closes the file."""
    e = plot.employer("corrindale", "Corrindale Rail")
    hannah = Person("Hannah Kr\u00fcger", "hannah.krueger@corrindale.example")
    e.receive("board", t(1, 12, 10, 30), JOBWELL,
        f"Application submitted: Data Engineer at {e.name}", txt(
        f"""
        Nice work, Alex!

        Your application for Data Engineer at {e.name} (Berlin) is on its way.

        Jobwell - jobs that answer back
        """), headers=GENERATED)  # fmt: skip
    asks = e.receive("invite", t(1, 20, 13, 10), hannah, f"{e.name} - Data Engineer", txt(
        """
        Hello Alex,

        We'd like to invite you to a first interview, 45 minutes by phone. Could you do
        Monday 26 January at 09:00 or at 16:00?

        Also, the role includes a weekend on-call rotation every fourth week. Is that OK
        for you?

        Hannah Kr\u00fcger
        Talent Acquisition, Corrindale Rail
        """))  # fmt: skip
    answered = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, hannah, at_once(asks.at),
        "two slots and a question (on-call): a reply at once",
        send_at=t(1, 20, 15, 30),
        text="Hello Hannah,\n\nMonday at 16:00, please. Could you tell me more about the "
        "on-call rota?\n\nAlex\n",
    )  # fmt: skip
    start = t(1, 26, 16, 0)
    booked = e.receive("booked", t(1, 21, 9, 30), hannah, f"Re: {e.name} - Data Engineer",
        quoting(
        """
        Booked: Monday 26 January at 16:00, I'll call you. On-call is one weekend in four,
        paid, and rarely busy; happy to go through it on the phone.

        Hannah
        """, answered), parent=answered)  # fmt: skip
    e.interview(start)
    thanked = e.expect_sent(
        "thank-you", "thank_you", booked, hannah, thank_you(start, 45),
        "phone interview 16:00-16:45 from the text: due 17:45 (evening or next morning)",
        also=(asks,), send_at=t(1, 27, 11, 30),
        text="Hello Hannah,\n\nThank you for yesterday's call.\n\nAlex\n",
    )  # fmt: skip
    second = e.receive("round-two", t(1, 28, 10, 0), hannah, f"Re: {e.name} - Data Engineer",
        quoting(
        """
        Hello Alex,

        We'd like to invite you to the second round: a three-hour case study at our office
        on Thursday 5 February at 10:00. Could you confirm that date?

        Hannah
        """, thanked), parent=thanked)  # fmt: skip
    e.expect(
        "confirmation-reply", "confirmation_reply", second, hannah, at_once(second.at),
        "a date to confirm for the second round: confirming reply at once",
    )  # fmt: skip
    gone = e.send("withdraw", t(1, 28, 13, 0), hannah, f"Re: {e.name} - Data Engineer", quoting(
        """
        Hello Hannah,

        Thank you for the invitation. After thinking about the on-call commitment, I've
        decided to withdraw my application. I'm sorry to step out at this stage.

        Kind regards,
        Alex
        """, second), parent=second, closes="withdrawal")  # fmt: skip
    e.receive("farewell", t(1, 28, 16, 20), hannah, f"Re: {e.name} - Data Engineer", quoting(
        """
        Sorry to hear that, and thanks for letting us know. All the best!

        Hannah
        """, gone), parent=gone)  # fmt: skip
    e.receive("board-closed", t(2, 10, 8, 0), JOBWELL, f"{e.name} updated your application",
        txt(
        f"""
        Hi Alex,

        {e.name} has closed your application for Data Engineer.

        Jobwell - jobs that answer back
        """), headers=GENERATED)  # fmt: skip


def yarrowmead(plot: Plot) -> None:
    """The employer's own no-reply acknowledges; an assessment platform invites, reminds and
    confirms; a manager invites with no time fixed, then an .ics with two interviewers; the
    no-reply says no at 07:30 on the morning the status check would fall due."""
    e = plot.employer("yarrowmead", "Yarrowmead Health")
    role = "Clinical Data Engineer"
    noreply = Person(f"{e.name} Careers", "careers-noreply@yarrowmead.example")
    amara = Person("Amara Nwosu", "amara.nwosu@yarrowmead.example")
    leon = Person("Leon Fischer", "leon.fischer@yarrowmead.example")
    ack_text = txt(
        f"""
        Dear Alex,

        Thank you for applying for {role}. This message confirms that your application has
        reached us. Shortlisted candidates will receive an online assessment.

        Yarrowmead Health Careers (no-reply)
        """)  # fmt: skip
    e.receive("ack", t(1, 19, 9, 41), noreply, f"Application received - {role}", ack_text,
              html=branded(ack_text, e.name), html_only=True, headers=GENERATED)  # fmt: skip
    e.receive("assessment", t(1, 22, 13, 3), TESTBAY,
        f"{e.name} has invited you to an assessment", txt(
        f"""
        Hello Alex,

        {e.name} has invited you to a Testbay assessment for {role}: SQL and Python,
        about 75 minutes. Please complete it by Thursday 29 January, 23:59 CET.

        Start: https://testbay.example/a/ym-40071

        This is an automated message; replies to this address are not read.
        """), headers=GENERATED)  # fmt: skip
    e.receive("reminder", t(1, 27, 8, 0), TESTBAY,
        f"Reminder: your {e.name} assessment closes in 2 days", txt(
        """
        Hello Alex, a friendly reminder: your assessment closes on Thursday 29 January.

        This is an automated message; replies to this address are not read.
        """), headers=GENERATED)  # fmt: skip
    e.receive("done", t(1, 28, 21, 37), TESTBAY, "Assessment completed", txt(
        f"""
        Thanks, Alex. Your results have been shared with {e.name}.

        This is an automated message; replies to this address are not read.
        """), headers=GENERATED)  # fmt: skip
    asks = e.receive("invite", t(2, 5, 10, 22), amara, "Your assessment - next steps", txt(
        f"""
        Hi Alex,

        You did very well on the assessment. I'd like to invite you to a 45-minute technical
        interview with me and one of my engineers. What days next week suit you?

        Amara Nwosu
        Engineering Manager, Clinical Data, {e.name}
        """))  # fmt: skip
    days = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, amara, at_once(asks.at),
        "an interview offered, 'what days suit you?': invitation reply at once",
        send_at=t(2, 5, 12, 50),
        text="Hi Amara,\n\nThank you! Tuesday or Thursday next week would be ideal.\n\nAlex\n",
    )  # fmt: skip
    e.receive("fixed", t(2, 5, 15, 30), amara, "Re: Your assessment - next steps", quoting(
        """
        Thursday 12 February at 11:00 then; Leon Fischer will join me. The Teams invitation
        follows.

        Amara
        """, days), parent=days)  # fmt: skip
    start = t(2, 12, 11, 0)
    booked = e.receive("booked", t(2, 6, 9, 10), amara,
        "Invitation: Technical interview - Alex Morgan", txt(
        """
        Technical interview - Alex Morgan
        Thursday 12 February 2026, 11:00-11:45 (CET), Microsoft Teams
        """), calendar=invite("ym-ti-0212@yarrowmead.example", start, 45, amara, (amara, leon),
                              summary="Technical interview - Alex Morgan"))  # fmt: skip
    e.interview(start)
    for who in (amara, leon):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start, 45),
            "interview 11:00-11:45 in the .ics: each interviewer at 12:45",
            send_at=t(2, 12, 15, 20),
            text=f"Hi {who.first},\n\nThank you for today's technical interview.\n\nAlex\n",
        )  # fmt: skip
    no_text = txt(
        f"""
        Dear Alex,

        Thank you for the time you have invested in our process for {role}. We have decided
        to continue with candidates whose experience matches the role more closely.

        Yarrowmead Health Careers (no-reply)
        """)  # fmt: skip
    e.receive("decline", t(2, 19, 7, 30), noreply, f"Your application for {role}", no_text,
              html=branded(no_text, e.name), headers=GENERATED, closes="decline")  # fmt: skip
    # No status check (it would fall due that day at 09:00), no reply to a no-reply.


def automated_only(plot: Plot) -> None:
    """Two employers heard from only through their systems: one ATS tenant whose address
    reads like a person's desk ("recruiting@..."), one that asks for screening answers."""
    e = plot.employer("quenby", "Quenby Instruments")
    system = Person("Quenby Instruments Recruiting", talentloop("quenby"))
    e.receive("ack", t(1, 6, 7, 55), system, "Your application: Test Data Engineer", txt(
        """
        Dear Alex Morgan,

        Thank you for applying for Test Data Engineer at Quenby Instruments. Your
        application has been received and will be reviewed by our recruiting team.

        Quenby Instruments Recruiting (sent via Talentloop; replies to this address are
        not read)
        """), headers=GENERATED)  # fmt: skip
    no_text = txt(
        """
        Dear Alex Morgan,

        Thank you for your patience. We have reviewed all applications for Test Data
        Engineer and will not be taking yours forward. We wish you well in your search.

        Quenby Instruments Recruiting
        """)  # fmt: skip
    e.receive("decline", t(4, 14, 8, 5), system, "Your application: Test Data Engineer",
              no_text, html=branded(no_text, "Quenby Instruments"), html_only=True,
              headers=GENERATED, closes="decline")  # fmt: skip

    e = plot.employer("ravelstone", "Ravelstone Media")
    system = Person("Ravelstone Media Talent", quarry("ravelstone"))
    e.receive("ack", t(1, 9, 23, 2), system, "Application received: Data Engineer (Audience)",
        txt(
        """
        Hello Alex,

        Your application for Data Engineer (Audience) at Ravelstone Media has been received.

        Powered by QuarryHR. Please do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    e.receive("questions", t(1, 14, 9, 0), system, "Action required: three screening questions",
        txt(
        """
        Hello Alex,

        Before we continue, please answer three short screening questions: your earliest
        start date, your salary expectations and whether you need a visa. Answer them in
        your candidate portal: https://ravelstone.quarryhr.example/c/2291

        Powered by QuarryHR. Please do not reply to this email.
        """), headers=GENERATED)  # fmt: skip
    # A request from an address nobody reads: answered in the portal, no draft.
    e.receive("viewed", t(2, 2, 7, 15), JOBWELL, "Ravelstone Media viewed your application",
        txt(
        """
        Hi Alex, Ravelstone Media looked at your application for Data Engineer (Audience).

        Jobwell - jobs that answer back
        """), headers=GENERATED)  # fmt: skip
