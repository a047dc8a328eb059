"""A label the user gives a message wins over the classifier, before any state is derived."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_lexicon, load_senders
from followupd.config.types import PolicyConfig, ScheduleConfig
from followupd.core.plan.evaluate import ApplicationView, Context, Corrections, evaluate
from followupd.core.plan.planner import PlanHistory
from followupd.core.plan.threads import message_key
from followupd.core.understand.message import understand
from followupd.model import ActionKind, Label, State

SCHEDULE = ScheduleConfig()
NOW = datetime(2026, 11, 12, 9, 0, tzinfo=UTC)
INVITED = mail(
    "inv@acme.example",
    "2026-11-02T10:00:00",
    text="Hi Sam,\n\nThanks for applying for the Data Engineer role. We would like to invite "
    "you to an interview. Could you share a few times that suit you next week?\n\nJane",
)
ANSWERED = mail(
    "me1@example.org",
    "2026-11-02T12:00:00",
    sent=True,
    subject="Re: Interview at Acme",
    in_reply_to="inv@acme.example",
    references=("inv@acme.example",),
    text="Hi Jane, Tuesday at 10 works for me. Sam",
)
# A promise of a decision: a status check is planned for after it. Say it was a rejection.
UPDATE = mail(
    "upd@acme.example",
    "2026-11-10T10:00:00",
    subject="Re: Interview at Acme",
    in_reply_to="me1@example.org",
    references=("inv@acme.example", "me1@example.org"),
    text="Hi Sam,\n\nThanks for speaking with us today. We will get back to you with a "
    "decision by Friday 13 November.\n\nJane",
)
MESSAGES = (INVITED, ANSWERED, UPDATE)


def _views(labels: Mapping[str, Label]) -> list[ApplicationView]:
    lexicon = load_lexicon()
    read = {message_key(m): understand(m, lexicon=lexicon, tz=SCHEDULE.zone) for m in MESSAGES}
    context = Context(
        policy=PolicyConfig(),
        schedule=SCHEDULE,
        history=PlanHistory(),
        own_addresses={ME.email},
        senders=load_senders(),
    )
    fixes = Corrections(labels=labels)
    return evaluate(MESSAGES, read, context=context, now=NOW, corrections=fixes)


def test_a_message_labelled_rejection_stops_the_status_check() -> None:
    (before,) = _views({})
    assert before.state.state is State.AWAITING_REPLY
    assert [a.kind for a in before.plan.actions] == [ActionKind.STATUS_CHECK]
    assert before.classifications["<upd@acme.example>"].label is Label.STATUS_UPDATE

    (after,) = _views({"<upd@acme.example>": Label.REJECTION})
    assert after.state.state is State.REJECTED
    assert [a.kind for a in after.plan.actions] == [ActionKind.REJECTION_REPLY]
    mine = after.classifications["<upd@acme.example>"]
    assert mine.label is Label.REJECTION and mine.confidence == 1.0
    assert mine.evidence[0] == "labelled rejection by you (followupd label)"
    assert mine.evidence[1].startswith("followupd had read it as status_update (")


def test_a_label_for_a_message_not_there_changes_nothing() -> None:
    (view,) = _views({"<elsewhere@acme.example>": Label.OFFER})
    assert view.state.state is State.AWAITING_REPLY
    assert "<elsewhere@acme.example>" not in view.classifications


def test_a_label_on_mail_in_another_language_settles_it() -> None:
    """followupd does not read German; once the user says what it is, that reading counts."""
    german = mail(
        "de@acme.example",
        "2026-11-10T10:00:00",
        subject="Re: Interview at Acme",
        in_reply_to="me1@example.org",
        references=("inv@acme.example", "me1@example.org"),
        text="Hallo Sam,\n\nvielen Dank für das angenehme Gespräch. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Wir wünschen "
        "Ihnen für Ihre weitere Suche alles Gute.\n\nMit freundlichen Grüßen\nJane",
    )
    lexicon = load_lexicon()
    messages = (INVITED, ANSWERED, german)
    read = {message_key(m): understand(m, lexicon=lexicon, tz=SCHEDULE.zone) for m in messages}
    assert read["<de@acme.example>"].language == "de"
    context = Context(
        policy=PolicyConfig(),
        schedule=SCHEDULE,
        history=PlanHistory(),
        own_addresses={ME.email},
        senders=load_senders(),
    )
    (unsure,) = evaluate(messages, read, context=context, now=NOW, corrections=Corrections())
    assert unsure.state.state is State.NEEDS_REVIEW and unsure.state.review == "language: de"
    assert unsure.plan.actions == ()
    fixes = Corrections(labels={"<de@acme.example>": Label.REJECTION})
    (settled,) = evaluate(messages, read, context=context, now=NOW, corrections=fixes)
    assert settled.state.state is State.REJECTED and settled.state.review is None
    assert [a.kind for a in settled.plan.actions] == [ActionKind.REJECTION_REPLY]
