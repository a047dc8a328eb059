"""Action + thread -> the draft as an `email.message.EmailMessage`, headers built by us.

From is the user's identity, To the action's recipients (none: the body starts with a note
asking for a human address), no Cc, "Re: " once, In-Reply-To/References per RFC 5322
3.6.4, a Message-ID derived from the action key (the same action always yields the same
id, which is how the shell finds a draft it may already have appended), and
`X-Followupd-Action`. Header values are checked for control characters by us: the
`email` package of Python before 3.11.10/3.12.5 (CVE-2024-6923) would let CR/LF through.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email import policy as email_policy
from email.errors import MessageError
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from types import MappingProxyType

from followupd.config.types import Identity
from followupd.core.understand.subjects import strip_reply_markers
from followupd.core.write.templates import TemplateSet, render
from followupd.errors import ComposeError
from followupd.model import Action, Address, Application, ApplicationState, Message

NO_REPLY_NOTE = (
    "[followupd: the employer wrote from a no-reply address, so To is empty. "
    "Add a person's address before sending, and delete this line.]"
)
PURPOSE_PLACEHOLDER = (
    "[Why you are writing this time: news about your work, an article the team may find "
    "useful, or a recent project worth a look.]"
)
# Any C0/C1 control, DEL, and the Unicode line/paragraph separators: never in a header.
_HEADER_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MSGID = re.compile(r"^<[^<>\s]+@[^<>\s]+>$")
_DOMAIN = re.compile(r"^[A-Za-z0-9.-]+$")
_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class DraftAttachment:
    """A file to attach to a draft, already read by the shell."""

    filename: str
    content_type: str
    data: bytes


def _clean(name: str, value: str) -> str:
    """`value` unchanged, or ComposeError when it holds a control character."""
    if match := _HEADER_CONTROL.search(value):
        raise ComposeError(f"{name}: control character U+{ord(match.group()):04X} refused")
    return value


def draft_message_id(action_key: str, domain: str) -> str:
    """The draft's stable Message-ID: a hash of the action key at the user's domain."""
    _clean("Message-ID domain", domain)
    if not _DOMAIN.match(domain):
        raise ComposeError(f"Message-ID domain {domain!r} is not a plain domain name")
    digest = hashlib.sha256(action_key.encode("utf-8")).hexdigest()[:32]
    return f"<followupd.{digest}@{domain.lower()}>"


def reply_subject(original: str) -> str:
    """ "Re: " + the original subject without its reply markers (never "Re: RE: AW:")."""
    text = original.replace("\t", " ").strip()  # a tab is folding whitespace, not a control
    text = strip_reply_markers(text)
    return f"Re: {text.strip()}" if text.strip() else "Re: our conversation"


def references_for(parent: Message) -> tuple[str, ...]:
    """RFC 5322 3.6.4: the parent's References (else its In-Reply-To), then its Message-ID."""
    chain = list(parent.references) or ([parent.in_reply_to] if parent.in_reply_to else [])
    if parent.message_id:
        chain.append(parent.message_id)
    return tuple(dict.fromkeys(i for i in chain if _MSGID.match(i)))


def _header_address(name: str, address: Address) -> HeaderAddress:
    _clean(f"{name} name", address.name)
    _clean(f"{name} address", address.email)
    user, at, domain = address.email.rpartition("@")
    if not at or not user or not domain:
        raise ComposeError(f"{name}: {address.email!r} is not an email address")
    return HeaderAddress(display_name=address.name, username=user, domain=domain)


def _parent(action: Action, app: Application) -> Message | None:
    """The message the draft answers: the action's, else the newest real one."""
    real = [m for m in app.messages if not m.is_draft]
    for msg in real:
        if action.reply_to_message_id and msg.message_id == action.reply_to_message_id:
            return msg
    return real[-1] if real else None


def _first(name: str) -> str:
    return name.split(maxsplit=1)[0] if name.split() else ""


def _sentences(lines: Sequence[str]) -> str:
    parts = [line.strip() for line in lines if line.strip()]
    return " ".join(p if p[-1] in ".!?" else f"{p}." for p in parts)


def state_context(
    state: ApplicationState, zone: tzinfo, now: datetime | None = None
) -> dict[str, str]:
    """Template values the application's state knows: company, role, interview, promised
    date, and whether an interview took place by `now` (which template variant fits)."""
    context: dict[str, str] = {}
    held = [i for i in state.interviews if not i.cancelled and (now is None or i.start <= now)]
    context["interviewed"] = "yes" if held else "no"
    if state.company:
        context["company"] = state.company
    if state.role:
        context["role"] = state.role
    if state.interview is not None and not state.interview.cancelled:
        start = state.interview.start.astimezone(zone)
        context["interview_date"] = f"{start:%A} {start.day} {start:%B} at {start:%H:%M}"
        context["interview_day"] = f"{start:%A}"
    if state.promised_by is not None:
        promised = state.promised_by
        context["promised_date"] = f"{promised:%A} {promised.day} {promised:%B}"
    if state.open_request is not None:
        context["asks"] = "; ".join(state.open_request.asks)
    return context


def template_context(
    action: Action, identity: Identity, extra: Mapping[str, str] = _EMPTY
) -> dict[str, str]:
    """Every template variable: from the recipient and identity, then `extra` on top.

    What nobody knows becomes a bracketed placeholder the user sees and fills in.
    """
    contact = action.to[0].name if action.to else ""
    context = {
        "first_name": _first(contact) or "there",
        "contact_name": contact or "[name]",
        "company": "[company]",
        "role": "[role]",
        "interview_date": "[interview date]",
        "interview_day": "[interview day]",
        "my_name": identity.name,
        "my_first_name": _first(identity.name),
        "pitch": _sentences(identity.pitch) or "[a sentence or two on why you fit the role]",
        "signature": identity.signature.strip() or identity.name,
        "purpose": PURPOSE_PLACEHOLDER,
        "promised_date": "[date]",
        "asks": "[what they asked]",
    }
    context.update({k: v for k, v in extra.items() if v.strip()})
    return context


def _quote(parent: Message, zone: tzinfo | None) -> str:
    who = str(parent.sender) if parent.sender else "they"
    when = f"On {parent.date.astimezone(zone):%a, %d %b %Y at %H:%M}, " if parent.date else ""
    quoted = "\n".join(f"> {line}" if line else ">" for line in parent.text.splitlines())
    return f"\n\n{when}{who} wrote:\n{quoted}\n"


def compose(
    action: Action,
    app: Application,
    *,
    identity: Identity,
    templates: TemplateSet,
    context_extra: Mapping[str, str] = _EMPTY,
    date: datetime,
    quote_original: bool = False,
    attachments: Sequence[DraftAttachment] = (),
) -> EmailMessage:
    """The draft for `action` in `app`, ready to append (serialise with CRLF line ends)."""
    if date.tzinfo is None:
        raise ComposeError("Date: a timezone-aware time is required")
    parent = _parent(action, app)
    interviewed = context_extra.get("interviewed") == "yes"
    name, text = templates.for_draft(action.kind, interviewed=interviewed)
    extra = {k: v for k, v in context_extra.items() if k != "interviewed"}
    body = render(text, name, template_context(action, identity, extra))
    if not action.to:
        body = f"{NO_REPLY_NOTE}\n\n{body}"
    if quote_original and parent is not None and parent.text.strip():
        body = body.rstrip("\n") + _quote(parent, date.tzinfo)
    # RFC 5322 line endings on the wire (IMAP APPEND wants CRLF).
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["From"] = _header_address("From", Address(identity.name, identity.email))
    if action.to:
        msg["To"] = [_header_address("To", a) for a in action.to]
    msg["Subject"] = _clean("Subject", reply_subject(parent.subject if parent else ""))
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = draft_message_id(action.key, identity.email.rpartition("@")[2])
    if parent is not None:
        refs = [_clean("References", r) for r in references_for(parent)]
        if parent.message_id and _MSGID.match(parent.message_id):
            msg["In-Reply-To"] = parent.message_id
        if refs:
            msg["References"] = " ".join(refs)
    # Kind and application only: the full key (with an interviewer's address) can pass 78
    # characters, which the email package would then RFC 2047-encode; the ledger maps the
    # Message-ID back to the key.
    msg["X-Followupd-Action"] = _clean(
        "X-Followupd-Action", f"{action.kind}; application={action.application_id}"
    )
    msg.set_content(body)
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(
            item.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=_clean("attachment filename", item.filename),
        )
    _check_serialisable(msg)
    return msg


def _check_serialisable(msg: EmailMessage) -> None:
    """ComposeError unless every header folds into lines of its own (continuations start
    with a blank) and `msg` turns into bytes, which the shell does only after compose.

    Folding re-reads header text and decodes RFC 2047 encoded words, even inside a quoted
    display name: one left as literal text that encodes CR/LF would start a header of its
    own ("Bcc: ..."); one in an unknown charset decodes to surrogates it cannot write.
    """
    try:
        for name, value in msg.items():
            _clean(name, str(value))
            lines = msg.policy.fold_binary(name, value).removesuffix(b"\r\n").split(b"\r\n")
            if any(b"\r" in line or b"\n" in line for line in lines) or any(
                line[:1] not in (b" ", b"\t") for line in lines[1:]
            ):
                raise ComposeError(f"{name}: a line break would split the header")
        msg.as_bytes()
    except (UnicodeError, ValueError, TypeError, LookupError, MessageError) as exc:
        raise ComposeError(f"draft cannot be written as bytes: {type(exc).__name__}") from None
