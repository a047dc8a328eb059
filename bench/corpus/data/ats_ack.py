"""Applicant-tracking systems: "we received your application", in each system's house style."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    b(
        "ats-ack-01",
        "acknowledgment",
        "gh",
        "Thank you for applying to {company} || Your application to {company}",
        """
Hi {first},

Thanks for your interest in {company}! We wanted to let you know we received your
application for {role}, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match
our needs for the role. If you are not selected for this position, keep an eye on our jobs
page as we're growing and adding openings.

Best,
The {company} Recruiting Team
""",
    ),
    b(
        "ats-ack-02",
        "acknowledgment",
        "gh",
        "{company} - application received ({role})",
        """
Hello {first},

This is a quick note to confirm that your application for the {role} position in {city}
has reached us. A member of our talent team reads every application personally, so it can
take a little while. We aim to respond within 10 business days either way.

In the meantime, you can learn more about how we work at https://{cdomain}/about.

Thanks again,
{company} Talent
""",
        by="bdays:10",
    ),
    b(
        "ats-ack-03",
        "acknowledgment",
        "lever",
        "Thanks for applying, {first} || {company} | We got your application",
        """
Hi {first},

Thank you for applying for the {role} role at {company}. We've received your application
and our hiring team is reviewing it now.

What happens next?
- If your background is a good fit, someone from our team will reach out to schedule an
  intro call.
- If not, we'll let you know by email - we never leave people hanging.

Warmly,
The {company} team
""",
    ),
    b(
        "ats-ack-04",
        "acknowledgment",
        "lever_person",
        "Following up on your {company} application",
        """
Hi {first},

I'm {rfirst}, and I'm on the recruiting team here at {company}. Just wanted to say thanks
for applying to {role} - I've got your application and will take a proper look at it over
the next couple of weeks.

Nothing you need to do right now. I'll be in touch either way.

{rfirst}
""",
        by="weeks:2",
    ),
    b(
        "ats-ack-05",
        "acknowledgment",
        "workday",
        "Application Received: {role} ({ref}) || Thank you for your application - {ref}",
        """
Dear {me},

Thank you for your interest in employment with {company}. This email confirms that we have
received your application for the following position:

| Job Requisition | {ref} |
| Job Title | {role} |
| Location | {city} |

Your application will be reviewed against the requirements of the position. Due to the
high volume of applications we receive, we are only able to contact candidates whose
qualifications most closely match the needs of the role.

You can check the status of your application at any time by signing in to your Candidate
Home account.

[[Go to Candidate Home|https://{slug}.wd5.myworkday.com/{slug}/login]]

Regards,
Talent Acquisition
{company}
""",
    ),
    b(
        "ats-ack-06",
        "acknowledgment",
        "workday",
        "We have received your application",
        """
Hello {first},

Thank you for applying to {company}. We've received your application for {role}
(Requisition {ref}).

If your skills and experience are a match, a recruiter will contact you about next steps.
Please note that we review applications on a rolling basis.

Sincerely,
{company} Global Talent Acquisition
""",
    ),
    b(
        "ats-ack-07",
        "acknowledgment",
        "smart",
        "Your application for {role}",
        """
Dear {first},

Thank you for applying for the {role} position at {company}. We confirm receipt of your
application.

We are currently reviewing all applications and expect to contact shortlisted candidates
by the end of next week. We appreciate your patience.

[[View your application|{link}]]

Best regards,
{company} Hiring Team
""",
        by="eonw",
    ),
    b(
        "ats-ack-08",
        "acknowledgment",
        "icims",
        "{company}: Application Confirmation || Confirmation of application - {role}",
        """
Dear {me},

Thank you for submitting your application for the position of {role}, Job ID {ref}. We
appreciate your interest in a career with {company}.

Our Talent Acquisition team is reviewing your qualifications. Should your background align
with the needs of the position, we will reach out to discuss next steps. Please allow up to
30 days for the review process.

You may log in to our career portal at any time to view or update your profile.

Sincerely,

Talent Acquisition
{company}
""",
        by="days:30",
    ),
    b(
        "ats-ack-09",
        "acknowledgment",
        "jobvite",
        "Thank you for your interest in {company}",
        """
Dear {first},

We're writing to let you know your application for {role} has been received and is
now with the hiring team.

Because we want to give every application the attention it deserves, our review
can take some time. You do not need to reapply or send your materials again.

Thanks for thinking of {company}.

{company} Recruiting
""",
    ),
    b(
        "ats-ack-10",
        "acknowledgment",
        "ashby",
        "Thanks for applying to {company}!",
        """
Hey {first},

Thanks so much for applying to the {role} role! I'm {rfirst} and I help run hiring here.

Quick heads up on what to expect: we read every application and we'll get back to you
within 5 business days with a yes or no on moving forward. Promise.

Cheers,
{rfirst}
""",
        by="bdays:5",
    ),
    b(
        "ats-ack-11",
        "acknowledgment",
        "tt",
        "We got your application! || Thanks for applying to {company}",
        """
Hi {first},

Great news - your application for {role} landed safely with us!

We're a small team and we look at everything carefully, so give us a little time. You'll
hear from us in the next two to three weeks.

Until then, why not get to know us a little better on our career site?

[[Visit our career site|https://{slug}.careers.example]]

Talk soon,
Team {company}
""",
        by="weeks:3",
    ),
    b(
        "ats-ack-12",
        "acknowledgment",
        "workable",
        "Your application to {company} || {role} application received",
        """
Hi {first},

Thank you for your application to the {role} position at {company}.

We've got it, and our hiring team will review it soon. If you're selected to move
forward, we'll contact you with details of the next step. If you have questions in the
meantime, simply reply to this email.

Best,
{rname}
{company}
""",
    ),
    b(
        "ats-ack-13",
        "acknowledgment",
        "personio",
        "Your application as {role} || Eingangsbestaetigung: {role}",
        """
Dear {me},

thank you for your application as {role} and for your interest in {company}.

We confirm that we have received your documents. Our team will now look through your
application carefully and will get back to you as soon as possible - usually within two
weeks.

Kind regards
Your {company} recruiting team
""",
        by="weeks:2",
        locale="de",
    ),
    b(
        "ats-ack-14",
        "acknowledgment",
        "recruitee",
        "We received your application for {role}",
        """
Hi {first},

Thanks for applying for the {role} job at {company}! This is an automatic confirmation
that your application came through.

The hiring team will go through applications at the end of the posting period. If you
have anything to add to your application, just reply here.

All the best,
{rname}
""",
    ),
    b(
        "ats-ack-15",
        "acknowledgment",
        "sf",
        "Confirmation of Receipt - {role} (Req. {ref})",
        """
Dear Applicant,

Thank you for applying for the position {role} (requisition ID {ref}) at {company}.

This message confirms that your application was submitted successfully on our careers site.
All applications are screened by our recruiting team. Please note that we are unable to
respond to enquiries regarding the status of individual applications by telephone.

Yours faithfully,
{company} Recruiting Services
""",
    ),
]
