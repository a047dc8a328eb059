"""Application views built by hand for the report and calendar tests: every fact chosen, no
classifier in the way (the end-to-end tests run the real one)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.planner import Plan
from followupd.core.plan.threads import message_key
from followupd.core.report.facts import Parties
from followupd.model import (
    Action,
    ActionKind,
    Address,
    Application,
    ApplicationState,
    Classification,
    Contact,
    FolderRole,
    Interview,
    Label,
    Message,
    Request,
    State,
    Thread,
)

ME = Address("Sam Seeker", "sam@example.org")
NOW = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)  # a Wednesday: the injected clock
PARTIES = Parties(frozenset({ME.email}), load_senders())


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    """`day` days after Monday 2027-02-01, at hour:minute UTC."""
    return datetime(2027, 2, 1, hour, minute, tzinfo=UTC) + timedelta(days=day)


class Mailbox:
    """Messages of one application with their classifications, oldest first."""

    def __init__(self, domain: str, person: str = "Jane Roe") -> None:
        first = person.split(maxsplit=1)[0].lower()
        self.person = Address(person, f"{first}@{domain}")
        self.system = Address("Careers", f"no-reply@{domain}")
        self.messages: list[Message] = []
        self.classified: dict[str, Classification] = {}

    def _add(self, msg: Message, c: Classification | None) -> Message:
        self.messages.append(msg)
        if c is not None:
            self.classified[message_key(msg)] = c
        return msg

    def sent(self, when: datetime, subject: str = "Application: Analyst") -> Message:
        """The user writes to the person."""
        n = len(self.messages)
        msg = _message(
            f"<{n}@{ME.domain}>",
            when,
            subject=subject,
            sender=ME,
            to=self.person,
            role=FolderRole.SENT,
        )
        return self._add(msg, None)

    def received(
        self,
        when: datetime,
        label: Label,
        *,
        subject: str = "Re: Application: Analyst",
        person: bool = True,
        **extra: object,
    ) -> Message:
        """A message from the person (or their system, person=False), labelled `label`."""
        sender = self.person if person else self.system
        n = len(self.messages)
        msg = _message(
            f"<{n}@{sender.domain}>",
            when,
            subject=subject,
            sender=sender,
            to=ME,
            role=FolderRole.INBOX,
        )
        contacts = (Contact(sender.name, sender.email, "contact"),)
        c = Classification(label, 0.95, (str(label),), contacts=contacts, **extra)  # type: ignore[arg-type]
        return self._add(msg, c)

    def view(
        self,
        app_id: str,
        state: State,
        *,
        since: datetime | None = None,
        company: str | None = "Acme",
        role: str | None = "Analyst",
        plan: Plan | None = None,
        interviews: Sequence[Interview] = (),
        promised_by: date | None = None,
        open_request: Request | None = None,
        evidence: Sequence[str] = (),
    ) -> ApplicationView:
        """The application's view with the state and plan given."""
        msgs = tuple(sorted(self.messages, key=lambda m: m.date or NOW))
        app = Application(
            app_id, f"co:{(company or app_id).lower()}", (Thread(app_id, msgs),), msgs
        )
        derived = ApplicationState(
            app_id,
            state,
            since,
            (*evidence, f"state: {state}"),
            interview=interviews[-1] if interviews else None,
            interviews=tuple(interviews),
            promised_by=promised_by,
            company=company,
            role=role,
            open_request=open_request,
        )
        return ApplicationView(app, derived, plan or Plan(), dict(self.classified))


def _message(
    msgid: str,
    when: datetime,
    *,
    subject: str,
    sender: Address,
    to: Address,
    role: FolderRole,
    text: str = "",
    calendars: tuple[str, ...] = (),
) -> Message:
    return Message(
        location=None,
        role=role,
        message_id=msgid,
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(sender,),
        to=(to,),
        cc=(),
        reply_to=(),
        date=when,
        text=text,
        calendars=calendars,
    )


def action(app_id: str, kind: ActionKind, due: datetime, *to: Address, seq: int = 1) -> Action:
    """A planned draft."""
    return Action(
        key=f"{kind}:{seq}:{app_id}:{due:%Y%m%dT%H%M}",
        application_id=app_id,
        kind=kind,
        due=due,
        expires=None,
        reason=f"{kind}: planned for the test",
        seq=seq,
        to=to,
    )
