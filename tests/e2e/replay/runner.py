"""Replay the story against a real Dovecot with `followupd run --once --now T` steps.

Steps fall on every working day at 09:35 and 14:05, five minutes after each message that is
not list mail, and five minutes after each moment the ground truth names; before each step
the mail dated up to then is delivered (one `doveadm import` per folder) and the user's acts
that fell due are played. Most steps call the CLI in-process (`followupd.cli.main`); the
steps in `child_steps` run it as a child process, as a user would.
"""

from __future__ import annotations

import contextlib
import logging
import time as timer
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from storykit import Story
from storykit.mail import Mail

from followupd import cli
from followupd.testing import DovecotServer, MailUser
from replay import mailbox
from replay.clock import ZONE, is_business_day, on
from replay.mailbox import DraftCopy
from replay.plot import Event, Expected, Inbound, Outbound, Plot
from replay.score import Context, Made, Want, addresses
from replay.story import END, START


@contextlib.contextmanager
def own_logging() -> Iterator[None]:
    """Let an in-process `followupd` set up its logging, then put the caller's back.

    `followupd.cli.main` configures the root logger with `force=True` (closing the handlers
    it finds) and sets imapclient's level: the caller's handlers are detached while it runs
    and restored afterwards, with both levels, so a test runner's log capture survives.
    """
    root, imap = logging.getLogger(), logging.getLogger("imapclient")
    handlers, levels = root.handlers[:], (root.level, imap.level)
    for handler in handlers:
        root.removeHandler(handler)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(levels[0])
        imap.setLevel(levels[1])


SETTINGS = {"schedule": {"timezone": "Europe/Berlin"}}
AFTER = timedelta(minutes=5)
DAILY = ((9, 35), (14, 5))


def step_times(
    plot: Plot, wants: Iterable[Expected], *, start: datetime = START, end: datetime = END
) -> list[datetime]:
    """The useful moments to run at, from `start` (a step itself) to `end`."""
    moments = {start, end}
    day: date = start.date()
    while day <= end.date():
        if is_business_day(day):
            moments |= {on(day, time(h, m)) for h, m in DAILY}
        day += timedelta(days=1)
    moments |= {e.at + AFTER for e in plot.events() if isinstance(e, Inbound) and not e.bulk}
    moments |= {w.window.earliest + AFTER for w in wants}
    return sorted(m for m in moments if start <= m <= end)


@dataclass
class Replay:
    """One replay's mailbox, its followupd config, and what happened."""

    plot: Plot
    story: Story
    expected: dict[str, Expected]
    mails: dict[str, Mail] = field(default_factory=dict)  # label -> delivered message
    drafts: list[DraftCopy] = field(default_factory=list)  # every draft ever seen
    live: dict[int, DraftCopy] = field(default_factory=dict)  # still in Drafts, by UID
    steps: int = 0
    child_steps: int = 0
    seconds: float = 0.0
    _queue: list[Event] = field(default_factory=list)
    _last_uid: int = 0

    @classmethod
    def start(
        cls,
        server: DovecotServer,
        user: MailUser,
        base: Path,
        plot: Plot,
        wants: Iterable[Expected],
    ) -> Replay:
        """A fresh replay on `user`'s mailbox."""
        story = Story(server, user, base, START, settings=SETTINGS)
        by_id = {x.id: x for x in plot.expected()}
        by_id.update({w.id: w for w in wants})
        return cls(plot, story, by_id, _queue=plot.events())

    # --- the user's world

    def _parent(self, label: str | None) -> Mail | None:
        return self.mails[label] if label is not None else None

    def _realise(self, event: Event) -> Mail:
        if isinstance(event, Inbound):
            return mailbox.inbound(event, self._parent(event.parent))
        if isinstance(event, Outbound):
            return mailbox.outbound(event, self._parent(event.parent))
        want = self.expected[event.expect]
        parent = self.mails[want.parents[0]]
        parents = frozenset(self.mails[p].message_id for p in want.parents if p in self.mails)
        for draft in self.live.values():
            if mailbox.answers(draft, want, parents):
                self._delete(draft)
                return mailbox.sent_draft(draft, want, event.at)
        return mailbox.own_answer(event, want, parent)

    def _delete(self, draft: DraftCopy) -> None:
        server, user = self.story.server, self.story.user
        server.doveadm("expunge", "-u", user.username, "mailbox", "Drafts", "uid", str(draft.uid))
        del self.live[draft.uid]

    def play_until(self, now: datetime) -> None:
        """Play every event dated up to `now` and deliver the messages, oldest first."""
        fresh: list[Mail] = []
        while self._queue and self._queue[0].at <= now:
            event = self._queue.pop(0)
            mail = self._realise(event)
            self.mails[event.label] = mail
            fresh.append(mail)
        server, user = self.story.server, self.story.user
        for folder in ("INBOX", "Sent"):
            batch = [m.raw for m in sorted(fresh, key=lambda m: m.when) if m.folder == folder]
            if batch:
                server.deliver_many(user, folder, batch)

    # --- followupd

    def step(self, now: datetime, *, child: bool = False) -> list[DraftCopy]:
        """Play up to `now`, run one pass at `now`, and read the drafts it made."""
        self.play_until(now)
        if child:
            self.story.run(now)
            self.child_steps += 1
        else:
            args = ["run", "--once", "--now", now.isoformat(), "--config", str(self.story.config)]
            with own_logging():
                code = cli.main(args)
            assert code == 0, f"run --once --now {now.isoformat()} exited {code}"
        self.steps += 1
        fresh = mailbox.read_drafts(self.story.server, self.story.user, self._last_uid, now)
        for draft in fresh:
            self._last_uid = max(self._last_uid, draft.uid)
            self.live[draft.uid] = draft
            self.drafts.append(draft)
        return fresh

    def run(self, moments: Sequence[datetime], child_steps: Iterable[int] = ()) -> Replay:
        """Step through `moments`; the step numbers in `child_steps` run as child processes."""
        children = set(child_steps)
        began = timer.perf_counter()
        for index, now in enumerate(moments):
            self.step(now, child=index in children or index - len(moments) in children)
        self.seconds = timer.perf_counter() - began
        return self

    # --- what the scorer needs

    def made(self) -> list[Made]:
        """Every draft seen, once."""
        return [d.made for d in self.drafts]

    def wants(self, expected: Iterable[Expected]) -> list[Want]:
        """The expected drafts with their parents resolved to the Message-IDs delivered."""
        out = []
        for x in expected:
            parents = frozenset(self.mails[p].message_id for p in x.parents if p in self.mails)
            out.append(
                Want(x.id, x.employer, x.kind, parents, x.to.email.lower(),
                     x.window.earliest, x.window.latest)
            )  # fmt: skip
        return out

    def label_of(self, msgid: str | None) -> str:
        """The story label of a delivered message (for reports)."""
        for label, mail in self.mails.items():
            if mail.message_id == msgid:
                return label
        return msgid or "(nothing)"

    def context(self) -> Context:
        """Which employer each message and person belongs to, and when each one closed."""
        by_message: dict[str, str] = {}
        owners: dict[str, set[str]] = {}
        closed = {k: c for k, e in self.plot.employers.items() if (c := e.closed_at())}
        for key, employer in self.plot.employers.items():
            for event in employer.events:
                if event.label in self.mails:
                    by_message[self.mails[event.label].message_id] = key
                people: list[str] = []
                if isinstance(event, Inbound):
                    people = [str(event.sender)] + ([str(event.reply_to)] if event.reply_to else [])
                elif isinstance(event, Outbound):
                    people = [str(event.to)]
                for address in addresses(people):
                    owners.setdefault(address, set()).add(key)
        by_address = {a: next(iter(keys)) for a, keys in owners.items() if len(keys) == 1}
        return Context(by_message, by_address, closed)


def local(moment: datetime) -> str:
    """A moment as the user reads it."""
    return moment.astimezone(ZONE).strftime("%a %d %b %H:%M")
