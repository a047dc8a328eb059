"""Hospitals and charities."""

from __future__ import annotations

from ..model import maker

p = maker("public")
h = maker("health")
n = maker("ngo")

BASES = [
    h(
        "hlt-ack-01",
        "acknowledgment",
        "health",
        "Thank you for your application - {role}",
        """
Dear {first},

Thank you for applying for the {role} position at {company}. We have received your
application and a member of our Talent Acquisition team will review it.

Due to the volume of applications, only candidates selected for interview will be
contacted. If you have not heard from us within 21 days, please assume that your
application has not been successful this time.

Kind regards,
People Services
""",
        by="days:21",
    ),
    h(
        "hlt-rej-01",
        "rejection",
        "health",
        "Your application - {role}",
        """
Dear {first},

Thank you for your interest in the {role} role with {company}. We regret that your
application has not been shortlisted for interview. We received many applications from
excellent candidates.

Your application will be kept on file for six months. Thank you again for considering a
career with us.

People Services Team
""",
    ),
    h(
        "hlt-inv-01",
        "invitation",
        "health",
        "Interview invitation - {role}",
        """
Dear {first},

Thank you for your application for {role}. We were impressed with your experience and
would like to invite you to an interview with the department manager and a member of
the team.

Please call the People Services office on {rphone} between 9am and 4pm to arrange a
suitable date and time.

Kind regards,
{rname}
""",
    ),
    h(
        "hlt-conf-01",
        "confirmation",
        "health",
        "Interview confirmation: {role}",
        """
Dear {first},

This is to confirm your panel interview for {role}:

{when}

Please report to the Main Reception, Building C, 15 minutes before your interview. Parking
is available in the visitor car park (level 2). Please bring your registration
certificate and photo ID.

Best regards,
{rname}
Talent Acquisition Specialist
""",
        when="us_long",
        locale="us",
        minutes=60,
    ),
    h(
        "hlt-offer-01",
        "offer",
        "health",
        "Conditional offer - {role}",
        """
Dear {first},

Congratulations! Following your interview, we are pleased to make you a conditional
offer of employment for the role of {role} at {company}.

This offer is conditional on satisfactory references, an enhanced background check and
an occupational health assessment. Our onboarding team will contact you shortly.

We look forward to you joining us.

People Services
""",
    ),
    h(
        "hlt-stat-01",
        "status_update",
        "health",
        "Occupational health questionnaire",
        """
Dear {first},

As the next step of your application for {role}, please complete the confidential
occupational health questionnaire through our secure portal. This will not be seen by the
recruiting manager.

{link}

Thank you,
People Services
""",
    ),
    n(
        "ngo-inv-01",
        "invitation",
        "ngo",
        "Your application for {role}",
        """
Dear {first},

Thank you for your application for the role of {role} with {company}. We enjoyed reading
it, and we would love to invite you to a first interview.

Could you let me know your availability for the week after next? Interviews will be held
online and last about 45 minutes.

Warm wishes,
{rname}
""",
    ),
    n(
        "ngo-rej-01",
        "rejection",
        "ngo",
        "{role} application",
        """
Dear {first},

Thank you so much for applying to be our {role}. We were overwhelmed by the response and
the passion for our mission shown in so many applications.

I'm sorry to tell you that we won't be taking your application further this time. We
really hope you stay connected with our work.

With gratitude,
{rname}
""",
    ),
    n(
        "ngo-ack-01",
        "acknowledgment",
        "ngo",
        "Thank you for applying",
        """
Dear {first},

Just a short note to confirm that we've received your application for {role}. We're a
small team, so please bear with us. Shortlisting will take place in the week after the
closing date, and we will let all applicants know the outcome by {bddate}.

Best wishes,
{rname}
""",
        by="date",
    ),
    n(
        "ngo-oth-01",
        "other",
        "ngo",
        "Volunteer opportunities this spring",
        """
Dear {first},

Thank you for your support of {company}. This spring we are looking for volunteers to
help with river clean-ups and our reading programme in local schools.

If you'd like to get involved, sign up at https://{cdomain}/volunteer - no experience
needed!

With thanks,
{rname}
Volunteer Coordinator
""",
    ),
    n(
        "ngo-oth-02",
        "other",
        "ngo",
        "Thank you for your donation",
        """
Dear {first},

Thank you for your generous donation of {amount} to {company}. Your support helps us
continue our work in the community.

Your receipt for tax purposes is attached.

With heartfelt thanks,
{rname}
""",
        attach="Donation receipt.pdf",
    ),
]
