"""Universities and research labs: search committees, HR offices, principal investigators."""

from __future__ import annotations

from ..model import maker

b = maker("university")

BASES = [
    b(
        "uni-ack-01",
        "acknowledgment",
        "uni_hr",
        "Application received: {role} (Ref. {ref})",
        """
Dear {me},

Thank you for your application for the post of {role}, reference {ref}.

This email confirms that your application has been received. The selection panel will
consider all applications after the closing date. Shortlisted candidates will normally be
contacted within four weeks of the closing date.

Please do not reply to this email, as this mailbox is not monitored.

Human Resources
{company}
""",
    ),
    b(
        "uni-ack-02",
        "acknowledgment",
        "academic",
        "Re: Application - {role}",
        """
Dear {first},

Many thanks for your application and for your interest in joining the lab. I've
forwarded it to the other members of the search committee.

We will begin reviewing applications on {dlmd} and expect to invite candidates for
interview about two weeks after that. I'll be in touch either way.

Best wishes,
{rname}
""",
        thread="application",
    ),
    b(
        "uni-ack-03",
        "acknowledgment",
        "uni_hr",
        "Your application has been submitted",
        """
Dear Applicant,

Your application for {role} (vacancy {ref}) was submitted successfully. A copy of your
application form is available in your applicant account.

Applications are reviewed by the faculty after the advertised closing date. We are unable
to provide updates on individual applications during the review period.

Kind regards,
Recruitment Team
""",
    ),
    b(
        "uni-rej-01",
        "rejection",
        "uni_hr",
        "{role} - Ref. {ref}",
        """
Dear {me},

Thank you for your interest in the post of {role} at {company}.

The selection panel has now considered all applications carefully. I regret to inform you
that on this occasion you have not been shortlisted for interview.

The number of applications we receive makes it impossible to give individual feedback at
this stage. We wish you success in your future career.

Yours sincerely,
Human Resources
""",
    ),
    b(
        "uni-rej-02",
        "rejection",
        "academic",
        "Search for {role}",
        """
Dear Dr. {last},

On behalf of the search committee, I want to thank you for your application for the {role}
position in our department. We received over 200 applications, many of them excellent.

After careful deliberation, the committee has decided to pursue other candidates whose
research profiles more closely match the department's needs at this time.

We are grateful for your interest and wish you every success with your research.

Sincerely,
{rname}
""",
    ),
    b(
        "uni-rej-03",
        "rejection",
        "academic",
        "Postdoc position",
        """
Dear {first},

Thank you for visiting the lab and for your excellent talk. I enjoyed our discussions.

I'm writing to let you know that I have offered the position to another candidate, who
has accepted. It was a very difficult decision, as your work on coastal sediment models
is impressive.

If you'd like, I'm happy to write in support of fellowship applications you might make.

Best wishes,
{rname}
""",
    ),
    b(
        "uni-rej-04",
        "rejection",
        "uni_hr",
        "Outcome of your application - {ref}",
        """
Dear {first},

Further to your recent interview for the post of {role}, I am writing to inform you
that the panel has decided to appoint another candidate.

Thank you for the time and effort you devoted to your application and for attending the
interview. If you would like feedback, please contact the panel chair, {rname}.

Yours sincerely,
Human Resources
""",
    ),
    b(
        "uni-inv-01",
        "invitation",
        "academic",
        "Interview for {role}",
        """
Dear {first},

I am pleased to let you know that you have been shortlisted for the post of {role}.

The interviews will take place online during the week of {stmd}. They will consist of a
15-minute presentation on your proposed research followed by questions from the panel.

Could you please indicate which days that week you would be available? We will then
confirm a time.

With best wishes,
{rname}
""",
    ),
    b(
        "uni-inv-02",
        "invitation",
        "academic",
        "Your application to the group",
        """
Dear {first},

Thank you for your email and CV. Your background in statistical genetics is a very good fit
for our current project.

Would you have time for an informal video call to discuss the position? I'm generally
available on Tuesday and Thursday afternoons.

Kind regards,
{rname}
""",
    ),
    b(
        "uni-conf-01",
        "confirmation",
        "uni_hr",
        "Invitation to interview - {role} ({ref})",
        """
Dear {me},

Following the shortlisting meeting, I am pleased to invite you to interview for the post of
{role}.

| Date | {wday} {wdate} |
| Time | {wtime} ({wtz}) |
| Venue | Room 2.14, Kelvin Building, Main Campus |
| Panel | {rname} (Chair), {hname}, {iname} |

You will be asked to give a 10-minute presentation on "Teaching data literacy to first-year
students". Please bring your passport for right-to-work checks.

Please confirm your attendance by replying to this email.

Yours sincerely,
Human Resources
""",
        locale="uk",
    ),
    b(
        "uni-conf-02",
        "confirmation",
        "academic",
        "Campus visit schedule",
        """
Dear Dr. {last},

We are delighted that you can visit us. Your campus visit will be on {wday}, {wdate}. The
day starts at {wtime} with breakfast with the search committee and ends at {wend}.

The job talk is scheduled for 11:00 in the Ferris Lecture Hall. A detailed schedule with
meetings with faculty and graduate students is attached.

Travel and accommodation will be reimbursed; please keep your receipts.

Best regards,
{rname}
""",
        minutes=540,
        hours=(8, 8.5),
        attach="Campus visit schedule.pdf",
        locale="us",
    ),
    b(
        "uni-conf-03",
        "confirmation",
        "academic",
        "Re: Interview for {role}",
        """
Dear {first},

Thank you for your reply. Your interview is confirmed for {wday} {wmdo} at {wtime}
({wtzl}). The video link is below.

https://video.{cdomain}/room/{token}

Best wishes,
{rname}
""",
        thread="availability",
    ),
    b(
        "uni-stat-01",
        "status_update",
        "uni_hr",
        "Update on vacancy {ref}",
        """
Dear Applicant,

We are writing to update you on the recruitment for {role}. Due to the high number of
applications, the shortlisting process is taking longer than anticipated.

We now expect to contact all applicants by {bddate}. We apologise for the delay and
thank you for your patience.

Recruitment Team
{company}
""",
        by="date",
    ),
    b(
        "uni-stat-02",
        "status_update",
        "academic",
        "Reference letters",
        """
Dear {first},

The committee has reviewed the applications and would like to move your application
forward. As a next step, we are now requesting letters of reference. Please ask your
three referees to send their letters to the committee by {dlmd}.

Kind regards,
{rname}
""",
    ),
    b(
        "uni-offer-01",
        "offer",
        "uni_hr",
        "Offer of appointment - {role}",
        """
Dear {first},

Following your recent interview, I am delighted to offer you the post of {role} at
{company}, subject to satisfactory references and the right to work in the country.

Your formal contract will be sent separately. The proposed start date is {stdate}.
Please confirm your acceptance of this offer by replying to this email by {dldate}.

Congratulations, and we look forward to welcoming you.

Yours sincerely,
Human Resources
""",
    ),
    b(
        "uni-offer-02",
        "offer",
        "academic",
        "Good news",
        """
Dear {first},

It is my great pleasure to tell you that the committee has voted to offer you the
position of {role}. The Dean's office will send the formal letter with salary and
start-up package in the next few days.

I'm so pleased. Please call me on {rphone} when you have a moment.

{rname}
""",
    ),
    b(
        "uni-resch-01",
        "reschedule",
        "uni_hr",
        "Change to interview arrangements - {ref}",
        """
Dear {me},

Due to the unavailability of a panel member, it has been necessary to change the date of
your interview for {role}. Your interview will now take place on {wday} {wdate} at
{wtime} ({wtz}), in the same room as previously advised.

Please accept our apologies for any inconvenience, and confirm that you are able to
attend.

Human Resources
""",
        locale="uk",
    ),
    b(
        "uni-cancel-01",
        "cancellation",
        "academic",
        "Interview {wmd}",
        """
Dear {first},

I regret to say that we have to cancel the interview planned for {wday} {wmd} at
{wtime} {wtz}. Our funding body has delayed its final decision on the grant that would
fund this position, and we cannot interview before we know the outcome.

I will contact you as soon as I hear from them.

Apologies,
{rname}
""",
    ),
    b(
        "uni-oth-01",
        "other",
        "uni_hr",
        "Staff newsletter: Research Week",
        """
Dear colleague,

Research Week starts on Monday! Highlights include:

- Keynote: "Open data in marine science"
- Poster session in the atrium (Tuesday)
- Careers panel: academic jobs beyond the lectureship

All staff and students welcome. No registration needed.

Communications Office, {company}
""",
    ),
]
