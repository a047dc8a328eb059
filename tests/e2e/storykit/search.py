"""A small job search of six employers, every outcome the report shows, for the report tests.

Northwind invites, books an interview with an .ics invitation and a video link, promises a
decision, then moves the interview; Keelwater's system acknowledges and declines; Quarry's
system acknowledges and nothing follows (silent); Lumen's recruiter writes something
followupd cannot read (needs a look); Brightwave makes an offer; and Vexa, whose subject is
hostile markup, invites the user, who leaves the draft followupd makes in Drafts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storykit.letters import Booking, acknowledgment, application, rejection
from storykit.mail import Mail, Person
from storykit.story import Story

PRIYA = Person("Priya Raman", "priya.raman@northwind-analytics.example")
TOM = Person("Tom Becker", "tom.becker@northwind-analytics.example")
NORTHWIND_ROLE = "Data Platform Engineer"
BOOKING = Booking(
    "nw-42@northwind-analytics.example", PRIYA, (TOM,), NORTHWIND_ROLE, "Northwind Analytics"
)
ZOOM = "https://zoom.us/j/98765432100?pwd=cGxhaW4"
HOSTILE = '</script><img src=x onerror="alert(1)">'
VEXA = Person("Dana Okoro", "dana.okoro@vexa.example")
LUMEN = Person("Mia Hart", "mia.hart@lumenhealth.example")
BRIGHT = Person("Sam Keller", "sam.keller@brightwave.example")


@dataclass(frozen=True, slots=True)
class Search:
    """The mail the tests refer back to."""

    booked: Mail
    hostile_subject: str


def setup(story: Story) -> Search:
    """Queue every message of the search up to the interview being moved (day 2)."""
    apply = application(story, PRIYA, NORTHWIND_ROLE, "Northwind Analytics", story.day(-10))
    invite = story.receive(
        PRIYA,
        f"Re: Application: {NORTHWIND_ROLE}",
        "Hi Alex,\n\nThanks for applying. We liked your background and would like to invite "
        f"you to a first interview for the {NORTHWIND_ROLE} role. Could you share a few times "
        "that suit you this week?\n\nKind regards,\nPriya Raman\nTalent Partner, Northwind "
        "Analytics\n",
        story.day(0, 8, 40),
        parent=apply,
    )
    reply = story.send(
        PRIYA,
        f"Re: Application: {NORTHWIND_ROLE}",
        "Hi Priya,\n\nThank you! Thursday afternoon suits me.\n\nBest,\nAlex\n",
        story.day(0, 11),
        parent=invite,
    )
    booked = story.receive(
        PRIYA,
        f"Interview confirmed: {NORTHWIND_ROLE}",
        f"Hi Alex,\n\nYour interview for the {NORTHWIND_ROLE} position is confirmed for "
        "Thursday, December 3 at 14:00 UTC (60 minutes). You will meet Tom Becker, our "
        f"engineering manager. Join on Zoom: {ZOOM}\nMeeting ID: 987 6543 2100\n\nWe will let "
        "you know our decision by December 11.\n\nKind regards,\nPriya Raman\n",
        story.day(1, 15),
        parent=reply,
        calendar=BOOKING.calendar(story.day(3, 14)),
    )

    keel = Person("Keelwater Careers", "careers@keelwater.example")
    application(story, keel, "Site Reliability Engineer", "Keelwater", story.day(-9))
    acknowledgment(story, "Keelwater", "Site Reliability Engineer", story.day(-9, 9, 5))
    no_reply = Person("Keelwater Talent", "no-reply@keelwater.example")
    rejection(story, no_reply, "Site Reliability Engineer", "Keelwater", story.day(1, 7))

    quarry = Person("Quarry Careers", "jobs@quarry.example")
    application(story, quarry, "Product Analyst", "Quarry", story.day(-12))
    acknowledgment(story, "Quarry", "Product Analyst", story.day(-12, 9, 5))

    lumen = application(story, LUMEN, "Backend Engineer", "Lumen Health", story.day(-6))
    acknowledgment(story, "Lumen Health", "Backend Engineer", story.day(-6, 9, 5))
    story.receive(
        LUMEN,
        "Re: Application: Backend Engineer",
        "Hi Alex,\n\nQuick note from our side about the paperwork, more soon.\n\nMia\n",
        story.day(0, 7),
        parent=lumen,
    )

    bright = application(story, BRIGHT, "Staff Engineer", "Brightwave", story.day(-20))
    story.receive(
        BRIGHT,
        "Offer: Staff Engineer",
        "Hi Alex,\n\nWe are delighted to offer you the Staff Engineer position at Brightwave. "
        "The offer letter is attached; we would love to hear back by the end of next "
        "week.\n\nSam Keller\n",
        story.day(1, 10),
        parent=bright,
    )

    subject = f"Interview {HOSTILE} next week"
    vexa = application(story, VEXA, "Analytics Engineer", "Vexa", story.day(-7))
    story.receive(
        VEXA,
        subject,
        "Hi Alex,\n\nThank you for applying. We would like to invite you to an interview for "
        "the Analytics Engineer role. Could you send me your availability for next "
        "week?\n\nBest,\nDana Okoro\nVexa\n",
        story.day(0, 8, 30),
        parent=vexa,
    )
    return Search(booked, subject)


def move_interview(story: Story, search: Search, when: datetime) -> Mail:
    """Northwind moves the interview from Thursday 14:00 to Friday 11:00 (SEQUENCE 1)."""
    return story.receive(
        PRIYA,
        "Updated invitation: new time for your interview",
        "Hi Alex,\n\nI am sorry for the change: your interview with Northwind Analytics has "
        "been moved to Friday, December 4 at 11:00 UTC. I have updated the calendar "
        "event.\n\nBest,\nPriya Raman\n",
        when,
        parent=search.booked,
        calendar=BOOKING.calendar(story.day(4, 11), sequence=1),
    )
