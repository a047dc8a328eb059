"""Promised reply dates and the rule that produced each one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.core.dates import promised_reply_date

BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2026, 11, 4, 15, 0, tzinfo=UTC)  # Wednesday 4 Nov 2026


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("We'll get back to you by Friday.", date(2026, 11, 6), "first Friday after"),
        ("Expect to hear from us by end of next week.", date(2026, 11, 13), "week after"),
        ("We will update you by the end of the week.", date(2026, 11, 6), "sent week"),
        ("We aim to make a decision within two weeks.", date(2026, 11, 18), "+ 14 days"),
        ("You'll hear back in the next few days.", date(2026, 11, 7), "+ 3 days"),
        ("We will be in touch early next month.", date(2026, 12, 7), "7th of next month"),
        ("We expect to reach a decision by December 10.", date(2026, 12, 10), "December 10"),
        ("We'll get back to you by 10th of December", date(2026, 12, 10), "December 10"),
        ("We'll let you know next week.", date(2026, 11, 13), "week after"),
        ("Expect an update in 5-7 business days.", date(2026, 11, 13), "upper bound"),
        ("We will respond within 48 hours.", date(2026, 11, 6), "+ 48 hours"),
        ("We will get back to you by the end of the month.", date(2026, 11, 30), "last day"),
        ("A decision will be made by mid-December.", date(2026, 12, 15), "15th"),
        ("The team will provide feedback within a week.", date(2026, 11, 11), "+ 7 days"),
        ("We hope to have an update for you early next week.", date(2026, 11, 10), "Tuesday"),
        ("We will get back to you within 3 working days.", date(2026, 11, 9), "3 business days"),
        ("We'll let you know tomorrow.", date(2026, 11, 5), "day after"),
    ],
)
def test_phrases(text: str, expected: date, rule: str) -> None:
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value == expected
    assert rule in result.evidence[0]
    assert result.evidence[0].startswith("'")


def test_evidence_names_the_rule() -> None:
    result = promised_reply_date("Decision within two weeks.", sent_at=WEDNESDAY, tz=BERLIN)
    assert result.evidence == ("'within two weeks' -> sent date + 14 days",)


def test_business_days_skip_the_weekend() -> None:
    friday = datetime(2026, 11, 6, 10, tzinfo=UTC)
    text = "You'll hear back within 3 business days."
    assert promised_reply_date(text, sent_at=friday, tz=BERLIN).value == date(2026, 11, 11)


def test_a_few_days_are_three_calendar_days() -> None:
    friday = datetime(2026, 11, 6, 10, tzinfo=UTC)
    result = promised_reply_date("You'll hear back in a few days.", sent_at=friday, tz=BERLIN)
    assert result.value == date(2026, 11, 9)


def test_end_of_week_sent_on_saturday_is_the_coming_friday() -> None:
    saturday = datetime(2026, 11, 7, 10, tzinfo=UTC)
    text = "We'll update you by the end of the week."
    assert promised_reply_date(text, sent_at=saturday, tz=BERLIN).value == date(2026, 11, 13)


def test_sent_date_is_taken_in_the_given_zone() -> None:
    # 23:30 UTC on Wednesday is already Thursday in Berlin: "tomorrow" is Friday.
    late = datetime(2026, 11, 4, 23, 30, tzinfo=UTC)
    result = promised_reply_date("We'll let you know tomorrow.", sent_at=late, tz=BERLIN)
    assert result.value == date(2026, 11, 6)


def test_early_next_month_in_december_rolls_the_year() -> None:
    december = datetime(2026, 12, 15, 10, tzinfo=UTC)
    result = promised_reply_date("We'll be in touch early next month.", sent_at=december, tz=BERLIN)
    assert result.value == date(2027, 1, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Please apply by Friday.",
        "Please confirm your availability by Friday. We'll then get back to you.",
        "Complete the assessment within 48 hours; we'll review it after that.",
        "Thanks for applying!",
        "Applications close by December 10.",
    ],
)
def test_candidate_deadlines_are_not_promises(text: str) -> None:
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert result.evidence


def test_quoted_promise_is_ignored() -> None:
    text = "Thanks!\n> We'll get back to you by Friday."
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value is None


def test_naive_sent_time_is_read_as_utc() -> None:
    naive = datetime(2026, 11, 4, 23, 30)  # naive on purpose
    result = promised_reply_date("We'll let you know tomorrow.", sent_at=naive, tz=BERLIN)
    assert result.value == date(2026, 11, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will let you know by Friday, December 11.", date(2026, 12, 11)),
        ("We'll get back to you before Fri 11 Dec.", date(2026, 12, 11)),
        ("Expect a decision on Friday the 11th of December, 2026.", date(2026, 12, 11)),
        ("We will let you know no later than Friday, Dec. 11th. Thanks again!", date(2026, 12, 11)),
        ("We'll update you by Friday (December 11).", date(2026, 12, 11)),
        ("We will be in touch by Monday, November 9, 2026.", date(2026, 11, 9)),
    ],
)
def test_weekday_with_a_date_uses_the_date(text: str, expected: date) -> None:
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value == expected
    assert "agrees" in result.evidence[0]


def test_weekday_contradicting_the_date_gives_no_date() -> None:
    # 12 December 2026 is a Saturday: which of the two was meant is unknowable.
    text = "We will let you know by Friday, December 12. Talk soon."
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert result.evidence == (
        "weekday contradicts date: 'by Friday, December 12' but 2026-12-12 is a Saturday",
    )


def test_impossible_date_gives_no_date() -> None:
    result = promised_reply_date("We'll let you know by February 30.", sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert result.evidence == ("'by February 30' is not a valid date",)


def test_abbreviated_month_does_not_end_the_sentence() -> None:
    text = "We will share our decision by Dec. 3 at the latest."
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 12, 3)


def test_about_decision_needs_the_promise_to_name_what_comes() -> None:
    bare = "I'll let you know by Friday if I can make it."
    named = "We'll let you know our decision by Friday."
    assert promised_reply_date(bare, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 6)
    assert (
        promised_reply_date(bare, sent_at=WEDNESDAY, tz=BERLIN, about_decision=True).value is None
    )
    found = promised_reply_date(named, sent_at=WEDNESDAY, tz=BERLIN, about_decision=True)
    assert found.value == date(2026, 11, 6)


def test_an_answer_promised_is_a_promise_an_answer_asked_for_is_not() -> None:
    promised = "You will have an answer from us by December 10."
    asked = "Answer the questions in the form by December 10."
    assert promised_reply_date(promised, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 12, 10)
    assert promised_reply_date(asked, sent_at=WEDNESDAY, tz=BERLIN).value is None


# The forms of the dates issue, each with the rule named in the evidence.
@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("We'll get back to you within two weeks.", date(2026, 11, 18), "+ 14 days"),
        ("We'll let you know by the end of next week.", date(2026, 11, 13), "Friday of the week"),
        ("I'll be in touch early next week.", date(2026, 11, 10), "Tuesday of the week after"),
        ("Expect feedback in the next few days.", date(2026, 11, 7), "+ 3 days"),
        ("We will get back to you by Friday.", date(2026, 11, 6), "first Friday after"),
        ("We will let you know by March 20.", date(2027, 3, 20), "next March 20"),
        ("You'll hear back in 5-7 business days.", date(2026, 11, 13), "+ 7 business days"),
        ("We'll decide before the end of the month.", date(2026, 11, 30), "last day"),
        ("We'll get back to you within a month.", date(2026, 12, 4), "same day 1 month later"),
        ("You should hear from us in two to three weeks.", date(2026, 11, 25), "upper bound"),
        ("We'll get back to you within 1-2 weeks.", date(2026, 11, 18), "upper bound"),
        ("We'll get back to you in a week or two.", date(2026, 11, 18), "+ 14 days"),
        ("We aim to make a decision by Friday next week.", date(2026, 11, 13), "week after"),
        ("We'll let you know by next Friday.", date(2026, 11, 13), "week after"),
        ("The manager will decide by COB Thursday.", date(2026, 11, 5), "first Thursday"),
        ("I'll update you later this week.", date(2026, 11, 6), "Friday of the sent week"),
        ("We'll get back to you mid next week.", date(2026, 11, 11), "Wednesday"),
        ("Expect to hear back by the end of November.", date(2026, 11, 30), "last day"),
        ("A decision is expected in early December.", date(2026, 12, 7), "7th"),
        ("We will share the outcome by 20/11/2026.", date(2026, 11, 20), "numbers"),
        ("We will let you know the outcome by 20.11.2026.", date(2026, 11, 20), "numbers"),
        ("You'll get a decision from us two weeks from now.", date(2026, 11, 18), "+ 14 days"),
        ("We will get back to you by the 20th.", date(2026, 11, 20), "next day 20 of a month"),
        ("We'll let you know by Friday the 20th.", date(2026, 11, 20), "next day 20"),
        ("We will get back to you by the 2nd.", date(2026, 12, 2), "next day 2 of a month"),
        ("We'll be in touch in the next week or two.", date(2026, 11, 18), "+ 14 days"),
    ],
)
def test_issue_forms(text: str, expected: date, rule: str) -> None:
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value == expected, result.evidence
    assert rule in result.evidence[0]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We'll be in touch after the holidays.", "'after the holidays' is too vague"),
        ("We'll be in touch after the Christmas break.", "too vague"),
        ("We'll get back to you in the new year.", "'in the new year' is too vague"),
        ("We will get back to you in due course.", "'in due course' is too vague"),
        ("We'll have news for you in the coming weeks.", "too vague"),
        ("We'll get back to you in a few weeks.", "'in a few weeks' is too vague"),
    ],
)
def test_vague_promises_give_no_date_and_say_why(text: str, phrase: str) -> None:
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert any(phrase in note for note in result.evidence)


def test_a_dated_phrase_wins_over_a_vague_one() -> None:
    text = "We'll get back to you as soon as we can, hopefully by Friday."
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 6)


def test_hard_wrapped_lines_are_one_sentence() -> None:
    text = (
        "Thanks for following up, and sorry for the silence. We are still in the\n"
        "interview stage with a few candidates. I'd expect an update within the next\n"
        "two weeks."
    )
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 18)


def test_a_full_stop_before_a_capital_ends_the_sentence() -> None:
    # "weeks." must not run into the next sentence, whose own date is the promise.
    text = (
        "Our team is reviewing applications over the next couple of weeks. We promise you "
        "a decision by November 20, one way or another."
    )
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 20)


def test_a_promise_wins_over_a_date_merely_near_a_cue() -> None:
    text = (
        "The hiring manager is on leave this week so there is a slight delay on feedback. "
        "They have promised me an answer by Tuesday."
    )
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will let all applicants know the outcome by 28 November 2026.", date(2026, 11, 28)),
        ("We now expect to contact all applicants by November 20, 2026.", date(2026, 11, 20)),
        ("I expect to have news for you by the end of next week.", date(2026, 11, 13)),
        (
            "If you have not heard from us within 21 days, please assume you were not selected.",
            date(2026, 11, 25),
        ),
        (
            "We will review your application. Please allow up to 30 days for the review process.",
            date(2026, 12, 4),
        ),
        (
            "As soon as the review is complete, we will get back to you. This may take up to "
            "three weeks.",
            date(2026, 11, 25),
        ),
    ],
)
def test_more_ways_of_promising(text: str, expected: date) -> None:
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == expected


def test_a_duration_of_the_candidates_task_is_no_promise() -> None:
    text = "The assessment usually takes about 2 hours. Good luck!"
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value is None


def test_a_day_of_the_month_with_a_contradicting_weekday_is_refused() -> None:
    result = promised_reply_date("We'll decide by Friday the 19th.", sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert "weekday contradicts date" in result.evidence[-1]


def test_ambiguous_numeric_promise_date_is_refused() -> None:
    result = promised_reply_date("We'll let you know by 12/11.", sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value is None
    assert "ambiguous date" in result.evidence[-1]


def test_the_date_after_the_promise_wins_over_an_earlier_one() -> None:
    text = (
        "Thanks again for your time yesterday. The panel meets on Friday 27 November, and you\n"
        "will hear from us by Tuesday 1 December at the latest."
    )
    result = promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN)
    assert result.value == date(2026, 12, 1)


def test_a_date_before_the_promise_counts_when_none_follows() -> None:
    text = (
        "The panel is meeting on Tuesday to decide next steps - I'll let you know straight after."
    )
    assert promised_reply_date(text, sent_at=WEDNESDAY, tz=BERLIN).value == date(2026, 11, 10)
