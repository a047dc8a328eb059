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

# One note per paragraph: "id | label | sender | subject | reply or new", then its text indented.
NOTES_TEXT = """
rej-1 | rejection | Ada Moss <ada@quillfield.example> | Data Analyst | reply
    Thanks for your patience. We have offered the job to someone else, sorry it is not
    better news.
rej-2 | rejection | Hiring <jobs@brackenway.example> | Your application | new
    We won't be taking your application forward this time. Good luck with the search.
rej-3 | rejection | Tom Reyes <tom@lanternbay.example> | Re: Product Designer | reply
    Sorry Sam, the team picked another finalist. I really enjoyed our chats.
rej-4 | rejection | Careers <careers@orchidline.example> | Application update | new
    The vacancy you applied for has been withdrawn, so we are closing all applications.
rej-5 | rejection | Mia Chen <mia@saltmarsh.example> | Re: Support Lead | reply
    Unfortunately we've decided not to progress with your candidacy. All the best.
rej-6 | rejection | Recruitment <hr@greystone.example> | Your application | new
    Regrettably you were not shortlisted for this role. We wish you well.
rej-7 | rejection | Omar Diaz <omar@fernhill.example> | Re: interview | reply
    We've gone with a candidate with more payments experience. Thanks again for your time.
inv-1 | invitation | Lena Park <lena@copperfield.example> | Backend role | new
    Loved your portfolio. Can we set up a 30 minute call next week? Send me a couple of
    slots.
inv-2 | invitation | Raj Patel <raj@windmere.example> | Re: Analyst application | reply
    We'd like to have you in for a first interview. What days suit you?
inv-3 | invitation | Talent <talent@ravensby.example> | Next step | new
    You have been chosen for a phone screen. Use the link to pick a time:
    https://calendly.com/ravensby/screen
inv-4 | invitation | Nina Ford <nina@hartwell.example> | Quick question | new
    I'm glad to offer you the chance to meet our head of design. Any afternoon free?
inv-5 | invitation | Jon Blake <jon@tidemark.example> | Re: Engineer role | reply
    We are happy to give you the opportunity to speak with our CEO. When works?
inv-6 | invitation | Eva Lind <eva@moorgate.example> | Your CV | new
    Got your CV - are you around Thursday for a chat about the role?
conf-1 | confirmation | Sara Ortiz <sara@bellcroft.example> | Re: interview | reply
    Great, Wednesday 11am it is. Dial-in below.
conf-2 | confirmation | Recruiting <recruiting@ashgrove.example> | Interview booked | new
    You're booked in for Monday at 2:30pm with the hiring manager.
conf-3 | confirmation | Ken Wu <ken@marrowby.example> | Re: times | reply
    Thursday at 4 works perfectly. Speak then!
conf-4 | confirmation | Calendar <no-reply@pinecrest.example> | Interview confirmed | new
    Confirmed: technical interview, Tuesday 10:00-11:00 BST, video link to follow.
resch-1 | reschedule | Ana Silva <ana@brightmoor.example> | Re: interview | reply
    Our manager has a clash, could we shift you to Friday at 3pm instead?
resch-2 | reschedule | Recruiting <jobs@elmstead.example> | Interview time changed | new
    Your interview is now on 14 March at 10:30 rather than the 12th.
resch-3 | reschedule | Paul Hart <paul@kestrelmoor.example> | Re: our call | reply
    Something came up - can we push tomorrow's call to next week? I'll send new times.
canc-1 | cancellation | Ivy Cole <ivy@larchfield.example> | Tomorrow's interview | new
    I'm so sorry, I have to call off tomorrow's interview as the role has been put on hold.
canc-2 | cancellation | Max Roth <max@glenmore.example> | Re: call today | reply
    Apologies, we need to cancel today's call, our panel is unavailable.
canc-3 | cancellation | Scheduling <interviews@oakhurst.example> | Interview cancelled | new
    Your interview on Monday has been cancelled. Please do not travel.
offer-1 | offer | Gail Ross <gail@hollins.example> | Good news | new
    We'd love you to join us - I'm sending the offer letter over today.
offer-2 | offer | People <people@northwick.example> | Re: final round | reply
    Congratulations, the job is yours! Formal offer to follow.
offer-3 | offer | Leo Marsh <leo@ferncastle.example> | Offer | new
    We are pleased to offer you the role of Operations Lead, starting in May.
ack-1 | acknowledgment | Jobs <jobs@linwood.example> | Application received | new
    Thanks, your application has reached us and will be read by the team.
ack-2 | acknowledgment | Tina Grey <tina@wrenhall.example> | Re: CV | reply
    Thanks Sam, received. I'll pass it to the hiring manager.
ack-3 | acknowledgment | Careers <careers@stonebridge.example> | Thanks for applying | new
    We got your application for the analyst role. We review every one.
stat-1 | status_update | Dan Moore <dan@amberlea.example> | Re: interview | reply
    Thanks for the note. You'll hear from us with a decision by the 20th.
stat-2 | status_update | Lucy Hale <lucy@brookfield.example> | Re: next steps | reply
    No news yet - the panel is still weighing things up. I expect to know more in a
    fortnight.
stat-3 | status_update | Hiring <hiring@castlereagh.example> | Update on your application | new
    We are still reviewing candidates and aim to come back to you next week.
stat-4 | status_update | Sam Hill <samh@fairmont.example> | Re: thank you | reply
    Appreciate it! We'll have an answer for you by Thursday.
stat-5 | status_update | Ivo Bell <ivo@larkmoor.example> | Re: role | reply
    Sorry for the slow reply, we haven't decided yet and will update you soon.
oth-1 | other | Jamie <jamie.lee@gmail.com> | Re: weekend | reply
    Thanks! I'll let you know by Friday whether I can make the hike.
oth-2 | other | Chris <chris.b@outlook.com> | Re: the flat | reply
    Sounds good, I'll get back to you with an answer on the sofa by Monday.
oth-3 | other | Shop <orders@plumtree-shop.example> | Order update | new
    Good news: your parcel is on its way and should arrive Tuesday.
oth-4 | other | Bank <alerts@northbank.example> | Card payment | new
    A payment of 42.00 was made with your card ending 1234.
oth-5 | other | Club <hello@runclub.example> | Re: Saturday | reply
    Unfortunately the run is cancelled this week because of the storm.
oth-6 | other | Dentist <appointments@smilecare.example> | Appointment confirmed | new
    Your appointment is confirmed for Monday at 9:15am.
oth-7 | other | Mum <mum.taylor@gmail.com> | Re: call | reply
    Can we move our call to Sunday? Dad has his dentist on Saturday.
oth-8 | other | Council <noreply@towncouncil.example> | Your application | new
    We have received your parking permit application and will decide within 10 days.
oth-9 | other | Alex <alex.k@gmail.com> | Re: news | reply
    Congrats on the interview! Fingers crossed, let me know how it goes.
oth-10 | other | Gym <team@ironworks-gym.example> | Class cancelled | new
    Tonight's spin class has been cancelled. Sorry for the short notice.
oth-11 | other | Store <shipping@oakleaf-store.example> | Shipping update | new
    Your order has been dispatched.
oth-12 | other | Account <security@cloudnest.example> | Password changed | new
    Your password was changed a few minutes ago.
oth-13 | other | Deliveries <track@swiftparcel.example> | Delivered | new
    Your parcel was left with a neighbour at number 12.
oth-14 | other | Books <news@pagecorner.example> | New this week | new
    Three new thrillers just landed. Browse the list.
oth-15 | other | Library <no-reply@citylib.example> | Item due soon | new
    Your loan is due back on Friday.
oth-16 | other | Pat <pat.m@yahoo.com> | Re: lunch | reply
    Works for me, see you at noon on Thursday!
oth-17 | other | Energy <billing@brightvolt.example> | Your bill | new
    Your statement for May is ready to view.
oth-18 | other | Ride <receipts@zoomcab.example> | Trip receipt | new
    Thanks for riding with us. Your total was 14.20.
"""

# Calendar mail with little or no text of its own:
# "id|label|subject|text|METHOD|SEQUENCE|event title" (an indented line continues a row).
INVITES_TEXT = """
ics-1|confirmation|Invitation: Interview||REQUEST|0|Interview - Analyst
ics-2|confirmation|Invitation: Technical interview|See you then.|REQUEST|0|
    Technical interview with Ravensby
ics-3|reschedule|Updated invitation: Interview||REQUEST|1|Interview - Designer
ics-4|reschedule|Updated: Phone screen|Moved by an hour.|REQUEST|2|Phone screen with Tidemark
ics-5|cancellation|Canceled: Interview||CANCEL|1|Interview - Engineer
ics-6|cancellation|Cancelled event: Final interview||CANCEL|2|Final interview
ics-7|other|Invitation: Book club||REQUEST|0|Book club at Mia's
ics-8|other|Updated invitation: Team lunch||REQUEST|1|Team lunch
ics-9|other|Canceled: Yoga||CANCEL|1|Yoga in the park
ics-10|other|Accepted: Interview||REPLY|0|Interview - Analyst
"""


def _notes() -> list[tuple[str, str, str, str, str, bool]]:
    """(id, label, sender, subject, text, in reply to a thread) for every note."""
    found = []
    for block in NOTES_TEXT.strip().split("\n"):
        if not block.startswith(" "):
            gid, label, sender, subject, kind = (part.strip() for part in block.split("|"))
            found.append([gid, label, sender, subject, "", kind == "reply"])
        else:
            found[-1][4] = f"{found[-1][4]} {block.strip()}".strip()
    return [(g, lb, sn, sj, str(text), bool(reply)) for g, lb, sn, sj, text, reply in found]


def _invites() -> list[tuple[str, str, str, str, str, int, str]]:
    rows = [line.split("|") for line in INVITES_TEXT.strip().replace("|\n    ", "|").splitlines()]
    return [
        (g.strip(), lb.strip(), sj.strip(), tx.strip(), m.strip(), int(sq), ti.strip())
        for g, lb, sj, tx, m, sq, ti in rows
    ]


def _calendar(method: str, sequence: int, title: str) -> str:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
        f"UID:{title.lower().replace(' ', '-')}@mail.example\r\nSEQUENCE:{sequence}\r\n"
        "DTSTART:20250612T140000Z\r\nDTEND:20250612T150000Z\r\n"
        f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def notes() -> Iterator[tuple[str, str, bytes]]:
    """(name, label, message bytes) for every note and calendar message."""
    for gid, label, subject, body, method, sequence, title in _invites():
        mail = EmailMessage()
        mail["From"] = "Kim Hale <kim.hale@ravensby.example>"
        mail["To"] = "Sam Taylor <sam.taylor@mail.example>"
        mail["Subject"] = subject
        mail["Date"] = "Mon, 09 Jun 2025 09:00:00 +0100"
        mail["Message-ID"] = f"<extra-{gid}@mail.example>"
        mail.set_content(body or "\n")
        mail.add_alternative(_calendar(method, sequence, title), subtype="calendar")
        mail.set_boundary(f"extra-{gid}")
        yield gid, label, bytes(mail)
    for number, (gid, label, sender, subject, body, reply) in enumerate(_notes()):
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
