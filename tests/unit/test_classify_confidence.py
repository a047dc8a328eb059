"""Confidence calibration: clear messages are confident, mixed ones are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.classify import classify, confidence_of, runner_up
from followupd.core.understand.message import understand
from followupd.model import Address, FolderRole, Label, Message

LEX = load_lexicon("en")
MIN_CONFIDENCE = 0.75  # the default drafting threshold


def msg(
    text: str, subject: str, sender: Address | None = None, calendars: tuple[str, ...] = ()
) -> Message:
    return Message(
        location=None,
        role=FolderRole.INBOX,
        message_id="<c1@fjordline.example>",
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(sender or Address("Ines Varga", "ines.varga@fjordline.example"),),
        to=(Address("Sam", "sam@mail.example"),),
        cc=(),
        reply_to=(),
        date=datetime(2025, 11, 3, 10, 0, tzinfo=UTC),
        text=text,
        calendars=calendars,
    )


def test_two_status_phrases_beat_a_next_steps_subject() -> None:
    text = (
        "Hi Sam,\n\nThanks again for coming in on Monday. The panel is still meeting with a "
        "couple of other people and we hope to reach a decision by Friday, November 14. I will "
        "be in touch either way.\n\nBest,\nInes"
    )
    plain = classify(msg(text, "Next steps: Support Engineer"), lexicon=LEX)
    assert plain.label is Label.STATUS_UPDATE
    assert plain.confidence >= 0.8, plain.evidence
    full = understand(msg(text, "Next steps: Support Engineer"), lexicon=LEX, tz=UTC)
    assert full.confidence >= plain.confidence
    assert full.reply_expected_by is not None


def test_one_clear_phrase_from_an_ats_is_confident() -> None:
    ats = Address("Fjordline", "no-reply@hire.lever.co")
    text = "Hi Sam, after some thought we will not be moving forward with your application."
    result = classify(msg(text, "Your application", ats), lexicon=LEX)
    assert result.label is Label.REJECTION
    assert result.confidence >= 0.8, result.evidence


def test_genuinely_mixed_message_stays_below_the_drafting_threshold() -> None:
    text = (
        "Hi Sam, we would like to invite you to a final interview with the director. Separately, "
        "the original role has been filled, so we regret to inform you that this would be for a "
        "different team."
    )
    result = classify(msg(text, "Your application"), lexicon=LEX)
    assert result.confidence < MIN_CONFIDENCE, result.evidence


def test_a_subject_cue_alone_does_not_outweigh_two_body_phrases() -> None:
    text = (
        "We have received your application for the Support Engineer role. Our team will "
        "carefully review your experience over the coming days."
    )
    result = classify(msg(text, "Interview invitation"), lexicon=LEX)
    assert result.label is Label.ACKNOWLEDGMENT
    assert result.confidence >= 0.6, result.evidence


def test_overlapping_matches_count_once() -> None:
    text = "We have decided to move forward with other candidates for this role."
    result = classify(msg(text, "Support Engineer"), lexicon=LEX)
    rejection_cues = [e for e in result.evidence if e.startswith("phrase") and "-> rejection" in e]
    assert len(rejection_cues) == 1, result.evidence
    assert "decided to move forward with other candidates" in rejection_cues[0]


def test_a_sentence_says_one_thing() -> None:
    text = "Sorry, Sam, but we need to cancel your interview scheduled for Thursday."
    result = classify(msg(text, "Support Engineer interview"), lexicon=LEX)
    assert result.label is Label.CANCELLATION
    weak = [e for e in result.evidence if "-> confirmation" in e]
    assert weak and "in a sentence that says cancellation" in weak[0]


def test_ats_sender_backs_only_the_leading_label() -> None:
    ats = Address("Fjordline", "no-reply@ashbyhq.com")
    text = (
        "Thank you for applying. Unfortunately we will not be moving forward with your "
        "application at this time."
    )
    result = classify(msg(text, "Support Engineer", ats), lexicon=LEX)
    ats_lines = [e for e in result.evidence if "is an ATS" in e]
    assert len(ats_lines) == 1 and ats_lines[0].startswith(
        "sender ashbyhq.com is an ATS -> rejection"
    )


def test_a_time_in_the_text_backs_a_confirmation() -> None:
    text = "Just confirming our call on Thursday November 6 at 3:30 PM UTC. Talk then!"
    plain = classify(msg(text, "Support Engineer phone screen"), lexicon=LEX)
    full = understand(msg(text, "Support Engineer phone screen"), lexicon=LEX, tz=UTC)
    assert full.label is Label.CONFIRMATION
    assert full.interview is not None
    # The model already weighed the time it saw; the date reader's find is no second vote.
    assert full.confidence >= plain.confidence
    assert "a time in the text backs confirmation" in full.evidence


@pytest.mark.parametrize(("top", "second"), [(0.5, 0.0), (0.75, 0.2), (0.9, 0.5), (0.99, 0.9)])
def test_confidence_falls_as_the_runner_up_closes_in(top: float, second: float) -> None:
    alone = confidence_of(top, 0.0, LEX)
    contested = confidence_of(top, second, LEX)
    tied = confidence_of(top, top, LEX)
    assert alone >= contested >= tied
    assert tied == pytest.approx(alone * (1 - LEX.weights["rival_discount"]))
    assert 0.0 <= tied <= contested <= alone <= 1.0


def test_more_evidence_means_more_confidence() -> None:
    values = [confidence_of(s, 0.1, LEX) for s in (0.45, 0.6, 0.75, 0.9, 0.97)]
    assert values == sorted(values)
    assert confidence_of(0.45, 0.0, LEX) < MIN_CONFIDENCE < confidence_of(0.75, 0.0, LEX)


UPDATED_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:int-7@fjordline.example\r\nSEQUENCE:1\r\nDTSTAMP:20251103T100000Z\r\n"
    "DTSTART:20251107T150000Z\r\nDTEND:20251107T160000Z\r\nSUMMARY:Interview\r\n"
    "ORGANIZER;CN=Ines Varga:mailto:ines.varga@fjordline.example\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "subject", ["Updated invitation: Interview for Support Engineer", "Support Engineer interview"]
)
def test_updated_invitation_with_the_calendar_attached_is_a_sure_reschedule(subject: str) -> None:
    text = (
        "Hi Sam,\n\nThe panel has a conflict on Thursday, so your interview now takes place on "
        "Friday, November 7 at 15:00 UTC. The updated calendar invitation is attached.\n\n"
        "Best,\nInes"
    )
    result = understand(msg(text, subject, calendars=(UPDATED_ICS,)), lexicon=LEX, tz=UTC)
    assert result.label is Label.RESCHEDULE
    assert result.confidence >= MIN_CONFIDENCE, result.evidence
    # The attached invitation still counts for confirmation; it just does not argue against.
    assert any("-> confirmation" in e for e in result.evidence), result.evidence


def test_a_moved_time_and_an_attached_invitation_are_no_rivals() -> None:
    text = "We had to move your interview to Friday. The calendar invitation is attached."
    result = classify(
        msg(text, "Support Engineer interview", calendars=(UPDATED_ICS,)), lexicon=LEX
    )
    assert result.label is Label.RESCHEDULE
    assert result.confidence >= MIN_CONFIDENCE, result.evidence


def test_runner_up_skips_labels_with_the_same_outcome() -> None:
    scheduled = [(Label.RESCHEDULE, 0.8), (Label.CONFIRMATION, 0.7), (Label.INVITATION, 0.2)]
    assert runner_up(scheduled) == 0.2
    confirmed = [(Label.CONFIRMATION, 0.8), (Label.RESCHEDULE, 0.7)]
    assert runner_up(confirmed) == 0.0
    # Every other pair of labels still contests: they would change what happens next.
    assert runner_up([(Label.REJECTION, 0.8), (Label.OFFER, 0.5)]) == 0.5
    assert runner_up([(Label.CONFIRMATION, 0.8), (Label.INVITATION, 0.6)]) == 0.6
    assert runner_up([(Label.OFFER, 0.9)]) == 0.0
    assert runner_up([]) == 0.0
