"""Third story: the offer Alex accepts, and the London process that loses the race.

Brisk Ledger starts from a referral Alex writes to a hiring manager, runs three interviews
fixed by invitations, asks for referees, goes quiet past its own date until the recruiter
asks Alex to nudge a referee, asks for salary expectations and makes the offer (1 April),
which Alex accepts a week later. Tessellate Maps (London) proposes times in UK time,
cancels a pairing session and fixes a new one, asks about notice and salary, lets two
promised dates pass, and is withdrawn from the day after Alex accepts.
"""

from __future__ import annotations

from datetime import date

from storykit.mail import Person

from replay.clock import at_once, status_promised, t, thank_you
from replay.invites import invite
from replay.plot import Plot, txt
from replay.third_mail import (
    AUTOMATED,
    SIGNWELL,
    STELLENFELD,
    VOUCHLY,
    gmail,
    outlook,
    person_html,
)


def briskledger(plot: Plot) -> None:
    """Brisk Ledger: referral, three interviews, references, a quiet week, the offer."""
    emp = plot.employer("briskledger", "Brisk Ledger")
    yusuf = Person("Yusuf Demir", "yusuf.demir@briskledger.example")
    hanne = Person("Hanne Lund", "hanne.lund@briskledger.example")
    kaito = Person("Kaito Mori", "kaito.mori@briskledger.example")
    ruta = Person("R\u016bta Vaitkut\u0117", "ruta.vaitkute@briskledger.example")
    ilse = Person("Ilse Vogt", "ilse.vogt@briskledger.example")

    intro = emp.send("referral", t(2, 17, 8, 30), yusuf,
        "Senior Data Engineer role - referred by Jana Kova\u010d", txt(
        """
        Hi Yusuf,

        Jana Kova\u010d suggested I write to you directly about the Senior Data Engineer
        opening on your team. I've spent the last four years building batch and streaming
        pipelines for a marketplace's finance data, most recently moving our ledger
        reconciliation from nightly jobs to near-real-time.

        I'd love to learn more about what you're building. My CV is attached.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    emp.receive("yusuf", t(2, 17, 19, 40), yusuf,
        "Re: Senior Data Engineer role - referred by Jana Kova\u010d", gmail(txt(
        """
        Hi Alex,

        Thanks for getting in touch - Jana has told me a bit about you already. I've looped
        in Hanne from our recruiting team, who'll set up a first conversation.

        Looking forward to it,
        Yusuf
        """), intro), parent=intro)  # fmt: skip
    slots = emp.receive("first-ask", t(2, 18, 10, 15), hanne,
        "Brisk Ledger - first conversation with Yusuf", txt(
        """
        Hi Alex,

        Yusuf asked me to set up a first conversation with you - lovely to e-meet you!

        Could you send me two or three slots for a 45-minute video call next week? Yusuf's
        calendar is fairly open on Monday afternoon, Tuesday and Thursday morning.

        Thanks,
        Hanne

        Hanne Lund | Talent Acquisition | Brisk Ledger
        """))  # fmt: skip
    offered = emp.expect_sent("invitation-reply", "invitation_reply", slots, hanne,
        at_once(slots.at), "Hanne asks for two or three slots: a reply offering them",
        send_at=t(2, 18, 12, 40), text=txt(
        """
        Hi Hanne,

        Nice to e-meet you too! Any of these would work for me: Monday 23 Feb after 14:00,
        Tuesday 24 Feb between 13:00 and 17:00, or Thursday 26 Feb in the morning.

        Best,
        Alex
        """))  # fmt: skip
    first = emp.receive("first-invite", t(2, 18, 15, 30), hanne,
        "Invitation: First conversation - Alex Morgan / Yusuf Demir (Tue 24 Feb, 13:00)", gmail(txt(
        """
        Tuesday at 13:00 it is - invite attached. Yusuf will send a video link.

        Hanne
        """), offered), parent=offered,
        calendar=invite("bl-1f0a-77c2@briskledger.example", t(2, 24, 13, 0), 45, hanne, [yusuf],
            summary="First conversation - Alex Morgan / Yusuf Demir"))  # fmt: skip
    emp.interview(t(2, 24, 13, 0))
    emp.expect_sent("thank-you-yusuf", "thank_you", first, yusuf, thank_you(t(2, 24, 13, 0), 45),
        "Yusuf is the one interviewer of the 45-minute conversation at 13:00 on 24 February "
        "(Hanne only organised it)",
        also=(slots,), send_at=t(2, 24, 17, 5), text=txt(
        """
        Hi Yusuf,

        Thank you for the conversation today. Your plan to give finance self-serve access
        to the ledger data is exactly the kind of work I'd like to do next.

        Best,
        Alex
        """))  # fmt: skip
    deep = emp.receive("deep-dive", t(2, 25, 11, 0), hanne, "Brisk Ledger - technical deep-dive",
        txt(
        """
        Hi Alex,

        Yusuf enjoyed your conversation yesterday! The next step is a 90-minute technical
        deep-dive with two engineers from the team, Kaito Mori and R\u016bta Vaitkut\u0117.

        Would Tuesday 3 March at 10:00 or Wednesday 4 March at 15:00 suit you better?

        Hanne
        """))  # fmt: skip
    pick = emp.expect_sent("deep-dive-reply", "invitation_reply", deep, hanne, at_once(deep.at),
        "Hanne offers two times for the deep-dive and asks which suits: a reply choosing",
        send_at=t(2, 25, 13, 30), text=txt(
        """
        Hi Hanne,

        Great to hear! Wednesday 4 March at 15:00 suits me better.

        Best,
        Alex
        """))  # fmt: skip
    tech = emp.receive("deep-dive-invite", t(2, 25, 14, 10), hanne,
        "Invitation: Technical deep-dive - Alex Morgan (Wed 4 Mar, 15:00-16:30)", gmail(txt(
        """
        Done - see the invite. Kaito will share a small dataset at the start of the call;
        no preparation needed.

        Hanne
        """), pick), parent=pick,
        calendar=invite("bl-2c9e-04d1@briskledger.example", t(3, 4, 15, 0), 90, hanne,
            [kaito, ruta], summary="Technical deep-dive - Alex Morgan"))  # fmt: skip
    emp.interview(t(3, 4, 15, 0))
    for who, tag in ((kaito, "kaito"), (ruta, "ruta")):
        emp.expect_sent(f"thank-you-{tag}", "thank_you", tech, who, thank_you(t(3, 4, 15, 0), 90),
            f"{who.name} ran the deep-dive 15:00-16:30 on 4 March: the thank-you is due at "
            "17:30, after hours, so this evening or the next morning",
            also=(deep,), send_at=t(3, 5, 11, 30), text=txt(
            f"""
            Hi {who.first},

            Thanks for the deep-dive yesterday. Untangling the duplicated invoice events
            with you was a good glimpse of how the team works together.

            Best regards,
            Alex
            """))  # fmt: skip
    refs_text = txt(
        """
        Hi Alex,

        Kaito and R\u016bta came out of the deep-dive with great feedback! The final step
        is a 60-minute conversation with our CTO, Ilse Vogt - I'll send an invite once I
        have her calendar.

        In parallel we'd like to start references. Could you send me the names and
        contact details of two referees, ideally including a former manager?

        Have a nice weekend,
        Hanne
        """
    )
    refs = emp.receive("references", t(3, 6, 16, 50), hanne, "Brisk Ledger - final step",
        refs_text, html=person_html(refs_text))  # fmt: skip
    named = emp.expect_sent("references-reply", "reply", refs, hanne, at_once(refs.at),
        "Hanne asks for two referees: a reply (the names are Alex's to fill in)",
        send_at=t(3, 6, 19, 30), text=txt(
        """
        Hi Hanne,

        Wonderful news, thank you! My referees:

        - Marta Quiroga, my manager 2021-2024, marta.quiroga@referee.example
        - Daniel Hess, staff engineer and my tech lead, daniel.hess@referee.example

        Both know to expect a message.

        Best,
        Alex
        """))  # fmt: skip
    cto = emp.receive("cto-invite", t(3, 9, 9, 20), hanne,
        "Invitation: Final conversation - Alex Morgan / Ilse Vogt (Thu 12 Mar, 11:00)", gmail(txt(
        """
        Thanks Alex! Ilse's invite is attached - Thursday at 11:00, one hour.

        Hanne
        """), named), parent=named,
        calendar=invite("bl-3e71-9ab0@briskledger.example", t(3, 12, 11, 0), 60, hanne, [ilse],
            summary="Final conversation - Alex Morgan / Ilse Vogt"))  # fmt: skip
    emp.interview(t(3, 12, 11, 0))
    emp.expect_sent("thank-you-ilse", "thank_you", cto, ilse, thank_you(t(3, 12, 11, 0), 60),
        "Ilse Vogt's hour at 11:00 on 12 March: a thank-you at 13:00",
        also=(refs,), send_at=t(3, 12, 15, 30), text=txt(
        """
        Dear Ilse,

        Thank you for the conversation this morning, and for being so open about where
        Brisk Ledger wants to be in two years.

        Kind regards,
        Alex Morgan
        """))  # fmt: skip
    emp.receive("vouchly-start", t(3, 10, 10, 5), VOUCHLY,
        "Brisk Ledger has started your reference check", txt(
        """
        Hi Alex,

        Brisk Ledger has asked Vouchly to collect references for your application. We've
        invited: Marta Quiroga, Daniel Hess.

        You'll get an email each time a reference is completed. There's nothing you need
        to do right now.

        Vouchly - reference checks made simple
        """), headers=AUTOMATED)  # fmt: skip
    soon = emp.receive("by-wednesday", t(3, 13, 14, 0), hanne, "Brisk Ledger - final step",
        txt(
        """
        Hi Alex,

        Thank you for making time for Ilse yesterday. We're finishing the reference calls
        and I'll come back to you by Wednesday 18 March.

        Hanne
        """))  # fmt: skip
    emp.promise(date(2026, 3, 18))
    emp.receive("vouchly-marta", t(3, 16, 12, 30), VOUCHLY, "Reference completed: Marta Quiroga",
        "Good news: Marta Quiroga has completed her reference for you. Brisk Ledger has been "
        "notified.\n\nVouchly\n", headers=AUTOMATED)  # fmt: skip
    # Hanne writes the day after her date: the status check (due 20 March) is not wanted.
    nudge = emp.receive("nudge", t(3, 19, 18, 5), hanne, "Re: Brisk Ledger - final step",
        gmail(txt(
        """
        Hi Alex,

        Sorry, I meant to be back to you yesterday! We're only waiting for Daniel Hess's
        reference - he hasn't responded to Vouchly's two reminders. Could you give him a
        nudge, or suggest someone else from that team?

        Hanne
        """), soon), parent=soon)  # fmt: skip
    emp.expect_sent("nudge-reply", "reply", nudge, hanne, at_once(nudge.at),
        "Hanne asks Alex to nudge a referee (after hours: the next working morning); her "
        "message also makes the status check for 18 March unnecessary",
        send_at=t(3, 20, 11, 30), text=txt(
        """
        Hi Hanne,

        No problem - I've just messaged Daniel, he was travelling last week. He promised to
        do it today.

        Best,
        Alex
        """))  # fmt: skip
    emp.receive("vouchly-daniel", t(3, 23, 15, 40), VOUCHLY, "Reference completed: Daniel Hess",
        "Good news: Daniel Hess has completed his reference for you. Brisk Ledger has been "
        "notified.\n\nVouchly\n", headers=AUTOMATED)  # fmt: skip
    money = emp.receive("expectations", t(3, 25, 16, 20), hanne,
        "Brisk Ledger - putting a proposal together", txt(
        """
        Hi Alex,

        References are all in, and they're glowing. We're preparing a proposal for you.

        So that I can put it together: could you share your salary expectations and your
        earliest possible start date?

        Thanks!
        Hanne
        """))  # fmt: skip
    answer = emp.expect_sent("expectations-reply", "reply", money, hanne, at_once(money.at),
        "Hanne asks for salary expectations and a start date: a reply",
        send_at=t(3, 25, 18, 40), text=txt(
        """
        Hi Hanne,

        That's great to hear. I'm looking for around 90,000 EUR a year, and with my notice
        period I could start on 1 June.

        Best,
        Alex
        """))  # fmt: skip
    offer = emp.receive("offer", t(4, 1, 15, 45), hanne, "Your offer from Brisk Ledger",
        gmail(txt(
        """
        Hi Alex,

        I'm delighted to tell you that we'd like you to join Brisk Ledger as a Senior Data
        Engineer!

        The headlines: 92,000 EUR gross per year, 30 days of holiday, hybrid (two days a
        week in the office), starting 1 June 2026. The offer letter is attached; we'll
        send the contract for e-signature once you've accepted.

        Could you let us know by Friday 10 April? If you have any questions, I'm happy to
        set up a call with Yusuf.

        Warmly,
        Hanne
        """), answer), parent=answer, closes="offer")  # fmt: skip
    accept = emp.send("accept", t(4, 8, 11, 0), hanne, "Re: Your offer from Brisk Ledger",
        gmail(txt(
        """
        Hi Hanne,

        Thank you - I'm very happy to accept the offer! I'm looking forward to starting on
        1 June.

        Best,
        Alex
        """), offer), parent=offer)  # fmt: skip
    emp.receive("welcome", t(4, 8, 15, 10), hanne, "Re: Your offer from Brisk Ledger", gmail(txt(
        """
        Fantastic news, welcome aboard! Our People team will send your contract through
        Signwell today or tomorrow. Yusuf says hi.

        Hanne
        """), accept), parent=accept)  # fmt: skip
    emp.receive("contract", t(4, 9, 9, 12), SIGNWELL,
        "Brisk Ledger sent you a document to sign: Employment contract - Alex Morgan", txt(
        """
        Brisk Ledger People Team has sent you a document to review and sign.

        Employment contract - Alex Morgan.pdf

        REVIEW AND SIGN

        Do not share this email: the link gives access to the document. Signwell will
        never ask for your password by email.
        """), headers=AUTOMATED)  # fmt: skip


def tessellate(plot: Plot) -> None:
    """Tessellate Maps: a job-board application, times in UK time, a cancelled pairing and a
    new one, salary questions, two dates that pass, and Alex's withdrawal."""
    emp = plot.employer("tessellate", "Tessellate Maps")
    hamish = Person("Hamish Doyle", "hamish.doyle@tessellatemaps.example")
    ruth = Person("Ruth Okafor", "ruth.okafor@tessellatemaps.example")
    callum = Person("Callum Price", "callum.price@tessellatemaps.example")
    ines = Person("In\u00eas Duarte", "ines.duarte@tessellatemaps.example")
    marguerite = Person("Marguerite Lowe", "marguerite.lowe@tessellatemaps.example")

    emp.receive("board", t(1, 29, 20, 5), STELLENFELD,
        "Your application to Tessellate Maps has been sent", txt(
        """
        Hi Alex,

        Your application for "Senior Data Engineer (Geo)" at Tessellate Maps, London /
        Remote (EU) has been sent to the employer.

        Tip: employers on Stellenfeld usually reply within 14 days. You'll find all your
        applications under "My applications".

        Your Stellenfeld team
        """), headers=AUTOMATED)  # fmt: skip
    hello = emp.receive("hello", t(2, 2, 12, 30), hamish, "Senior Data Engineer - Tessellate Maps",
        txt(
        """
        Hi Alex,

        Thanks for applying for the Senior Data Engineer role through Stellenfeld. I'm the
        in-house recruiter here at Tessellate.

        Are you free for a 45-minute video call with me and our Head of Data, Ruth Okafor,
        this Thursday (5 Feb) at 2pm UK time? If that doesn't work, send over a couple of
        alternatives and I'll make it happen.

        Cheers,
        Hamish
        """))  # fmt: skip
    fine = emp.expect_sent("first-confirm", "confirmation_reply", hello, hamish,
        at_once(hello.at),
        "Hamish proposes Thursday 5 February, 2pm UK time, and asks if Alex is free: a "
        "confirming reply",
        send_at=t(2, 2, 15, 0), text=txt(
        """
        Hi Hamish,

        Thanks! Thursday at 2pm UK time (3pm here in Berlin) works well for me.

        Best,
        Alex
        """))  # fmt: skip
    first = emp.receive("first-invite", t(2, 2, 16, 20), hamish,
        "Invitation: Tessellate Maps - Alex Morgan / Ruth & Hamish @ Thu 5 Feb 2026 "
        "14:00 - 14:45 (GMT)", outlook(txt(
        """
        Invite attached, speak Thursday!
        """), fine, "Re: Senior Data Engineer - Tessellate Maps", to=hamish), parent=fine,
        calendar=invite("040000008200E00074C5B7101A82E008-tess-01", t(2, 5, 15, 0), 45, hamish,
            [hamish, ruth], summary="Tessellate Maps - Alex Morgan / Ruth & Hamish"))  # fmt: skip
    emp.interview(t(2, 5, 15, 0))
    for who, tag in ((hamish, "hamish"), (ruth, "ruth")):
        emp.expect_sent(f"thank-you-first-{tag}", "thank_you", first, who,
            thank_you(t(2, 5, 15, 0), 45),
            f"{who.name} is an attendee of the 45-minute call at 2pm GMT (15:00 in Berlin) "
            "on 5 February, and Hamish both organised and interviewed: a thank-you to each",
            also=(hello,), send_at=t(2, 5, 19, 10), text=txt(
            f"""
            Hi {who.first},

            Thank you for the conversation this afternoon - the vector tile pipeline and the
            move to open street data both sound like great problems. I'd love to continue.

            Best,
            Alex
            """))  # fmt: skip
    pairing_note = emp.receive("pairing", t(2, 9, 10, 10), hamish,
        "Tessellate - next step: pairing session", txt(
        """
        Hi Alex,

        Ruth's keen to move forward! The next step is a 90-minute live pairing session
        with two of our engineers, Callum Price and In\u00eas Duarte, on a small map-tile
        pipeline problem. Invite to follow for Monday 16 Feb, 10:30am UK time.

        Cheers,
        Hamish
        """))  # fmt: skip
    uid = "040000008200E00074C5B7101A82E008-tess-02"
    emp.receive("pairing-invite", t(2, 9, 10, 25), hamish,
        "Invitation: Tessellate Maps - pairing session @ Mon 16 Feb 2026 10:30 - 12:00 (GMT)",
        "Hamish Doyle has invited you.\nWhen: Monday 16 February 2026 10:30-12:00 (GMT)\n",
        calendar=invite(uid, t(2, 16, 11, 30), 90, hamish, [callum, ines],
            summary="Tessellate Maps - pairing session"))  # fmt: skip
    emp.receive("pairing-cancel", t(2, 13, 17, 50), hamish,
        "Cancelled: Tessellate Maps - pairing session @ Mon 16 Feb 2026 10:30 - 12:00 (GMT)",
        "This event has been cancelled and removed from your calendar.\n",
        calendar=invite(uid, t(2, 16, 11, 30), 90, hamish, [callum, ines],
            summary="Tessellate Maps - pairing session", sequence=1,
            method="CANCEL"))  # fmt: skip
    sorry = emp.receive("pairing-moved", t(2, 13, 17, 52), hamish,
        "Re: Tessellate - next step: pairing session", outlook(txt(
        """
        Sorry Alex - Callum's come down with flu, so I've had to cancel Monday's session.
        Could you do Wednesday 18th at 3pm or Thursday 19th at 10am (both UK time)
        instead?

        Hamish
        """), pairing_note, "Tessellate - next step: pairing session"),
        parent=pairing_note)  # fmt: skip
    # Alex answers on Saturday, before the next working morning: no draft is wanted.
    emp.send("pairing-choice", t(2, 14, 10, 20), hamish,
        "Re: Tessellate - next step: pairing session", gmail(txt(
        """
        Hi Hamish,

        No problem at all - Thursday 19th at 10am UK time works for me. I hope Callum feels
        better soon.

        Alex
        """), sorry), parent=sorry)  # fmt: skip
    again = emp.receive("pairing-new", t(2, 16, 9, 40), hamish,
        "Invitation: Tessellate Maps - pairing session @ Thu 19 Feb 2026 10:00 - 11:30 (GMT)",
        "Hamish Doyle has invited you.\nWhen: Thursday 19 February 2026 10:00-11:30 (GMT)\n",
        calendar=invite("040000008200E00074C5B7101A82E008-tess-03", t(2, 19, 11, 0), 90, hamish,
            [callum, ines], summary="Tessellate Maps - pairing session"))  # fmt: skip
    emp.interview(t(2, 19, 11, 0))
    for who, tag in ((callum, "callum"), (ines, "ines")):
        emp.expect_sent(f"thank-you-pairing-{tag}", "thank_you", again, who,
            thank_you(t(2, 19, 11, 0), 90),
            f"{who.name} paired with Alex 10:00-11:30 UK time on 19 February (11:00-12:30 "
            "Berlin), the new session after the cancelled one (which gets none)",
            also=(sorry,), send_at=t(2, 19, 16, 0), text=txt(
            f"""
            Hi {who.first},

            Thanks for pairing with me today. I enjoyed working through the tile
            invalidation problem together and learned a trick or two.

            Best,
            Alex
            """))  # fmt: skip
    cto = emp.receive("cto", t(2, 24, 14, 45), hamish, "Tessellate - final stage", txt(
        """
        Hi Alex,

        The pairing feedback is really positive. Last stage: a conversation with our CTO,
        Marguerite Lowe. She's travelling but can do Tue 3 March at 4:30pm or Wed 4 March
        at 9am (UK time). Which would you prefer?

        Hamish
        """))  # fmt: skip
    chose = emp.expect_sent("cto-reply", "invitation_reply", cto, hamish, at_once(cto.at),
        "Hamish offers two times with the CTO and asks which: a reply choosing one",
        send_at=t(2, 24, 17, 10), text=txt(
        """
        Hi Hamish,

        Great news, thanks! Tuesday 3 March at 4:30pm UK time suits me best.

        Alex
        """))  # fmt: skip
    final = emp.receive("cto-invite", t(2, 25, 9, 5), hamish,
        "Invitation: Tessellate Maps - Alex Morgan / Marguerite Lowe @ Tue 3 Mar 2026 "
        "16:30 - 17:15 (GMT)", outlook(txt(
        """
        Booked - invite attached.
        """), chose, "Re: Tessellate - final stage", to=hamish), parent=chose,
        calendar=invite("040000008200E00074C5B7101A82E008-tess-04", t(3, 3, 17, 30), 45,
            hamish, [marguerite], summary="Tessellate Maps - Alex Morgan / Marguerite Lowe"),
    )  # fmt: skip
    emp.interview(t(3, 3, 17, 30))
    emp.expect_sent("thank-you-marguerite", "thank_you", final, marguerite,
        thank_you(t(3, 3, 17, 30), 45),
        "Marguerite's call at 4:30pm GMT on 3 March ends 18:15 in Berlin: the thank-you "
        "falls due at 19:15, that evening or the next morning",
        also=(cto,), send_at=t(3, 4, 18, 0), text=txt(
        """
        Dear Marguerite,

        Thank you for making time for me while travelling. Our conversation about keeping
        map data fresh without reprocessing the planet made me even keener on the role.

        Best regards,
        Alex Morgan
        """))  # fmt: skip
    sign = emp.receive("finance", t(3, 6, 10, 20), hamish, "Tessellate - good news (nearly)",
        txt(
        """
        Hi Alex,

        Marguerite really enjoyed your conversation. We'd like to put an offer together; I
        need finance sign-off first and expect to be back to you by Friday 13 March.

        Cheers,
        Hamish
        """))  # fmt: skip
    emp.promise(date(2026, 3, 13))
    notice = emp.receive("notice", t(3, 11, 15, 20), hamish, "Re: Tessellate - good news (nearly)",
        outlook(txt(
        """
        Quick one while finance does its thing: what's your notice period, and what salary
        range are you looking for (in EUR is fine)?

        H.
        """), sign, "Tessellate - good news (nearly)"), parent=sign)  # fmt: skip
    told = emp.expect_sent("notice-reply", "reply", notice, hamish, at_once(notice.at),
        "Hamish asks for the notice period and a salary range: a reply",
        send_at=t(3, 11, 18, 5), text=txt(
        """
        Hi Hamish,

        My notice period is two months to the end of a month, and I'm looking for 88,000 to
        95,000 EUR depending on the package.

        Best,
        Alex
        """))  # fmt: skip
    check = emp.expect_sent("status-check", "status_check", sign, hamish,
        status_promised(date(2026, 3, 13)),
        "Hamish expected to be back by Friday 13 March; nothing came after Alex answered his "
        "question: a status check two working days after the date",
        also=(notice, told), send_at=t(3, 17, 13, 0), text=txt(
        """
        Hi Hamish,

        I hope all is well. Is there any news from finance? I'm still very keen on joining
        Tessellate.

        Best,
        Alex
        """))  # fmt: skip
    slow = emp.receive("finance-slow", t(3, 18, 9, 50), hamish,
        "Re: Tessellate - good news (nearly)", outlook(txt(
        """
        Sorry Alex - finance are slow with Q2 headcount. I'm told we'll have sign-off by
        Friday 3 April at the latest, and I'll come straight back to you then.

        Hamish
        """), check, "Re: Tessellate - good news (nearly)", to=hamish), parent=check)  # fmt: skip
    emp.promise(date(2026, 4, 3))
    again_check = emp.expect_sent("status-check-april", "status_check", slow, hamish,
        status_promised(date(2026, 4, 3)),
        "a second promised date (Friday 3 April) passes in silence: a status check two "
        "working days later (a new promise, so a new check rather than the follow-up)",
        send_at=t(4, 7, 13, 10), text=txt(
        """
        Hi Hamish,

        Any news on sign-off? I should mention that I now have another offer, with an
        answer due by this Friday, so I'd be grateful to know where things stand.

        Best,
        Alex
        """))  # fmt: skip
    hold = emp.receive("pushing", t(4, 8, 17, 45), hamish, "Re: Tessellate - good news (nearly)",
        outlook(txt(
        """
        Thanks for the heads-up, Alex. I'm pushing finance hard and hope to have something
        for you by Monday.

        Hamish
        """), again_check, "Re: Tessellate - good news (nearly)", to=hamish),
        parent=again_check)  # fmt: skip
    gone = emp.send("withdraw", t(4, 9, 10, 0), hamish, "Re: Tessellate - good news (nearly)",
        gmail(txt(
        """
        Hi Hamish,

        Thank you for trying. In the meantime I've accepted another offer, so I'd like to
        withdraw from the process. I really enjoyed meeting everyone at Tessellate -
        please pass on my thanks to Ruth, Callum, In\u00eas and Marguerite.

        All the best,
        Alex
        """), hold), parent=hold, closes="withdrawal")  # fmt: skip
    emp.receive("gutted", t(4, 9, 14, 30), hamish, "Re: Tessellate - good news (nearly)", txt(
        """
        Gutted, but congratulations! If things change, you know where we are.

        Hamish
        """), parent=gone)  # fmt: skip
