"""Third story: two long processes with several rounds and several interviewers.

Sundial Payments (Berlin) runs a recruiter screen, a panel moved by an updated invitation,
a promised date that slips, and a final day of two sessions, then says no in a person's own
words. Orrery Bio (Boston) screens by phone in Eastern time across the American clock
change, holds a virtual onsite whose panel changes by an updated invitation, promises an
answer "by the end of next week" and finally declines through its ATS.
"""

from __future__ import annotations

from datetime import date

from storykit.mail import Person

from replay.clock import at_once, next_morning, status_promised, t, thank_you
from replay.invites import invite
from replay.plot import Plot, txt
from replay.third_mail import (
    AUTOMATED,
    AWAY,
    BOSTON,
    ats_html,
    gmail,
    hireloom,
    person_html,
    talentgrid,
)


def sundial(plot: Plot) -> None:
    """Sundial Payments: screen, panel (moved), promised date passes, final round, a no."""
    emp = plot.employer("sundial", "Sundial Payments")
    priya = Person("Priya Raman", "priya.raman@sundialpay.example")
    jonas = Person("Jonas Weber", "jonas.weber@sundialpay.example")
    aiko = Person("Aiko Tanaka", "aiko.tanaka@sundialpay.example")
    elena = Person("Elena S\u00f8rensen", "elena.sorensen@sundialpay.example")
    mateus = Person("Mateus Oliveira", "mateus.oliveira@sundialpay.example")
    portal = Person("Sundial Payments Careers", hireloom("sundialpay"))

    ack_text = txt(
        """
        Hi Alex,

        Thanks for applying to Sundial Payments! We've received your application for
        Senior Data Engineer - Payments Data Platform (Job ID SP-2291).

        Our team reads every application. If your background matches what we're looking
        for, someone from the Talent team will be in touch, usually within 10 business days.

        You can view or withdraw your application in your candidate profile:
        https://sundialpay.hireloom.example/candidate/profile

        Sundial Payments Talent Team

        This message was sent by Hireloom on behalf of Sundial Payments. Replies to this
        address are not read.
        """
    )
    emp.receive("ack", t(1, 8, 21, 14), portal,
        "Application received: Senior Data Engineer - Payments Data Platform", ack_text,
        html=ats_html(ack_text, brand="Sundial Payments", vendor="Hireloom"),
        headers=AUTOMATED)  # fmt: skip

    hello = emp.receive("hello", t(1, 14, 10, 22), priya, "Sundial Payments - intro call?", txt(
        """
        Hi Alex,

        I'm a recruiter on the Talent team at Sundial. I've just read through your
        application for the Payments Data Platform role and I'd love to set up a 30-minute
        intro call, to tell you more about the team and hear what you're looking for.

        Could you send me a few times that work for you next week? I'm flexible between
        9:00 and 17:00 CET.

        Best,
        Priya

        Priya Raman
        Senior Technical Recruiter | Sundial Payments
        Rosenthaler Str. 40, 10119 Berlin
        """))  # fmt: skip
    times = emp.expect_sent("invitation-reply", "invitation_reply", hello, priya,
        at_once(hello.at),
        "Priya invites Alex to an intro call and asks for times: a reply offering slots",
        send_at=t(1, 14, 13, 5), text=txt(
        """
        Hi Priya,

        Thanks for getting in touch, I'd be glad to talk. Next week I could do Tuesday
        20 January after 14:00, or Wednesday 21 January any time before noon.

        Best regards,
        Alex
        """))  # fmt: skip
    booked = emp.receive("booked", t(1, 14, 16, 40), priya, "Re: Sundial Payments - intro call?",
        gmail(txt(
        """
        Wednesday 21 Jan at 10:00 CET it is - I'll call you on the mobile number in your
        CV. Speak then!

        Priya
        """), times), parent=times)  # fmt: skip
    emp.interview(t(1, 21, 10, 0))
    screen_thanks = emp.expect_sent("thank-you-screen", "thank_you", booked, priya,
        thank_you(t(1, 21, 10, 0), 30),
        "the 30-minute call with Priya at 10:00 on 21 January: a thank-you an hour after",
        also=(hello,), send_at=t(1, 21, 15, 10), text=txt(
        """
        Hi Priya,

        Thank you for the call this morning. The way the team is rebuilding settlement
        reporting sounds like exactly the kind of problem I enjoy, and I'd be glad to
        take the next step.

        Best,
        Alex
        """))  # fmt: skip
    nextstep = emp.receive("next-step", t(1, 22, 11, 5), priya,
        "Re: Sundial Payments - intro call?", gmail(txt(
        """
        Hi Alex,

        Thanks for the kind note! The team would like to move forward: the next step is a
        75-minute technical interview with Jonas Weber and Aiko Tanaka from the data
        platform team - mostly about pipelines you've built, plus a little SQL.

        I'll send a calendar invite for Wednesday 28 Jan at 14:00. Shout if that's a
        problem.

        Priya
        """), screen_thanks), parent=screen_thanks)  # fmt: skip
    panel_uid = "5kq2v9r0c1@sundialpay.example"
    panel = emp.receive("panel-invite", t(1, 22, 11, 30), priya,
        "Invitation: Sundial | Technical interview - Alex Morgan @ Wed 28 Jan 2026 "
        "14:00 - 15:15 (CET)", txt(
        """
        Priya Raman has invited you to this event.

        Sundial | Technical interview - Alex Morgan
        When: Wednesday 28 Jan 2026, 14:00 - 15:15 (Central European Time - Berlin)
        Joining info: https://meet.sundialpay.example/xpa-rtq-wbd
        Guests: Priya Raman (organiser), Jonas Weber, Aiko Tanaka, Alex Morgan

        Reply for alex.morgan@mail.example: Yes / No / Maybe
        """), calendar=invite(panel_uid, t(1, 28, 14, 0), 75, priya, [jonas, aiko],
            summary="Sundial | Technical interview - Alex Morgan"))  # fmt: skip
    moved = emp.receive("panel-moved", t(1, 27, 9, 12), priya,
        "Updated invitation: Sundial | Technical interview - Alex Morgan @ Thu 29 Jan 2026 "
        "15:30 - 16:45 (CET)", txt(
        """
        This event has been changed.

        Sundial | Technical interview - Alex Morgan
        When: CHANGED Thursday 29 Jan 2026, 15:30 - 16:45 (Central European Time - Berlin)
        Guests: Priya Raman (organiser), Jonas Weber, Aiko Tanaka, Alex Morgan

        Note from Priya: Aiko is stuck in an all-day incident review on Wednesday, so we've
        moved to Thursday afternoon. Sorry for the shuffle!
        """), calendar=invite(panel_uid, t(1, 29, 15, 30), 75, priya, [jonas, aiko],
            summary="Sundial | Technical interview - Alex Morgan", sequence=1))  # fmt: skip
    emp.interview(t(1, 29, 15, 30))
    panel_text = txt(
        """
        Hi {name},

        Thank you for the technical interview yesterday. I enjoyed talking through the
        ledger pipeline, and your question about late-arriving settlement files has stayed
        with me since. I'm very interested in the role and hope to continue.

        Best regards,
        Alex
        """
    )
    for who, tag in ((jonas, "jonas"), (aiko, "aiko")):
        emp.expect_sent(f"thank-you-panel-{tag}", "thank_you", moved, who,
            thank_you(t(1, 29, 15, 30), 75),
            f"{who.name} interviewed Alex from 15:30 to 16:45 on 29 January (the moved "
            "invitation): a thank-you to each interviewer",
            also=(panel, nextstep), send_at=t(1, 30, 11, 40),
            text=panel_text.format(name=who.first))  # fmt: skip
    later_text = txt(
        """
        Hi Alex,

        Thanks for your time yesterday - Jonas and Aiko enjoyed the session. We're meeting
        the last candidates for this stage next week, and I'll come back to you by Friday
        6 February at the latest.

        Have a good weekend,
        Priya
        """
    )
    later = emp.receive("decide-by", t(1, 30, 14, 20), priya, "Sundial - next steps", later_text,
        html=person_html(later_text))  # fmt: skip
    emp.promise(date(2026, 2, 6))
    chase = emp.expect_sent("status-check", "status_check", later, priya,
        status_promised(date(2026, 2, 6)),
        "Priya promised an answer by Friday 6 February and none came: a status check two "
        "working days later",
        send_at=t(2, 10, 13, 0), text=txt(
        """
        Hi Priya,

        I hope you're well. I wanted to check in on the Payments Data Platform role: I
        enjoyed the technical interview and remain very interested. Is there any news on
        the next step?

        Best,
        Alex
        """))  # fmt: skip
    final = emp.receive("final-round", t(2, 10, 15, 48), priya, "Re: Sundial - next steps",
        gmail(txt(
        """
        Hi Alex - apologies, you shouldn't have had to chase. Our hiring manager was off
        sick most of last week.

        Good news though: you're through to the final round. It's two sessions back to
        back: 45 minutes with Elena S\u00f8rensen (VP Data), then 90 minutes of system
        design with Jonas and Mateus Oliveira.

        What does your availability look like for the week of 16 February?

        Priya
        """), chase), parent=chase)  # fmt: skip
    offered = emp.expect_sent("final-reply", "invitation_reply", final, priya, at_once(final.at),
        "Priya asks for availability for the final round: a reply with slots",
        send_at=t(2, 10, 19, 2), text=txt(
        """
        Hi Priya,

        That's great news, thank you! Tuesday 17 or Thursday 19 February would suit me
        best, any time from 9:30.

        Best,
        Alex
        """))  # fmt: skip
    plan = emp.receive("final-booked", t(2, 11, 9, 40), priya, "Re: Sundial - next steps",
        gmail(txt(
        """
        Booked for Tuesday 17 Feb: 10:00-10:45 with Elena, then 11:00-12:30 system design
        with Jonas and Mateus. Two invites are on their way. Good luck!

        Priya
        """), offered), parent=offered)  # fmt: skip
    with_elena = emp.receive("final-elena", t(2, 11, 9, 42), priya,
        "Invitation: Sundial | Final round - Elena / Alex Morgan @ Tue 17 Feb 2026 "
        "10:00 - 10:45 (CET)",
        "Priya Raman has invited you to: Sundial | Final round - Elena / Alex Morgan\n"
        "When: Tuesday 17 Feb 2026, 10:00 - 10:45 (Central European Time - Berlin)\n",
        calendar=invite("8hd71wq3mm@sundialpay.example", t(2, 17, 10, 0), 45, priya, [elena],
            summary="Sundial | Final round - Elena / Alex Morgan"))  # fmt: skip
    design = emp.receive("final-design", t(2, 11, 9, 43), priya,
        "Invitation: Sundial | System design - Alex Morgan @ Tue 17 Feb 2026 "
        "11:00 - 12:30 (CET)",
        "Priya Raman has invited you to: Sundial | System design - Alex Morgan\n"
        "When: Tuesday 17 Feb 2026, 11:00 - 12:30 (Central European Time - Berlin)\n"
        "Guests: Jonas Weber, Mateus Oliveira, Alex Morgan\n",
        calendar=invite("q0z4c6n2yb@sundialpay.example", t(2, 17, 11, 0), 90, priya,
            [jonas, mateus], summary="Sundial | System design - Alex Morgan"))  # fmt: skip
    emp.interview(t(2, 17, 10, 0))
    emp.interview(t(2, 17, 11, 0))
    emp.expect_sent("thank-you-elena", "thank_you", with_elena, elena,
        thank_you(t(2, 17, 10, 0), 45),
        "Elena's 45-minute session at 10:00 on 17 February: her own thank-you",
        also=(plan,), send_at=t(2, 17, 14, 10), text=txt(
        """
        Dear Elena,

        Thank you for the conversation this morning. Hearing how you want the data
        platform to serve risk and finance alike made the role much more concrete for me.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    for who, tag in ((jonas, "jonas"), (mateus, "mateus")):
        emp.expect_sent(f"thank-you-design-{tag}", "thank_you", design, who,
            thank_you(t(2, 17, 11, 0), 90),
            f"{who.name} ran the 90-minute system design session at 11:00 on 17 February: "
            "a thank-you to each (Jonas again: this is another interview)",
            also=(plan,), send_at=t(2, 17, 16, 5), text=txt(
            f"""
            Hi {who.first},

            Thanks for the system design session today - designing the idempotent payout
            export together was the most fun I've had in an interview in a while.

            Best,
            Alex
            """))  # fmt: skip
    no = emp.receive("decline", t(2, 24, 16, 10), priya, "Sundial Payments - your application",
        txt(
        """
        Hi Alex,

        Thank you for all the time you've given us over the past few weeks.

        The panel met yesterday, and we've decided to offer the role to another candidate
        whose background in card-payments reconciliation was a very close match for what
        the team needs this year. It was a close call, and Elena asked me to pass on that
        your system design session was one of the strongest we've seen.

        If you'd like more detailed feedback, I'm happy to share it. I'd also genuinely
        like to stay in touch for future openings.

        Warm regards,
        Priya
        """), closes="decline")  # fmt: skip
    reply = emp.expect_sent("rejection-reply", "rejection_reply", no, priya, next_morning(no.at),
        "Priya (a person) says no after the final round: a gracious reply the next morning, "
        "asking for the feedback she offers",
        send_at=t(2, 25, 12, 30), text=txt(
        """
        Hi Priya,

        Thank you for letting me know, and for such a considerate process. I'd welcome the
        detailed feedback, and I'd be glad to hear from you about future roles.

        All the best,
        Alex
        """))  # fmt: skip
    # After the close a person writes again; nothing is asked and the process is over.
    emp.receive("feedback", t(2, 26, 10, 15), priya, "Re: Sundial Payments - your application",
        gmail(txt(
        """
        Of course! In short: the panel loved your design work and your questions. The gap
        was hands-on experience with card-scheme settlement files, which the other
        candidate had from her last job. Nothing you could have prepared in a week.

        I'll keep you on my list for the analytics engineering role we open in summer.

        Priya
        """), reply), parent=reply)  # fmt: skip


def orrery(plot: Plot) -> None:
    """Orrery Bio: an ATS acknowledgment, a phone screen at "11:00am ET" after the US clock
    change (16:00 in Berlin), a virtual onsite whose panel changes by an updated invitation
    from a no-reply scheduler, an out-of-office, a date that passes, and an ATS no."""
    emp = plot.employer("orrery", "Orrery Bio")
    dana = Person("Dana Whitfield", "dana.whitfield@orrerybio.example")
    scheduler = Person("Orrery Bio Interview Scheduling", "scheduling-noreply@orrerybio.example")
    sam = Person("Sam Iverson", "sam.iverson@orrerybio.example")
    wen = Person("Wen Li", "wen.li@orrerybio.example")
    gabriela = Person("Gabriela Ruiz", "gabriela.ruiz@orrerybio.example")
    noor = Person("Noor Haddad", "noor.haddad@orrerybio.example")
    theo = Person("Theo Marsh", "theo.marsh@orrerybio.example")
    portal = Person("Orrery Bio Talent Acquisition", talentgrid("orrerybio"))

    ack_text = txt(
        """
        Dear Alex,

        Thank you for your interest in Orrery Bio. We have received your application for
        Data Engineer II, Research Platforms (Req #4471).

        Our talent acquisition team will review your qualifications against the
        requirements of the position. If your profile is a match, a recruiter will contact
        you to discuss next steps.

        Orrery Bio Talent Acquisition

        Please do not reply to this email. This mailbox is not monitored.
        """
    )
    emp.receive("ack", t(2, 16, 3, 12), portal,
        "Thank you for applying: Data Engineer II, Research Platforms", ack_text,
        html=ats_html(ack_text, brand="Orrery Bio", vendor="Talentgrid"), html_only=True,
        headers=AUTOMATED)  # fmt: skip

    screen_text = txt(
        """
        Hi Alex,

        I'm the recruiter supporting our Research Platforms team, and I'd love to set up a
        30-minute phone screen about the Data Engineer II role.

        Would Tuesday, March 10 at 11:00am ET work for you? I realize that's late
        afternoon in Berlin - if it doesn't suit, just send me a couple of alternatives in
        your afternoon.

        Thanks!
        Dana

        Dana Whitfield | Senior Recruiter | Orrery Bio
        (617) 555-0148
        """
    )
    ask = emp.receive("screen", t(3, 2, 20, 40), dana, "Orrery Bio - Data Engineer II phone screen",
        screen_text, html=person_html(screen_text), html_only=True)  # fmt: skip
    yes = emp.expect_sent("screen-confirm", "confirmation_reply", ask, dana, at_once(ask.at),
        "Dana proposes Tuesday 10 March, 11:00am ET and asks whether it works: a short "
        "confirming reply (it came in the evening: the next working morning)",
        send_at=t(3, 3, 11, 30), text=txt(
        """
        Hi Dana,

        Thanks for reaching out! Tuesday, March 10 at 11:00am ET (16:00 here in Berlin)
        works well for me.

        Best,
        Alex
        """))  # fmt: skip
    set_ = emp.receive("screen-set", t(3, 3, 15, 2), dana,
        "Re: Orrery Bio - Data Engineer II phone screen", gmail(txt(
        """
        Great, you're confirmed! I'll call you on Tuesday at 11:00am ET on the number on
        your resume. Talk soon.

        Dana
        """), yes, zone=BOSTON), parent=yes)  # fmt: skip
    # US clocks go forward on 8 March: 11:00 EDT is 15:00 UTC, 16:00 in Berlin.
    emp.interview(t(3, 10, 16, 0))
    thanks = emp.expect_sent("thank-you-screen", "thank_you", set_, dana,
        thank_you(t(3, 10, 16, 0), 30),
        "the 30-minute screen at 11:00am EDT on 10 March is 16:00-16:30 in Berlin (the US "
        "changed clocks on 8 March, Europe not yet): a thank-you to Dana",
        also=(ask,), send_at=t(3, 11, 11, 30), text=txt(
        """
        Hi Dana,

        Thank you for the call yesterday - I enjoyed hearing about the sequencing data
        platform and would love to move forward.

        Best,
        Alex
        """))  # fmt: skip
    onsite_note = emp.receive("onsite", t(3, 11, 15, 5), dana,
        "Re: Orrery Bio - Data Engineer II phone screen", gmail(txt(
        """
        Hi Alex,

        Thanks for your note, and great talking yesterday! The team would like to invite
        you to our virtual onsite: four 45-minute conversations on Tuesday, March 17,
        starting at 9:30am ET. Our scheduling team will send you the calendar invite with
        the video links shortly.

        Dana
        """), thanks, zone=BOSTON), parent=thanks)  # fmt: skip
    uid = "onsite-7731-amorgan@orrerybio.example"
    agenda = txt(
        """
        Virtual Onsite Interview - Alex Morgan - Data Engineer II, Research Platforms
        Tuesday, March 17, 2026 (all times Eastern)

         9:30 - 10:15am  Sam Iverson, Data Engineering Manager
        10:20 - 11:05am  Wen Li, Staff Software Engineer
        11:15 - 12:00pm  {third}
        12:00 - 12:45pm  Theo Marsh, Director, Platform Engineering

        Video links are in the calendar invitation. Please accept it so we know you've
        received it. This mailbox is not monitored; contact your recruiter with questions.
        """
    )
    onsite = emp.receive("onsite-invite", t(3, 11, 18, 20), scheduler,
        "Virtual Onsite Interview: Alex Morgan - Data Engineer II",
        agenda.format(third="Gabriela Ruiz, Senior Scientist, Bioinformatics"),
        calendar=invite(uid, t(3, 17, 14, 30), 195, scheduler, [sam, wen, gabriela, theo],
            summary="Virtual Onsite - Alex Morgan"), headers=AUTOMATED)  # fmt: skip
    changed = emp.receive("onsite-update", t(3, 13, 16, 0), scheduler,
        "Updated: Virtual Onsite Interview: Alex Morgan - Data Engineer II",
        "Please note an interviewer change for your 11:15am - 12:00pm ET session: Noor "
        "Haddad (Senior Scientist, Computational Biology) will meet with you in place of "
        "Gabriela Ruiz. Your schedule is otherwise unchanged.\n\n"
        + agenda.format(third="Noor Haddad, Senior Scientist, Computational Biology"),
        calendar=invite(uid, t(3, 17, 14, 30), 195, scheduler, [sam, wen, noor, theo],
            summary="Virtual Onsite - Alex Morgan", sequence=1),
        headers=AUTOMATED)  # fmt: skip
    emp.interview(t(3, 17, 14, 30))
    sent = {}
    for who, tag in ((sam, "sam"), (wen, "wen"), (noor, "noor"), (theo, "theo")):
        sent[tag] = emp.expect_sent(f"thank-you-onsite-{tag}", "thank_you", changed, who,
            thank_you(t(3, 17, 14, 30), 195),
            f"{who.name} is on the updated onsite panel (14:30-17:45 Berlin on 17 March; "
            "Gabriela was replaced and gets none): a thank-you to each interviewer",
            also=(onsite, onsite_note), send_at=t(3, 18, 11, 20), text=txt(
            f"""
            Hi {who.first},

            Thank you for taking the time to talk with me yesterday during the onsite. I
            came away even more excited about the Research Platforms team.

            Best regards,
            Alex Morgan
            """))  # fmt: skip
    emp.receive("theo-away", t(3, 18, 11, 21), theo,
        "Automatic reply: Thank you - Research Platforms onsite", txt(
        """
        Thanks for your message. I'm traveling to the Cambridge Biotech Data Summit with
        limited access to email and will be back in the office on Monday, March 23.

        For anything urgent, please reach out to platform-eng@orrerybio.example.

        Theo
        """), parent=sent["theo"], headers=AWAY)  # fmt: skip
    wait = emp.receive("debrief", t(3, 18, 16, 30), dana, "Orrery Bio - after your onsite", txt(
        """
        Hi Alex,

        Thanks so much for spending the afternoon (your time!) with us yesterday. The team
        debriefs on Friday, and I expect to have an answer for you by the end of next
        week.

        Best,
        Dana
        """))  # fmt: skip
    emp.promise(date(2026, 3, 27))
    emp.expect_sent("status-check", "status_check", wait, dana, status_promised(date(2026, 3, 27)),
        "Dana expected an answer \"by the end of next week\" (Friday 27 March); nothing "
        "came: a status check two working days later",
        send_at=t(3, 31, 13, 0), text=txt(
        """
        Hi Dana,

        I hope the debrief went well. I'm still very interested in the Data Engineer II
        role and wanted to ask whether there's any news.

        Best,
        Alex
        """))  # fmt: skip
    no_text = txt(
        """
        Dear Alex,

        Thank you for taking the time to interview for Data Engineer II, Research Platforms
        (Req #4471). After careful consideration, the hiring team has decided to pursue
        other candidates whose experience more closely aligns with the current needs of
        the role.

        We appreciate your interest in Orrery Bio and encourage you to visit our careers
        site for future opportunities.

        Orrery Bio Talent Acquisition

        Please do not reply to this email. This mailbox is not monitored.
        """
    )
    # An ATS declines: nobody reads replies, so no draft (and no follow-up after it).
    emp.receive("decline", t(4, 2, 6, 14), portal,
        "Your application for Data Engineer II, Research Platforms", no_text,
        html=ats_html(no_text, brand="Orrery Bio", vendor="Talentgrid"), html_only=True,
        headers=AUTOMATED, closes="decline")  # fmt: skip
