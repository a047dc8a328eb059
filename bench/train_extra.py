"""Short messages written for training: terse notes that say one thing plainly.

The generated corpus is made of whole letters (greeting, body, sign-off, footer), so a model
trained on it alone reads length as a sign of recruiting and doubts a one-line note. These
notes, written from scratch for this file, cover what such notes say: a decline in a
sentence, a call proposed in passing, a promise of news in a reply, an interview called off
or moved, and their look-alikes from friends, shops and services. Each is its own group.
Names and domains are made up.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

# (id, label, sender, subject, body, in reply to a thread)
NOTES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    (
        "rej-1",
        "rejection",
        "Ada Moss <ada@quillfield.example>",
        "Data Analyst",
        "Thanks for your patience. We have offered the job to someone else, sorry it is not "
        "better news.",
        True,
    ),
    (
        "rej-2",
        "rejection",
        "Hiring <jobs@brackenway.example>",
        "Your application",
        "We won't be taking your application forward this time. Good luck with the search.",
        False,
    ),
    (
        "rej-3",
        "rejection",
        "Tom Reyes <tom@lanternbay.example>",
        "Re: Product Designer",
        "Sorry Sam, the team picked another finalist. I really enjoyed our chats.",
        True,
    ),
    (
        "rej-4",
        "rejection",
        "Careers <careers@orchidline.example>",
        "Application update",
        "The vacancy you applied for has been withdrawn, so we are closing all applications.",
        False,
    ),
    (
        "rej-5",
        "rejection",
        "Mia Chen <mia@saltmarsh.example>",
        "Re: Support Lead",
        "Unfortunately we've decided not to progress with your candidacy. All the best.",
        True,
    ),
    (
        "rej-6",
        "rejection",
        "Recruitment <hr@greystone.example>",
        "Your application",
        "Regrettably you were not shortlisted for this role. We wish you well.",
        False,
    ),
    (
        "rej-7",
        "rejection",
        "Omar Diaz <omar@fernhill.example>",
        "Re: interview",
        "We've gone with a candidate with more payments experience. Thanks again for your time.",
        True,
    ),
    (
        "inv-1",
        "invitation",
        "Lena Park <lena@copperfield.example>",
        "Backend role",
        "Loved your portfolio. Can we set up a 30 minute call next week? Send me a couple of "
        "slots.",
        False,
    ),
    (
        "inv-2",
        "invitation",
        "Raj Patel <raj@windmere.example>",
        "Re: Analyst application",
        "We'd like to have you in for a first interview. What days suit you?",
        True,
    ),
    (
        "inv-3",
        "invitation",
        "Talent <talent@ravensby.example>",
        "Next step",
        "You have been chosen for a phone screen. Use the link to pick a time: "
        "https://calendly.com/ravensby/screen",
        False,
    ),
    (
        "inv-4",
        "invitation",
        "Nina Ford <nina@hartwell.example>",
        "Quick question",
        "I'm glad to offer you the chance to meet our head of design. Any afternoon free?",
        False,
    ),
    (
        "inv-5",
        "invitation",
        "Jon Blake <jon@tidemark.example>",
        "Re: Engineer role",
        "We are happy to give you the opportunity to speak with our CEO. When works?",
        True,
    ),
    (
        "inv-6",
        "invitation",
        "Eva Lind <eva@moorgate.example>",
        "Your CV",
        "Got your CV - are you around Thursday for a chat about the role?",
        False,
    ),
    (
        "conf-1",
        "confirmation",
        "Sara Ortiz <sara@bellcroft.example>",
        "Re: interview",
        "Great, Wednesday 11am it is. Dial-in below.",
        True,
    ),
    (
        "conf-2",
        "confirmation",
        "Recruiting <recruiting@ashgrove.example>",
        "Interview booked",
        "You're booked in for Monday at 2:30pm with the hiring manager.",
        False,
    ),
    (
        "conf-3",
        "confirmation",
        "Ken Wu <ken@marrowby.example>",
        "Re: times",
        "Thursday at 4 works perfectly. Speak then!",
        True,
    ),
    (
        "conf-4",
        "confirmation",
        "Calendar <no-reply@pinecrest.example>",
        "Interview confirmed",
        "Confirmed: technical interview, Tuesday 10:00-11:00 BST, video link to follow.",
        False,
    ),
    (
        "resch-1",
        "reschedule",
        "Ana Silva <ana@brightmoor.example>",
        "Re: interview",
        "Our manager has a clash, could we shift you to Friday at 3pm instead?",
        True,
    ),
    (
        "resch-2",
        "reschedule",
        "Recruiting <jobs@elmstead.example>",
        "Interview time changed",
        "Your interview is now on 14 March at 10:30 rather than the 12th.",
        False,
    ),
    (
        "resch-3",
        "reschedule",
        "Paul Hart <paul@kestrelmoor.example>",
        "Re: our call",
        "Something came up - can we push tomorrow's call to next week? I'll send new times.",
        True,
    ),
    (
        "canc-1",
        "cancellation",
        "Ivy Cole <ivy@larchfield.example>",
        "Tomorrow's interview",
        "I'm so sorry, I have to call off tomorrow's interview as the role has been put on hold.",
        False,
    ),
    (
        "canc-2",
        "cancellation",
        "Max Roth <max@glenmore.example>",
        "Re: call today",
        "Apologies, we need to cancel today's call, our panel is unavailable.",
        True,
    ),
    (
        "canc-3",
        "cancellation",
        "Scheduling <interviews@oakhurst.example>",
        "Interview cancelled",
        "Your interview on Monday has been cancelled. Please do not travel.",
        False,
    ),
    (
        "offer-1",
        "offer",
        "Gail Ross <gail@hollins.example>",
        "Good news",
        "We'd love you to join us - I'm sending the offer letter over today.",
        False,
    ),
    (
        "offer-2",
        "offer",
        "People <people@northwick.example>",
        "Re: final round",
        "Congratulations, the job is yours! Formal offer to follow.",
        True,
    ),
    (
        "offer-3",
        "offer",
        "Leo Marsh <leo@ferncastle.example>",
        "Offer",
        "We are pleased to offer you the role of Operations Lead, starting in May.",
        False,
    ),
    (
        "ack-1",
        "acknowledgment",
        "Jobs <jobs@linwood.example>",
        "Application received",
        "Thanks, your application has reached us and will be read by the team.",
        False,
    ),
    (
        "ack-2",
        "acknowledgment",
        "Tina Grey <tina@wrenhall.example>",
        "Re: CV",
        "Thanks Sam, received. I'll pass it to the hiring manager.",
        True,
    ),
    (
        "ack-3",
        "acknowledgment",
        "Careers <careers@stonebridge.example>",
        "Thanks for applying",
        "We got your application for the analyst role. We review every one.",
        False,
    ),
    (
        "stat-1",
        "status_update",
        "Dan Moore <dan@amberlea.example>",
        "Re: interview",
        "Thanks for the note. You'll hear from us with a decision by the 20th.",
        True,
    ),
    (
        "stat-2",
        "status_update",
        "Lucy Hale <lucy@brookfield.example>",
        "Re: next steps",
        "No news yet - the panel is still weighing things up. I expect to know more in a "
        "fortnight.",
        True,
    ),
    (
        "stat-3",
        "status_update",
        "Hiring <hiring@castlereagh.example>",
        "Update on your application",
        "We are still reviewing candidates and aim to come back to you next week.",
        False,
    ),
    (
        "stat-4",
        "status_update",
        "Sam Hill <samh@fairmont.example>",
        "Re: thank you",
        "Appreciate it! We'll have an answer for you by Thursday.",
        True,
    ),
    (
        "stat-5",
        "status_update",
        "Ivo Bell <ivo@larkmoor.example>",
        "Re: role",
        "Sorry for the slow reply, we haven't decided yet and will update you soon.",
        True,
    ),
    (
        "oth-1",
        "other",
        "Jamie <jamie.lee@gmail.com>",
        "Re: weekend",
        "Thanks! I'll let you know by Friday whether I can make the hike.",
        True,
    ),
    (
        "oth-2",
        "other",
        "Chris <chris.b@outlook.com>",
        "Re: the flat",
        "Sounds good, I'll get back to you with an answer on the sofa by Monday.",
        True,
    ),
    (
        "oth-3",
        "other",
        "Shop <orders@plumtree-shop.example>",
        "Order update",
        "Good news: your parcel is on its way and should arrive Tuesday.",
        False,
    ),
    (
        "oth-4",
        "other",
        "Bank <alerts@northbank.example>",
        "Card payment",
        "A payment of 42.00 was made with your card ending 1234.",
        False,
    ),
    (
        "oth-5",
        "other",
        "Club <hello@runclub.example>",
        "Re: Saturday",
        "Unfortunately the run is cancelled this week because of the storm.",
        True,
    ),
    (
        "oth-6",
        "other",
        "Dentist <appointments@smilecare.example>",
        "Appointment confirmed",
        "Your appointment is confirmed for Monday at 9:15am.",
        False,
    ),
    (
        "oth-7",
        "other",
        "Mum <mum.taylor@gmail.com>",
        "Re: call",
        "Can we move our call to Sunday? Dad has his dentist on Saturday.",
        True,
    ),
    (
        "oth-8",
        "other",
        "Council <noreply@towncouncil.example>",
        "Your application",
        "We have received your parking permit application and will decide within 10 days.",
        False,
    ),
    (
        "oth-9",
        "other",
        "Alex <alex.k@gmail.com>",
        "Re: news",
        "Congrats on the interview! Fingers crossed, let me know how it goes.",
        True,
    ),
    (
        "oth-10",
        "other",
        "Gym <team@ironworks-gym.example>",
        "Class cancelled",
        "Tonight's spin class has been cancelled. Sorry for the short notice.",
        False,
    ),
    (
        "oth-11",
        "other",
        "Store <shipping@oakleaf-store.example>",
        "Shipping update",
        "Your order has been dispatched.",
        False,
    ),
    (
        "oth-12",
        "other",
        "Account <security@cloudnest.example>",
        "Password changed",
        "Your password was changed a few minutes ago.",
        False,
    ),
    (
        "oth-13",
        "other",
        "Deliveries <track@swiftparcel.example>",
        "Delivered",
        "Your parcel was left with a neighbour at number 12.",
        False,
    ),
    (
        "oth-14",
        "other",
        "Books <news@pagecorner.example>",
        "New this week",
        "Three new thrillers just landed. Browse the list.",
        False,
    ),
    (
        "oth-15",
        "other",
        "Library <no-reply@citylib.example>",
        "Item due soon",
        "Your loan is due back on Friday.",
        False,
    ),
    (
        "oth-16",
        "other",
        "Pat <pat.m@yahoo.com>",
        "Re: lunch",
        "Works for me, see you at noon on Thursday!",
        True,
    ),
    (
        "oth-17",
        "other",
        "Energy <billing@brightvolt.example>",
        "Your bill",
        "Your statement for May is ready to view.",
        False,
    ),
    (
        "oth-18",
        "other",
        "Ride <receipts@zoomcab.example>",
        "Trip receipt",
        "Thanks for riding with us. Your total was 14.20.",
        False,
    ),
)


# Calendar mail with little or no text of its own: (id, label, subject, body, METHOD,
# SEQUENCE, event title).
INVITES: tuple[tuple[str, str, str, str, str, int, str], ...] = (
    ("ics-1", "confirmation", "Invitation: Interview", "", "REQUEST", 0, "Interview - Analyst"),
    (
        "ics-2",
        "confirmation",
        "Invitation: Technical interview",
        "See you then.",
        "REQUEST",
        0,
        "Technical interview with Ravensby",
    ),
    (
        "ics-3",
        "reschedule",
        "Updated invitation: Interview",
        "",
        "REQUEST",
        1,
        "Interview - Designer",
    ),
    (
        "ics-4",
        "reschedule",
        "Updated: Phone screen",
        "Moved by an hour.",
        "REQUEST",
        2,
        "Phone screen with Tidemark",
    ),
    ("ics-5", "cancellation", "Canceled: Interview", "", "CANCEL", 1, "Interview - Engineer"),
    (
        "ics-6",
        "cancellation",
        "Cancelled event: Final interview",
        "",
        "CANCEL",
        2,
        "Final interview",
    ),
    ("ics-7", "other", "Invitation: Book club", "", "REQUEST", 0, "Book club at Mia's"),
    ("ics-8", "other", "Updated invitation: Team lunch", "", "REQUEST", 1, "Team lunch"),
    ("ics-9", "other", "Canceled: Yoga", "", "CANCEL", 1, "Yoga in the park"),
    ("ics-10", "other", "Accepted: Interview", "", "REPLY", 0, "Interview - Analyst"),
)


def _calendar(method: str, sequence: int, title: str) -> str:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
        f"UID:{title.lower().replace(' ', '-')}@mail.example\r\nSEQUENCE:{sequence}\r\n"
        "DTSTART:20250612T140000Z\r\nDTEND:20250612T150000Z\r\n"
        f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def notes() -> Iterator[tuple[str, str, bytes]]:
    """(name, label, message bytes) for every note and calendar message."""
    for gid, label, subject, body, method, sequence, title in INVITES:
        mail = EmailMessage()
        mail["From"] = "Kim Hale <kim.hale@ravensby.example>"
        mail["To"] = "Sam Taylor <sam.taylor@mail.example>"
        mail["Subject"] = subject
        mail["Date"] = "Mon, 09 Jun 2025 09:00:00 +0100"
        mail["Message-ID"] = f"<extra-{gid}@mail.example>"
        mail.set_content(body or "\n")
        mail.add_alternative(_calendar(method, sequence, title), subtype="calendar")
        yield gid, label, bytes(mail)
    for number, (gid, label, sender, subject, body, reply) in enumerate(NOTES):
        mail = EmailMessage()
        mail["From"] = sender
        mail["To"] = "Sam Taylor <sam.taylor@mail.example>"
        mail["Subject"] = subject
        mail["Date"] = f"Tue, {3 + number % 20:02d} Jun 2025 10:15:00 +0100"
        mail["Message-ID"] = f"<extra-{gid}@mail.example>"
        if reply:
            mail["In-Reply-To"] = "<sam-earlier@mail.example>"
        mail.set_content(body)
        yield gid, label, bytes(mail)
