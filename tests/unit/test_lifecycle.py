"""Application lifecycle: every state, reschedules, cancellations, drafts and the evidence trail."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.lifecycle import derive_state
from followupd.core.plan.threads import message_key
from followupd.model import (
    Application,
    ApplicationState,
    Classification,
    Contact,
    Interview,
    Label,
    Message,
    State,
    Thread,
)

BERLIN = ZoneInfo("Europe/Berlin")
SLOT = datetime(2026, 11, 5, 14, tzinfo=BERLIN)
OWN = ["Sam@Example.org"]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _ics(start: datetime = SLOT, sequence: int = 0, *, cancelled: bool = False) -> Interview:
    end = start + timedelta(hours=1)
    return Interview(start, end, "ics", sequence, cancelled=cancelled, uid="slot-1@ats")


def _c(label: Label, confidence: float = 0.95, **extra: object) -> Classification:
    return Classification(label, confidence, (f"{label} evidence",), **extra)  # type: ignore[arg-type]


SENDERS = load_senders()


def _app(messages: tuple[Message, ...]) -> Application:
    return Application("a1", "co:acme", (Thread("t1", messages),), messages)


def _derive(
    items: list[tuple[Message, Classification | None]], now: str, **kwargs: object
) -> ApplicationState:
    app = _app(tuple(m for m, _ in items))
    classified = {message_key(m): c for m, c in items if c is not None}
    return derive_state(
        app,
        classified,
        own_addresses=OWN,
        senders=SENDERS,
        now=_at(now),
        **kwargs,  # type: ignore[arg-type]
    )


INVITE = (mail("inv@acme", "2026-10-28T09:00"), _c(Label.INVITATION))
CONFIRM = (
    mail("conf@acme", "2026-11-02T09:00"),
    _c(Label.CONFIRMATION, interview=_ics(), company="Acme", role="Data Engineer"),
)
THANKS = (mail("ty@example.org", "2026-11-05T18:00", sent=True, text="Thank you!"), None)


def test_not_recruiting() -> None:
    result = _derive([(mail("n@news", "2026-11-01T09:00"), _c(Label.OTHER))], "2026-11-02T00:00")
    assert result.state is State.NOT_RECRUITING
    assert "not recruiting" in result.evidence[-2]


def test_invited_without_time() -> None:
    result = _derive([INVITE], "2026-10-29T00:00")
    assert result.state is State.INVITED
    assert result.since == _at("2026-10-28T09:00")
    assert result.interview is None


def test_scheduled_with_evidence_trail() -> None:
    result = _derive([INVITE, CONFIRM], "2026-11-04T00:00")
    assert result.state is State.SCHEDULED
    assert result.interview == _ics()
    assert "2026-11-02 confirmation: interview 2026-11-05T14:00+01:00 (ics SEQUENCE 0)" in (
        result.evidence
    )
    assert (result.company, result.role) == ("Acme", "Data Engineer")


def test_interviewed_after_end_until_the_user_writes() -> None:
    result = _derive([INVITE, CONFIRM], "2026-11-05T16:30")
    assert result.state is State.INTERVIEWED
    assert result.since == SLOT + timedelta(hours=1)
    assert "2026-11-05 15:00 interview ended" in result.evidence


def test_interview_without_end_lasts_one_hour() -> None:
    open_ended = Interview(SLOT, None, "text")
    confirm = (mail("c@acme", "2026-11-02T09:00"), _c(Label.CONFIRMATION, interview=open_ended))
    assert _derive([confirm], "2026-11-05T13:30").state is State.SCHEDULED  # 14:30 Berlin
    assert _derive([confirm], "2026-11-05T14:01").state is State.INTERVIEWED


def test_awaiting_reply_after_thank_you() -> None:
    result = _derive([INVITE, CONFIRM, THANKS], "2026-11-06T09:00")
    assert result.state is State.AWAITING_REPLY
    assert result.since == _at("2026-11-05T18:00")
    assert result.last_outbound == _at("2026-11-05T18:00")


def test_promise_keeps_awaiting_then_turns_silent() -> None:
    update = (
        mail("st@acme", "2026-11-06T10:00"),
        _c(Label.STATUS_UPDATE, reply_expected_by=date(2026, 11, 13), reply_rule="by Friday"),
    )
    items = [INVITE, CONFIRM, THANKS, update]
    waiting = _derive(items, "2026-11-13T20:00")
    assert waiting.state is State.AWAITING_REPLY
    assert waiting.promised_by == date(2026, 11, 13)
    silent = _derive(items, "2026-11-14T08:00")
    assert silent.state is State.SILENT
    assert silent.since == _at("2026-11-06T10:00")
    assert any("promised reply by 2026-11-13 passed" in e for e in silent.evidence)


def test_silent_without_promise_after_a_week() -> None:
    result = _derive([INVITE, CONFIRM, THANKS], "2026-11-12T18:00")
    assert result.state is State.SILENT
    assert result.since == _at("2026-11-05T18:00")
    assert "no inbound reply since 2026-11-05 (7 days)" in result.evidence


def test_moved_on_after_last_follow_up_and_silence() -> None:
    follow = (mail("f1@example.org", "2026-11-20T09:00", sent=True, text="Any news?"), None)
    items = [INVITE, CONFIRM, THANKS, follow]
    assert _derive(items, "2026-12-10T09:00", followups_sent=1).state is State.SILENT
    moved = _derive(items, "2026-12-11T09:00", followups_sent=1)
    assert moved.state is State.MOVED_ON
    assert moved.since == _at("2026-12-11T09:00")
    assert _derive(items, "2026-12-11T09:00").state is State.SILENT  # no follow-ups: not yet


def test_reply_after_follow_up_prevents_moved_on() -> None:
    follow = (mail("f1@example.org", "2026-11-20T09:00", sent=True), None)
    human = (mail("h@acme", "2026-11-21T09:00"), _c(Label.OTHER))
    result = _derive([INVITE, CONFIRM, THANKS, follow, human], "2026-12-30T09:00", followups_sent=1)
    assert result.state is State.SILENT
    assert result.since == _at("2026-11-21T09:00")


def test_auto_reply_and_bulk_are_not_the_answer() -> None:
    ooo = (mail("ooo@acme", "2026-11-05T18:01"), _c(Label.OTHER, auto_reply=True))
    bulk = (mail("b@acme", "2026-11-06T09:00"), _c(Label.OTHER, bulk=True))
    result = _derive([INVITE, CONFIRM, THANKS, ooo, bulk], "2026-11-06T10:00")
    assert result.state is State.AWAITING_REPLY
    assert result.last_inbound == _at("2026-11-02T09:00")
    assert "2026-11-05 auto-reply: not the employer's answer" in result.evidence
    assert "2026-11-06 bulk mail: not the employer's answer" in result.evidence


def test_bulk_mail_whose_reading_was_overwhelming_still_counts() -> None:
    """The classifier keeps a label on bulk mail only when the evidence is overwhelming (an
    ATS decline sent with List-Unsubscribe): that decline closes the application."""
    decline = (mail("b@acme", "2026-11-06T09:00"), _c(Label.REJECTION, bulk=True))
    result = _derive([INVITE, CONFIRM, THANKS, decline], "2026-11-06T10:00")
    assert result.state is State.REJECTED


def test_drafts_never_count_as_outbound() -> None:
    ours = (mail("d1@example.org", "2026-11-05T16:00", sent=True, action="thank_you"), None)
    flagged = (mail("d2@example.org", "2026-11-05T17:00", sent=True, flags=("\\Draft",)), None)
    result = _derive([INVITE, CONFIRM, ours, flagged], "2026-11-05T18:00")
    assert result.state is State.INTERVIEWED
    assert result.last_outbound is None


def test_own_address_in_inbox_is_outbound() -> None:
    cc_self = mail("self@example.org", "2026-11-05T18:00", sender=ME, text="Thanks again")
    result = _derive([INVITE, CONFIRM, (cc_self, None)], "2026-11-06T09:00")
    assert result.state is State.AWAITING_REPLY
    assert result.last_outbound == _at("2026-11-05T18:00")


def test_reschedule_with_higher_sequence_and_stale_update_ignored() -> None:
    later = SLOT + timedelta(days=1)
    moved = (mail("r@acme", "2026-11-03T09:00"), _c(Label.RESCHEDULE, interview=_ics(later, 2)))
    stale = (mail("s@acme", "2026-11-03T10:00"), _c(Label.CONFIRMATION, interview=_ics(SLOT, 1)))
    result = _derive([INVITE, CONFIRM, moved, stale], "2026-11-05T20:00")
    assert result.state is State.SCHEDULED
    assert result.interview is not None
    assert result.interview.start == later
    assert any("rescheduled from 2026-11-05T14:00+01:00" in e for e in result.evidence)
    assert any("SEQUENCE 1 older than 2" in e for e in result.evidence)


def test_text_reschedule_replaces_time() -> None:
    later = Interview(SLOT + timedelta(hours=3), None, "text")
    moved = (mail("r@acme", "2026-11-03T09:00"), _c(Label.RESCHEDULE, interview=later))
    result = _derive([CONFIRM, moved], "2026-11-05T14:30")
    assert result.state is State.SCHEDULED
    assert result.interview is not None
    assert (result.interview.start, result.interview.source) == (later.start, "text")
    assert result.interview.uid == "slot-1@ats"  # still the calendar's event


def test_reschedule_request_without_time_goes_back_to_invited() -> None:
    ask = (mail("r@acme", "2026-11-03T09:00"), _c(Label.RESCHEDULE))
    result = _derive([CONFIRM, ask], "2026-11-06T09:00")
    assert result.state is State.INVITED
    assert result.interview is None


def test_cancellation_clears_interview() -> None:
    cancel = (
        mail("x@acme", "2026-11-04T09:00"),
        _c(Label.CANCELLATION, interview=_ics(sequence=1, cancelled=True)),
    )
    result = _derive([INVITE, CONFIRM, cancel], "2026-11-06T09:00")
    assert result.state is State.INVITED
    assert result.interview is None
    assert "2026-11-04 cancellation: interview cancelled; invited until a new time" in (
        result.evidence
    )


def test_cancelled_ics_under_another_label_and_stale_cancel() -> None:
    cancelled = _c(Label.INVITATION, interview=_ics(sequence=1, cancelled=True))
    result = _derive([CONFIRM, (mail("x@acme", "2026-11-04T09:00"), cancelled)], "2026-11-04T10:00")
    assert result.state is State.INVITED
    update = (mail("u@acme", "2026-11-03T09:00"), _c(Label.RESCHEDULE, interview=_ics(SLOT, 3)))
    old_cancel = (
        mail("o@acme", "2026-11-04T09:00"),
        _c(Label.CANCELLATION, interview=_ics(sequence=2, cancelled=True)),
    )
    kept = _derive([CONFIRM, update, old_cancel], "2026-11-04T10:00")
    assert kept.state is State.SCHEDULED
    assert any("stale cancellation ignored" in e for e in kept.evidence)


def test_low_confidence_cancellation_needs_review() -> None:
    cancel = (mail("x@acme", "2026-11-04T09:00"), _c(Label.CANCELLATION, 0.5))
    assert _derive([CONFIRM, cancel], "2026-11-04T10:00").state is State.NEEDS_REVIEW


def test_rejection_is_terminal_but_a_later_invitation_reopens() -> None:
    reject = (mail("rej@acme", "2026-11-10T09:00"), _c(Label.REJECTION))
    ack = (mail("ack@acme", "2026-11-11T09:00"), _c(Label.ACKNOWLEDGMENT))
    rejected = _derive([CONFIRM, THANKS, reject, ack], "2026-12-30T09:00")
    assert rejected.state is State.REJECTED
    assert rejected.since == _at("2026-11-10T09:00")
    assert "2026-11-11 acknowledgment: ignored after rejected" in rejected.evidence
    # The recruiter writes again, quoting the old rejection; the classifier calls it an
    # invitation (quotes are its business), so the thread is open again.
    again = (mail("again@acme", "2026-11-20T09:00"), _c(Label.INVITATION))
    assert _derive([CONFIRM, THANKS, reject, again], "2026-11-21T09:00").state is State.INVITED


def test_reply_quoting_old_rejection_classified_other_keeps_rejected() -> None:
    reject = (mail("rej@acme", "2026-11-10T09:00"), _c(Label.REJECTION))
    quoting = (mail("q@acme", "2026-11-12T09:00"), _c(Label.OTHER))
    result = _derive([CONFIRM, reject, quoting], "2026-11-13T09:00")
    assert result.state is State.REJECTED
    assert result.last_inbound == _at("2026-11-12T09:00")


def test_offer_terminal_and_rescinded() -> None:
    offer = (mail("of@acme", "2026-11-10T09:00"), _c(Label.OFFER))
    status = (mail("st@acme", "2026-11-11T09:00"), _c(Label.STATUS_UPDATE))
    assert _derive([CONFIRM, offer, status], "2027-01-30T09:00").state is State.OFFER
    rescind = (mail("re@acme", "2026-11-12T09:00"), _c(Label.REJECTION))
    assert _derive([CONFIRM, offer, rescind], "2026-11-13T09:00").state is State.REJECTED


def test_withdrawn_by_the_users_own_words() -> None:
    text = (
        "Hi Jane, I have accepted another offer and would like to withdraw my application.\n"
        "On Mon, Nov 2, 2026 at 10:00 AM Jane wrote:\n> Looking forward to it\n"
    )
    out = (mail("w@example.org", "2026-11-03T09:00", sent=True, text=text), None)
    later = (mail("l@acme", "2026-11-04T09:00"), _c(Label.INVITATION))
    result = _derive([CONFIRM, out, later], "2026-11-05T09:00")
    assert result.state is State.WITHDRAWN
    assert result.since == _at("2026-11-03T09:00")
    assert "2026-11-03 you wrote 'accepted another offer': withdrawn" in result.evidence


def test_turning_down_a_recruiters_approach_closes_it() -> None:
    """ "Three days a week in Frankfurt isn't workable, so I'll pass on this one": the user
    said no; the recruiter's friendly question afterwards gets no reply draft."""
    text = "Thanks for thinking of me. The commute isn't workable, so I'll pass on this one."
    out = (mail("w@example.org", "2026-11-03T09:00", sent=True, text=text), None)
    result = _derive([INVITE, out], "2026-11-05T09:00")
    assert result.state is State.WITHDRAWN
    relay = "Thanks, I'll pass on this information to the panel before Thursday."
    kept = (mail("w@example.org", "2026-11-03T09:00", sent=True, text=relay), None)
    assert _derive([CONFIRM, kept], "2026-11-04T09:00").state is State.SCHEDULED


def test_negated_or_quoted_withdrawal_does_not_count() -> None:
    negated = "I have not accepted another offer and remain very interested."
    quoted = "Thanks!\n> Candidates who are no longer interested can ignore this."
    for text in (negated, quoted):
        out = (mail("w@example.org", "2026-11-03T09:00", sent=True, text=text), None)
        assert _derive([CONFIRM, out], "2026-11-04T09:00").state is State.SCHEDULED


def test_needs_review_when_deciding_message_is_unsure() -> None:
    reject = (mail("rej@acme", "2026-11-10T09:00"), _c(Label.REJECTION, 0.6))
    result = _derive([CONFIRM, reject], "2026-11-11T09:00")
    assert result.state is State.NEEDS_REVIEW
    assert any("confidence 0.60 < 0.75" in e for e in result.evidence)
    assert _derive([CONFIRM, reject], "2026-11-11T09:00", min_confidence=0.5).state is (
        State.REJECTED
    )


def test_acknowledgment_waits_then_turns_silent() -> None:
    ack = (mail("ack@acme", "2026-11-01T09:00"), _c(Label.ACKNOWLEDGMENT))
    assert _derive([ack], "2026-11-03T09:00").state is State.AWAITING_REPLY
    assert _derive([ack], "2026-11-09T09:00").state is State.SILENT


def test_invited_and_answered_turns_silent() -> None:
    answer = (mail("a@example.org", "2026-10-28T12:00", sent=True, text="Happy to!"), None)
    assert _derive([INVITE, answer], "2026-10-30T12:00").state is State.INVITED
    silent = _derive([INVITE, answer], "2026-11-05T12:00")
    assert silent.state is State.SILENT
    assert silent.since == _at("2026-10-28T12:00")


def test_unclassified_and_undated_messages_are_skipped() -> None:
    stray = (mail("s@acme", "2026-11-03T09:00"), None)
    undated = (mail("u@acme", None), _c(Label.REJECTION))
    result = _derive([INVITE, CONFIRM, stray, undated], "2026-11-04T09:00")
    assert result.state is State.SCHEDULED
    assert "2026-11-03 unclassified message ignored" in result.evidence


def test_contacts_are_merged_by_address() -> None:
    jane = Contact("Jane Roe", "jane@acme.example", "recruiter")
    bob = Contact("Bob", "bob@acme.example", "interviewer")
    first = (mail("a@acme", "2026-10-28T09:00"), _c(Label.INVITATION, contacts=(jane,)))
    second = (mail("b@acme", "2026-10-29T09:00"), _c(Label.INVITATION, contacts=(jane, bob)))
    assert _derive([first, second], "2026-10-30T09:00").contacts == (jane, bob)


def test_dst_week_interview_end_uses_the_real_offset() -> None:
    # 26 Oct 2026, the Monday after Europe's change: 10:00 Berlin is 09:00 UTC.
    slot = datetime(2026, 10, 26, 10, tzinfo=BERLIN)
    confirm = (mail("c@acme", "2026-10-22T09:00"), _c(Label.CONFIRMATION, interview=_ics(slot)))
    assert _derive([confirm], "2026-10-26T09:59").state is State.SCHEDULED
    assert _derive([confirm], "2026-10-26T10:00").state is State.INTERVIEWED


def test_company_and_role_fall_back_to_your_own_application() -> None:
    applied = mail("app@example.org", "2026-10-20T09:00", sent=True, text="My application.")
    mine = _c(Label.OTHER, company="Quarry & Co", role="QA Lead")
    result = _derive([(applied, mine), INVITE], "2026-10-29T00:00")
    assert (result.company, result.role) == ("Quarry & Co", "QA Lead")
    later = _derive([(applied, mine), INVITE, CONFIRM], "2026-11-03T00:00")
    assert (later.company, later.role) == ("Acme", "Data Engineer")  # their mail wins


def test_a_guessed_company_never_replaces_a_written_one() -> None:
    named = _c(Label.CONFIRMATION, interview=_ics(), company="Brightwave Robotics")
    guessed = Classification(
        Label.STATUS_UPDATE,
        0.95,
        ("status", "company 'Brightwave' guessed from the domain brightwave.example"),
        company="Brightwave",
    )
    reply = mail("upd@acme", "2026-11-06T09:00")
    result = _derive([(CONFIRM[0], named), (reply, guessed)], "2026-11-07T00:00")
    assert result.company == "Brightwave Robotics"


# --- one application, many threads and rounds


def _person(label: Label, **extra: object) -> Classification:
    """A message a person wrote: its sender is the contact to answer."""
    return _c(label, contacts=(Contact("Jane Roe", "jane@acme.example", "contact"),), **extra)


def test_every_interview_round_is_kept_and_a_uid_cancellation_drops_only_its_own() -> None:
    second = Interview(SLOT + timedelta(days=7), None, "ics", 0, uid="slot-2@ats")
    round_two = (mail("r2@acme", "2026-11-06T09:00"), _c(Label.CONFIRMATION, interview=second))
    result = _derive([INVITE, CONFIRM, round_two], "2026-11-06T10:00")
    assert [i.uid for i in result.interviews] == ["slot-1@ats", "slot-2@ats"]
    assert result.interview == second
    gone = dataclasses.replace(second, sequence=1, cancelled=True)
    cancel = (mail("cx@acme", "2026-11-07T09:00"), _c(Label.CANCELLATION, interview=gone))
    after = _derive([INVITE, CONFIRM, round_two, cancel], "2026-11-07T10:00")
    assert [i.uid for i in after.interviews] == ["slot-1@ats"]
    assert after.state is State.INVITED


def test_a_calendar_invitation_with_few_words_is_a_meeting_of_the_process_under_way() -> None:
    """ "Priya has invited you to: System design" reads as `other` alone; from a person of an
    employer already inviting the user, its calendar part is the next round. Alone, or with
    a decline's weight behind it, it stays what it read."""
    design = Interview(SLOT + timedelta(days=7), None, "ics", 0, uid="design@acme")
    terse = _person(
        Label.OTHER,
        confidence=0.52,
        interview=design,
        alternatives=((Label.OTHER, 0.52), (Label.CONFIRMATION, 0.42)),
    )
    invite = (mail("design@acme", "2026-11-06T09:00"), terse)
    result = _derive([INVITE, CONFIRM, invite], "2026-11-06T10:00")
    assert result.state is State.SCHEDULED and result.interview == design
    assert [i.uid for i in result.interviews] == ["slot-1@ats", "design@acme"]
    assert any("a calendar invitation from jane@acme.example" in e for e in result.evidence)
    alone = _derive([invite], "2026-11-06T10:00")
    assert alone.state is State.NOT_RECRUITING
    doubtful = dataclasses.replace(
        terse, alternatives=((Label.OTHER, 0.52), (Label.REJECTION, 0.3))
    )
    unsure = _derive([INVITE, CONFIRM, (invite[0], doubtful)], "2026-11-06T10:00")
    assert unsure.state is State.NEEDS_REVIEW


def test_the_same_day_again_is_the_same_interview_not_a_second_round() -> None:
    text_time = Interview(SLOT.replace(hour=15), None, "text")
    again = (mail("again@acme", "2026-11-03T09:00"), _c(Label.CONFIRMATION, interview=text_time))
    result = _derive([INVITE, CONFIRM, again], "2026-11-04T00:00")
    assert len(result.interviews) == 1 and result.interview is not None
    assert result.interview.start == text_time.start and result.interview.uid == "slot-1@ats"


def test_a_question_from_a_person_waits_until_the_user_writes() -> None:
    ask = (mail("q@acme", "2026-11-06T09:00"), _person(Label.STATUS_UPDATE, asks=("references",)))
    waiting = _derive([INVITE, CONFIRM, THANKS, ask], "2026-11-06T10:00")
    assert waiting.open_request is not None
    assert (waiting.open_request.message_id, waiting.open_request.asks) == (
        "<q@acme>",
        ("references",),
    )
    answer = (mail("a@example.org", "2026-11-06T12:00", sent=True, text="Attached."), None)
    done = _derive([INVITE, CONFIRM, THANKS, ask, answer], "2026-11-06T13:00")
    assert done.open_request is None
    assert "2026-11-06 you answered what they asked on 2026-11-06" in done.evidence


def test_an_unreadable_reply_from_a_person_needs_a_look_until_the_user_writes() -> None:
    unclear = (mail("u@acme", "2026-11-10T09:00"), _person(Label.OTHER))
    result = _derive([INVITE, CONFIRM, THANKS, unclear], "2026-11-11T09:00")
    assert result.state is State.NEEDS_REVIEW
    assert any("cannot tell what it says: needs a look" in e for e in result.evidence)
    answer = (mail("a@example.org", "2026-11-10T12:00", sent=True), None)
    again = _derive([INVITE, CONFIRM, THANKS, unclear, answer], "2026-11-11T09:00")
    assert again.state is not State.NEEDS_REVIEW


def test_mail_in_a_language_not_read_needs_a_look_and_names_the_language() -> None:
    """Its label means nothing: neither a decline nor silence is assumed, and nothing is chased."""
    german = _c(Label.OTHER, 0.6, language="de", language_read=False)
    foreign = (mail("de@acme", "2026-11-10T09:00"), german)
    result = _derive([INVITE, CONFIRM, THANKS, foreign], "2026-11-30T09:00")
    assert result.state is State.NEEDS_REVIEW
    assert any("(language: de): needs a look, would be" in e for e in result.evidence)
    alone = _derive([foreign], "2026-11-30T09:00")  # not dropped as not recruiting
    assert alone.state is State.NEEDS_REVIEW
    assert any("(language: de): needs a look;" in e for e in alone.evidence)
    answer = (mail("a@example.org", "2026-11-10T12:00", sent=True), None)
    again = _derive([INVITE, CONFIRM, THANKS, foreign, answer], "2026-11-11T09:00")
    assert again.state is not State.NEEDS_REVIEW  # the user read it and answered


def test_automated_only_and_a_decline_in_its_own_thread_closes_the_application() -> None:
    ack = (mail("ack@ats", "2026-11-01T09:00"), _c(Label.ACKNOWLEDGMENT))
    no = (mail("no@ats", "2026-11-20T09:00", subject="An update"), _c(Label.REJECTION))
    result = _derive([ack, no], "2026-11-21T09:00")
    assert result.state is State.REJECTED and result.automated
    human = (mail("h@acme", "2026-11-05T09:00"), _person(Label.INVITATION))
    mixed = _derive([ack, human, no], "2026-11-21T09:00")
    assert mixed.state is State.REJECTED and not mixed.automated
    assert mixed.last_human == _at("2026-11-05T09:00")


def test_the_company_is_the_name_the_mail_writes_most() -> None:
    guessed = Classification(
        Label.ACKNOWLEDGMENT, 0.9, ("company 'Acmerobotics' guessed from the domain",),
        company="Acmerobotics",
    )  # fmt: skip
    items = [
        (mail("a@acme", "2026-11-01T09:00"), guessed),
        (mail("b@acme", "2026-11-02T09:00"), _c(Label.INVITATION, company="Acme Robotics")),
        (mail("c@acme", "2026-11-03T09:00"), guessed),
    ]
    assert _derive(items, "2026-11-04T00:00").company == "Acme Robotics"


def test_a_subject_part_every_reply_repeats_does_not_outvote_a_signature() -> None:
    """ "Lead Data Engineer - Frankfurt": every "Re:" gives the place again; the agency's
    signature, written once, names who is writing. A subject part still beats a guess."""

    def named(label: Label, company: str, how: str) -> Classification:
        return Classification(label, 0.9, (f"company '{company}' {how}",), company=company)

    pitch = named(Label.INVITATION, "Keystone Search", "from the signature")
    place = named(Label.OTHER, "Frankfurt", "from the subject")
    items = [
        (mail("p@keystone", "2026-11-01T09:00"), pitch),
        (mail("r1@example.org", "2026-11-01T10:00", sent=True), place),
        (mail("r2@keystone", "2026-11-02T09:00"), place),
    ]
    assert _derive(items, "2026-11-04T00:00").company == "Keystone Search"
    guess = named(Label.INVITATION, "Keystonesearch", "guessed from the domain keystone.example")
    items[0] = (items[0][0], guess)
    assert _derive(items, "2026-11-04T00:00").company == "Frankfurt"


def test_an_automatic_reply_names_when_its_writer_is_back() -> None:
    ooo = (
        mail("ooo@acme", "2026-11-06T09:00", text="I am out of the office until 16 November."),
        _c(Label.OTHER, auto_reply=True),
    )
    result = _derive([INVITE, CONFIRM, THANKS, ooo], "2026-11-06T10:00")
    assert result.away == (("jane@acme.example", date(2026, 11, 16)),)
    assert result.last_inbound == _at("2026-11-02T09:00")  # still not their answer


def test_a_withdrawal_in_the_users_own_words_closes_the_application() -> None:
    for words in (
        "I have decided to withdraw from the process, thank you.",
        "Please withdraw me from consideration; I have accepted a role elsewhere.",
        "I'd like to withdraw my application.",
    ):
        mine = (mail("w@example.org", "2026-11-06T09:00", sent=True, text=words), None)
        result = _derive([INVITE, CONFIRM, THANKS, mine], "2026-11-07T00:00")
        assert result.state is State.WITHDRAWN, words
    kept = (mail("k@example.org", "2026-11-06T09:00", sent=True, text="I won't withdraw."), None)
    assert _derive([INVITE, CONFIRM, THANKS, kept], "2026-11-07T00:00").state is not State.WITHDRAWN


def test_an_unsure_reading_names_its_best_two_readings() -> None:
    doubt = ((Label.REJECTION, 0.55), (Label.STATUS_UPDATE, 0.3))
    shaky = _person(Label.REJECTION, confidence=0.55, alternatives=doubt)
    result = _derive([INVITE, (mail("s@acme", "2026-11-10T09:00"), shaky)], "2026-11-11T09:00")
    assert result.state is State.NEEDS_REVIEW
    assert result.review == "rejection 0.55 or status_update 0.30"
    noise = ((Label.OTHER, 0.6), (Label.OFFER, 0.05))
    unclear = _person(Label.OTHER, confidence=0.6, alternatives=noise)
    quiet = _derive([INVITE, (mail("u@acme", "2026-11-10T09:00"), unclear)], "2026-11-11T09:00")
    assert quiet.review == "other 0.60"  # a runner-up at 0.05 is noise, not a doubt
    sure = _derive([INVITE], "2026-10-28T10:00")
    assert sure.state is State.INVITED and sure.review is None


def test_an_unsure_reading_decides_when_being_wrong_costs_only_a_deletable_draft() -> None:
    """status_update 0.57 with nothing closing behind it still moves the application on; the
    same 0.57 with a rejection reading at 0.2 waits for the user (a follow-up to a no)."""
    calm = ((Label.STATUS_UPDATE, 0.57), (Label.CONFIRMATION, 0.17), (Label.OTHER, 0.1))
    update = _person(Label.STATUS_UPDATE, confidence=0.57, alternatives=calm)
    at = mail("upd@acme", "2026-11-06T09:00")
    moved = _derive([INVITE, CONFIRM, THANKS, (at, update)], "2026-11-06T10:00")
    assert moved.state is State.AWAITING_REPLY
    risky = ((Label.STATUS_UPDATE, 0.57), (Label.REJECTION, 0.2), (Label.OTHER, 0.1))
    doubt = _person(Label.STATUS_UPDATE, confidence=0.57, alternatives=risky)
    held = _derive([INVITE, CONFIRM, THANKS, (at, doubt)], "2026-11-06T10:00")
    assert held.state is State.NEEDS_REVIEW
    capped = _person(
        Label.STATUS_UPDATE, confidence=0.6, alternatives=((Label.STATUS_UPDATE, 0.9),)
    )
    says_two = _derive([INVITE, CONFIRM, THANKS, (at, capped)], "2026-11-06T10:00")
    assert says_two.state is State.NEEDS_REVIEW  # a rule held it down: the user looks
    weak = _person(
        Label.STATUS_UPDATE, confidence=0.45, alternatives=((Label.STATUS_UPDATE, 0.45),)
    )
    assert _derive([INVITE, CONFIRM, THANKS, (at, weak)], "2026-11-06T10:00").state is (
        State.NEEDS_REVIEW
    )
    no = _person(Label.REJECTION, confidence=0.6, alternatives=((Label.REJECTION, 0.6),))
    closing = _derive([INVITE, CONFIRM, THANKS, (at, no)], "2026-11-06T10:00")
    assert closing.state is State.NEEDS_REVIEW  # a closing reading always needs the bar


def test_the_time_the_user_gives_to_an_open_invitation_is_the_interview() -> None:
    slot = Interview(SLOT, SLOT + timedelta(hours=1), "text", 0)
    mine = Classification(Label.CONFIRMATION, 0.9, (), interview=slot)
    answer = (mail("a@example.org", "2026-10-28T12:00", sent=True), mine)
    result = _derive([INVITE, answer], "2026-10-29T09:00")
    assert result.state is State.SCHEDULED and result.interview == slot
    assert any("you gave a time" in e for e in result.evidence)
    after = _derive([INVITE, answer], "2026-11-05T18:00")
    assert after.state is State.INTERVIEWED  # and so a thank-you is due
    other = Interview(SLOT + timedelta(days=1), None, "text", 0)
    restated = Classification(Label.CONFIRMATION, 0.9, (), interview=other)
    later = (mail("b@example.org", "2026-11-03T12:00", sent=True), restated)
    booked = _derive([INVITE, CONFIRM, later], "2026-11-03T13:00")
    assert booked.interview == CONFIRM[1].interview  # a time they fixed is not overridden


def test_a_promise_counts_as_a_persons_only_from_a_named_person() -> None:
    """'We contact shortlisted candidates within three weeks' from a careers mailbox is
    boilerplate; the same from Jane is a promise worth a status check."""
    team = Contact("", "careers@acme.example", "contact")
    by = date(2026, 11, 20)
    boilerplate = _c(Label.ACKNOWLEDGMENT, contacts=(team,), reply_expected_by=by)
    ack = (mail("ack@acme", "2026-11-01T09:00"), boilerplate)
    assert not _derive([ack], "2026-11-02T09:00").promise_from_person
    promise = _person(Label.STATUS_UPDATE, reply_expected_by=by)
    update = (mail("upd@acme", "2026-11-01T09:00"), promise)
    assert _derive([update], "2026-11-02T09:00").promise_from_person
