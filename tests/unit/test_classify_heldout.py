"""Held-out style regression set: whole messages as different employers really write them.

Terse recruiter notes, formal HR letters, ATS templates, non-native English, British
spelling and emoji signatures; none of it shares wording with the generated corpus. Each
case states the label, the least confidence a reader would expect for it, and the company
and role a person would name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.adapters.mailparse import parse_message
from followupd.core.understand.message import understand
from followupd.model import Classification, FolderRole, Label

LEX = load_lexicon("en")
ME = "Sam Rivera <sam.rivera@mail.example>"


@dataclass(frozen=True)
class Case:
    """One realistic message and what a careful human would say about it."""

    name: str
    sender: str
    subject: str
    body: str
    label: Label
    min_confidence: float
    company: str | None = None
    role: str | None = None
    reply_to: str | None = None
    html: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    role_folder: FolderRole = FolderRole.INBOX
    to: str = ME


CASES = [
    Case(
        "terse-recruiter-invitation",
        "Mike Chen <mike@tallyho.io>",
        "quick chat?",
        "Hey Sam - saw your app for the Staff Data Engineer spot. Free Thurs or Fri for a "
        "20 min call?\n\nMike",
        Label.INVITATION,
        0.5,
        company="Tallyho",
        role="Staff Data Engineer",
    ),
    Case(
        "formal-british-hr-rejection",
        "Human Resources <hr@pembertonandshaw.co.uk>",
        "Your application for the post of Graduate Quantity Surveyor",
        "Dear Ms Rivera,\n\nThank you for your recent application for the post of Graduate "
        "Quantity Surveyor at Pemberton & Shaw LLP. We received a very high number of "
        "applications and, having carefully considered yours, regret that on this occasion "
        "you have not been shortlisted for interview.\n\nWe appreciate the time and effort "
        "you put into your application and wish you every success in your future career.\n\n"
        "Yours sincerely,\n\nGillian Hartley\nHR Manager\nPemberton & Shaw LLP\n",
        Label.REJECTION,
        0.8,
        company="Pemberton & Shaw",
        role="Graduate Quantity Surveyor",
    ),
    Case(
        "greenhouse-html-acknowledgment",
        "Verdant Energy <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Verdant Energy",
        "<html><body><p>Hi Sam,</p><p>Thanks for applying to the <strong>Solutions Engineer"
        "</strong> role at Verdant Energy! Our team will review your application and if your "
        "qualifications align with the position, we'll reach out to discuss next steps.</p>"
        "<p>Best,<br>The Verdant Energy Recruiting Team</p></body></html>",
        Label.ACKNOWLEDGMENT,
        0.8,
        company="Verdant Energy",
        role="Solutions Engineer",
        html=True,
    ),
    Case(
        "lever-rejection-after-interview",
        "Kestrel <no-reply@hire.lever.co>",
        "Kestrel - Product Designer",
        "Hi Sam,\n\nThank you for taking the time to speak with us about the Product Designer "
        "role. We really enjoyed learning about your work.\n\nAfter a lot of discussion, the "
        "team has decided not to move forward with your candidacy at this time. This was a "
        "tough call given the strength of the applicant pool.\n\nWe'd love to stay in touch "
        "as Kestrel grows.\n\nAll the best,\nKestrel Talent\n",
        Label.REJECTION,
        0.8,
        company="Kestrel",
        role="Product Designer",
    ),
    Case(
        "workday-status-update",
        "Northgate Financial <northgate@myworkday.com>",
        "Update on your application - Risk Analyst II (R-10482)",
        "Dear Sam,\n\nWe wanted to let you know that your application for Risk Analyst II "
        "(R-10482) remains under review. The hiring team is still reviewing candidates and we "
        "anticipate an update within the next two weeks.\n\nThank you for your patience.\n\n"
        "Northgate Financial Talent Acquisition\n",
        Label.STATUS_UPDATE,
        0.8,
        company="Northgate Financial",
        role="Risk Analyst II",
    ),
    Case(
        "ashby-invitation-with-link",
        "Plume <no-reply@ashbyhq.com>",
        "Plume | Next steps for Backend Engineer",
        "Hi Sam,\n\nGreat news \u2014 the team would like to move you forward to a technical "
        "interview for the Backend Engineer position. Please use the link below to choose a "
        "time that works for you:\n\nhttps://jobs.ashbyhq.com/plume/interview/schedule/abc123"
        "\n\nThe interview will be 60 minutes over Google Meet.\n\nCheers,\nRita\n",
        Label.INVITATION,
        0.8,
        company="Plume",
        role="Backend Engineer",
        reply_to="Rita Gomez <rita@plume.dev>",
    ),
    Case(
        "smartrecruiters-confirmation",
        "Halvorsen Group <noreply@smartrecruiters.com>",
        "Interview Confirmation \u2013 Logistics Coordinator",
        "Dear Sam Rivera,\n\nThis is a confirmation of your interview for the position "
        "Logistics Coordinator.\n\nDate: Tuesday, 14 October 2025\nTime: 10:30 CEST\n"
        "Location: Microsoft Teams (link below)\n\nIf you are unable to attend, please let us "
        "know as soon as possible.\n\nKind regards,\nHalvorsen Group Recruitment\n",
        Label.CONFIRMATION,
        0.8,
        company="Halvorsen Group",
        role="Logistics Coordinator",
    ),
    Case(
        "non-native-invitation",
        "Ahmed Karimi <a.karimi@tekfor.com.tr>",
        "Interview for Android Developer position",
        "Dear Sam,\n\nWe have reviewed your CV and we are pleased to inform you that you are "
        "invited for the interview for Android Developer position in our company. Kindly "
        "inform us which day is suitable for you in next week, we are available between 10:00 "
        "and 17:00.\n\nBest Regards\nAhmed Karimi\nHR Specialist\nTekfor Yazilim A.S.\n",
        Label.INVITATION,
        0.75,
        company="Tekfor Yazilim",
        role="Android Developer",
    ),
    Case(
        "emoji-startup-offer",
        "Zoe from Fernweh \U0001f33f <zoe@fernweh.so>",
        "\U0001f389 Offer - Growth Marketer at Fernweh",
        "Hi Sam!!\n\nI'm SO excited to share that we want you on the team \U0001f389 Attached "
        "is your offer for the Growth Marketer role \u2014 \u20ac62k base + equity, starting "
        "1 March. Have a look and let me know if you have any questions, happy to jump on a "
        "call.\n\nZoe \u270c\ufe0f\nPeople & Culture @ Fernweh \U0001f33f\nfernweh.so\n",
        Label.OFFER,
        0.75,
        company="Fernweh",
        role="Growth Marketer",
    ),
    Case(
        "british-reschedule-reply",
        "Priya Desai <priya.desai@orbital-systems.co.uk>",
        "Re: Interview - Systems Engineer",
        "Hi Sam,\n\nApologies, but Tom has been called into a client meeting on Thursday so "
        "we'll need to move your interview. Would Monday 9th at 11am work instead? Same Teams "
        "link.\n\nSorry for the inconvenience.\n\nPriya\n\nOn 2 Jun 2025, at 09:12, Sam Rivera "
        "wrote:\n> Thanks Priya, Thursday at 2pm is perfect.\n",
        Label.RESCHEDULE,
        0.75,
        company="Orbital Systems",
        role="Systems Engineer",
    ),
    Case(
        "taleo-cancellation-on-hold",
        "Brantley Health Careers <brantley@taleo.net>",
        "Interview Cancelled: Clinical Data Manager",
        "Dear Sam,\n\nWe regret to inform you that your interview for the Clinical Data "
        "Manager position scheduled for 5 March 2025 has been cancelled because the "
        "requisition has been put on hold. We will contact you if the position reopens.\n\n"
        "Sincerely,\nBrantley Health Talent Acquisition\n",
        Label.CANCELLATION,
        0.5,
        company="Brantley Health",
        role="Clinical Data Manager",
    ),
    Case(
        "terse-confirmation-reply",
        "Jess Park <jess@loopwise.com>",
        "Re: Availability for an interview",
        "Perfect, Wed 3pm PT it is. Calendar invite coming your way shortly.\n\nJess\n",
        Label.CONFIRMATION,
        0.5,
        company="Loopwise",
    ),
    Case(
        "personio-german-english-acknowledgment",
        "Lindqvist Robotics GmbH <jobs@lindqvist-robotics.jobs.personio.de>",
        "Your application as Embedded Software Engineer (m/f/d)",
        "Dear Mr. Rivera,\n\nthank you very much for your application and your interest in "
        "Lindqvist Robotics. We have received your documents and will examine them carefully. "
        "We will contact you again as soon as possible.\n\nKind regards\nYour Lindqvist "
        "Robotics recruiting team\n",
        Label.ACKNOWLEDGMENT,
        0.75,
        company="Lindqvist Robotics",
        role="Embedded Software Engineer",
    ),
    Case(
        "british-status-update",
        "Oliver Grant <oliver.grant@hollowaypartners.com>",
        "Senior Associate role - update",
        "Hi Sam,\n\nJust a quick note to say we haven't forgotten about you. The partners are "
        "still deliberating after the final interviews and I'm hoping to have news for you by "
        "the end of next week.\n\nThanks for bearing with us.\n\nBest wishes,\nOliver\n\n"
        "Oliver Grant | Talent Acquisition Manager | Holloway Partners\n",
        Label.STATUS_UPDATE,
        0.8,
        company="Holloway Partners",
        role="Senior Associate",
    ),
    Case(
        "company-career-site-job-alert",
        "Acme Careers <careers@talent.acmecorp.com>",
        "New roles at Acme that match your profile",
        "Hi Sam, based on your profile we think you'd be a great fit for these open positions:"
        "\n\nData Engineer (Remote)\nAnalytics Engineer (Berlin)\n\nApply today! Manage your "
        "job alert preferences.\n",
        Label.OTHER,
        0.6,
        headers=(("List-Unsubscribe", "<https://talent.acmecorp.com/unsub>"),),
    ),
    Case(
        "jobvite-rejection-accented-resume",
        "Corvid Games Talent <notifications@jobvite.com>",
        "Corvid Games: Level Designer",
        "Hello Sam,\n\nThank you again for interviewing with us for the Level Designer "
        "opening. Unfortunately, we have decided to pursue candidates whose experience is a "
        "closer match for this role.\n\nWe'll keep your r\u00e9sum\u00e9 on file and "
        "encourage you to apply for future openings.\n\nRegards,\nCorvid Games Talent Team\n",
        Label.REJECTION,
        0.8,
        company="Corvid Games",
        role="Level Designer",
    ),
    Case(
        "friend-congratulates-on-offer",
        "Leo M <leo.m@gmail.com>",
        "congrats!!",
        "Heard you got the offer from Dataloom?? Let's celebrate, drinks on me Friday. Also my "
        "cousin has an interview there next week, any tips?\n",
        Label.OTHER,
        0.6,
    ),
    Case(
        "terse-founder-rejection",
        "Ben Okafor <ben@spindle.ai>",
        "Re: Spindle / Founding Engineer",
        "Hi Sam \u2014 thanks for chatting last week. We're going to go with someone whose "
        "background is closer to what we need right now. Really appreciated your time, good "
        "luck with the search!\n\n\u2014 Ben\n",
        Label.REJECTION,
        0.5,
        company="Spindle",
        role="Founding Engineer",
    ),
    Case(
        "own-sent-application",
        ME,
        "Application: Data Analyst",
        "Dear Hiring Team,\n\nPlease find attached my CV and cover letter for the Data Analyst "
        "position at Marlowe Insurance.\n\nKind regards,\nSam Rivera\n",
        Label.OTHER,
        0.5,
        company="Marlowe Insurance",
        role="Data Analyst",
        role_folder=FolderRole.SENT,
        to="Recruitment <recruitment@marlowe-insurance.example>",
    ),
]

# Written after the vocabulary was widened for the cases above, as a check on it.
CASES += [
    Case(
        "greenhouse-rejection-after-interviews",
        "Brambleway Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Brambleway",
        "Hi Sam,\n\nThanks so much for your interest in Brambleway and for taking the time to "
        "interview with our team. We've had a chance to discuss your candidacy, and "
        "unfortunately we won't be moving forward at this time.\n\nWe received applications "
        "from many strong candidates and appreciate the effort you put in.\n\nBest,\n"
        "Brambleway Recruiting\n",
        Label.REJECTION,
        0.8,
        company="Brambleway",
    ),
    Case(
        "workday-acknowledgment-with-requisition",
        "Cedarline Health Careers <cedarline@myworkday.com>",
        "Thank you for applying: Registered Nurse - ICU (JR-20331)",
        "Dear Sam,\n\nThank you for your interest in Cedarline Health. This email confirms that "
        "we have received your application for Registered Nurse - ICU (JR-20331). Our "
        "recruiting team will be reviewing your qualifications and will contact you if there "
        "is a match.\n\nSincerely,\nCedarline Health Talent Acquisition\n",
        Label.ACKNOWLEDGMENT,
        0.8,
        company="Cedarline Health",
        role="Registered Nurse - ICU",
    ),
    Case(
        "agency-recruiter-outreach",
        "Tom Hale <tom@harboursearch.co.uk>",
        "Senior Python Developer - fintech, London",
        "Hi Sam,\n\nHope you're well. I'm working with a fintech client in London who are "
        "hiring a Senior Python Developer and your profile looks like a great match. Would you "
        "be open to a quick call this week to discuss? Let me know a good time.\n\nCheers,\n"
        "Tom\nHarbour Search\n",
        Label.INVITATION,
        0.5,
        role="Senior Python Developer",
    ),
    Case(
        "lever-confirmation-all-set",
        "Juniper Labs <no-reply@hire.lever.co>",
        "Your interview with Juniper Labs is confirmed",
        "Hi Sam,\n\nYou're all set! Your video interview for the Frontend Engineer role is "
        "booked for Thursday, June 12 at 1:00 PM EDT. You'll meet with Dana Ortiz (Engineering "
        "Manager). A Google Meet link is in the calendar invite.\n\nGood luck!\n",
        Label.CONFIRMATION,
        0.8,
        company="Juniper Labs",
        role="Frontend Engineer",
        reply_to="Ada Brooks <ada.brooks@juniperlabs.example>",
    ),
    Case(
        "status-update-hiring-paused",
        "Rosa Kim <rosa.kim@tidewater.example>",
        "Re: Marketing Manager - timeline",
        "Hi Sam,\n\nApologies for the radio silence. Our hiring has been paused for a couple of "
        "weeks while we finalise next year's budget. You're still very much in the running and "
        "I'll update you as soon as I know more, hopefully before the end of the month.\n\n"
        "Rosa\n",
        Label.STATUS_UPDATE,
        0.75,
        role="Marketing Manager",
    ),
    Case(
        "human-cancellation-illness",
        "Priya Nair <priya@copperleaf.example>",
        "Today's call",
        "Hi Sam,\n\nUnfortunately Mark is ill today, so we need to cancel this afternoon's "
        "interview. I'll send over some new times tomorrow.\n\nSorry about this,\nPriya\n",
        Label.CANCELLATION,
        0.75,
    ),
    Case(
        "formal-offer-letter",
        "Helen Price <h.price@wexfordmills.example>",
        "Offer of employment",
        "Dear Sam,\n\nFurther to your recent interview, I am delighted to confirm our offer of "
        "employment for the position of Operations Analyst at Wexford Mills Ltd. Please find "
        "enclosed your contract and our staff handbook.\n\nYours sincerely,\nHelen Price\n"
        "Head of People\nWexford Mills Ltd\n",
        Label.OFFER,
        0.8,
        company="Wexford Mills",
        role="Operations Analyst",
    ),
    Case(
        "ashby-reschedule-update",
        "Quanta <no-reply@ashbyhq.com>",
        "Updated: Technical Interview with Quanta",
        "Hi Sam,\n\nYour Technical Interview with Quanta has been moved to Friday, June 13 at "
        "10:00 AM PDT at the interviewer's request. Everything else remains the same.\n\n"
        "Quanta Recruiting\n",
        Label.RESCHEDULE,
        0.8,
        company="Quanta",
    ),
    Case(
        "company-webinar-marketing",
        "Quanta Careers <events@quanta.example>",
        "Join our live webinar: how we hire engineers",
        "Join our live webinar on Thursday at 5pm to hear how our interview process works and "
        "what we look for in candidates. Register here: https://quanta.example/webinar\n\n"
        "You're receiving this because you signed up for career updates. Unsubscribe.\n",
        Label.OTHER,
        0.6,
        headers=(("List-Unsubscribe", "<https://quanta.example/unsub>"),),
    ),
    Case(
        "friend-asks-about-interview",
        "Nora <nora.b@gmail.com>",
        "how did it go??",
        "Hey! How did the interview go? Did they say when you'd hear back? Let's grab lunch "
        "next week to celebrate or commiserate :)\n",
        Label.OTHER,
        0.6,
    ),
    Case(
        "course-receipt",
        "Prepwise <receipts@prepwise.example>",
        "Your order confirmation - Interview Prep Masterclass",
        "Thank you for your purchase! Order number 88123. Interview Prep Masterclass, lifetime "
        "access, $49.00. Your receipt is attached.\n",
        Label.OTHER,
        0.6,
    ),
    Case(
        "personal-rejection-offered-to-another",
        "Leah Stone <leah@fernbrook.example>",
        "Payments Engineer",
        "Hi Sam,\n\nI wanted to reach out personally. The team really enjoyed meeting you and "
        "this was a difficult decision, but we've offered the role to another candidate whose "
        "experience in payments was a closer fit. I'd love to keep in touch for future "
        "openings.\n\nLeah\n",
        Label.REJECTION,
        0.8,
        role="Payments Engineer",
    ),
    Case(
        "teamtailor-swedish-english-acknowledgment",
        "Norrsken Tech <no-reply@teamtailor-mail.com>",
        "Thanks for your application!",
        "Hi Sam!\n\nThanks for your application to the position as Backend Developer at "
        "Norrsken Tech. We will go through your application and get back to you as soon as we "
        "can.\n\nHave a great day!\n/The Norrsken Tech team\n",
        Label.ACKNOWLEDGMENT,
        0.75,
        company="Norrsken Tech",
        role="Backend Developer",
    ),
]


def raw_mail(case: Case) -> bytes:
    """The case as the bytes a server would hand over."""
    mail = EmailMessage()
    mail["From"] = case.sender
    mail["To"] = case.to
    mail["Subject"] = case.subject
    mail["Date"] = "Tue, 03 Jun 2025 09:30:00 +0000"
    mail["Message-ID"] = f"<{case.name}@mail.example>"
    if case.reply_to:
        mail["Reply-To"] = case.reply_to
    for key, value in case.headers:
        mail[key] = value
    if case.html:
        mail.set_content(case.body, subtype="html")
    else:
        mail.set_content(case.body)
    return bytes(mail)


def understood(case: Case) -> Classification:
    msg = parse_message(raw_mail(case), location=None, role=case.role_folder)
    return understand(msg, lexicon=LEX, tz=UTC)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_label_and_confidence(case: Case) -> None:
    result = understood(case)
    assert result.label is case.label, result.evidence
    assert result.confidence >= case.min_confidence, result.evidence


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.company], ids=[c.name for c in CASES if c.company]
)
def test_company(case: Case) -> None:
    assert understood(case).company == case.company


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.role], ids=[c.name for c in CASES if c.role]
)
def test_role(case: Case) -> None:
    assert understood(case).role == case.role


def test_the_cases_are_dated_in_the_past_of_their_reader() -> None:
    """The fixed Date keeps promised-date rules deterministic whatever day the suite runs."""
    msg = parse_message(raw_mail(CASES[0]), location=None, role=FolderRole.INBOX)
    assert msg.date == datetime(2025, 6, 3, 9, 30, tzinfo=UTC)
