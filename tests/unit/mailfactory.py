"""Builds model.Message values for the threading and lifecycle tests."""

from __future__ import annotations

from datetime import UTC, datetime

from followupd.model import Address, FolderRole, Message

ME = Address("Sam Seeker", "sam@example.org")
RECRUITER = Address("Jane Roe", "jane@acme.example")


def mail(
    msgid: str | None,
    when: datetime | str | None,
    *,
    subject: str = "Interview at Acme",
    sender: Address = RECRUITER,
    to: tuple[Address, ...] = (ME,),
    sent: bool = False,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    text: str = "",
    flags: tuple[str, ...] = (),
    action: str | None = None,
    gm_thrid: int | None = None,
) -> Message:
    """A message; `sent=True` makes it the user's own (Sent folder, from ME to `sender`)."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when).replace(tzinfo=UTC)
    return Message(
        location=None,
        role=FolderRole.SENT if sent else FolderRole.INBOX,
        message_id=f"<{msgid}>" if msgid else None,
        in_reply_to=f"<{in_reply_to}>" if in_reply_to else None,
        references=tuple(f"<{r}>" for r in references),
        subject=subject,
        from_=(ME,) if sent else (sender,),
        to=(sender,) if sent else to,
        cc=(),
        reply_to=(),
        date=when,
        text=text,
        flags=flags,
        followupd_action=action,
        gm_thrid=gm_thrid,
    )
