"""Hard negatives: applications, interviews and rejections that are not about a job."""

from __future__ import annotations

from ..model import maker

c = maker("commercial")
g = maker("government")
x = maker("service")
r = maker("recruiting_bulk")

BASES = [
    c(
        "neg-01",
        "other",
        "notify",
        "Your rental application - 14 Elm Street",
        """
Dear {first},

Thank you for your application for the property at 14 Elm Street, Flat 3.

Unfortunately, on this occasion the landlord has decided to proceed with another
applicant. We appreciate the time you took to view the property and submit your
documents.

We have several similar properties coming up. Reply to this email if you'd like us to
keep you informed.

Kind regards,
Lettings Team, Cornerstone Homes
""",
        frm="Cornerstone Homes Lettings <lettings@cornerstone-homes.example>",
        n=6,
    ),
    c(
        "neg-02",
        "other",
        "notify",
        "Viewing confirmed: 2-bed flat, Harbour Road",
        """
Hi {first},

Your viewing is confirmed:

Property: 2-bed flat, 27 Harbour Road
Date: {wday} {wmd}
Time: {wt12s}
Agent: {hname}

Please arrive on time; the agent has back-to-back viewings.
""",
        frm="Cornerstone Homes <viewings@cornerstone-homes.example>",
    ),
    c(
        "neg-03",
        "other",
        "notify",
        "Parent-teacher interview booked",
        """
Dear Parent/Carer,

Your parent-teacher interview has been booked.

Teacher: Ms {flast} (Year 4)
Date: {wday} {wdate}
Time: {wtime} - {wend}

Interviews last 10 minutes. Please wait outside the classroom until called.
""",
        minutes=10,
        hours=(15.5, 16, 16.5, 17),
        frm="Oakfield Primary <bookings@oakfield-primary.example>",
    ),
    g(
        "neg-04",
        "other",
        "notify",
        "Visa interview appointment confirmation",
        """
Dear applicant,

Your visa interview appointment has been scheduled.

Date: {wnum}
Time: {wt24}
Location: Consular Section, 5 Embassy Row

Bring your passport, the appointment confirmation page and your supporting documents.
Applicants who arrive late may have to reschedule.
""",
        frm="Visa Appointment Service <no-reply@visa-appointments.example>",
        locale="eu",
    ),
    g(
        "neg-05",
        "other",
        "notify",
        "We have received your passport application",
        """
Dear {me},

We have received your passport application and supporting documents.

Application reference: {ref}

Standard applications are processed within 3 weeks. You can track progress online. We
will contact you if we need more information.

Passport Office
""",
        frm="Passport Office <noreply@passports.gov.example>",
    ),
    g(
        "neg-06",
        "other",
        "notify",
        "Your tax return has been accepted",
        """
Dear {me},

Your online tax return for the year has been received and accepted. Your submission
reference is {code}{jobid}.

If you are owed a refund, it will be paid within 5 working days.
""",
        frm="Revenue Service <noreply@revenue.gov.example>",
    ),
    x(
        "neg-07",
        "other",
        "notify",
        "User research study: pick a time for your session",
        """
Hi {first},

Thanks for signing up to take part in our research! We'd love to interview you for about
45 minutes about how you search for jobs online. As a thank-you, you'll receive a {cur}50
gift card.

Please pick a time for your session here: https://{tooldom}/research/{token}

The {board} Research Team
""",
        frm="{board} Research <research@{boarddom}>",
    ),
    x(
        "neg-08",
        "other",
        "notify",
        "Your pull request was closed",
        """
{fname} closed your pull request #482 "Fix timezone parsing in calendar export".

"Thanks for the contribution! We decided to go in a different direction with the new
parser, so I'm closing this one. Hope to see more PRs from you."

[[View pull request|https://codehaven.example/pr/482]]
""",
        frm="Codehaven <notifications@codehaven.example>",
    ),
    x(
        "neg-09",
        "other",
        "notify",
        "Your app submission was rejected",
        """
Hello,

We reviewed your app submission "Budget Buddy 2.1" and found that it does not comply
with guideline 4.3. Your submission has been rejected.

Please address the issues listed in the Resolution Center and resubmit.

App Review
""",
        frm="App Review <app-review@appmarket.example>",
    ),
    x(
        "neg-10",
        "other",
        "notify",
        "Your grant application outcome",
        """
Dear {first},

Thank you for applying to the Community Arts Fund. The panel received 214 applications
for 20 awards, and we regret that your application was not successful in this round.

The next round opens in the spring. Panel comments are available on request.

Community Arts Fund
""",
        frm="Community Arts Fund <grants@artsfund.example>",
    ),
]
