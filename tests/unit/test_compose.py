"""Drafts: headers per RFC 5322, Re: once, References, stable Message-ID, no header injection."""

from __future__ import annotations

import dataclasses
import email
from collections.abc import Mapping
from datetime import date, datetime
from email import policy as email_policy
from email.message import EmailMessage
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest
from mailfactory import mail

from followupd.adapters.template_files import load_templates
from followupd.config.types import Identity, TemplatesConfig
from followupd.core.write.compose import (
    NO_REPLY_NOTE,
    PURPOSE_PLACEHOLDER,
    DraftAttachment,
    compose,
    draft_message_id,
    references_for,
    reply_subject,
    state_context,
)
from followupd.errors import ComposeError
from followupd.model import (
    Action,
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Interview,
    Message,
    State,
)

BERLIN = ZoneInfo("Europe/Berlin")
WHEN = datetime(2026, 11, 5, 16, 0, tzinfo=BERLIN)
ME = Identity(
    "Sam Seeker",
    "sam@example.org",
    signature="Sam Seeker\n+49 30 1234567",
    pitch=("I rebuilt a payments ledger for 3 million users", "I mentor junior engineers"),
)
TEMPLATES = load_templates(TemplatesConfig())
PARENT = mail(
    "conf@acme",
    "2026-11-02T09:00",
    subject="RE: AW: Interview confirmed",
    in_reply_to="inv@acme",
    references=("root@acme", "inv@acme"),
    text="See you Thursday.\n\nJane",
)
THREAD = Application("t1", "org:acme.example", (), (mail("inv@acme", "2026-10-28T09:00"), PARENT))
JANE = Address("Jane Roe", "jane@acme.example")


def _action(kind: ActionKind = ActionKind.THANK_YOU, **extra: object) -> Action:
    fields: dict[str, object] = {
        "key": f"t1:{kind}:1:20261105T1300Z",
        "application_id": "t1",
        "kind": kind,
        "due": WHEN,
        "expires": None,
        "reason": "test",
        "to": (JANE,),
        "reply_to_message_id": "<conf@acme>",
    }
    fields.update(extra)
    return Action(**fields)  # type: ignore[arg-type]


def _app(*messages: Message) -> Application:
    return Application("t1", "org:acme.example", (), messages)


def _draft(
    action: Action | None = None,
    *,
    thread: Application = THREAD,
    identity: Identity = ME,
    context_extra: Mapping[str, str] = MappingProxyType({}),
    quote_original: bool = False,
    attachments: tuple[DraftAttachment, ...] = (),
) -> EmailMessage:
    return compose(
        action or _action(),
        thread,
        identity=identity,
        templates=TEMPLATES,
        context_extra=context_extra,
        date=WHEN,
        quote_original=quote_original,
        attachments=attachments,
    )


# The Message-ID of the draft for _action(): pinned, because Drafts is searched for it after a
# crash and after an upgrade; a new scheme would make every pending draft a second time.
DRAFT_ID = "<followupd.d4cd7897462932022be0fbaa368e697f@example.org>"


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_headers_of_a_thank_you() -> None:
    msg = _draft()
    assert msg["From"] == "Sam Seeker <sam@example.org>"
    assert msg["To"] == "Jane Roe <jane@acme.example>"
    assert msg["Cc"] is None and msg["Bcc"] is None
    assert msg["Subject"] == "Re: Interview confirmed"
    assert msg["Date"] == "Thu, 05 Nov 2026 16:00:00 +0100"
    assert msg["In-Reply-To"] == "<conf@acme>"
    assert msg["References"] == "<root@acme> <inv@acme> <conf@acme>"
    assert msg["Message-ID"] == DRAFT_ID
    assert msg["X-Followupd-Action"] == "thank_you; application=t1"
    body = _body(msg)
    assert body.startswith("Hi Jane,")
    assert "I rebuilt a payments ledger for 3 million users. I mentor junior engineers." in body
    assert body.rstrip().endswith("Sam Seeker\n+49 30 1234567")


def test_wire_form_has_crlf_and_parses_back() -> None:
    raw = _draft().as_bytes()
    assert b"\r\nSubject: Re: Interview confirmed\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    back = email.message_from_bytes(raw, policy=email_policy.default)
    assert back["To"] == "Jane Roe <jane@acme.example>"
    assert back["Message-ID"] == DRAFT_ID


def test_re_is_added_once() -> None:
    assert reply_subject("Re: RE: AW: Sv: Interview") == "Re: Interview"
    assert reply_subject("Re[2]: Interview") == "Re: Interview"
    assert reply_subject("Interview\twith Acme") == "Re: Interview with Acme"
    assert reply_subject("Fwd: Interview") == "Re: Fwd: Interview"
    assert reply_subject("  ") == "Re: our conversation"
    assert reply_subject("Research role") == "Re: Research role"


def test_references_per_rfc_5322() -> None:
    only_irt = dataclasses.replace(PARENT, references=())
    assert references_for(only_irt) == ("<inv@acme>", "<conf@acme>")
    root = dataclasses.replace(PARENT, references=(), in_reply_to=None)
    assert references_for(root) == ("<conf@acme>",)
    no_id = dataclasses.replace(PARENT, message_id=None)
    assert references_for(no_id) == ("<root@acme>", "<inv@acme>")
    msg = _draft(thread=_app(no_id), action=_action(reply_to_message_id=None))
    assert msg["In-Reply-To"] is None
    assert msg["References"] == "<root@acme> <inv@acme>"


def test_message_id_is_stable_per_action_key() -> None:
    first = draft_message_id("t1:thank_you:1:20261105T1300Z", "Example.org")
    assert first == DRAFT_ID  # across versions too: a crashed run finds its draft by it
    assert first == draft_message_id("t1:thank_you:1:20261105T1300Z", "example.org")
    assert first != draft_message_id("t1:thank_you:1:20261110T0900Z", "example.org")
    assert _draft()["Message-ID"] == _draft()["Message-ID"]
    with pytest.raises(ComposeError):
        draft_message_id("k", "example.org>\r\nBcc: x")


def test_no_reply_sender_leaves_to_empty_with_a_note() -> None:
    msg = _draft(_action(to=()))
    assert msg["To"] is None
    body = _body(msg)
    assert body.startswith(NO_REPLY_NOTE)
    assert "Hi there," in body


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("identity", "Sam\r\nBcc: victim@example.net"),
        ("to", "Jane\nBcc: victim@example.net"),
        ("subject", "Interview\r\nBcc: victim@example.net"),
        ("application_id", "t1\nBcc: victim@example.net"),
        ("to_email", "jane@acme.example\x00"),
        ("identity", "Sam\u2028Seeker"),
    ],
)
def test_header_injection_is_refused(where: str, value: str) -> None:
    action, thread, identity = _action(), THREAD, ME
    if where == "identity":
        identity = dataclasses.replace(ME, name=value)
    elif where == "to":
        action = _action(to=(Address(value, "jane@acme.example"),))
    elif where == "to_email":
        action = _action(to=(Address("Jane", value),))
    elif where == "subject":
        thread = _app(dataclasses.replace(PARENT, subject=value))
    else:
        action = dataclasses.replace(_action(), application_id=value)
    with pytest.raises(ComposeError, match="control character"):
        _draft(action, thread=thread, identity=identity)


def test_template_text_cannot_add_headers() -> None:
    evil = dict(TEMPLATES.texts)
    evil[ActionKind.THANK_YOU] = "Bcc: victim@example.net\nSubject: changed\n\n$signature"
    templates = dataclasses.replace(TEMPLATES, texts=evil)
    msg = compose(_action(), THREAD, identity=ME, templates=templates, date=WHEN)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Re: Interview confirmed"
    assert _body(msg).startswith("Bcc: victim@example.net\nSubject: changed")


def test_state_values_and_purpose_fill_the_template() -> None:
    slot = Interview(datetime(2026, 11, 5, 14, tzinfo=BERLIN), None, "ics")
    state = ApplicationState(
        "t1",
        State.INTERVIEWED,
        None,
        (),
        interview=slot,
        interviews=(slot,),
        company="Acme",
        role="Data Engineer",
        promised_by=date(2026, 11, 13),
    )
    context = state_context(state, BERLIN, datetime(2026, 11, 6, tzinfo=BERLIN))
    assert context == {
        "interviewed": "yes",
        "company": "Acme",
        "role": "Data Engineer",
        "interview_date": "Thursday 5 November at 14:00",
        "interview_day": "Thursday",
        "promised_date": "Friday 13 November",
    }
    before = state_context(state, BERLIN, datetime(2026, 11, 4, tzinfo=BERLIN))
    assert before["interviewed"] == "no"
    body = _body(_draft(context_extra=context))
    assert "on Thursday about the Data Engineer role at Acme" in body
    followup = _body(_draft(_action(ActionKind.FOLLOWUP), context_extra=context))
    assert PURPOSE_PLACEHOLDER in followup
    given = {**context, "purpose": "I just shipped the open-source tool we talked about."}
    assert given["purpose"] in _body(_draft(_action(ActionKind.FOLLOWUP), context_extra=given))


def test_words_that_fit_what_happened() -> None:
    """No 'our conversation' and no 'you and your colleagues' before any interview."""
    met = {"interviewed": "yes", "company": "Acme", "role": "Data Engineer"}
    cold = {**met, "interviewed": "no"}
    check = _action(ActionKind.STATUS_CHECK)
    assert "enjoyed our conversation" in _body(_draft(check, context_extra=met))
    cold_check = _body(_draft(check, context_extra=cold))
    assert "conversation" not in cold_check and "my application for the Data Engineer" in cold_check
    decline = _action(ActionKind.REJECTION_REPLY)
    assert "colleagues spent with me" in _body(_draft(decline, context_extra=met))
    cold_decline = _body(_draft(decline, context_extra=cold))
    assert "colleagues" not in cold_decline and "interviews" not in cold_decline
    assert "for considering my application" in cold_decline


def test_unknown_context_variable_fails_loudly() -> None:
    with pytest.raises(ComposeError, match="unknown context variables: mood"):
        _draft(context_extra={"mood": "sunny"})


def test_quoted_original_and_attachments() -> None:
    pdf = DraftAttachment("portfolio.pdf", "application/pdf", b"%PDF-1.4")
    msg = _draft(quote_original=True, attachments=(pdf,))
    body = _body(msg)
    assert "On Mon, 02 Nov 2026 at 10:00, Jane Roe <jane@acme.example> wrote:" in body
    assert "> See you Thursday.\n>\n> Jane" in body
    (attached,) = list(msg.iter_attachments())
    assert attached.get_filename() == "portfolio.pdf"
    assert attached.get_content_type() == "application/pdf"
    assert "See you Thursday" not in _body(_draft())


def test_reply_falls_back_to_the_newest_real_message_and_needs_an_aware_date() -> None:
    draft = mail("d@example.org", "2026-11-03T09:00", sent=True, action="thank_you", subject="x")
    msg = _draft(_action(reply_to_message_id=None), thread=_app(*THREAD.messages, draft))
    assert msg["In-Reply-To"] == "<conf@acme>"
    with pytest.raises(ComposeError, match="timezone-aware"):
        compose(_action(), THREAD, identity=ME, templates=TEMPLATES, date=WHEN.replace(tzinfo=None))
