"""Short replies in a thread: a dated promise of a decision is a status update."""

from __future__ import annotations

from datetime import UTC, date, datetime

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.mailkind import answers_in_thread
from followupd.core.understand.message import understand
from followupd.model import Address, Classification, FolderRole, Label, Message

LEX = load_lexicon("en")
JORDAN = Address("Jordan Lee", "jordan.lee@brightwave.example")
MIN_CONFIDENCE = 0.75  # the default drafting threshold
SENT = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)  # a Tuesday


def reply(
    text: str,
    subject: str = "Re: Interview confirmed: Senior Backend Engineer",
    sender: Address = JORDAN,
    *,
    in_reply_to: str | None = "<thanks@mail.example>",
    role: FolderRole = FolderRole.INBOX,
) -> Message:
    return Message(
        location=None,
        role=role,
        message_id="<r1@brightwave.example>",
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
        subject=subject,
        from_=(sender,),
        to=(Address("Alex Morgan", "alex@mail.example"),),
        cc=(),
        reply_to=(),
        date=SENT,
        text=text,
    )


def read(message: Message) -> Classification:
    return understand(message, lexicon=LEX, tz=UTC)


def test_a_short_reply_promising_a_decision_is_a_status_update() -> None:
    text = "Hi Alex,\n\nThanks for your note! We will let you know our decision by December 18."
    result = read(reply(text))
    assert result.label is Label.STATUS_UPDATE, result.evidence
    assert result.confidence >= MIN_CONFIDENCE, result.evidence
    assert result.reply_expected_by == date(2026, 12, 18)
    assert any(e.startswith("a reply promises a decision by 2026-12-18") for e in result.evidence)


def test_the_promise_counts_in_other_words_too() -> None:
    text = (
        "Thank you Alex, great to meet you too. You'll have an answer from us by Friday.\n\nJordan"
    )
    result = read(reply(text))
    assert result.label is Label.STATUS_UPDATE, result.evidence
    assert result.reply_expected_by == date(2026, 12, 11)


def test_a_promise_from_a_personal_mailbox_is_not_the_employers() -> None:
    friend = Address("Jordan", "jordan.lee@gmail.com")
    text = "Thanks Alex! I'll let you know my decision about the trip by December 18."
    result = read(reply(text, "Re: your interview and the trip", friend))
    assert result.label is Label.OTHER
    assert result.reply_expected_by is None


def test_a_promise_outside_any_recruiting_talk_stays_other() -> None:
    text = "Sounds good. I'll get back to you with an answer on the venue by Friday."
    result = read(reply(text, "Re: offsite planning"))
    assert result.label is Label.OTHER, result.evidence


def test_a_promise_of_something_else_is_no_decision() -> None:
    text = "Thanks Alex, I'll let you know by Friday if I can share the slides."
    result = read(reply(text))
    assert not any(e.startswith("a reply promises") for e in result.evidence)


def test_a_confirmation_that_promises_a_date_stays_a_sure_confirmation() -> None:
    text = (
        "Hi Alex,\n\nGreat, you are booked for Thursday at 2pm UTC with Sam. We'll let you "
        "know the outcome by Friday the week after.\n\nJordan\n"
    )
    result = read(reply(text))
    assert result.label is Label.CONFIRMATION
    assert result.confidence >= MIN_CONFIDENCE, result.evidence
    assert result.reply_expected_by is not None
    assert not any(e.startswith("a reply promises") for e in result.evidence)


def test_what_answers_in_a_thread() -> None:
    assert answers_in_thread(reply("x"), LEX)
    assert answers_in_thread(reply("x", "Re: Interview", in_reply_to=None), LEX)
    assert not answers_in_thread(reply("x", "Interview", in_reply_to=None), LEX)
    assert not answers_in_thread(reply("x", "Fwd: Interview"), LEX)
    assert not answers_in_thread(reply("x", role=FolderRole.SENT), LEX)


def test_an_invitation_that_proposes_one_time_and_asks_to_confirm_it_fixes_the_slot() -> None:
    text = (
        "Dear Alex,\n\nThanks for applying. We would like to invite you to an interview on "
        "Thursday 10 December at 10:00 UTC (45 minutes, video). Could you confirm that this "
        "works for you?\n\nJordan"
    )
    result = read(reply(text, subject="Interview: Senior Backend Engineer", in_reply_to=None))
    assert result.label is Label.INVITATION, result.evidence
    assert result.interview is not None and result.asks_confirmation
    assert result.interview.start == datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    assert result.interview.end == datetime(2026, 12, 10, 10, 45, tzinfo=UTC)
    open_ended = text.replace(" Could you confirm that this works for you?", "")
    loose = read(reply(open_ended, subject="Interview: Senior Backend Engineer", in_reply_to=None))
    assert loose.interview is None and not loose.asks_confirmation  # no ask: not fixed yet


def test_the_users_own_reply_gives_the_time_they_agreed_to_unless_they_turn_it_down() -> None:
    me = Address("Alex Morgan", "alex@mail.example")
    agreed = reply("Hi Jordan,\n\nThursday 10 December at 14:00 works for me.\n\nAlex",
                   sender=me, role=FolderRole.SENT)  # fmt: skip
    assert read(agreed).interview is not None
    assert read(agreed).interview.start == datetime(2026, 12, 10, 14, 0, tzinfo=UTC)  # type: ignore[union-attr]
    declined = reply("Hi Jordan,\n\nThursday 10 December at 14:00 doesn't work for me, sorry.",
                     sender=me, role=FolderRole.SENT)  # fmt: skip
    assert read(declined).interview is None
