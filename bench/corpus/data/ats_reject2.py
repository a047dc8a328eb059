"""Applicant-tracking systems: declines after interviews, closed and cancelled positions."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    b(
        "ats-rej-17",
        "rejection",
        "bamboo",
        "{role} - Application Update",
        """
Hi {first},

Thanks for applying for {role} with {company}. We've had an incredible response and we
really appreciate you taking the time to apply.

We've decided not to move forward with your application. We'll keep your info in our
system in case something comes up that fits better.

Take care,
{company} Hiring Team
""",
    ),
    b(
        "ats-rej-18",
        "rejection",
        "gh",
        "Following up on your interview with {company}",
        """
Hi {first},

Thank you for interviewing with us for the {role} position. We know how much time and
energy goes into the interview process, and we're grateful you chose to spend it with us.

The team has met to discuss all of the candidates, and we've decided to extend an offer to
someone whose experience is a closer fit for what the team needs right now. We won't be
progressing your application to the next stage.

We were genuinely impressed by your work on the take-home, and we hope our paths cross
again.

Warm regards,
{rname}
{company}
""",
    ),
    b(
        "ats-rej-19",
        "rejection",
        "lever",
        "Update on {role} at {company}",
        """
Hi {first},

We wanted to let you know that we've put hiring for the {role} position on hold for the
rest of the year. Because of that, we're closing all open applications for this role,
including yours.

This isn't a reflection of your background, and we're sorry we can't take things further
right now. If the role reopens, we'll post it on our careers page.

Thanks for your understanding,
{company} Recruiting
""",
    ),
    b(
        "ats-rej-20",
        "rejection",
        "workday",
        "Thank you for your interest in {company}",
        """
Dear {first},

Thank you for applying to {company}. After reviewing your application for {role}, we have
determined that your experience does not closely match the minimum qualifications for
this position.

Your application status in Candidate Home has been updated to "No Longer Under
Consideration".

We wish you success in your job search.

{company}
""",
    ),
    b(
        "ats-rej-21",
        "rejection",
        "smart",
        "{company} | {role}",
        """
Hello {first},

Many thanks for your application. We regret that you have not been shortlisted for
interview for the above post on this occasion.

Due to the volume of applications we are not able to provide individual feedback at this
stage.

Best wishes,
{company}
""",
    ),
    b(
        "ats-rej-22",
        "rejection",
        "ashby",
        "Your {company} application",
        """
Hey {first} - thanks for your patience here.

We've made the decision to keep looking for this role. It was close, and we want to be
straight with you rather than leave you waiting.

If you're open to it, I'd love to stay in touch. We're hiring for a couple of adjacent
roles next quarter that might be a better match.

{rfirst}
""",
    ),
    b(
        "ats-rej-23",
        "rejection",
        "icims",
        "Your candidacy - {role}",
        """
Dear {first},

Thank you for taking the time to meet with our team regarding the {role} position.

We enjoyed learning more about your background. After careful review, we have chosen to
pursue other candidates for this role. We respect the time and effort you have committed
to the process and will retain your resume should a suitable position become available.

Best regards,
{rname}
{rtitle}
{company}
""",
    ),
    b(
        "ats-rej-24",
        "rejection",
        "jobvite",
        "{company}: {role} Position Update",
        """
Dear {first},

We are writing to follow up on your application for {role}. Due to a change in business
priorities, this position will not be filled at this time, and the requisition has been
closed.

We sincerely appreciate your interest and encourage you to explore other openings at
{company}.

Best regards,
{company} Talent Team
""",
    ),
    b(
        "ats-rej-25",
        "rejection",
        "tt",
        "Thank you, {first}",
        """
Hi {first},

Thanks a lot for your interest in joining us as {role} and for spending time on the case
study. It was clear you put a lot of thought into it.

We've decided not to continue with your application this time. The deciding factor was
experience with large-scale B2B sales, which is central to the role in its first year.

We hope to see your name in our inbox again.

All the best,
{rname}
""",
    ),
    b(
        "ats-rej-26",
        "rejection",
        "workable",
        "Your application for {role}",
        """
Dear {me},

Thank you for the interest you have shown in {company}.

We have reviewed your application and, while your background is impressive, we have now
concluded our selection and you will not be invited to the next stage.

We would like to wish you every success in your future endeavours.

Kind regards,
Recruitment Team
""",
    ),
    b(
        "ats-rej-27",
        "rejection",
        "recruitee",
        "Thanks for your application, {first}",
        """
Hi {first},

Thank you for applying for {role}. Although your profile is strong, we're looking for
someone who is fluent in Dutch for this position, which means we can't take your
application further.

Thanks again and best of luck!
{rname}
""",
        locale="nl",
    ),
    b(
        "ats-rej-28",
        "rejection",
        "gh",
        "Important information about your application",
        """
Dear {first},

You recently applied for the {role} role at {company}. We regret to let you know that we
have had to close this opening unexpectedly due to an internal reorganisation.

We are very sorry for any disappointment this causes. No further action is needed on your
part.

Regards,
{company} Recruiting
""",
    ),
    b(
        "ats-rej-29",
        "rejection",
        "bamboo",
        "Thank you for your time",
        """
Hi {first},

Thank you for chatting with {hname} last week about the {role} role. We appreciated the
chance to get to know you.

After a lot of discussion, the team has decided to hire another candidate, and we'll be
wrapping up the search.

We're grateful for your interest in {company} and wish you luck with what's next.

Best,
{rname}
""",
    ),
    b(
        "ats-rej-30",
        "rejection",
        "sf",
        "Application status: {role}",
        """
Dear Applicant,

The status of your application for {role} has changed. Please log in to your candidate
account to view it.

Status: Not selected

We thank you for your interest in {company}.
""",
    ),
    b(
        "ats-rej-31",
        "rejection",
        "lever_person",
        "Your interview with {company}",
        """
Hi {first},

Thanks again for your time with the team last week. I'm sorry to report that we won't be
moving ahead with an offer. The team felt your experience was really strong on the
analytics side but lighter on people management than this role needs.

I'd be glad to keep in touch for future roles. Best of luck out there.

{rname}
""",
    ),
    b(
        "ats-rej-32",
        "rejection",
        "taleo",
        "Position update - {role}",
        """
Dear Candidate,

This communication is to inform you that the requisition for {role} (Job Number {ref}) to
which you applied is now closed. All applications submitted for this requisition will no
longer be reviewed.

Thank you for your interest in {company}.

This is an automated message. Please do not reply.
""",
    ),
]
