"""The scorer on tiny synthetic cases: one figure at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from replay.score import Context, Made, Want, addresses, parse_action, score

T0 = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
ACME = Context(
    employer_of_message={"<inv@acme>": "acme", "<no@acme>": "acme", "<ack@ats>": "acme"},
    employer_of_address={"kim@acme.example": "acme"},
    closed_at={},
)


def want(
    wid: str = "acme/reply", kind: str = "invitation_reply", parent: str = "<inv@acme>"
) -> Want:
    return Want(wid, "acme", kind, frozenset({parent}), "kim@acme.example", T0, T0 + 2 * HOUR)


def made(
    mid: str,
    kind: str = "invitation_reply",
    at: datetime = T0 + HOUR,
    parent: str | None = "<inv@acme>",
    to: tuple[str, ...] = ("kim@acme.example",),
) -> Made:
    return Made(mid, kind, parent, to, at)


def test_parse_action_reads_both_header_forms() -> None:
    assert parse_action("thank_you; thread=abc") == ("thank_you", {"thread": "abc"})
    assert parse_action("Thank_You ;application=x1 ; extra") == (
        "thank_you",
        {"application": "x1", "extra": ""},
    )
    assert parse_action("") == ("", {})


def test_addresses_are_bare_and_lower_case() -> None:
    assert addresses(["Kim Ho <Kim@Acme.example>, b@x.example"]) == (
        "kim@acme.example",
        "b@x.example",
    )
    assert addresses([]) == ()


def test_recall_and_precision() -> None:
    wants = [want(), want("acme/thanks", "thank_you")]
    drafts = [made("<d1>"), made("<d2>", "status_check")]
    result = score(wants, drafts, ACME)
    assert (result.recall, result.precision) == (0.5, 0.5)
    assert result.matches == {"acme/reply": "<d1>"}
    assert result.missed == ("acme/thanks",)
    assert result.unmatched == ("<d2>",)


def test_nothing_expected_and_nothing_made_is_perfect() -> None:
    result = score([], [], ACME)
    assert (result.recall, result.precision, result.duplicates) == (1.0, 1.0, 0)


def test_a_match_needs_parent_and_recipient() -> None:
    wrong_parent = made("<d1>", parent="<ack@ats>")
    wrong_person = made("<d2>", to=("someone@acme.example",))
    result = score([want()], [wrong_parent, wrong_person], ACME)
    assert result.recall == 0.0
    assert result.precision == 0.0


def test_kinds_within_the_reply_group_match_and_are_counted_apart() -> None:
    result = score([want()], [made("<d1>", "reply")], ACME)
    assert (result.recall, result.kind_mismatches) == (1.0, 1)
    other = score([want()], [made("<d1>", "thank_you")], ACME)
    assert (other.recall, other.kind_mismatches, other.precision) == (0.0, 0, 0.0)


def test_early_and_late() -> None:
    early = score([want()], [made("<d1>", at=T0 - HOUR)], ACME)
    assert (early.early, early.late, early.recall, early.precision) == (1, 0, 0.0, 1.0)
    late = score([want()], [made("<d1>", at=T0 + 3 * HOUR)], ACME)
    assert (late.early, late.late, late.recall) == (0, 1, 0.0)


def test_the_draft_inside_the_window_is_the_match() -> None:
    result = score([want()], [made("<d1>", at=T0 - HOUR), made("<d2>")], ACME)
    assert result.matches == {"acme/reply": "<d2>"}
    assert (result.early, result.duplicates, result.recall, result.precision) == (0, 1, 1.0, 0.5)


def test_duplicates_by_kind_parent_and_recipient() -> None:
    drafts = [made("<d1>"), made("<d2>", at=T0 + 90 * timedelta(minutes=1)), made("<d3>")]
    result = score([want()], drafts, ACME)
    assert result.duplicates == 2  # three copies: one kept
    unexpected = [made("<d1>", "followup"), made("<d2>", "followup")]
    assert score([], unexpected, ACME).duplicates == 1


def test_duplicates_by_purpose() -> None:
    drafts = [made("<d1>", "invitation_reply"), made("<d2>", "reply")]
    result = score([want()], drafts, ACME)
    assert (result.duplicates, result.precision) == (1, 0.5)


def test_empty_to() -> None:
    result = score([], [made("<d1>", "rejection_reply", parent="<no@acme>", to=())], ACME)
    assert result.empty_to == 1


def test_after_decline_spares_the_rejection_reply() -> None:
    closed = Context(ACME.employer_of_message, ACME.employer_of_address, {"acme": T0})
    drafts = [
        made("<before>", "thank_you", at=T0 - HOUR),
        made("<after>", "status_check", at=T0 + HOUR),
        made("<by-address>", "followup", at=T0 + HOUR, parent="<elsewhere>"),
        made("<gracious>", "rejection_reply", at=T0 + HOUR, parent="<no@acme>"),
        made("<nobody>", "followup", at=T0 + HOUR, parent=None, to=()),
    ]
    result = score([], drafts, closed)
    assert result.flagged["after_decline"] == ("<after>", "<by-address>")


def test_one_draft_read_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="one Message-ID"):
        score([], [made("<d1>"), made("<d1>")], ACME)
