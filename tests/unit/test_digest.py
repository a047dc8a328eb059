"""The digest mail, composed without I/O: sections, times in the user's zone, own address only."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from followupd.config.types import Identity
from followupd.core.write.digest import (
    DigestInput,
    DigestItem,
    compose_digest,
    digest_is_empty,
    digest_subject,
)
from followupd.errors import ComposeError

ZONE = ZoneInfo("America/New_York")
NOW = datetime(2024, 3, 5, 13, 0, tzinfo=UTC)  # 08:00 in New York
ME = Identity("Jane Doe", "jane@example.com", aliases=("jane@example.org",))


def item(
    company: str = "Acme",
    what: str = "thank_you",
    when: datetime | None = NOW,
    *,
    role: str = "Data Engineer",
    reason: str = "Interview ended; thank-you one hour later.",
) -> DigestItem:
    return DigestItem(company, role, f"t-{company.lower() or 'x'}", what, when, reason)


def compose(data: DigestInput, **kw: object) -> EmailMessage:
    args: dict[str, object] = {
        "identity": ME,
        "to": "jane@example.com",
        "now": NOW,
        "zone": ZONE,
        "message_id_domain": "example.com",
    }
    args.update(kw)
    return compose_digest(data, **args)  # type: ignore[arg-type]


def body_of(msg: EmailMessage) -> str:
    """The text as a mail client shows it, after a round trip through bytes."""
    parsed = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "text/plain" and not parsed.is_multipart()
    return str(parsed.get_content()).replace("\r\n", "\n")


def test_empty_digest_is_empty_and_never_composed() -> None:
    assert digest_is_empty(DigestInput())
    for section in ("waiting", "coming", "needs_look", "moved_on", "missed"):
        assert not digest_is_empty(DigestInput(**{section: (item(),)}))
    with pytest.raises(ComposeError, match="empty"):
        compose(DigestInput())


def test_subject_counts_only_sections_with_something() -> None:
    data = DigestInput(waiting=(item("A"), item("B")), coming=(item("C"), item("D"), item("E")))
    assert digest_subject(data) == "followupd: 2 drafts waiting, 3 coming"
    one_each = DigestInput(
        waiting=(item(),), needs_look=(item(),), moved_on=(item(),), missed=(item(),)
    )
    assert digest_subject(one_each) == (
        "followupd: 1 draft waiting, 1 to look at, 1 moved on, 1 missed"
    )


def test_headers_from_and_to_the_user_marked_auto_generated() -> None:
    msg = compose(DigestInput(coming=(item(),)))
    assert msg["From"] == "Jane Doe <jane@example.com>"
    assert msg["To"] == "Jane Doe <jane@example.com>"
    assert msg["Subject"] == "followupd: 1 coming"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Followupd-Digest"] == "1"
    assert msg["Date"] == "Tue, 05 Mar 2024 08:00:00 -0500"
    assert msg["Message-ID"].endswith("@example.com>")
    assert msg["Cc"] is None and msg["Bcc"] is None and msg["Reply-To"] is None
    # Every line of the wire form ends in CRLF (RFC 5322 2.1).
    raw = msg.as_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n")


def test_alias_recipient_is_accepted_and_lower_cased() -> None:
    msg = compose(DigestInput(coming=(item(),)), to="Jane@Example.ORG")
    assert msg["To"] == "Jane Doe <jane@example.org>"
    assert msg["From"] == "Jane Doe <jane@example.com>"


@pytest.mark.parametrize("to", ["boss@example.com", "jane@example.com.evil.org", ""])
def test_anyone_else_is_refused(to: str) -> None:
    with pytest.raises(ComposeError, match="own address"):
        compose(DigestInput(coming=(item(),)), to=to)


def test_message_id_is_stable_for_the_same_day_and_content() -> None:
    data = DigestInput(coming=(item(),))
    first = compose(data)["Message-ID"]
    assert compose(data, now=NOW + timedelta(minutes=5))["Message-ID"] == first
    assert compose(DigestInput(coming=(item("Other"),)))["Message-ID"] != first
    assert compose(data, now=NOW + timedelta(days=1))["Message-ID"] != first
    with pytest.raises(ComposeError):
        compose(data, message_id_domain="bad domain>")


def test_sections_in_order_times_in_the_users_zone_empty_ones_left_out() -> None:
    data = DigestInput(
        waiting=(item("Acme", "thank_you", NOW - timedelta(hours=3)),),
        coming=(
            item("Initech", "followup", NOW + timedelta(days=3), reason="Two weeks of silence."),
            item("Globex", "status_check", NOW + timedelta(hours=1), role=""),
        ),
        missed=(item("Hooli", "rejection_reply", datetime(2023, 12, 20, 22, 0, tzinfo=UTC)),),
    )
    text = body_of(compose(data))
    assert text.startswith("Hello Jane,\n\nYour followupd summary for Tuesday 5 March 2024 ")
    assert "(times in America/New_York)" in text
    assert "Applications that need a look" not in text and "moved on" not in text
    waiting = text.index("Drafts waiting in your Drafts folder (1)")
    coming = text.index("Coming up (2)")
    missed = text.index("Missed: too late to draft (1)")
    assert waiting < coming < missed
    assert "  - Acme, Data Engineer: thank-you note, drafted Tue 5 Mar 05:00\n" in text
    # Soonest first; a blank role is left out; the 3-day-later one is in New York time.
    globex = text.index("  - Globex: status check, due Tue 5 Mar 09:00\n")
    initech = text.index("  - Initech, Data Engineer: follow-up, due Fri 8 Mar 08:00\n")
    assert coming < globex < initech < missed
    assert "    why: Two weeks of silence.\n    application: t-initech\n" in text
    # Another year is named.
    assert "reply to the rejection, was due Wed 20 Dec 2023 17:00" in text


def test_undated_items_last_unknown_company_and_free_form_kinds() -> None:
    data = DigestInput(
        needs_look=(
            item("", "offer_received", None, role="", reason="An offer arrived."),
            item("Zeta", "needs_review", NOW - timedelta(days=2)),
        ),
        moved_on=(item("Umbrella", "moved_on", NOW - timedelta(days=1), role=""),),
    )
    text = body_of(compose(data))
    zeta = text.index("  - Zeta, Data Engineer: needs review, since Sun 3 Mar 08:00")
    unknown = text.index("  - (company unknown): offer received\n    why: An offer arrived.")
    assert zeta < unknown
    assert "Applications that moved on (1)\n  - Umbrella: moved on, since Mon 4 Mar 08:00" in text


def test_text_from_mail_cannot_add_lines_and_long_reasons_are_cut() -> None:
    sneaky = item("Acme\r\nBcc: x@evil.org", reason="r" * 1000 + "\nthread: fake")
    text = body_of(compose(DigestInput(waiting=(sneaky,))))
    assert "\nBcc:" not in text and "  - Acme Bcc: x@evil.org, Data Engineer:" in text
    why = next(line for line in text.splitlines() if line.startswith("    why: "))
    assert len(why) == len("    why: ") + 240 and why.endswith("…")
    assert text.count("application:") == 1


def test_naive_times_are_refused() -> None:
    with pytest.raises(ComposeError, match="timezone-aware"):
        compose(DigestInput(coming=(item(),)), now=NOW.replace(tzinfo=None))
    with pytest.raises(ComposeError, match="timezone-aware"):
        compose(DigestInput(coming=(item(when=datetime(2024, 3, 6, 9, 0)),)))
