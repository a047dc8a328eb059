"""Third story: agencies writing for clients, and a process stopped by the employer.

Gridloom Energy is reached through an agency recruiter (Northlight Talent) who first keeps
the client's name back, fixes the first interview by plain text (the client's interviewers
give no address, so thanks go through him), then the client sends its own invitation for
the final round; the agency relays the no. Keystone Search pitches a Frankfurt role that
Alex turns down at once; the recruiter's later question comes after that withdrawal.
Marlowe Parcel cancels an interview by calendar and, in the same breath, stops the process.
"""

from __future__ import annotations

from datetime import date

from storykit.mail import Person

from replay.clock import at_once, next_morning, t, thank_you
from replay.invites import invite
from replay.plot import Plot, txt
from replay.third_mail import AUTOMATED, RECRUTIFY, gmail, outlook, person_html


def gridloom(plot: Plot) -> None:
    """Gridloom Energy via Northlight Talent: agency screen, two rounds, the no."""
    emp = plot.employer("gridloom", "Gridloom Energy")
    marcus = Person("Marcus Feld", "marcus.feld@northlight-talent.example")
    felix = Person("Felix Baumann", "felix.baumann@gridloom.example")
    anja = Person("Anja Roth", "anja.roth@gridloom.example")

    pitch = emp.receive("pitch", t(1, 13, 9, 55), marcus,
        "Senior Data Engineer - climate tech, Berlin (confidential)", txt(
        """
        Hi Alex,

        I hope you don't mind the direct approach. I'm working exclusively with a Series B
        climate-tech scale-up in Berlin (I can't name them just yet) on a Senior Data
        Engineer hire: grid and battery telemetry, Kafka and Spark, a team of six.
        Budget is 85-95k plus equity, hybrid two days in Kreuzberg.

        Would you be open to a quick call this week to hear more?

        Best regards,
        Marcus

        Marcus Feld
        Principal Consultant, Data & Engineering
        Northlight Talent Partners
        """))  # fmt: skip
    sure = emp.expect_sent("invitation-reply", "invitation_reply", pitch, marcus,
        at_once(pitch.at),
        "an agency recruiter asks whether Alex is open to a call (no time fixed): a reply "
        "with availability",
        send_at=t(1, 13, 12, 20), text=txt(
        """
        Hi Marcus,

        Thanks for reaching out - that sounds interesting. I'm free Wednesday after 15:00
        or any time on Thursday.

        Best,
        Alex
        """))  # fmt: skip
    ring = emp.receive("ring", t(1, 13, 14, 30), marcus,
        "Re: Senior Data Engineer - climate tech, Berlin (confidential)", outlook(txt(
        """
        Brilliant. I'll give you a ring tomorrow afternoon.

        Marcus
        """), sure, "Re: Senior Data Engineer - climate tech, Berlin (confidential)",
        to=marcus), parent=sure)  # fmt: skip
    # No time was fixed for the agency's call, and Alex writes the note after it himself.
    cv = emp.send("cv", t(1, 14, 17, 10), marcus,
        "Re: Senior Data Engineer - climate tech, Berlin (confidential)", gmail(txt(
        """
        Hi Marcus,

        Thanks for the call. As discussed, my CV is attached - happy for you to put me
        forward to Gridloom.

        Best,
        Alex
        """), ring), parent=ring)  # fmt: skip
    meet = emp.receive("meet", t(1, 16, 11, 20), marcus,
        "Re: Senior Data Engineer - climate tech, Berlin (confidential)", outlook(txt(
        """
        Hi Alex,

        Gridloom want to meet you! First interview with their Head of Data, Felix Baumann,
        plus one of the senior engineers, in person at their office. Can you do Tue 20 Jan
        11:00-12:00 or Wed 21 Jan 14:00-15:00?

        Marcus
        """), cv, "Re: Senior Data Engineer - climate tech, Berlin (confidential)",
        to=marcus), parent=cv)  # fmt: skip
    wed = emp.expect_sent("meet-reply", "invitation_reply", meet, marcus, at_once(meet.at),
        "Marcus offers two interview times and asks which: a reply choosing",
        send_at=t(1, 16, 13, 45), text=txt(
        """
        Hi Marcus,

        Great news! Wednesday 21 January at 14:00 works best for me.

        Alex
        """))  # fmt: skip
    fixed_text = txt(
        """
        Confirmed: Wednesday 21 January, 14:00-15:00, Gridloom GmbH, Ufergasse 12,
        3rd floor - ask for Felix at reception. Bring an ID, the building has a front desk.

        Good luck, and call me afterwards!

        Marcus
        """
    )
    fixed = emp.receive("fixed", t(1, 16, 15, 0), marcus,
        "Gridloom - interview confirmed (Wed 21 Jan, 14:00)", fixed_text,
        html=person_html(fixed_text), parent=wed)  # fmt: skip
    emp.interview(t(1, 21, 14, 0))
    thanked = emp.expect_sent("thank-you-first", "thank_you", fixed, marcus,
        thank_you(t(1, 21, 14, 0), 60),
        "the first Gridloom interview (14:00-15:00 on 21 January, fixed by text) had "
        "interviewers with no address known: the thank-you goes to the contact, Marcus",
        also=(meet,), send_at=t(1, 21, 18, 30), text=txt(
        """
        Hi Marcus,

        Thanks for setting up today's interview. It went well from my side - Felix and his
        colleague were great, and the telemetry work sounds fascinating. Please pass on my
        thanks.

        Best,
        Alex
        """))  # fmt: skip
    how = emp.receive("how", t(1, 21, 18, 45), marcus, "Re: Gridloom - interview confirmed",
        gmail(txt(
        """
        Felix just called me - he was really positive! How did it feel from your side? Is
        there anything you'd like me to pass on? I should have their formal feedback by
        Monday.

        M.
        """), thanked), parent=thanked)  # fmt: skip
    emp.promise(date(2026, 1, 26))
    emp.expect_sent("how-reply", "reply", how, marcus, at_once(how.at),
        "Marcus asks how it felt and what to pass on (after hours: the next working "
        "morning)",
        send_at=t(1, 22, 11, 30), text=txt(
        """
        Hi Marcus,

        It felt good - a genuine conversation rather than a quiz. You could pass on that
        I'd love to hear more about how they forecast battery degradation.

        Alex
        """))  # fmt: skip
    emp.receive("final", t(1, 26, 17, 20), marcus, "Gridloom - final round", txt(
        """
        Hi Alex,

        As promised: Gridloom want you back for the final round! A case-study
        presentation to their CTO, Anja Roth, and Felix, on Thursday 29 January,
        10:00-12:00 at their office. Felix will send the calendar invite and the case brief
        directly.

        Marcus
        """))  # fmt: skip
    brief = emp.receive("final-invite", t(1, 27, 8, 30), felix,
        "Einladung: Gridloom final round - Alex Morgan (Do 29. Jan. 10:00-12:00)", txt(
        """
        Hi Alex,

        As Marcus mentioned, here's the invite for Thursday, plus the case brief: we'd like
        you to sketch how you would ingest and clean telemetry from 40,000 home batteries,
        20 minutes of presenting and the rest for discussion. Slides are optional.

        Looking forward to it,
        Felix
        """), calendar=invite("gl-final-3301@gridloom.example", t(1, 29, 10, 0), 120, felix,
            [felix, anja], summary="Gridloom final round - Alex Morgan"))  # fmt: skip
    emp.interview(t(1, 29, 10, 0))
    for who, tag in ((felix, "felix"), (anja, "anja")):
        emp.expect_sent(f"thank-you-final-{tag}", "thank_you", brief, who,
            thank_you(t(1, 29, 10, 0), 120),
            f"{who.name} is on Gridloom's own invitation for the two-hour final round "
            "(10:00 on 29 January): now the interviewers have addresses, a thank-you to each",
            send_at=t(1, 29, 15, 20), text=txt(
            f"""
            Dear {who.first},

            Thank you for the discussion this morning. Working through the battery
            telemetry case with you was a real pleasure, and your questions on late data
            gave me a lot to think about.

            Best regards,
            Alex Morgan
            """))  # fmt: skip
    emp.receive("deciding", t(1, 29, 17, 5), marcus, "Re: Gridloom - final round", txt(
        """
        Just spoke to Felix - they're deciding between you and one other finalist and
        will let me know early next week. Fingers crossed!

        Marcus
        """))  # fmt: skip
    no = emp.receive("decline", t(2, 3, 12, 10), marcus, "Gridloom - decision", txt(
        """
        Hi Alex,

        I'm afraid it's not the news we wanted: Gridloom have gone with the other
        finalist, who had more hands-on experience with streaming at their scale. Felix
        was keen to stress that it was very close and that they'd like to stay in touch.

        I'm sorry - I really thought this was the one. I'll keep you posted on anything
        similar that comes across my desk.

        Marcus
        """), closes="decline")  # fmt: skip
    said = emp.expect_sent("rejection-reply", "rejection_reply", no, marcus, next_morning(no.at),
        "the agency recruiter (a person) relays the client's no: a gracious reply the next "
        "morning",
        send_at=t(2, 4, 12, 40), text=txt(
        """
        Hi Marcus,

        Thanks for letting me know, and for all your help through the process. Any more
        detail from Felix would be welcome. And yes, please do keep me in mind.

        Best,
        Alex
        """))  # fmt: skip
    emp.receive("after", t(2, 4, 15, 0), marcus, "Re: Gridloom - decision", gmail(txt(
        """
        Will do, Alex. Speak soon.

        Marcus
        """), said), parent=said)  # fmt: skip


def keystone(plot: Plot) -> None:
    """Keystone Search: a pitch Alex declines before the working day starts; the recruiter's
    question afterwards comes after the withdrawal, so nothing is drafted."""
    emp = plot.employer("keystone", "Keystone Search")
    rosalind = Person("Rosalind Achebe", "r.achebe@keystonesearch.example")
    pitch = emp.receive("pitch", t(2, 24, 8, 5), rosalind,
        "Lead Data Engineer - leading European marketplace - Frankfurt", txt(
        """
        Dear Alex,

        I'm recruiting on behalf of a leading European online marketplace for a Lead Data
        Engineer (hybrid, three days a week on-site in Frankfurt am Main). The package is
        strong: up to 110k base, bonus, relocation support.

        Is this of interest? If so, please send me an updated CV and your salary
        expectations, and I'll call you to discuss.

        Kind regards,
        Rosalind Achebe
        Keystone Search | Technology Practice
        """))  # fmt: skip
    no = emp.send("pass", t(2, 24, 8, 40), rosalind,
        "Re: Lead Data Engineer - leading European marketplace - Frankfurt", gmail(txt(
        """
        Hi Rosalind,

        Thanks for thinking of me. Three days a week in Frankfurt isn't workable for me,
        so I'll pass on this one - but I'd be glad to hear about Berlin-based or fully
        remote data roles.

        Best regards,
        Alex
        """), pitch), parent=pitch, closes="withdrawal")  # fmt: skip
    emp.receive("keep-on-file", t(2, 26, 11, 15), rosalind,
        "Re: Lead Data Engineer - leading European marketplace - Frankfurt", gmail(txt(
        """
        Totally understood, Alex. Would you mind if I kept your details on file? I get
        Berlin roles every few weeks. And if you know anyone who'd be up for Frankfurt,
        I'd be grateful for an introduction!

        Rosalind
        """), no), parent=no)  # fmt: skip


def marlowe(plot: Plot) -> None:
    """Marlowe Parcel: an ATS acknowledgment, an interview fixed by invitation, then a
    cancellation and a person's note that the role is withdrawn for everyone."""
    emp = plot.employer("marlowe", "Marlowe Parcel")
    ola = Person("Ola Nilsen", "ola.nilsen@marloweparcel.example")
    ben = Person("Ben Carter", "ben.carter@marloweparcel.example")
    emp.receive("ack", t(1, 26, 9, 30), Person("Marlowe Parcel Careers", RECRUTIFY),
        "Marlowe Parcel | We have received your application", txt(
        """
        Dear Alex Morgan,

        Thank you for applying for Data Engineer (Routing & Network Planning) at Marlowe
        Parcel. Your application has been received and is now with our recruitment team.

        We review every application carefully. You will hear from us either way.

        Marlowe Parcel Recruitment
        Powered by Recrutify - this is a no-reply address
        """), headers=AUTOMATED)  # fmt: skip
    uid = "mp-intv-20260212-0900-amorgan@marloweparcel.example"
    booked = emp.receive("invite", t(2, 9, 13, 5), ola, "Interview invitation - Marlowe Parcel",
        txt(
        """
        Hi Alex,

        Thanks for applying for the Data Engineer (Routing & Network Planning) role. I'd
        like to invite you to a first interview with me and Ben Carter, our data lead.

        I've put it in the calendar for Thursday 12 February, 09:00-10:00 on Zoom - the
        invitation is attached. See you Thursday!

        Ola Nilsen
        Talent Acquisition Partner, Marlowe Parcel
        """), calendar=invite(uid, t(2, 12, 9, 0), 60, ola, [ola, ben],
            summary="Interview: Alex Morgan - Data Engineer"))  # fmt: skip
    emp.receive("cancel", t(2, 11, 16, 45), ola,
        "Cancelled: Interview: Alex Morgan - Data Engineer (Thu 12 Feb 09:00)",
        "Ola Nilsen has cancelled this event.\n",
        calendar=invite(uid, t(2, 12, 9, 0), 60, ola, [ola, ben],
            summary="Interview: Alex Morgan - Data Engineer", sequence=1,
            method="CANCEL"))  # fmt: skip
    stop = emp.receive("withdrawn", t(2, 11, 16, 47), ola,
        "Re: Interview invitation - Marlowe Parcel", gmail(txt(
        """
        Hi Alex,

        I'm really sorry to do this at short notice. Following a reorganisation of our
        analytics department, the Data Engineer role has been withdrawn, and we won't be
        continuing the process with any candidates, including you. I've cancelled
        tomorrow's interview.

        Thank you for your interest in Marlowe Parcel, and I hope we'll have the chance
        to talk in the future.

        Ola
        """), booked), parent=booked, closes="decline")  # fmt: skip
    emp.expect_sent("rejection-reply", "rejection_reply", stop, ola, next_morning(stop.at),
        "Ola (a person) ends the process and cancels the interview: no thank-you for an "
        "interview that never happened, but a gracious reply the next morning, as to any "
        "no from a person",
        send_at=t(2, 12, 12, 30), text=txt(
        """
        Hi Ola,

        Thanks for letting me know personally - I understand, and I'm sorry the
        reorganisation took the role with it. If it reopens, I'd be very glad to hear
        from you.

        Best wishes,
        Alex
        """))  # fmt: skip
