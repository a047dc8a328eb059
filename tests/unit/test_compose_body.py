"""What a draft says and how it is written, where the mutation run found nothing pinned:
long headers, the questions a reply answers, placeholders for what nobody knows, and the
quote of a message without a sender."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from mailfactory import mail

from followupd.adapters.template_files import load_templates
from followupd.config.types import Identity, TemplatesConfig
from followupd.core.write.compose import compose, state_context, template_context
from followupd.model import (
    Action,
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Message,
    Request,
    State,
)

BERLIN = ZoneInfo("Europe/Berlin")
WHEN = datetime(2026, 11, 5, 16, 0, tzinfo=BERLIN)
ME = Identity("Sam Seeker", "sam@example.org", signature="Sam Seeker")
TEMPLATES = load_templates(TemplatesConfig())
JANE = Address("Jane Roe", "jane@acme.example")
PARENT = mail("q@acme", "2026-11-02T09:00", subject="A few questions", text="Can you send it?")


def _action(kind: ActionKind, *, to: tuple[Address, ...] = (JANE,)) -> Action:
    return Action(
        key=f"a1:{kind}:1",
        application_id="a1",
        kind=kind,
        due=WHEN,
        expires=None,
        reason="test",
        to=to,
        reply_to_message_id="<q@acme>",
    )


def _draft(
    action: Action,
    parent: Message = PARENT,
    context: dict[str, str] | None = None,
    *,
    quote: bool = False,
) -> EmailMessage:
    return compose(
        action,
        Application("a1", "org:acme.example", (), (parent,)),
        identity=ME,
        templates=TEMPLATES,
        context_extra=context or {},
        date=WHEN,
        quote_original=quote,
    )


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_a_long_subject_folds_onto_continuation_lines_and_reads_back_whole() -> None:
    subject = "Next steps for the Senior Data Platform Engineer role in the Payments team " * 2
    msg = _draft(_action(ActionKind.REPLY), dataclasses.replace(PARENT, subject=subject.strip()))
    header = msg.as_bytes().split(b"\r\n\r\n", 1)[0].decode()
    folded = header.split("Subject: ", 1)[1].split("\r\n")
    assert len(folded) > 1 and folded[1].startswith(" ")
    assert msg["Subject"] == "Re: " + subject.strip()


def test_a_reply_draft_names_what_they_asked() -> None:
    asked = Request("<q@acme>", "<q@acme>", WHEN, ("your portfolio", "a call on Friday"))
    state = ApplicationState("a1", State.AWAITING_REPLY, None, (), open_request=asked)
    body = _body(_draft(_action(ActionKind.REPLY), context=state_context(state, BERLIN, WHEN)))
    assert "waiting for your answer on: your portfolio; a call on Friday." in body


def test_a_confirmation_reply_without_a_known_time_leaves_a_placeholder_to_fill() -> None:
    body = _body(_draft(_action(ActionKind.CONFIRMATION_REPLY)))
    assert "I confirm our interview on [interview date] and look forward to it." in body


def test_what_nobody_knows_becomes_a_bracketed_placeholder() -> None:
    context = template_context(_action(ActionKind.FOLLOWUP, to=()), ME)
    assert {k: context[k] for k in ("first_name", "contact_name", "company", "role")} == {
        "first_name": "there",
        "contact_name": "[name]",
        "company": "[company]",
        "role": "[role]",
    }
    assert context["interview_date"] == "[interview date]"
    assert context["interview_day"] == "[interview day]"
    assert context["promised_date"] == "[date]"
    assert context["asks"] == "[what they asked]"


def test_quoting_a_message_without_a_sender_says_they_wrote() -> None:
    anonymous = dataclasses.replace(PARENT, from_=())
    body = _body(_draft(_action(ActionKind.REPLY), anonymous, quote=True))
    assert "On Mon, 02 Nov 2026 at 10:00, they wrote:\n> Can you send it?" in body
