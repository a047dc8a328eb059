"""Employers that write from several places at once: a job board, an ATS, a coordinator and
the hiring team, each in its own thread with no References between them."""

from __future__ import annotations

from storykit.mail import Person

from replay.clock import at_once, status_silent, t, thank_you
from replay.fresh_mail import (
    GENERATED,
    HIREPATH,
    JOBWELL,
    branded,
    html_of,
    quoting,
    talentloop,
)
from replay.invites import invite
from replay.plot import Plot, txt


def larkspire(plot: Plot) -> None:
    """Job board, ATS, coordinator and hiring manager in four threads; a take-home from the
    ATS; two rounds (the second a panel of three, with a question about the visit); a
    promised date passes by one working day, then an offer comes before the status check."""
    e = plot.employer("larkspire", "Larkspire Analytics")
    role = "Senior Data Engineer"
    greta = Person("Greta Hollis", "greta.hollis@larkspire.example")
    samir = Person("Samir Qureshi", "samir.qureshi@larkspire.example")
    ines = Person("Ines Carvalho", "ines.carvalho@larkspire.example")
    tobi = Person("Tobi Adebayo", "tobi.adebayo@larkspire.example")
    ats = Person("Larkspire Analytics Careers", HIREPATH)
    e.receive("board", t(2, 9, 19, 48), JOBWELL, f"Application submitted: {role} at {e.name}",
        txt(
        f"""
        Nice work, Alex!

        Your application for {role} at {e.name} (Berlin, hybrid) is on its way. We'll let
        you know when the employer opens it.

        Applied with: CV_Alex_Morgan_2026.pdf
        Jobwell - jobs that answer back
        """), headers=GENERATED)  # fmt: skip
    ack_text = txt(
        f"""
        Hello Alex,

        We have your application for {role} (reference LA-2291). Our team reads every
        application itself; you will hear from a person if we would like to talk.

        This inbox is not monitored.
        {e.name} Talent Team
        """)  # fmt: skip
    e.receive("ack", t(2, 10, 2, 13), ats, f"We have your application ({role}, ref LA-2291)",
              ack_text, html=branded(ack_text, e.name), headers=GENERATED)  # fmt: skip
    ask_text = txt(
        f"""
        Hi Alex,

        I coordinate interviews for the data team. Samir Qureshi, the hiring manager for the
        {role} role, would like a 45-minute video conversation with you.

        Could you send me two or three slots that suit you between Monday 23 and Wednesday
        25 February?

        Thanks,
        Greta Hollis
        Recruiting Coordinator | {e.name}
        """)  # fmt: skip
    asks = e.receive("schedule", t(2, 18, 10, 12), greta, f"Interview scheduling - {e.name}",
                     ask_text, html=html_of(ask_text))  # fmt: skip
    slots = e.expect_sent(
        "invitation-reply", "invitation_reply", asks, greta, at_once(asks.at),
        "an interview offered with no time fixed (send slots): availability reply at once",
        send_at=t(2, 18, 13, 30),
        text="Hi Greta,\n\nThank you! Monday 23 February after 14:00, or Tuesday 24 February "
        "any time in the morning.\n\nBest,\nAlex\n",
    )  # fmt: skip
    screen = t(2, 24, 10, 0)
    booked_text = quoting(
        """
        Hi Alex,

        Booked: Tuesday 24 February, 10:00-10:45, video call with Samir. The calendar
        invitation is attached.

        Greta
        """, slots)  # fmt: skip
    booked = e.receive("booked", t(2, 19, 9, 5), greta, f"Re: Interview scheduling - {e.name}",
        booked_text, parent=slots, html=html_of(booked_text),
        calendar=invite("ls-screen-7781@larkspire.example", screen, 45, greta, (samir,),
                        summary=f"{role}: Alex Morgan / Samir Qureshi"))  # fmt: skip
    e.interview(screen)
    e.expect_sent(
        "thank-you", "thank_you", booked, samir, thank_you(screen, 45),
        "first interview 10:00-10:45 in the .ics with Samir: thank-you at 11:45",
        also=(asks,), send_at=t(2, 24, 15, 10),
        text="Hi Samir,\n\nThank you for this morning's conversation about the ingestion "
        "rebuild.\n\nAlex\n",
    )  # fmt: skip
    e.receive("take-home", t(2, 25, 8, 30), ats, f"Next step: take-home exercise ({role})",
        txt(
        """
        Hello Alex,

        The hiring team would like you to complete a short take-home exercise. Open it from
        your candidate page; please submit your solution within five days.

        Good luck!
        This inbox is not monitored.
        """), headers=GENERATED)  # fmt: skip
    e.receive("take-home-in", t(2, 28, 16, 22), ats, "Submission received", txt(
        """
        Hello Alex,

        We received your take-home submission for the Senior Data Engineer process. The
        hiring team will review it.

        This inbox is not monitored.
        """), headers=GENERATED)  # fmt: skip
    # The first round's status check (due 3 March) is overtaken by the final-round invitation.
    final_text = txt(
        """
        Hi Alex,

        Good news: Samir and the team liked your take-home and would like you to come to our
        office for the final round. It takes two hours; two options:

        - Thursday 12 March at 13:00
        - Friday 13 March at 09:30

        Which do you prefer?

        Greta
        """)  # fmt: skip
    final_ask = e.receive("final", t(3, 2, 11, 0), greta, f"Final round - {e.name}", final_text,
                          html=html_of(final_text))  # fmt: skip
    choice = e.expect_sent(
        "final-invitation-reply", "invitation_reply", final_ask, greta, at_once(final_ask.at),
        "final round offered as two options (no time fixed): a reply at once",
        send_at=t(3, 2, 13, 40),
        text="Hi Greta,\n\nThursday 12 March at 13:00 suits me best.\n\nAlex\n",
    )  # fmt: skip
    panel = t(3, 12, 13, 0)
    visit_text = quoting(
        """
        Great, Thursday it is. The invitation for the panel (Samir, Ines Carvalho, our Head
        of Data, and Tobi Adebayo, staff engineer) is attached.

        Two practical things: could you bring a photo ID for reception, and do you have any
        dietary requirements? We'll have lunch together afterwards.

        Greta
        """, choice)  # fmt: skip
    visit = e.receive("panel", t(3, 3, 9, 40), greta, f"Re: Final round - {e.name}", visit_text,
        parent=choice, html=html_of(visit_text),
        calendar=invite("ls-final-7790@larkspire.example", panel, 120, greta,
                        (samir, ines, tobi), summary=f"Final round: {role}"))  # fmt: skip
    e.interview(panel)
    e.expect_sent(
        "reply", "reply", visit, greta, at_once(visit.at),
        "a person asks two questions with the booking (photo ID, dietary needs): a reply",
        send_at=t(3, 3, 12, 15),
        text="Hi Greta,\n\nI'll bring my ID, and no dietary requirements. Thank you!\n\nAlex\n",
    )  # fmt: skip
    thanks = {
        who.email: e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", visit, who, thank_you(panel, 120),
            "final round 13:00-15:00 in the .ics: each of the three interviewers at 16:00",
            also=(final_ask,), send_at=t(3, 12, 18, 20),
            text=f"Hi {who.first},\n\nThank you for the time you gave me today.\n\nAlex\n",
        )
        for who in (samir, ines, tobi)
    }  # fmt: skip
    sent_to_samir = thanks[samir.email]
    e.receive("promise", t(3, 13, 11, 30), samir, "Re: Final round - Larkspire Analytics",
        quoting(
        """
        Hi Alex,

        Thanks, it was a good afternoon on our side too. We are comparing notes next week
        and will have a decision for you by Friday 20 March.

        Samir
        """, sent_to_samir), parent=sent_to_samir)  # fmt: skip
    e.promise(t(3, 20).date())
    offer_text = txt(
        f"""
        Dear Alex,

        I'm delighted to offer you the position of {role} at {e.name}. The attached letter
        sets out the salary, the start date of 1 June and the hybrid arrangement we
        discussed. Sorry it took one day longer than Samir promised!

        We would be grateful for your answer by Monday 30 March. Any questions, just ask.

        Warm regards,
        Ines Carvalho
        Head of Data, {e.name}
        """)  # fmt: skip
    offer = e.receive("offer", t(3, 23, 16, 45), ines, f"Your offer from {e.name}", offer_text,
                      html=html_of(offer_text), closes="offer")  # fmt: skip
    # No status check on Tuesday 24 March: the offer came first, and an offer wants no draft.
    asked = e.send("questions", t(3, 25, 9, 10), ines, f"Re: Your offer from {e.name}", quoting(
        """
        Dear Ines,

        Thank you so much, I'm very happy to receive it. Before I answer: could the start be
        1 July, and is the learning budget per year or per person?

        Best regards,
        Alex
        """, offer), parent=offer)  # fmt: skip
    answer = e.receive("offer-answer", t(3, 27, 10, 5), ines, f"Re: Your offer from {e.name}",
        quoting(
        """
        Dear Alex,

        1 July works for us, and the budget is per person per year. Take until Wednesday
        8 April to decide. Would a short call help?

        Ines
        """, asked), parent=asked)  # fmt: skip
    e.send("accept", t(4, 8, 9, 30), ines, f"Re: Your offer from {e.name}", quoting(
        """
        Dear Ines,

        I'm glad to accept. Thank you, and see you on 1 July!

        Alex
        """, answer), parent=answer)  # fmt: skip
    e.receive("onboarding", t(4, 8, 14, 0), ats, "Welcome aboard: your onboarding checklist",
        txt(
        """
        Hello Alex,

        Welcome to Larkspire Analytics! Please upload your documents to the onboarding portal
        before your first day.

        This inbox is not monitored.
        """), headers=GENERATED)  # fmt: skip


def sorrelbank(plot: Plot) -> None:
    """A recruiter writes first; the ATS sends the interview (.ics) from a tenant address and
    asks to confirm by a link; silence, a status check to the recruiter in his own thread; he
    asks for a code sample and promises a date; the ATS says no on that date."""
    e = plot.employer("sorrelbank", "Sorrelbank Insurance")
    role = "Senior Data Engineer"
    yusuf = Person("Yusuf Demir", "yusuf.demir@sorrelbank.example")
    nadia = Person("Nadia Ilic", "nadia.ilic@sorrelbank.example")
    ats = Person("Sorrelbank Insurance", talentloop("sorrelbank", "noreply"))
    hello = e.receive("outreach", t(2, 24, 11, 20), yusuf, "Data engineering at Sorrelbank",
        txt(
        f"""
        Hi Alex,

        I'm the tech recruiter at Sorrelbank Insurance. We're hiring a {role} for our claims
        data platform, and your background in streaming pipelines looks like a good fit.

        Would you be interested? If so, the quickest way in is a short application on our
        careers site; I'll make sure it goes straight to the hiring manager.

        Best,
        Yusuf Demir
        """))  # fmt: skip
    yes = e.expect_sent(
        "reply", "reply", hello, yusuf, at_once(hello.at),
        "a recruiter writes first and asks whether the user is interested: a reply",
        send_at=t(2, 24, 13, 45),
        text="Hi Yusuf,\n\nThanks for reaching out, I'm interested and have just applied.\n\n"
        "Alex\n",
    )  # fmt: skip
    e.receive("ack", t(2, 24, 13, 58), ats, f"Application received: {role}", txt(
        f"""
        Dear Alex Morgan,

        Thank you for applying for {role} at Sorrelbank Insurance. Your application is now
        with our recruiting team.

        Sorrelbank Insurance Recruiting (sent via Talentloop; replies to this address are
        not read)
        """), headers=GENERATED)  # fmt: skip
    start = t(3, 5, 10, 0)
    booked = e.receive("booked", t(3, 2, 9, 15), ats, f"Interview invitation: {role}", txt(
        """
        Dear Alex Morgan,

        You are invited to an interview with Nadia Ilic (Data Engineering Manager) and Yusuf
        Demir on Thursday 5 March 2026, 10:00-11:00 CET, via video.

        Please confirm your attendance using the button below.

        [ Confirm attendance ]

        Sorrelbank Insurance Recruiting (sent via Talentloop; replies to this address are
        not read)
        """), headers=GENERATED,
        calendar=invite("tl-sorrel-3391@talentloop.example", start, 60, ats, (nadia, yusuf),
                        summary=f"Interview: {role}"))  # fmt: skip
    # "Confirm by the button" from an address nobody reads: no confirmation draft.
    e.interview(start)
    for who in (nadia, yusuf):
        e.expect_sent(
            f"thank-you-{who.first.lower()}", "thank_you", booked, who, thank_you(start),
            "interview in the ATS's .ics: each interviewer named there at 12:00",
            also=(hello,), send_at=t(3, 5, 14, 30),
            text=f"Hi {who.first},\n\nThank you for this morning's interview.\n\nAlex\n",
        )  # fmt: skip
    checked = e.expect_sent(
        "status-check", "status_check", hello, yusuf, status_silent(start.date()),
        "no date promised, a week of silence: status check to the recruiter (his thread)",
        also=(yes, booked), send_at=t(3, 13, 14, 0),
        text="Hi Yusuf,\n\nI enjoyed last week's interview with Nadia and you. Is there any "
        "news?\n\nAlex\n",
    )  # fmt: skip
    sample = e.receive("code-sample", t(3, 16, 10, 40), yusuf,
        "Re: Data engineering at Sorrelbank", quoting(
        """
        Hi Alex,

        Nadia liked the interview. Before the final decision, could you send us a link to a
        code sample or a repository you are proud of?

        Yusuf
        """, checked), parent=checked)  # fmt: skip
    sent = e.expect_sent(
        "code-sample-reply", "reply", sample, yusuf, at_once(sample.at),
        "a person asks for a document (a code sample): a reply",
        send_at=t(3, 16, 13, 0),
        text="Hi Yusuf,\n\nHere is the repository of my stream-joins library.\n\nAlex\n",
    )  # fmt: skip
    e.receive("promise", t(3, 18, 11, 10), yusuf, "Re: Data engineering at Sorrelbank",
        quoting(
        """
        Thanks Alex, passed on. We'll decide by Friday 27 March.

        Yusuf
        """, sent), parent=sent)  # fmt: skip
    e.promise(t(3, 27).date())
    e.receive("decline", t(3, 27, 19, 15), ats, f"Your application: {role}", txt(
        f"""
        Dear Alex Morgan,

        Thank you for your interest in Sorrelbank Insurance. After careful consideration we
        will not be moving forward with your application for {role}.

        Sorrelbank Insurance Recruiting (sent via Talentloop; replies to this address are
        not read)
        """), headers=GENERATED, closes="decline")  # fmt: skip
