"""Applicant-tracking systems: declines, from blunt to so polite they never say no."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    b(
        "ats-rej-01",
        "rejection",
        "gh",
        "Your application to {company} || Update on your {company} application",
        """
Hi {first},

Thank you for your interest in {company} and for taking the time to apply for {role}.

After careful consideration, we have decided to move forward with other candidates whose
experience more closely aligns with our current needs.

We appreciate your interest and wish you the best of luck in your search.

Best,
{company} Recruiting
""",
        n=6,
    ),
    b(
        "ats-rej-02",
        "rejection",
        "gh",
        "{company} - {role}",
        """
Hi {first},

Thanks for applying to {company}. We've reviewed your background and, while it is
impressive, we won't be moving forward with your application for {role} at this time.

We'd like to keep your information on file and may reach out if a role opens up that is a
closer match.

All the best,
The {company} Team
""",
    ),
    b(
        "ats-rej-03",
        "rejection",
        "lever",
        "Your application at {company}",
        """
Hi {first},

Thank you so much for your interest in {company} and the {role} role. We really
appreciate the time you put into your application.

We've now filled the position, so we're closing out the remaining applications. We'd love
for you to keep an eye on our careers page - new roles open up often.

Thanks again,
{company}
""",
    ),
    b(
        "ats-rej-04",
        "rejection",
        "lever_person",
        "{company} + {first}",
        """
Hi {first},

I wanted to personally reach out and thank you for the time you spent talking with our
team about {role}. Everyone enjoyed the conversations.

This was a tough decision, but we've decided to go in a different direction for this
role. I know that's not the news you were hoping for.

If you'd find it helpful, I'm happy to share some of the feedback from the panel - just
reply and we can find 15 minutes.

Wishing you all the best,
{rfirst}
""",
    ),
    b(
        "ats-rej-05",
        "rejection",
        "workday",
        "Your application for {role} ({ref})",
        """
Dear {me},

Thank you for your interest in the {role} position (Requisition {ref}) at {company}.

We have reviewed your application and regret to inform you that we will not be
progressing your candidacy for this position. This decision is final for this requisition
and does not prevent you from applying for other roles in the future.

We encourage you to continue to visit our careers site and apply for positions matching
your skills and experience.

Kind Regards,
{company} Talent Acquisition
""",
        n=6,
    ),
    b(
        "ats-rej-06",
        "rejection",
        "workday",
        "Update regarding Job Requisition {ref}",
        """
Dear {first},

We wanted to inform you that the following position has been cancelled and is no longer
open:

Job Requisition: {ref} - {role}

As a result, your application for this position is no longer under consideration. We
apologize for any inconvenience and thank you for your interest in {company}.

Sincerely,
{company} Recruiting
""",
    ),
    b(
        "ats-rej-07",
        "rejection",
        "smart",
        "Your application with {company} || Regarding your application - {role}",
        """
Dear {first},

Thank you for applying for the {role} position. We received a large number of applications
and had the difficult task of selecting only a few candidates for the next stage.

Unfortunately your application was not among those selected on this occasion.

We thank you for your interest in {company} and wish you every success.

Kind regards,
{company} Hiring Team
""",
    ),
    b(
        "ats-rej-08",
        "rejection",
        "icims",
        "{company} Application Status",
        """
Dear {me},

Thank you for your interest in the {role} position (Req #{ref}). We appreciate the time
you invested in the application process.

We have carefully reviewed your qualifications against the requirements of this position
and have selected candidates whose backgrounds more closely match our needs. Your
application will remain in our talent community, and we invite you to apply for other
opportunities that interest you.

Regards,
{company} Talent Acquisition
""",
    ),
    b(
        "ats-rej-09",
        "rejection",
        "jobvite",
        "Thanks for your interest in {company}",
        """
{first},

We appreciate your interest in the {role} role. The hiring team has reviewed your
application, and at this time we will not be pursuing it further.

This decision was not easy. Please don't let it stop you from applying to future roles
with us.

Sincerely,
{company} Recruiting
""",
    ),
    b(
        "ats-rej-10",
        "rejection",
        "ashby",
        "{company} x {first}",
        """
Hi {first},

Thanks for taking the time to apply for {role}. I wanted to get back to you promptly: we
are not going to move forward with your application right now.

We have a very specific profile in mind for this hire (heavy experience in our exact
stack), and that's the main reason - not a reflection on you.

Best of luck with the search,
{rfirst}
""",
    ),
    b(
        "ats-rej-11",
        "rejection",
        "tt",
        "About your application for {role}",
        """
Hi {first},

Thank you again for applying for {role} and for your patience while we went through all
the applications.

We've now reviewed everyone, and we've decided to continue with candidates whose profiles
match what we need a little more closely right now. We know this is disappointing to hear.

We'd be happy to keep you in mind for future openings - you can join our talent network
here:

[[Join our talent network|https://{slug}.careers.example/connect]]

Best wishes,
{rname}, {company}
""",
    ),
    b(
        "ats-rej-12",
        "rejection",
        "workable",
        "Re: {role} at {company}",
        """
Hi {first},

Thanks for your interest in the {role} role and for the time you spent on your
application.

The position has been filled, and we are no longer considering applications for it.

Best of luck,
{company}
""",
    ),
    b(
        "ats-rej-13",
        "rejection",
        "personio",
        "Your application at {company}",
        """
Dear {me},

thank you very much for your interest in {company} and for your application as {role}.

We have looked at your documents carefully. Unfortunately we have to tell you that we
have decided in favour of other applicants whose profiles fit our requirements more
closely.

We would like to thank you for the trust you have shown in us and wish you all the best
and every success for your future career.

Kind regards
{rname}
People & Culture
""",
        locale="de",
    ),
    b(
        "ats-rej-14",
        "rejection",
        "recruitee",
        "Update about your application to {company}",
        """
Hi {first},

Thank you for your application for {role}. We really appreciated learning about you.

After reviewing your experience against the role requirements, we don't see a strong
enough match to move forward at this stage. That's always a hard call to make.

If you'd like to hear about future roles, let us know and we'll keep your details.

Kind regards,
{rname}
{company}
""",
    ),
    b(
        "ats-rej-15",
        "rejection",
        "sf",
        "Your application - {role} (Req. {ref})",
        """
Dear {me},

Thank you for your application for the position of {role}.

We regret to inform you that following an in-depth review of all applications, we are
unable to offer you this position. We have decided to proceed with applicants whose
qualifications more closely reflect the specific requirements of the role.

Your data will be deleted in accordance with data protection regulations six months
after the end of the selection process unless you have joined our talent pool.

Yours sincerely,
{company} Recruiting Services
""",
    ),
    b(
        "ats-rej-16",
        "rejection",
        "taleo",
        "Regarding your application for {role}",
        """
Dear {me},

Thank you for your interest in the position of {role} (Job Number {ref}) at {company}.

The position has now been filled. We appreciate the time you invested in applying and
encourage you to review other opportunities posted in our career section.

Sincerely,
Human Resources
{company}
""",
    ),
]
