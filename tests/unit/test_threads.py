"""Grouping messages into threads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from mailfactory import RECRUITER, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.threads import (
    build_threads,
    latest_real_message,
    message_key,
    normalize_id,
)
from followupd.core.understand.subjects import normalize_subject
from followupd.model import Address, Message, MessageLocation, Thread

SENDERS = load_senders()


def grouped(messages: list[Message], roles: dict[str, str] | None = None) -> list[Thread]:
    return build_threads(messages, senders=SENDERS, roles=roles)


def _ids(threads: list) -> list[list[str | None]]:
    return [[m.message_id for m in t.messages] for t in threads]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: RE: Fwd: Interview at Acme", "interview at acme"),
        ("AW: WG: SV: VS: Antw: TR: RIF: Interview at Acme", "interview at acme"),
        ("Re[2]: Interview at Acme", "interview at acme"),
        ("[Action required] Interview at Acme", "interview at acme"),
        ("Reminder: Update: Interview at Acme [#12345]", "interview at acme"),
        ("Interview at Acme (Ref: JOB-1234)", "interview at acme"),
        ("Interview at Acme - Req 99812", "interview at acme"),
        (
            "Updated invitation: Interview at Acme @ Thu Dec 3, 2026 2pm - 3pm (EST) (sam@x.org)",
            "interview at acme",
        ),
        ("Re:   Interview   at ACME ", "interview at acme"),
        ("Your application @ Acme", "your application @ acme"),
        ("", ""),
    ],
)
def test_normalize_subject(subject: str, expected: str) -> None:
    assert normalize_subject(subject) == expected


def test_normalize_id_tolerates_broken_ids() -> None:
    assert normalize_id("<A1@Acme.example>") == "a1@acme.example"
    assert normalize_id("  a1@acme.example ") == "a1@acme.example"
    assert normalize_id("<>") is None
    assert normalize_id("not an id") is None
    assert normalize_id(None) is None


def test_references_chain_and_missing_parent() -> None:
    root = mail("a@acme", "2026-11-01T09:00", subject="Interview")
    # The middle message (b@acme) was never seen; c still joins through References.
    child = mail(
        "c@acme",
        "2026-11-03T09:00",
        subject="Something else entirely",
        references=("a@acme", "b@acme"),
        in_reply_to="b@acme",
    )
    orphan = mail(
        "d@other", "2026-11-04T09:00", subject="Unrelated", sender=Address("", "x@other.example")
    )
    threads = grouped([orphan, child, root])
    assert _ids(threads) == [["<a@acme>", "<c@acme>"], ["<d@other>"]]


def test_in_reply_to_only_and_unparsable_references() -> None:
    first = mail("a@acme", "2026-11-01T09:00", subject="Hello")
    reply = mail("b@acme", "2026-11-02T09:00", subject="Other", in_reply_to="a@acme", references=())
    broken = mail(
        "c@zeta", "2026-11-02T10:00", subject="Zeta", sender=Address("", "z@zeta.example")
    )
    broken = broken.__class__(**{**_fields(broken), "references": ("garbage with spaces", "<>")})
    assert _ids(grouped([first, reply, broken])) == [
        ["<a@acme>", "<b@acme>"],
        ["<c@zeta>"],
    ]


def _fields(msg: object) -> dict[str, object]:
    return {name: getattr(msg, name) for name in msg.__slots__}  # type: ignore[attr-defined]


def test_thread_id_is_stable_and_order_independent() -> None:
    a = mail("a@acme", "2026-11-01T09:00")
    b = mail("b@acme", "2026-11-02T09:00", in_reply_to="a@acme", references=("a@acme",))
    c = mail(
        "c@acme",
        "2026-11-03T09:00",
        sent=True,
        in_reply_to="b@acme",
        references=("a@acme", "b@acme"),
    )
    ids = {grouped(order)[0].id for order in ([a, b, c], [c, b, a], [b, c, a])}
    assert len(ids) == 1
    (thread_id,) = ids
    assert len(thread_id) == 16
    int(thread_id, 16)
    # Before the root itself arrives, the reply's References name it: same id.
    assert grouped([b])[0].id == thread_id


def test_gmail_thread_id_joins() -> None:
    a = mail("a@acme", "2026-11-01T09:00", subject="One", gm_thrid=77)
    b = mail(
        "b@beta",
        "2026-11-02T09:00",
        subject="Two",
        gm_thrid=77,
        sender=Address("", "q@beta.example"),
    )
    assert len(grouped([a, b])) == 1


def test_subject_fallback_needs_same_organisation_and_window() -> None:
    a = mail("a@acme", "2026-11-01T09:00", subject="Your application")
    b = mail(
        "b@acme",
        "2026-11-20T09:00",
        subject="Re: Your application",
        sender=Address("Bo", "bo@jobs.acme.example"),
    )
    other_org = mail(
        "c@beta",
        "2026-11-02T09:00",
        subject="Your application",
        sender=Address("", "hr@beta.example"),
    )
    too_late = mail("d@acme", "2027-03-01T09:00", subject="Your application")
    threads = grouped([a, b, other_org, too_late])
    assert _ids(threads) == [["<a@acme>", "<b@acme>"], ["<c@beta>"], ["<d@acme>"]]


def test_outbound_without_headers_joins_by_subject_and_recipient_domain() -> None:
    a = mail("a@acme", "2026-11-01T09:00", subject="Interview at Acme")
    mine = mail("m@example.org", "2026-11-01T12:00", subject="Re: Interview at Acme", sent=True)
    assert len(grouped([a, mine])) == 1


def test_shared_ats_domain_is_told_apart_by_display_name() -> None:
    acme = mail(
        "a@gh",
        "2026-11-01T09:00",
        subject="Thank you for applying",
        sender=Address("Acme Recruiting", "no-reply@greenhouse.io"),
    )
    beta = mail(
        "b@gh",
        "2026-11-02T09:00",
        subject="Thank you for applying",
        sender=Address("Beta Talent", "no-reply@greenhouse.io"),
    )
    acme2 = mail(
        "c@gh",
        "2026-11-05T09:00",
        subject="Thank you for applying",
        sender=Address("Acme Recruiting", "no-reply@greenhouse.io"),
    )
    assert _ids(grouped([acme, beta, acme2])) == [["<a@gh>", "<c@gh>"], ["<b@gh>"]]


def test_free_mail_counterpart_is_the_person() -> None:
    one = mail(
        "a@g", "2026-11-01T09:00", subject="Quick chat", sender=Address("A", "a.person@gmail.com")
    )
    two = mail(
        "b@g", "2026-11-02T09:00", subject="Quick chat", sender=Address("B", "b.person@gmail.com")
    )
    assert len(grouped([one, two])) == 2


def test_roles_keep_same_subject_threads_apart() -> None:
    one = mail("a@acme", "2026-11-01T09:00", subject="Your application")
    two = mail("b@acme", "2026-11-03T09:00", subject="Your application")
    assert len(grouped([one, two])) == 1
    roles = {"<a@acme>": "Data Engineer", "<b@acme>": "Designer"}
    assert len(grouped([one, two], roles=roles)) == 2


def test_duplicate_copies_count_once_and_drafts_are_not_latest() -> None:
    a = mail("a@acme", "2026-11-01T09:00")
    copy = mail("a@acme", "2026-11-01T09:00")
    draft = mail(
        "d@example.org", "2026-11-05T09:00", sent=True, in_reply_to="a@acme", action="thank_you"
    )
    flagged = mail(
        "f@example.org", "2026-11-06T09:00", sent=True, in_reply_to="a@acme", flags=("\\Draft",)
    )
    (thread,) = grouped([a, copy, draft, flagged])
    assert len(thread.messages) == 3
    latest = latest_real_message(thread)
    assert latest is not None
    assert latest.message_id == "<a@acme>"


def test_message_key_fallbacks() -> None:
    with_id = mail("a@acme", "2026-11-01T09:00")
    assert message_key(with_id) == "<a@acme>"
    no_id = mail(None, "2026-11-01T09:00")
    located = no_id.__class__(
        **{**_fields(no_id), "location": MessageLocation("acc", "INBOX", 7, 42)}
    )
    # A content hash: the same message in another folder or after a resync keeps its key.
    assert message_key(located) == message_key(no_id)
    assert message_key(no_id).startswith("sha256:")
    assert message_key(no_id) == message_key(mail(None, "2026-11-01T09:00"))
    stored = no_id.__class__(**{**_fields(no_id), "key": "<a@acme>#0123456789ab"})
    assert message_key(stored) == "<a@acme>#0123456789ab"  # the store's key wins


def test_undated_messages_still_thread_by_headers() -> None:
    a = mail("a@acme", None)
    b = mail("b@acme", "2026-11-02T09:00", in_reply_to="a@acme")
    (thread,) = grouped([b, a])
    assert [m.message_id for m in thread.messages] == ["<a@acme>", "<b@acme>"]


def test_ten_thousand_messages_build_into_their_conversations() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    messages = []
    for i in range(10_000):
        conv, step = divmod(i, 5)
        sender = Address("", f"hr@company{conv % 700}.example") if step % 2 == 0 else RECRUITER
        messages.append(
            mail(
                f"m{i}@x",
                start + timedelta(hours=i),
                subject=f"Application {conv}",
                sender=sender,
                sent=step % 2 == 1,
                in_reply_to=f"m{i - 1}@x" if step else None,
            )
        )
    threads = grouped(messages)
    assert len(threads) == 2000
    assert all(len(t.messages) == 5 for t in threads)
