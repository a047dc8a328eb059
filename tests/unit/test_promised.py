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
        ("You'll hear back in the next few days.", date(2026, 11, 9), "3 business days"),
        ("We will be in touch early next month.", date(2026, 12, 7), "7th of next month"),
        ("We expect to reach a decision by December 10.", date(2026, 12, 10), "December 10"),
        ("We'll get back to you by 10th of December", date(2026, 12, 10), "December 10"),
        ("We'll let you know next week.", date(2026, 11, 13), "week after"),
        ("Expect an update in 5-7 business days.", date(2026, 11, 13), "upper bound"),
        ("We will respond within 48 hours.", date(2026, 11, 6), "+ 48 hours"),
        ("We will get back to you by the end of the month.", date(2026, 11, 30), "last day"),
        ("A decision will be made by mid-December.", date(2026, 12, 15), "15th"),
        ("The team will provide feedback within a week.", date(2026, 11, 11), "+ 7 days"),
        ("We hope to have an update for you early next week.", date(2026, 11, 11), "Wednesday"),
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
    result = promised_reply_date("You'll hear back in a few days.", sent_at=friday, tz=BERLIN)
    assert result.value == date(2026, 11, 11)


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
