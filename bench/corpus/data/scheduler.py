"""Scheduling tools and calendar invitations: interviews, and dentists and book clubs."""

from __future__ import annotations

from ..model import maker

a = maker("assessment")
s = maker("scheduler")

BASES = [
    s(
        "sch-inv-01",
        "invitation",
        "sched",
        "{rname} invited you to schedule a meeting || Pick a time with {rname} ({company})",
        """
Hi {first},

{rname} from {company} has invited you to book a 30-minute Intro call.

Pick a time that works for you:

[[See available times|https://{tooldom}/{rslug}/intro-{token}]]

Times are shown in your local time zone.
""",
        n=6,
    ),
    s(
        "sch-inv-02",
        "invitation",
        "sched",
        "Book your interview: {role}",
        """
{company} would like to schedule your interview for {role}.

Interview: Technical interview (60 min)
With: {hname}, {iname}

Please choose one of the available slots within the next 3 days. After that, the
slots may be offered to other candidates.

[[Choose a slot|https://{tooldom}/book/{token}]]
""",
    ),
    s(
        "sch-inv-03",
        "invitation",
        "recruiter_gm",
        "Interview - please book a slot",
        """
Hi {first},

Thanks for your patience! We'd like to invite you to a first interview. Please pick a
time that suits you using my booking page: https://{tooldom}/{rslug}/45min

If none of the times work, let me know and I'll open up some more.

Best,
{rfirst}
""",
    ),
    s(
        "sch-conf-01",
        "confirmation",
        "sched",
        "Confirmed: Intro call between {rname} and {me} || "
        "New event: {me} - {wt12s} {wday}, {wmo} {wdom}",
        """
Hi {first},

A new event has been scheduled.

Event: Intro call with {company}
Invitee: {me}
Date/time: {when}
Location: Phone call. {rname} will call you at the number you gave.

Need to make changes? Reschedule or cancel:
https://{tooldom}/reschedule/{token}
""",
        when="us_long",
        minutes=30,
        locale="us",
        ics="REQUEST",
    ),
    s(
        "sch-conf-02",
        "confirmation",
        "sched",
        "Your interview is booked",
        """
Your booking is confirmed.

What: {role} interview - {company}
When: {wday} {wdate}, {wtime} - {wend} ({wtzl})
Where: Video link below

[[Join the meeting|https://meet.{tooldom}/{token}]]

Add to calendar: the attached invitation works with most calendar apps.
""",
        minutes=45,
        ics="REQUEST",
    ),
    s(
        "sch-conf-03",
        "confirmation",
        "calendar",
        "Updated invitation: Interview {first} <> {company} @ {when}",
        """
{rname} has accepted your booking and added details to the event.

Interview {first} <> {company}
When: {when}
Joining info: https://meet.{cdomain}/{token}
Or dial: {rphone}

Guests:
- {rname} - organizer
- {hname}
- {me}
""",
        when="cal",
        minutes=60,
        ics="REQUEST",
    ),
    s(
        "sch-resch-01",
        "reschedule",
        "sched",
        "Rescheduled: {role} interview - now {wmd}",
        """
Hi {first},

{rname} has rescheduled your event.

Former: {owhen}
Updated: {when}

Reason: "Sorry - a clash with our all-hands. Hope this new time works."

[[Cancel or reschedule again|https://{tooldom}/r/{token}]]
""",
        when="us_at",
        ics="REQUEST",
        seq=1,
    ),
    s(
        "sch-resch-02",
        "reschedule",
        "calendar",
        "Updated invitation with note: Interview - {role} @ {when}",
        """
This event has been changed.

Interview - {role}
When: {when} (changed)
Previously: {owhen}

{rname}: "Had to shift this by a couple of days - apologies for the change."
""",
        when="cal",
        ics="REQUEST",
        seq=1,
        minutes=45,
    ),
    s(
        "sch-cancel-01",
        "cancellation",
        "sched",
        "Canceled: Intro call with {company}",
        """
Hi {first},

{rname} has canceled the following event:

Event: Intro call with {company}
Date/time: {when}

Cancellation reason: "Apologies, I've come down with something and can't make it."
""",
        when="us_long",
        minutes=30,
        ics="CANCEL",
        seq=1,
        days=(1, 1),
    ),
    s(
        "sch-cancel-02",
        "cancellation",
        "calendar",
        "Canceled event: Interview {first} <> {company} @ {when}",
        """
This event has been canceled and removed from your calendar.

Interview {first} <> {company}
{when}
Organizer: {rname}
""",
        when="cal",
        minutes=60,
        ics="CANCEL",
        seq=2,
    ),
    s(
        "sch-oth-01",
        "other",
        "sched",
        "Confirmed: Dental check-up on {wmd}",
        """
Hi {first},

Your appointment is confirmed.

Service: Dental check-up and cleaning (45 min)
With: Dr. {hname}
When: {when}
Where: Brightsmile Dental, 22 Elm Road

Need to reschedule? Please give us 24 hours' notice.
""",
        when="us_at",
        frm="Brightsmile Dental via {tool} <notifications@{tooldom}>",
    ),
    s(
        "sch-oth-02",
        "other",
        "sched",
        "Rescheduled: Haircut with {fname}",
        """
Your appointment has been rescheduled.

Old time: {owhen}
New time: {when}

Studio Nine Hair, 4 Quay Lane
""",
        when="short",
        frm="Studio Nine Hair <bookings@{tooldom}>",
    ),
    s(
        "sch-oth-03",
        "other",
        "calendar",
        "Invitation: Book club @ {when}",
        """
{fname} has invited you to an event.

Book club - "The Long Way Home"
When: {when}
Where: {fname}'s place

Bring snacks!
""",
        when="cal",
        minutes=120,
        hours=(19, 19.5),
        ics="REQUEST",
        event="Book club",
        frm="{fname} {flast} <{faddr}>",
    ),
    s(
        "sch-oth-04",
        "other",
        "sched",
        "Demo confirmed: {tool} for teams",
        """
Hi {first},

Thanks for booking a product demo! Your session with our solutions team is confirmed for
{when}.

We'll show you how teams use {tool} to cut back-and-forth emails when booking meetings.

See you then!
""",
        when="us_long",
        minutes=30,
        frm="{tool} Sales <sales@{tooldom}>",
    ),
    s(
        "sch-oth-05",
        "other",
        "calendar",
        "Canceled event: Team lunch @ {when}",
        """
This event has been canceled.

Team lunch
{when}

{fname}: "Restaurant closed for renovation, let's pick a new date."
""",
        when="cal",
        minutes=60,
        hours=(12, 12.5),
        ics="CANCEL",
        seq=1,
        event="Team lunch",
        frm="{fname} {flast} <{faddr}>",
    ),
]
