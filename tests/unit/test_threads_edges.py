"""Threading at its edges: bare Message-IDs in References, a sent copy of a draft, undated
mail among dated mail, and the shortest subject that still groups."""

from __future__ import annotations

import dataclasses

from mailfactory import mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.threads import build_threads
from followupd.model import Message, Thread

SENDERS = load_senders()


def _grouped(*messages: Message) -> list[list[str | None]]:
    threads: list[Thread] = build_threads(messages, senders=SENDERS)
    return sorted([m.message_id for m in t.messages] for t in threads)


def test_a_bare_message_id_in_references_still_joins_the_thread() -> None:
    first = mail("a@acme", "2026-11-01T09:00", subject="Interview")
    reply = dataclasses.replace(
        mail("b@beta", "2026-11-02T09:00", subject="Something else"), references=("a@acme",)
    )
    assert _grouped(first, reply) == [["<a@acme>", "<b@beta>"]]


def test_the_sent_copy_of_a_message_wins_over_its_draft() -> None:
    """The same Message-ID in Drafts and then in Sent: the user sent it, so it counts."""
    draft = mail("m@example.org", "2026-11-02T09:00", sent=True, flags=("\\Draft",))
    sent = mail("m@example.org", "2026-11-02T09:00", sent=True)
    (thread,) = build_threads([draft, sent], senders=SENDERS)
    assert [m.is_draft for m in thread.messages] == [False]


def test_an_undated_message_does_not_stop_grouping_by_subject() -> None:
    undated = mail("u@acme", None, subject="Your application")
    first = mail("a@acme", "2026-11-01T09:00", subject="Interview at Acme")
    second = mail("b@acme", "2026-11-03T09:00", subject="Interview at Acme")
    assert _grouped(undated, first, second) == [["<a@acme>", "<b@acme>"], ["<u@acme>"]]


def test_a_three_letter_subject_still_groups_by_subject() -> None:
    first = mail("a@acme", "2026-11-01T09:00", subject="Job")
    second = mail("b@acme", "2026-11-03T09:00", subject="Re: Job")
    assert _grouped(first, second) == [["<a@acme>", "<b@acme>"]]


def test_a_thread_keeps_its_id_when_the_message_it_answered_turns_up() -> None:
    """A reply naming its parent by In-Reply-To alone arrives first; when the parent is read
    later, the conversation is the same one, under the same id (status and the store show
    it)."""
    parent = mail("p@acme", "2026-11-01T09:00", subject="Interview")
    reply = mail("r@acme", "2026-11-02T09:00", subject="Re: Interview", in_reply_to="p@acme")
    (alone,) = build_threads([reply], senders=SENDERS)
    (together,) = build_threads([parent, reply], senders=SENDERS)
    assert alone.id == together.id
