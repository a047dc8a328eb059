"""In-house recruiters and hiring managers: updates, decisions, changes and auto-replies."""

from __future__ import annotations

from ..model import maker

b = maker("inhouse")

BASES = [
    b(
        "inh-stat-01",
        "status_update",
        "recruiter",
        "Update on your application",
        """
Hi {first},

I wanted to give you an update. The team is still reviewing candidates for {role} and we
won't be making decisions until after our planning week. I expect to be back in touch by
{bddate}.

I appreciate your patience and will let you know if anything changes before then.

Best,
{rfirst}
""",
        by="date",
    ),
    b(
        "inh-stat-02",
        "status_update",
        "recruiter_gm",
        "Re: Thank you",
        """
Hi {first},

Thanks so much for the kind note, and for your time yesterday. The team enjoyed meeting
you. We have two more interviews this week, and we'll be in touch early next week with
next steps.

Best,
{rfirst}
""",
        thread="thanks",
        by="enw",
    ),
    b(
        "inh-stat-03",
        "status_update",
        "manager",
        "Case study for {role}",
        """
Hi {first},

Great speaking yesterday. As mentioned, the next step is a short case study. I've
attached the brief; please send your answers back by {dlwd}. Don't spend more than
three hours on it - we're looking at how you think, not polish.

{hfirst}
""",
        attach="Case study brief.pdf",
    ),
    b(
        "inh-stat-04",
        "status_update",
        "recruiter",
        "Re: Checking in on {role}",
        """
Hi {first},

Thanks for following up, and sorry for the silence. We're still in the interview stage
with a few candidates, and no decisions have been made yet. You're still in the running.
I'd expect an update within the next two weeks.

Best,
{rfirst}
""",
        thread="checkin",
        by="weeks:2",
    ),
    b(
        "inh-rej-01",
        "rejection",
        "recruiter",
        "Re: Thank you",
        """
Hi {first},

Thanks again for your time with the team and for your kind note. We've now finished
interviews, and I'm sorry to say we won't be progressing your application. It was a very
competitive process, and the team chose a candidate with deeper experience in payments.

I'd really like to stay in touch for future roles.

Best wishes,
{rfirst}
""",
        thread="thanks",
    ),
    b(
        "inh-rej-02",
        "rejection",
        "recruiter_gm",
        "{role}",
        """
Hi {first},

I hope you're well. I wanted to let you know that we've filled the {role} position
internally, so we won't be continuing with external candidates.

Thanks for your interest in {company}, and sorry we couldn't take things further this time.

{rname}
""",
    ),
    b(
        "inh-rej-03",
        "rejection",
        "manager",
        "Thanks for your time",
        """
Hi {first},

I wanted to write to you personally. I really enjoyed our conversation, but after a lot
of thought we've decided to hire someone with more experience in our domain.

If you're open to it, I'd be happy to give you some feedback over the phone. Either way,
good luck - I'm sure you'll land somewhere great.

{hfirst}
""",
    ),
    b(
        "inh-rej-04",
        "rejection",
        "recruiter",
        "Your application for {role}",
        """
Dear {first},

Many thanks for your interest in the {role} role and for taking the time to meet us.

I'm writing to let you know that on this occasion you have not been successful. We had a
strong field and the decision was a close one.

We wish you every success in the future.

Kind regards,
{rname}
""",
    ),
    b(
        "inh-rej-05",
        "rejection",
        "recruiter_gm",
        "Re: Checking in",
        """
Hi {first} - sorry for the slow reply! Unfortunately the role was put on hold indefinitely
last month and we've closed the search. I should have let you know sooner. Really sorry
about that, and thanks for your patience.

{rfirst}
""",
        thread="checkin",
    ),
    b(
        "inh-rej-06",
        "rejection",
        "coordinator",
        "Your candidacy with {company}",
        """
Dear {first},

Thank you for participating in our interview process. Following the final round, the
hiring committee has decided to extend an offer to another candidate.

We appreciate the energy you put into the process. We will keep your profile in mind for
future openings that match your experience.

Sincerely,
{company} Recruiting
""",
    ),
    b(
        "inh-offer-01",
        "offer",
        "recruiter",
        "Great news - {company}",
        """
Hi {first},

I'm delighted to let you know that the team would like to offer you the {role} position!

I'd love to walk you through the details - could you let me know when you're free for a
call today or tomorrow? In the meantime, the written offer is attached.

Congratulations - everyone is really excited.

{rfirst}
""",
        attach="Offer_{first}_{last}.pdf",
    ),
    b(
        "inh-offer-02",
        "offer",
        "recruiter_gm",
        "Following up on our call",
        """
Hi {first},

Lovely to speak just now. As promised, here's a summary of the offer:

- Title: {role}
- Base salary: {salary}
- Start date: {stdate}
- 25 days of holiday plus public holidays

The formal contract will follow from HR. Please let me know your decision by {dlwd}, and
do reach out with any questions.

Best,
{rfirst}
""",
    ),
    b(
        "inh-offer-03",
        "offer",
        "manager",
        "Welcome aboard?",
        """
{first} - the panel loved you. I'm thrilled to say we'd like you to join as our {role}.
{rfirst} will send the paperwork today. I really hope you say yes!

{hfirst}
""",
    ),
    b(
        "inh-resch-01",
        "reschedule",
        "recruiter",
        "Re: Interview confirmation - {role}",
        """
Hi {first},

I'm so sorry, but {hfirst} has been pulled into a board meeting on {oday}. Could we move
your interview to {wday} at {wtime} {wtz} instead? I've tentatively moved the calendar
invite; let me know if that doesn't work and we'll find another slot.

Apologies again,
{rfirst}
""",
        thread="own_sender",
        quote="""
Hi {first},

Your interview is confirmed for {oday}, {omd} at {otime} {otz} with {hname}.

Best,
{rfirst}
""",
        days=(1, 4),
    ),
    b(
        "inh-resch-02",
        "reschedule",
        "manager",
        "Need to move our chat",
        """
Hi {first}, something urgent came up on my end today. Could we push our call to
tomorrow, same time? Sorry for the late notice!
{hfirst}
""",
        truth={"interview_start": None, "interview_end": None},
    ),
    b(
        "inh-cancel-01",
        "cancellation",
        "recruiter",
        "Cancellation: interview on {wmd}",
        """
Dear {first},

I'm afraid I need to cancel your interview on {wday}, {wdate} at {wtime}. Our hiring
manager has unexpectedly gone on leave and we are reviewing the timeline for this role.

I will contact you as soon as I have an update. My apologies for the inconvenience.

Kind regards,
{rname}
""",
        minutes=60,
    ),
    b(
        "inh-cancel-02",
        "cancellation",
        "calendar",
        "Canceled event: {role} interview @ {when}",
        """
This event has been canceled and removed from your calendar.

{role} interview
When: {when}
Organizer: {rname}

{rname} wrote: "Sorry {first}, we need to cancel this one - I'll be in touch."
""",
        when="cal",
        minutes=45,
        ics="CANCEL",
        seq=1,
    ),
    b(
        "inh-oth-01",
        "other",
        "ooo",
        "Automatic reply: Re: {role}",
        """
Thank you for your email. I am out of the office until {dlmd} with limited access to
email. For urgent recruiting matters, please contact recruiting@{cdomain}.

Kind regards,
{rname}
""",
        auto="auto-replied",
    ),
    b(
        "inh-oth-02",
        "other",
        "ooo",
        "Out of office",
        """
Hi,

I'm currently on parental leave and not checking email. If your message relates to an
open position, my colleague {hname} ({haddr}) is covering my roles.

Thanks,
{rfirst}
""",
    ),
]
