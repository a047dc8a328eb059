"""Third story: processes that go quiet, and one that comes back.

Kelpie Robotics reaches out, fixes two calls by text, promises a date, answers the status
check with an out-of-office, and closes the role through its ATS weeks after the follow-up.
Zephyrine Travel (Lisbon, an hour behind) moves a call by a day and then never writes again.
Ostwind Mobility goes silent after a date it set itself, is abandoned when followupd is
installed, and comes back after a hiring freeze with a second round and a no. Verdigris
Games writes through a job board's relay with the recruiter in Reply-To, sends a take-home
from a no-reply platform, lets its date pass, and resurfaces after Alex has accepted an offer.
"""

from __future__ import annotations

from datetime import date

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
from replay.third_mail import (
    AUTOMATED,
    AWAY,
    CODEQUILL,
    STELLENFELD,
    STELLENFELD_RELAY,
    ats_html,
    gmail,
    outlook,
    person_html,
    talentgrid,
)


def kelpie(plot: Plot) -> None:
    """Kelpie Robotics: outreach, two calls fixed by text, a date, an out-of-office, silence."""
    emp = plot.employer("kelpie", "Kelpie Robotics")
    lena = Person("Lena Brandt", "lena.brandt@kelpie-robotics.example")
    outreach = emp.receive("outreach", t(1, 12, 8, 47), lena,
        "Data Engineer, Fleet Telemetry at Kelpie Robotics", txt(
        """
        Hi Alex,

        I came across your profile while looking for people who have built streaming
        pipelines at scale. At Kelpie we make autonomous cleaning robots for warehouses,
        and we're hiring a Data Engineer for our fleet telemetry platform (Hamburg or
        remote in Germany).

        Would you be open to a short chat about it?

        Best,
        Lena Brandt
        Talent Partner, Kelpie Robotics
        """))  # fmt: skip
    open_ = emp.expect_sent("invitation-reply", "invitation_reply", outreach, lena,
        at_once(outreach.at),
        "a recruiter's outreach asks whether Alex is open to a chat (arrived 08:47: at the "
        "start of the working day)",
        send_at=t(1, 12, 11, 30), text=txt(
        """
        Hi Lena,

        Thanks for reaching out - fleet telemetry sounds like fun. I'd be happy to chat;
        Wednesday and Thursday afternoons are best for me this week.

        Best,
        Alex
        """))  # fmt: skip
    when = emp.receive("when", t(1, 12, 14, 2), lena,
        "Re: Data Engineer, Fleet Telemetry at Kelpie Robotics", gmail(txt(
        """
        Great! Thursday 15th at 16:00 works? It'd be a 30-minute call, I'll send a Teams
        link.

        Lena
        """), open_), parent=open_)  # fmt: skip
    ok = emp.expect_sent("confirm", "confirmation_reply", when, lena, at_once(when.at),
        "Lena proposes Thursday 15 January at 16:00 and asks whether it works",
        send_at=t(1, 12, 16, 30), text=txt(
        """
        Thursday at 16:00 is perfect, thanks Lena.

        Alex
        """))  # fmt: skip
    emp.interview(t(1, 15, 16, 0))
    emp.expect_sent("thank-you-lena", "thank_you", when, lena, thank_you(t(1, 15, 16, 0), 30),
        "the 30-minute call at 16:00 on 15 January ends 16:30: the thank-you falls due at "
        "17:30, the end of the working day",
        also=(outreach,), send_at=t(1, 16, 11, 20), text=txt(
        """
        Hi Lena,

        Thanks for the call yesterday - I enjoyed hearing how the fleet data is used to plan
        maintenance, and I'd love to take the next step.

        Best,
        Alex
        """))  # fmt: skip
    del ok
    slots = emp.receive("manager", t(1, 19, 10, 30), lena, "Kelpie - meeting Tobias", txt(
        """
        Hi Alex,

        Our hiring manager, Tobias Ek, would like to meet you. He's free Thu 22 Jan
        13:00-14:00 or Fri 23 Jan 10:00-11:00 - which suits you?

        Lena
        """))  # fmt: skip
    friday = emp.expect_sent("manager-reply", "invitation_reply", slots, lena, at_once(slots.at),
        "Lena offers two slots with the hiring manager and asks which suits",
        send_at=t(1, 19, 12, 45), text=txt(
        """
        Hi Lena,

        Friday 10:00 would be great.

        Alex
        """))  # fmt: skip
    booked = emp.receive("manager-booked", t(1, 19, 15, 10), lena, "Re: Kelpie - meeting Tobias",
        gmail(txt(
        """
        Done - Friday 23 Jan, 10:00-11:00 with Tobias on Google Meet:
        https://meet.kelpie-robotics.example/kel-tbx-pqa

        His address is tobias.ek@kelpie-robotics.example in case you need it.

        Lena
        """), friday), parent=friday)  # fmt: skip
    tobias = Person("Tobias Ek", "tobias.ek@kelpie-robotics.example")
    emp.interview(t(1, 23, 10, 0))
    emp.expect_sent("thank-you-tobias", "thank_you", booked, tobias,
        thank_you(t(1, 23, 10, 0), 60),
        "Tobias interviewed Alex 10:00-11:00 on 23 January and Lena gave his address: the "
        "thank-you goes to him",
        also=(slots,), send_at=t(1, 23, 14, 30), text=txt(
        """
        Hi Tobias,

        Thank you for the conversation this morning. Your plan to move the fleet
        telemetry to event time was the part I keep thinking about.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    decide = emp.receive("decide-by", t(1, 23, 16, 40), lena, "Re: Kelpie - meeting Tobias",
        txt(
        """
        Hi Alex, Tobias enjoyed it! We're seeing two more people next week and will decide
        by 30 January. I'll be in touch then.

        Lena
        """), parent=booked)  # fmt: skip
    emp.promise(date(2026, 1, 30))
    asked = emp.expect_sent("status-check", "status_check", decide, lena,
        status_promised(date(2026, 1, 30)),
        "Lena set 30 January for the decision and nothing came: a status check two working "
        "days later",
        send_at=t(2, 3, 13, 10), text=txt(
        """
        Hi Lena,

        I hope things are going well. I wanted to check in on the Fleet Telemetry role - I
        enjoyed meeting Tobias and I'm still very interested. Is there any news?

        Best,
        Alex
        """))  # fmt: skip
    away = emp.receive("away", t(2, 3, 13, 11), lena, "Abwesenheitsnotiz: Re: Kelpie", txt(
        """
        Hallo, danke f\u00fcr Ihre Nachricht. Ich bin bis einschlie\u00dflich 9. Februar nicht
        im B\u00fcro und habe nur eingeschr\u00e4nkt Zugriff auf meine E-Mails.

        Hi, thanks for your message. I'm out of the office until 9 February with limited
        access to email. For urgent matters please contact talent@kelpie-robotics.example.

        Lena Brandt
        """), parent=asked, headers=AWAY)  # fmt: skip
    emp.expect_sent("followup", "followup", decide, lena, followup(t(2, 3, 13, 10)),
        "still silent two weeks after the status check (the out-of-office was no answer, "
        "and Lena was back on 9 February): one follow-up, then no more",
        also=(away, asked), send_at=t(2, 18, 14, 0), text=txt(
        """
        Hi Lena,

        I'm following up on the Fleet Telemetry role. Since we spoke I've published a short
        write-up on deduplicating device events at scale (link below), which touches on
        what Tobias described. I'd still love to be considered.

        Best,
        Alex
        """))  # fmt: skip
    closed = txt(
        """
        Hello Alex,

        The position Data Engineer, Fleet Telemetry (Hamburg / Remote DE) has been closed.
        We will therefore not be moving forward with your application.

        Thank you for your interest in Kelpie Robotics.

        This is an automated message from Talentgrid on behalf of Kelpie Robotics. Replies
        are not monitored.
        """
    )
    emp.receive("closed", t(3, 20, 7, 2), Person("Kelpie Robotics", talentgrid("kelpierobotics")),
        "Update on your application at Kelpie Robotics", closed,
        html=ats_html(closed, brand="Kelpie Robotics", vendor="Talentgrid"), html_only=True,
        headers=AUTOMATED, closes="decline")  # fmt: skip


def zephyrine(plot: Plot) -> None:
    """Zephyrine Travel: a job-board application, a call moved by a day, then silence."""
    emp = plot.employer("zephyrine", "Zephyrine Travel")
    sofia = Person("Sofia Carvalho", "sofia.carvalho@zephyrine.example")
    emp.receive("board", t(1, 30, 9, 12), STELLENFELD,
        "Your application to Zephyrine Travel has been sent", txt(
        """
        Hi Alex,

        Your application for "Data Engineer - Pricing" at Zephyrine Travel (Lisbon /
        Remote) has been sent to the employer.

        Tip: employers on Stellenfeld usually reply within 14 days.

        Your Stellenfeld team
        """), headers=AUTOMATED)  # fmt: skip
    hello_text = txt(
        """
        Hi Alex!

        Thanks for applying for the Data Engineer role on our pricing team. I'd love to set
        up a first call. What's your availability next week? We're in Lisbon, so one hour
        behind you.

        Obrigada,
        Sofia Carvalho | People Team, Zephyrine Travel
        """
    )
    hello = emp.receive("hello", t(2, 3, 11, 11), sofia, "Zephyrine Travel - first call",
        hello_text, html=person_html(hello_text))  # fmt: skip
    free = emp.expect_sent("invitation-reply", "invitation_reply", hello, sofia,
        at_once(hello.at), "Sofia asks for availability for a first call",
        send_at=t(2, 3, 13, 40), text=txt(
        """
        Hi Sofia,

        Thank you! Next week I'm free Wednesday to Friday, any time after 14:00 your time.

        Best,
        Alex
        """))  # fmt: skip
    set_ = emp.receive("set", t(2, 4, 9, 2), sofia, "Re: Zephyrine Travel - first call",
        gmail(txt(
        """
        Perfect - let's do Thursday 12th at 16:30 Lisbon time (17:30 for you). It'll be me
        and Duarte from the data team, about 45 minutes. Link:
        https://zephyrine.example/meet/sc-dp-0212

        Sofia
        """), free), parent=free)  # fmt: skip
    move = emp.receive("move", t(2, 10, 17, 10), sofia, "Re: Zephyrine Travel - first call",
        txt(
        """
        Hi Alex, Duarte has a clash on Thursday - could we move to Friday 13th, same time
        (16:30 Lisbon / 17:30 Berlin)? Sorry!

        Sofia
        """), parent=set_)  # fmt: skip
    moved = emp.expect_sent("move-reply", "confirmation_reply", move, sofia, at_once(move.at),
        "Sofia asks to move the call to Friday 13 February, same time: a reply agreeing",
        send_at=t(2, 10, 19, 40), text=txt(
        """
        No problem, Friday at 17:30 my time works. See you then!

        Alex
        """))  # fmt: skip
    emp.interview(t(2, 13, 17, 30))
    thanked = emp.expect_sent("thank-you", "thank_you", move, sofia,
        thank_you(t(2, 13, 17, 30), 45),
        "the call moved by text to Friday 13 February, 16:30 Lisbon (17:30-18:15 in Berlin); "
        "Duarte has no address: the thank-you goes to Sofia, that evening or Monday morning",
        also=(set_,), send_at=t(2, 16, 11, 40), text=txt(
        """
        Hi Sofia,

        Thank you and Duarte for the conversation on Friday. The dynamic pricing work
        sounds great, and I'd be glad to continue.

        Best,
        Alex
        """))  # fmt: skip
    checked = emp.expect_sent("status-check", "status_check", move, sofia,
        status_silent(date(2026, 2, 13)),
        "no date was promised after the 13 February call and nothing came: a status check "
        "a week after it",
        also=(set_, thanked, moved), send_at=t(2, 23, 13, 0), text=txt(
        """
        Hi Sofia,

        I hope you're well. I wanted to ask whether there's any news on the Data Engineer
        role after our call - I'm still very interested.

        Best,
        Alex
        """))  # fmt: skip
    emp.expect_sent("followup", "followup", move, sofia, followup(t(2, 23, 13, 0)),
        "two more weeks of silence after the status check: the one follow-up, then Alex "
        "moves on",
        also=(set_, checked), send_at=t(3, 10, 13, 0), text=txt(
        """
        Hi Sofia,

        A last note from me on the pricing role: I recently built a small fare-history
        dataset while experimenting with demand forecasting, and I'd be happy to walk
        Duarte through it if useful.

        All the best,
        Alex
        """))  # fmt: skip


def ostwind(plot: Plot) -> None:
    """Ostwind Mobility: a call, a date set and passed, a follow-up, silence (abandoned at
    install), then a revival after a hiring freeze, a second round and a person's no."""
    emp = plot.employer("ostwind", "Ostwind Mobility")
    mira = Person("Mira Schulz", "mira.schulz@ostwind-mobility.example")
    henrik = Person("Henrik Aalto", "henrik.aalto@ostwind-mobility.example")
    call = emp.receive("call", t(1, 7, 12, 40), mira, "Analytics Engineer at Ostwind", txt(
        """
        Hi Alex,

        Your profile looks like a great fit for our Analytics Engineer opening (we run
        e-scooter and e-moped sharing in twelve cities). Would you like to have a 30-minute
        intro call on Monday 12 January at 11:30? Let me know if that works.

        Cheers,
        Mira
        """))  # fmt: skip
    yes = emp.expect_sent("confirm", "confirmation_reply", call, mira, at_once(call.at),
        "Mira proposes Monday 12 January 11:30 and asks whether it works",
        send_at=t(1, 7, 15, 0), text=txt(
        """
        Hi Mira,

        Thanks - Monday at 11:30 works for me.

        Alex
        """))  # fmt: skip
    emp.interview(t(1, 12, 11, 30))
    thanked = emp.expect_sent("thank-you-intro", "thank_you", call, mira,
        thank_you(t(1, 12, 11, 30), 30),
        "the 30-minute intro call at 11:30 on 12 January: a thank-you to Mira",
        also=(yes,), send_at=t(1, 12, 15, 20), text=txt(
        """
        Hi Mira,

        Thanks for the call today. I liked hearing how the fleet rebalancing decisions are
        made and would be glad to talk to the team.

        Alex
        """))  # fmt: skip
    week = emp.receive("end-of-week", t(1, 13, 9, 30), mira, "Re: Analytics Engineer at Ostwind",
        outlook(txt(
        """
        Thanks Alex! I'll talk to the team and get back to you by the end of the week.

        Mira
        """), thanked, "Re: Analytics Engineer at Ostwind", to=mira), parent=thanked)  # fmt: skip
    emp.promise(date(2026, 1, 16))
    checked = emp.expect_sent("status-check", "status_check", week, mira,
        status_promised(date(2026, 1, 16)),
        "\"by the end of the week\" is Friday 16 January; nothing came: a status check "
        "two working days later",
        send_at=t(1, 20, 13, 0), text=txt(
        """
        Hi Mira,

        Just checking in on the Analytics Engineer role - is there any news from the team?

        Best,
        Alex
        """))  # fmt: skip
    emp.expect_sent("followup", "followup", week, mira, followup(t(1, 20, 13, 0)),
        "two weeks of silence after the status check: one follow-up",
        also=(checked,), send_at=t(2, 4, 13, 0), text=txt(
        """
        Hi Mira,

        I'm still interested in the role. In case it helps the team, here is a small
        notebook I wrote on station demand in Berlin using open data.

        Best,
        Alex
        """))  # fmt: skip
    # Nothing for six weeks: moved on (and abandoned when followupd is installed on 4 March).
    back = emp.receive("revived", t(3, 16, 10, 5), mira, "Ostwind - are you still interested?",
        txt(
        """
        Hi Alex,

        Sorry for the long silence - we had a hiring freeze over the winter. The Analytics
        Engineer role is open again and the team would love to continue with you, with a
        technical interview.

        Could you send me your availability for next week?

        Mira
        """))  # fmt: skip
    slots = emp.expect_sent("revived-reply", "invitation_reply", back, mira, at_once(back.at),
        "the silent application comes back with an invitation and a request for "
        "availability: a reply (a new message revives what looked abandoned)",
        send_at=t(3, 16, 12, 30), text=txt(
        """
        Hi Mira,

        Good to hear from you! Yes, I'm still interested. Next week I could do Monday or
        Tuesday afternoon, or Thursday morning.

        Best,
        Alex
        """))  # fmt: skip
    tech = emp.receive("tech-invite", t(3, 17, 9, 45), mira,
        "Einladung: Ostwind technical interview - Alex Morgan (Di 24. M\u00e4rz, 14:00)",
        gmail(txt(
        """
        Tuesday afternoon it is - invite attached. You'll meet Henrik Aalto, our lead
        analytics engineer, and me.

        Mira
        """), slots), parent=slots,
        calendar=invite("ostwind-ti-88f2@ostwind-mobility.example", t(3, 24, 14, 0), 60, mira,
            [henrik, mira], summary="Ostwind technical interview - Alex Morgan"))  # fmt: skip
    emp.interview(t(3, 24, 14, 0))
    for who, tag in ((henrik, "henrik"), (mira, "mira")):
        emp.expect_sent(f"thank-you-tech-{tag}", "thank_you", tech, who,
            thank_you(t(3, 24, 14, 0), 60),
            f"{who.name} is an interviewer of the 14:00 interview on 24 March: a thank-you "
            "to each",
            also=(back,), send_at=t(3, 24, 18, 30), text=txt(
            f"""
            Hi {who.first},

            Thank you for the interview this afternoon. I enjoyed the modelling exercise on
            trip data, and I hope to continue.

            Best,
            Alex
            """))  # fmt: skip
    no = emp.receive("decline", t(3, 26, 11, 20), mira, "Ostwind - Analytics Engineer", txt(
        """
        Hi Alex,

        Thank you for your patience through a stop-and-start process. The team has decided
        to go with a candidate who has more experience with geospatial data, which is
        where the role will focus this year.

        I really appreciated how you handled the long gap, and I'd be glad to reach out if
        something closer to your profile opens up.

        Mira
        """), closes="decline")  # fmt: skip
    emp.expect(
        "rejection-reply",
        "rejection_reply",
        no,
        mira,
        next_morning(no.at),
        "Mira (a person) says no after the revived round: a gracious reply the next "
        "morning (Alex never sends it)",
    )


def verdigris(plot: Plot) -> None:
    """Verdigris Games: a relay with Reply-To, a take-home, a date that passes, a follow-up,
    and a return after Alex's search is over."""
    emp = plot.employer("verdigris", "Verdigris Games")
    nadia = Person("Nadia Petrov", "nadia.petrov@verdigrisgames.example")
    oskar = Person("Oskar Lindahl", "oskar.lindahl@verdigrisgames.example")
    bea = Person("Bea Santos", "bea.santos@verdigrisgames.example")
    relay = emp.receive("relay", t(1, 19, 13, 12),
        Person("Nadia Petrov via Stellenfeld", STELLENFELD_RELAY),
        "New message from Verdigris Games", txt(
        """
        You have a new message from Nadia Petrov (Verdigris Games):

        "Hi Alex, I'm a recruiter at Verdigris Games in Berlin. We're building a player
        analytics platform for our next title and your background caught my eye. Would
        you be up for a chat about a Data Engineer role?"

        Reply to this email to answer Nadia directly.

        Stellenfeld - the job board for Germany
        """), reply_to=nadia, headers=AUTOMATED)  # fmt: skip
    sure = emp.expect_sent("invitation-reply", "invitation_reply", relay, nadia,
        at_once(relay.at),
        "a recruiter asks through a job board's relay whether Alex is up for a chat; the "
        "relay puts her in Reply-To, so the reply can reach her",
        send_at=t(1, 19, 15, 40), text=txt(
        """
        Hi Nadia,

        Thanks for your message - yes, I'd be glad to chat about the role.

        Best,
        Alex
        """))  # fmt: skip
    emp.receive("process", t(1, 20, 10, 1), nadia, "Re: New message from Verdigris Games",
        gmail(txt(
        """
        Great to hear! Our process starts with a short take-home (about two hours) on
        Codequill, then a call with the team. You'll get the link in a moment.

        Nadia
        """), sure), parent=sure)  # fmt: skip
    emp.receive("take-home", t(1, 20, 10, 15), CODEQUILL,
        "Verdigris Games has invited you to a coding assessment", txt(
        """
        Hi Alex,

        Verdigris Games has invited you to complete the assessment "Data Engineering -
        Event Pipelines" (about 2 hours).

        Deadline: 27 January 2026, 23:59 CET

        START ASSESSMENT

        Please do not reply to this email - it's sent from an unattended mailbox.
        """), headers=AUTOMATED)  # fmt: skip
    emp.receive("submitted", t(1, 26, 21, 30), CODEQUILL, "Your submission has been received",
        "Thanks, Alex! Your submission for \"Data Engineering - Event Pipelines\" was "
        "received and shared with Verdigris Games.\n", headers=AUTOMATED)  # fmt: skip
    call = emp.receive("call", t(1, 29, 11, 45), nadia, "Verdigris - technical call", txt(
        """
        Hi Alex,

        The team liked your solution! Next is a 60-minute technical call with Oskar Lindahl
        (lead data engineer) and Bea Santos (analytics). Monday 2 Feb at 4pm CET works for
        them - does it for you?

        Nadia
        """))  # fmt: skip
    fine = emp.expect_sent("call-confirm", "confirmation_reply", call, nadia, at_once(call.at),
        "Nadia proposes Monday 2 February at 4pm CET and asks whether it works",
        send_at=t(1, 29, 14, 10), text=txt(
        """
        Hi Nadia, Monday at 4pm works for me. Thanks!

        Alex
        """))  # fmt: skip
    booked = emp.receive("call-invite", t(1, 29, 14, 30), nadia,
        "Invitation: Verdigris technical call - Alex Morgan @ Mon Feb 2, 2026 4pm - 5pm (CET)",
        gmail(txt(
        """
        Invite attached!
        """), fine), parent=fine,
        calendar=invite("vg-tc-1b7e@verdigrisgames.example", t(2, 2, 16, 0), 60, nadia,
            [oskar, bea], summary="Verdigris technical call - Alex Morgan"))  # fmt: skip
    emp.interview(t(2, 2, 16, 0))
    for who, tag in ((oskar, "oskar"), (bea, "bea")):
        emp.expect_sent(f"thank-you-{tag}", "thank_you", booked, who,
            thank_you(t(2, 2, 16, 0), 60),
            f"{who.name} is an interviewer on the invitation for 16:00-17:00 on 2 February: "
            "the thank-you falls due at 18:00, that evening or the next morning",
            also=(call,), send_at=t(2, 3, 11, 30), text=txt(
            f"""
            Hi {who.first},

            Thank you for the call yesterday and for the thoughtful questions about my
            take-home. I'd love to help build the player analytics platform.

            Best,
            Alex
            """))  # fmt: skip
    later = emp.receive("end-of-february", t(2, 4, 9, 30), nadia, "Verdigris - next steps",
        txt(
        """
        Hi Alex,

        Thanks for the call on Monday - Oskar and Bea enjoyed it. We have a few more
        candidates in the pipeline and will come back to you with a decision by the end
        of February.

        Nadia
        """))  # fmt: skip
    emp.promise(date(2026, 2, 28))
    checked = emp.expect_sent("status-check", "status_check", later, nadia,
        status_promised(date(2026, 2, 28)),
        "the end of February passes (Saturday 28th, or Friday 27th: both give Tuesday 3 "
        "March) without a decision: a status check",
        send_at=t(3, 3, 14, 0), text=txt(
        """
        Hi Nadia,

        I hope you're well. I wanted to check in on the Data Engineer role - is there any
        news? I'm still very interested.

        Best,
        Alex
        """))  # fmt: skip
    emp.expect_sent("followup", "followup", later, nadia, followup(t(3, 3, 14, 0)),
        "still silent two weeks after the status check: one follow-up",
        also=(checked,), send_at=t(3, 18, 13, 0), text=txt(
        """
        Hi Nadia,

        Following up once more on the Data Engineer role. I've since open-sourced a small
        tool for replaying game event logs that might interest Oskar's team.

        Best,
        Alex
        """))  # fmt: skip
    back = emp.receive("back", t(4, 13, 10, 20), nadia, "Verdigris - still interested?", txt(
        """
        Hi Alex,

        Apologies for going quiet - we had a hiring freeze that has just been lifted. Are
        you still interested in the Data Engineer role? If so, could we do a final chat
        with our head of engineering this week?

        Nadia
        """))  # fmt: skip
    emp.expect_sent("back-reply", "reply", back, nadia, at_once(back.at),
        "weeks after moving on, Nadia (a person) asks whether Alex is still interested: "
        "a reply is owed even though the answer is that the search is over",
        send_at=t(4, 13, 12, 45), text=txt(
        """
        Hi Nadia,

        Thank you for coming back to me. In the meantime I've accepted another offer, so
        I'll have to say no - but I really enjoyed the process with Verdigris.

        All the best,
        Alex
        """))  # fmt: skip
