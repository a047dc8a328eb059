"""Applicant-tracking systems: more receipts, some with a promised reply date."""

from __future__ import annotations

from ..model import maker

b = maker("ats")

BASES = [
    b(
        "ats-ack-16",
        "acknowledgment",
        "taleo",
        "Job Submission Confirmation - {role}",
        """
Dear {me},

We have received your application for the position of {role} (Job Number {ref}).

Your candidate profile has been saved and will be evaluated by our Human Resources
department. If your qualifications are a match for the requirements of the position, you
will be contacted by a member of our recruiting team.

To review your submission or to withdraw it, access the career section and sign in.

Thank you for your interest in {company}.

Human Resources
""",
    ),
    b(
        "ats-ack-17",
        "acknowledgment",
        "bamboo",
        "Thanks for applying to {company}",
        """
{first},

Thank you for applying to the {role} position at {company}! We've received your
information and will be reviewing it shortly. If you seem like a good fit, we'll reach out.

Thanks again,
{company}
""",
    ),
    b(
        "ats-ack-18",
        "acknowledgment",
        "gh",
        "Application received || We received your application, {first}",
        """
{first}, thank you for applying!

Our hiring team is reviewing applications for {role} over the next couple of weeks. We
don't want you to wonder, so here's our promise: you'll get a decision from us by
{bdmd}, one way or another.

If you need accommodations at any stage of the process, let us know by replying to this
email.

{company} People Team
""",
        by="date",
    ),
    b(
        "ats-ack-19",
        "acknowledgment",
        "workday",
        "Thank you for applying to {company} || Application submitted: {role}",
        """
Dear {first},

Thank you for your application to {company}. We are excited that you are interested in
joining our team!

YOUR APPLICATION
Position: {role}
Requisition: {ref}
Status: Submitted

WHAT TO EXPECT
- Our recruiters review applications in the order they are received.
- If we'd like to learn more, we will contact you by phone or email.
- You can withdraw your application from Candidate Home at any time.

We appreciate your patience while we review your application.

Best Regards,
{company} Talent Acquisition
""",
    ),
    b(
        "ats-ack-20",
        "acknowledgment",
        "smart",
        "Thanks for applying - {company}",
        """
Hello {first},

Just a quick confirmation: we've received your application for {role}.

Heads up: this role is attracting a lot of interest, so our review may take a little
longer than usual. We'll be in touch in the next few weeks with an update.

Thank you for your patience!
""",
    ),
    b(
        "ats-ack-21",
        "acknowledgment",
        "lever",
        "{company} application update",
        """
Hi {first},

Thanks for applying to {company}. Your application for {role} is now under review by the
hiring team.

We know job searching can feel like sending applications into the void, so we try hard to
reply to everyone. Expect to hear from us early next week.

Best,
{company} Recruiting
""",
        by="enw",
    ),
    b(
        "ats-ack-22",
        "acknowledgment",
        "icims",
        "Thank You For Applying!",
        """
Dear {first},

Thank you for taking the time to apply for the {role} role (Req #{ref}) with {company}.

Your application has been successfully submitted. Qualified candidates will be contacted
for further consideration. No decision has been made at this stage.

Please add {slug}@talent.icims.com to your safe senders list so that our emails do not end
up in your junk folder.

Best wishes in your search,
{company} Talent Acquisition Team
""",
    ),
    b(
        "ats-ack-23",
        "acknowledgment",
        "tt",
        "Hej {first}, thanks for applying!",
        """
Hej {first}!

Thank you for your application for {role}. We're really glad you found us.

We are going through all applications continuously, so don't worry if you don't hear
back straight away. Whatever the outcome, you'll get a reply from us.

Best regards,
{rname}, {company}
""",
    ),
    b(
        "ats-ack-24",
        "acknowledgment",
        "workable",
        "Thank you for applying to {company}",
        """
Dear {me},

We are writing to confirm receipt of your application for {role}.

The closing date for this vacancy is {dlmd}. Once it has passed, our panel will shortlist
candidates. We will write to everyone who applied once shortlisting is complete.

With best wishes,
HR Team, {company}
""",
    ),
    b(
        "ats-ack-25",
        "acknowledgment",
        "ashby",
        "Application received: {role}",
        """
Hi {first},

Thank you for applying to be our next {role}. We've received your application and resume.

Our team reviews every application by hand, so you'll hear back from a human. Usually
that takes 3-5 business days, and at most a week.

If there's anything else you'd like us to know, you can reply to this message.

{rname}
{rtitle}, {company}
""",
        by="days:7",
    ),
    b(
        "ats-ack-26",
        "acknowledgment",
        "jobvite",
        "Your application has been received - {role}",
        """
Hi {first},

Thanks for your application to {company}. We're reviewing your experience for the {role}
opening and the fit with the team.

Our recruiting team will follow up if there's a match. If you've applied for more than one
role with us, you'll receive a separate message for each.

Kind regards,
{company} Careers
""",
    ),
    b(
        "ats-ack-27",
        "acknowledgment",
        "bamboo",
        "Application Received - {role}",
        """
Hi {first},

We just wanted to drop you a line to say we got your application for {role}. Thanks!

Our hiring manager is reviewing applications this week. We will email everyone by
{bywd} to let them know where things stand.

- {company} HR
""",
        by="weekday",
    ),
    b(
        "ats-ack-28",
        "acknowledgment",
        "recruitee",
        "Application for {role} - {company}",
        """
Hi {first}, thank you for applying to {company}!

We're now reviewing applications. We'll let you know about the next steps in the hiring
process within the next 2 weeks.

Want to make sure your application stands out? Add a short note about a project you're
proud of by replying to this email.

Best,
{rname}
""",
        by="weeks:2",
    ),
    b(
        "ats-ack-29",
        "acknowledgment",
        "sf",
        "Ihre Bewerbung / Your application - {role}",
        """
Sehr geehrte Bewerberin, sehr geehrter Bewerber,
Dear applicant,

thank you for your application for the position {role} at {company}. We have received
your documents and will review them carefully.

Please understand that the selection process may take several weeks. We will contact
you as soon as a decision on the next steps has been made.

Kind regards / Mit freundlichen Gruessen
{company} Recruiting Center
""",
        locale="de",
    ),
    b(
        "ats-ack-30",
        "acknowledgment",
        "gh",
        "Your {company} application",
        """
Hi {first} -

Quick note from the {company} recruiting team: we have your application for {role}.

We're reviewing candidates over the next few days and will reach out to the ones we'd like
to speak with. If you don't hear from us, it's not a no yet - we sometimes take a second
pass once the first round of interviews is done.

Thanks,
{company}
""",
    ),
]
