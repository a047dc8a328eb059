"""Public sector: formal, with reference numbers, portals and sifts."""

from __future__ import annotations

from ..model import maker

p = maker("public")
h = maker("health")
n = maker("ngo")

BASES = [
    p(
        "pub-ack-01",
        "acknowledgment",
        "public_portal",
        "Application submitted - {ref} {role}",
        """
Dear {me},

Your application for the following vacancy has been submitted:

Vacancy reference: {ref}
Job title: {role}
Department: {company}

What happens next: after the closing date, the vacancy holder will assess the
applications against the essential criteria (the sift). The sift is expected to be
completed within 3 weeks of the closing date. You can track progress in your account.

Please do not reply to this email.
""",
    ),
    p(
        "pub-ack-02",
        "acknowledgment",
        "public",
        "Acknowledgement of application - {ref}",
        """
Dear {me},

RE: {role} - Reference {ref}

We acknowledge receipt of your application for the above position. All applications will
be assessed in accordance with the selection criteria set out in the position
description. You will be advised of the outcome of your application in writing.

Please quote the reference number above in any correspondence.

Yours faithfully,
Recruitment Services
""",
    ),
    p(
        "pub-rej-01",
        "rejection",
        "public_portal",
        "Outcome of sift - {ref}",
        """
Dear {me},

Vacancy: {ref} - {role}

Thank you for applying for this vacancy. We have now completed the sift.

Your application was assessed against the essential criteria. You did not meet the
required standard on the following behaviour: "Delivering at Pace". As a result your
application will not be progressed to the next stage.

Feedback, where available, can be viewed in your account. We encourage you to apply for
future vacancies.
""",
    ),
    p(
        "pub-rej-02",
        "rejection",
        "public",
        "{role} - {ref} - notification of outcome",
        """
Dear {first},

Thank you for attending the interview for the position of {role} (reference {ref}).

I am writing to advise that your application was not successful on this occasion.
The panel has recommended another applicant for appointment. You have, however, been
assessed as suitable, and your name has been placed on a merit list that is valid for
12 months. Should a similar position become available during that time, you may be
contacted.

Yours sincerely,
{rname}
Convenor, Selection Panel
""",
    ),
    p(
        "pub-rej-03",
        "rejection",
        "public",
        "Vacancy withdrawn: {ref}",
        """
Dear Applicant,

Vacancy reference {ref} ({role}) has been withdrawn by the hiring department and will not
be filled. All applications received for this vacancy have been closed.

We apologise for any inconvenience and thank you for your interest in working for
{company}.

Resourcing Team
""",
    ),
    p(
        "pub-inv-01",
        "invitation",
        "public",
        "Invitation to assessment centre - {ref}",
        """
Dear {me},

Congratulations, you have successfully passed the sift for {role} ({ref}).

We would now like to invite you to interview. Interviews will be held between {wmd}
and {omd}. Please log in to your account and book an interview slot from those
available. Slots are allocated on a first-come, first-served basis.

Yours sincerely,
Recruitment Team
""",
        vague=True,
    ),
    p(
        "pub-conf-01",
        "confirmation",
        "public",
        "Interview details - {role} - {ref}",
        """
Dear {me},

Further to your application for the above position, I am pleased to advise that you have
been selected for interview.

Date: {wday}, {wnum}
Time: {wtime}
Location: Level 4, Civic Centre, 1 Market Square, {city}
Panel: {rname}, {hname}, {iname}
Duration: approximately {mins} minutes

Please bring original evidence of your qualifications and a photo identification. If you
require any reasonable adjustments for the interview, please let me know.

Yours sincerely,
{rname}
""",
        minutes=45,
        locale="us",
    ),
    p(
        "pub-conf-02",
        "confirmation",
        "public_portal",
        "Interview booking confirmed - {ref}",
        """
Dear {me},

Your interview booking has been confirmed.

Vacancy: {ref} - {role}
Date and time: {when}
Format: Video interview. Joining instructions will be sent 48 hours before.

To change your booking, sign in to your account before the booking deadline.
""",
        when="uk_long",
        locale="uk",
    ),
    p(
        "pub-stat-01",
        "status_update",
        "public",
        "Pre-employment checks - {ref}",
        """
Dear {first},

Thank you for your recent application. Before we can make a final decision, we need to
complete background and security screening for all candidates at this stage.

Please complete the security questionnaire at the link below by {dlmd}:

{link}

Recruitment Team
""",
        locale="us",
    ),
    p(
        "pub-stat-02",
        "status_update",
        "public_portal",
        "Your application has been moved to a reserve list - {ref}",
        """
Dear {me},

You passed the interview for {role} ({ref}), but we did not have enough posts for all
successful candidates. You have been placed on a reserve list for 12 months. If a post
becomes available we will contact you with a provisional offer.

You do not need to do anything now.
""",
    ),
    p(
        "pub-stat-03",
        "status_update",
        "public",
        "Written exercise - {ref}",
        """
Dear {me},

You have been shortlisted for the next stage of the selection process for {role}.

The next stage is a timed written exercise (90 minutes), completed online. You will receive
the exercise by email on {dldate} at 09:00 and must submit it by 10:30 on the same day.

Regards,
Recruitment Team
""",
    ),
    p(
        "pub-offer-01",
        "offer",
        "public",
        "Provisional offer of employment - {ref}",
        """
Dear {me},

I am pleased to inform you that, following your recent interview, we are making you a
provisional offer of appointment for the post of {role} ({ref}).

This offer is subject to satisfactory pre-employment checks, including references,
identity and right to work, and security clearance. We will contact you separately to
begin these checks. Your salary will be at the minimum of the pay band.

Please confirm whether you accept this provisional offer by replying within five working
days.

Yours sincerely,
Resourcing Team
""",
    ),
    p(
        "pub-cancel-01",
        "cancellation",
        "public",
        "Interview cancellation - {ref}",
        """
Dear {me},

Due to unforeseen circumstances, the interviews scheduled for {wday} {wnum} for the
position of {role} have been cancelled. This includes your interview at {wtime}.

We will contact you in due course with further information. We apologise for any
inconvenience caused.

Recruitment Team
""",
        locale="eu",
    ),
]
