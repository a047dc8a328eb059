"""Classification of single messages: every label, negation, hedging, auto-replies, bulk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.adapters.lexicon_files import load_lexicon, load_senders
from followupd.core.understand.classify import calendar_facts, classify, normalise
from followupd.core.understand.lexicon import lexicon_from_mapping, literal_anchor
from followupd.model import Address, Classification, FolderRole, Label, Message

LEX = load_lexicon("en")
RECRUITER = Address("Dana Whitfield", "dana@northbeam.example")


def msg(
    text: str,
    subject: str = "Your application",
    *,
    sender: Address = RECRUITER,
    reply_to: tuple[Address, ...] = (),
    calendars: tuple[str, ...] = (),
    **headers: object,
) -> Message:
    return Message(
        location=None,
        role=FolderRole.INBOX,
        message_id="<m1@northbeam.example>",
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(sender,),
        to=(Address("Sam", "sam@example.org"),),
        cc=(),
        reply_to=reply_to,
        date=datetime(2025, 3, 4, 15, 0, tzinfo=UTC),
        text=text,
        calendars=calendars,
        **headers,  # type: ignore[arg-type]
    )


def label_of(text: str, subject: str = "Your application", **kw: object) -> Classification:
    return classify(msg(text, subject, **kw), lexicon=LEX)  # type: ignore[arg-type]


def ics(method: str, sequence: int = 0, summary: str = "Interview with Northbeam") -> str:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:abc@x\r\n"
        f"SEQUENCE:{sequence}\r\nDTSTART:20250310T150000Z\r\nDTEND:20250310T160000Z\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


# Wording deliberately unlike the corpus: how a held-out set by other companies might write.
EXAMPLES = [
    (
        Label.REJECTION,
        "Thanks for your patience while we reviewed candidates for the Platform role. We've "
        "made the difficult decision to go ahead with other candidates at this stage.",
    ),
    (
        Label.REJECTION,
        "I'm afraid we will not be progressing your application further. Other candidates "
        "were a closer match for what the team needs right now.",
    ),
    (
        Label.REJECTION,
        "We have now filled the position and are closing all other applications.",
    ),
    (
        Label.INVITATION,
        "We enjoyed reading your application and would like to set up a first interview. "
        "Could you send over a few times that suit you next week?",
    ),
    (
        Label.INVITATION,
        "Please pick a slot for your technical interview using this link: "
        "https://calendly.com/northbeam/tech-interview",
    ),
    (
        Label.CONFIRMATION,
        "Your video interview has been scheduled for Tuesday, March 11 at 10:00 AM EST. "
        "Please reply to confirm you can attend.",
    ),
    (
        Label.RESCHEDULE,
        "Our interviewer is travelling, so we have to move your interview. It has been "
        "rescheduled to Friday at 2 PM.",
    ),
    (
        Label.CANCELLATION,
        "I'm sorry for the short notice, but we need to cancel tomorrow's interview. The "
        "hiring manager is unwell; I will follow up with new options.",
    ),
    (
        Label.OFFER,
        "I'm so happy to tell you that we would like to extend you an offer for the Platform "
        "Engineer role. The written offer letter will follow today.",
    ),
    (
        Label.ACKNOWLEDGMENT,
        "Thanks for applying! This note confirms we have received your application for the "
        "Platform Engineer role. Our team will review it over the coming days.",
    ),
    (
        Label.STATUS_UPDATE,
        "Just checking in: we're still interviewing other candidates and hope to have a "
        "decision by the end of next week. Thank you for your patience.",
    ),
]


@pytest.mark.parametrize(("expected", "text"), EXAMPLES)
def test_every_label_from_plain_wording(expected: Label, text: str) -> None:
    result = label_of(text)
    assert result.label is expected, result.evidence
    assert 0.0 < result.confidence <= 1.0
    assert any(expected.value in line for line in result.evidence)


def test_evidence_names_the_deciding_phrase_and_weight() -> None:
    result = label_of("Unfortunately, we have decided to move forward with other candidates.")
    assert result.label is Label.REJECTION
    first = result.evidence[0]
    assert first.startswith("phrase 'decided to move forward with other candidates' -> rejection +")
    assert float(first.rsplit(" ", 1)[1]) > 0.5  # what it added to rejection's score


def test_ats_sender_adds_evidence() -> None:
    sender = Address("Northbeam", "no-reply@us.greenhouse-mail.io")
    result = label_of("We have received your application.", sender=sender)
    assert result.label is Label.ACKNOWLEDGMENT
    assert any(e.startswith("sender greenhouse-mail.io is an ATS -> ") for e in result.evidence)


def test_negated_rejection_phrase_is_not_a_rejection() -> None:
    result = label_of(
        "To be clear, we are not rejecting your application. No decision has been made yet "
        "and you are still under consideration for the role."
    )
    assert result.label is Label.STATUS_UPDATE
    assert result.label is not Label.REJECTION


def test_double_negative_is_not_a_rejection() -> None:
    result = label_of("It is not that we are unable to move forward with your application.")
    assert result.label is not Label.REJECTION
    assert any("negated by 'not'" in line for line in result.evidence)


def test_conditional_future_is_not_a_rejection() -> None:
    result = label_of(
        "Thank you for applying for the analyst position. If you are not selected for an "
        "interview, we will let you know by email. We have received your application."
    )
    assert result.label is Label.ACKNOWLEDGMENT


def test_hedged_reschedule_in_a_confirmation() -> None:
    result = label_of(
        "Your interview is confirmed for Monday at 3 PM. If you need to reschedule, just reply."
    )
    assert result.label is Label.CONFIRMATION
    assert any("hedged by 'if'" in line for line in result.evidence)


def test_invitation_as_a_question() -> None:
    result = label_of("Would you be available for a 20 minute phone screen about the role?")
    assert result.label is Label.INVITATION


def test_quoted_rejection_in_a_reply_is_not_a_rejection() -> None:
    text = (
        "Thanks for the kind words, it was lovely to meet you.\n\n"
        "On Tue, Mar 4, 2025 at 9:00 AM Sam <sam@example.org> wrote:\n"
        "> Unfortunately we have decided to move forward with other candidates.\n"
    )
    result = label_of(text, "Re: Your application")
    assert result.label is Label.OTHER
    assert "quoted reply removed from line 3" in result.evidence


def test_auto_submitted_header_is_an_auto_reply() -> None:
    result = label_of(
        "I am out of the office until Monday with limited access to email.",
        "Re: Interview",
        auto_submitted="auto-replied",
    )
    assert (result.label, result.auto_reply) == (Label.OTHER, True)


def test_out_of_office_subject_is_an_auto_reply_even_with_strong_words() -> None:
    result = label_of("Thanks, I will reply to your application when I return.", "Out of Office")
    assert result.auto_reply and result.label is Label.OTHER


def test_auto_generated_ats_notice_keeps_its_label() -> None:
    result = label_of(
        "We regret to inform you that your application was not successful.",
        auto_submitted="auto-generated",
    )
    assert result.label is Label.REJECTION and not result.auto_reply


def test_job_alert_is_bulk_other() -> None:
    result = label_of(
        "Jobs you may like: Platform Engineer at Northbeam. Easy apply.",
        "Jobs you may like",
        sender=Address("LinkedIn", "jobalerts-noreply@linkedin.com"),
        list_unsubscribe=True,
    )
    assert (result.label, result.bulk) == (Label.OTHER, True)


def test_newsletter_quoting_rejection_phrases_is_other() -> None:
    result = label_of(
        "How to reply when a recruiter writes 'we have decided to move forward with other "
        "candidates'. Five tips for your job search.",
        "Career tips",
        sender=Address("Career Digest", "news@digest.example"),
        list_id="<digest.example>",
        precedence="bulk",
    )
    assert result.label is Label.OTHER and result.bulk


def test_bulk_ats_mail_with_overwhelming_evidence_keeps_its_label() -> None:
    result = label_of(
        "After careful consideration we have decided to move forward with other candidates.",
        sender=Address("Northbeam", "no-reply@hire.lever.co"),
        list_unsubscribe=True,
    )
    assert result.label is Label.REJECTION and result.bulk
    assert any("overwhelming" in line for line in result.evidence)


def test_personal_mail_mentioning_an_interview_is_other() -> None:
    result = label_of(
        "How did the interview go? Are you free for dinner on Friday?",
        "dinner",
        sender=Address("Alex", "alex@gmail.com"),
    )
    assert result.label is Label.OTHER


def test_calendar_request_cancel_and_update() -> None:
    assert label_of("", "Invitation", calendars=(ics("REQUEST"),)).label is Label.CONFIRMATION
    assert label_of("", "Updated", calendars=(ics("REQUEST", 2),)).label is Label.RESCHEDULE
    assert label_of("", "Canceled", calendars=(ics("CANCEL", 1),)).label is Label.CANCELLATION
    assert label_of("", "Accepted", calendars=(ics("REPLY"),)).label is Label.OTHER


def test_personal_calendar_invite_is_not_an_interview() -> None:
    result = label_of(
        "See you there!", "Dinner", calendars=(ics("REQUEST", summary="Dinner at Luigi's"),)
    )
    assert result.label is Label.OTHER


def test_asks_confirmation_only_when_asked() -> None:
    asked = label_of("Your interview is scheduled for Monday at 3 PM. Please confirm.")
    plain = label_of("Your interview is scheduled for Monday at 3 PM.")
    assert asked.asks_confirmation and not plain.asks_confirmation


def test_thread_history_strengthens_a_moved_time() -> None:
    message = msg("We have a new time for the interview: Thursday 4 PM.")
    alone = classify(message, lexicon=LEX)
    in_thread = classify(message, lexicon=LEX, previous_labels=(Label.CONFIRMATION,))
    assert alone.label is Label.OTHER
    assert in_thread.label is Label.RESCHEDULE
    assert any(
        e.startswith("thread already had a fixed time -> reschedule +") for e in in_thread.evidence
    )


def test_nothing_recruiting_is_other_with_high_confidence() -> None:
    result = label_of("Your package has shipped.", "Order update")
    assert result.label is Label.OTHER and result.confidence >= 0.8
    assert all(p < 0.1 for label, p in result.alternatives if label is not Label.OTHER)


def test_calendar_facts_unfolds_lines() -> None:
    facts = calendar_facts(
        [ics("REQUEST", 3).replace("SUMMARY:Interview", "SUMMARY:Inter\r\n view")]
    )
    assert facts is not None
    assert (facts.method, facts.sequence, facts.summary) == (
        "REQUEST",
        3,
        "Interview with Northbeam",
    )
    assert calendar_facts(["BEGIN:VCALENDAR\r\nEND:VCALENDAR"]) is None


def test_normalise_expands_contractions_and_folds_space() -> None:
    assert normalise("We won\u2019t  be\nmoving on.\n\nThanks", LEX) == (
        "we will not be moving on. .\nthanks".replace("\n", " ")
    )


def test_literal_anchor() -> None:
    assert literal_anchor("regret to (inform|tell)") == "regret to"
    assert literal_anchor("(a|b) ([a-z]+ ){0,3}call") == "call"
    assert literal_anchor("candidates?") == "candidate"
    assert literal_anchor("a|b") == ""


def test_another_language_is_only_data() -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(
        resources.files("followupd").joinpath("data", "lang", "en.toml").read_text("utf-8")
    )
    data["lang"] = "xx"
    data["phrases"] = {"rejection": {"leider abgesagt": 0.9}}
    lexicon = lexicon_from_mapping(data, load_senders())
    result = classify(msg("Die Stelle ist leider abgesagt."), lexicon=lexicon)
    assert result.label is Label.REJECTION


def test_normalise_folds_accents() -> None:
    assert normalise("We keep your Résumé on file", LEX) == "we keep your resume on file"


def test_subject_cue_ending_in_punctuation_matches() -> None:
    result = label_of("Details attached.", "Offer - Growth Marketer at Fernweh")
    assert any(e.startswith("subject 'offer -'") for e in result.evidence), result.evidence


def test_a_job_title_in_the_text_is_recruiting_context() -> None:
    titled = label_of("Saw your note about the Staff Data Engineer spot. Free Thurs for a call?")
    bare = label_of("Saw your note about the garden. Free Thurs for a call?", "hey")
    assert titled.label is Label.INVITATION
    assert bare.label is Label.OTHER
    assert any("no recruiting vocabulary" in e for e in bare.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "We would like to offer you the Senior Backend Engineer position.",
        "Great news: we'd like to offer you the Staff C++ / Embedded Software Engineer role.",
        "We are delighted to offer you the Head of Data Platform role at Northbeam.",
        "After the final round we have decided to offer you the Principal Site Reliability "
        "Engineer job.",
    ],
)
def test_offer_names_the_role_between_the_and_position(text: str) -> None:
    result = label_of(f"Hi Sam,\n\n{text} Details will follow.\n\nDana", "Re: Interview")
    assert result.label is Label.OFFER, result.evidence
    assert result.confidence >= 0.75, result.evidence


def test_a_chance_to_talk_about_the_position_is_no_offer() -> None:
    for text in (
        "I am pleased to offer you the opportunity to interview with our CTO next week.",
        "We would like to offer you the chance to discuss the Senior Engineer position.",
    ):
        assert label_of(text, "Re: Interview").label is not Label.OFFER, text


def test_unable_to_offer_the_named_role_is_a_rejection() -> None:
    text = "We are unable to offer you the Senior Backend Engineer position at this time."
    assert label_of(text).label is Label.REJECTION


def test_an_out_of_office_reply_in_invitation_words_is_never_an_invitation() -> None:
    result = label_of(
        "I am out of the office until Monday. We would love to invite you to an interview; "
        "please share your availability and I will schedule it when I am back.",
        "Automatic reply: Interview invitation",
        auto_submitted="auto-replied",
    )
    assert result.auto_reply and result.label is Label.OTHER


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Thank you for applying to the analyst role. Could we talk next week?", True),
        ("We reviewed your application and would like to invite you to interview.", True),
        ("Following up on our call, I would like to invite you to meet the team.", True),
        ("I came across your profile and think you would be a great fit. Free to chat?", False),
        ("We are hiring engineers and would love to invite you to an interview.", False),
    ],
)
def test_answers_user_tells_an_answer_from_a_first_approach(text: str, answers: bool) -> None:
    assert label_of(text, subject="Interview").answers_user is answers


def test_a_calendar_request_worded_as_an_invitation_is_not_two_things() -> None:
    """Inviting and fixing a time are one outcome: the confidence is not held down."""
    text = "You are invited to an interview for the Data Engineer role. Details are attached."
    subject = "Interview invitation: Data Engineer"
    result = label_of(text, subject=subject, calendars=(ics("REQUEST"),))
    assert result.label is Label.CONFIRMATION
    assert result.confidence == dict(result.alternatives)[Label.CONFIRMATION]  # not held down
    assert not any("it says two things" in e for e in result.evidence)


def test_an_automated_notice_is_not_an_out_of_office_reply() -> None:
    """'This is an automated message' says a system sent it, not that someone is away."""
    text = (
        "Your interview with Northbeam is booked for Tuesday 11 March at 15:00 UTC.\n"
        "This is an automated message."
    )
    result = label_of(text, subject="Booked: interview with Northbeam")
    assert not result.auto_reply
    away = label_of("I am out of the office until Monday. This is an automated reply.")
    assert away.auto_reply
