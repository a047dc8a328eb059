"""Grouping threads into applications where the mutation run found nothing pinned: the name
a thread writes after a guess, what a recruiting message's name weighs against a newsletter's,
and the employer an application is shown under."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.applications import group_applications
from followupd.core.plan.threads import build_threads, message_key
from followupd.model import Address, Application, Classification, Label, Message

SENDERS = load_senders()
NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)
ATS = Address("Acme Robotics", "no-reply@us.greenhouse-mail.io")
KIM = Address("Kim Park", "kim@northwind-hr.example")


def _c(label: Label, company: str, *, guess: bool = False) -> Classification:
    how = "guessed from the domain" if guess else "from the text"
    return Classification(label, 0.9, (f"company '{company}' {how}",), company=company)


def _group(items: list[tuple[Message, Classification | None]]) -> list[Application]:
    labels = {message_key(m): c for m, c in items if c is not None}
    threads = build_threads([m for m, _ in items], senders=SENDERS)
    return group_applications(threads, labels, senders=SENDERS, own_addresses=(ME.email,))


def _ids(apps: list[Application]) -> list[list[str]]:
    return [sorted(m.message_id or "" for m in a.messages) for a in apps]


def _at(days: float) -> datetime:
    return NOW + timedelta(days=days)


ACK = mail("ack@gh", _at(0), subject="Thank you for applying to Acme Robotics", sender=ATS)


def test_a_name_written_after_a_guess_still_joins_the_company() -> None:
    """Kim's first message only lets the company be guessed from her domain; her next one
    writes 'Acme Robotics', the company the ATS thread names: one application."""
    hello = mail("k1@nw", _at(2), subject="Your profile", sender=KIM)
    named = mail("k2@nw", _at(3), subject="Re: Your profile", sender=KIM, in_reply_to="k1@nw")
    apps = _group(
        [
            (ACK, _c(Label.ACKNOWLEDGMENT, "Acme Robotics")),
            (hello, _c(Label.STATUS_UPDATE, "Northwindhr", guess=True)),
            (named, _c(Label.INVITATION, "Acme Robotics")),
        ]
    )
    assert _ids(apps) == [["<ack@gh>", "<k1@nw>", "<k2@nw>"]]


def test_a_recruiting_message_names_the_company_over_other_mail() -> None:
    """A thread's newsletter names the holding once, its invitation the employer once: the
    invitation's name counts more, so the thread joins the employer's ATS thread."""
    news = mail("k1@nw", _at(2), subject="Our news", sender=KIM)
    invite = mail("k2@nw", _at(3), subject="Re: Our news", sender=KIM, in_reply_to="k1@nw")
    apps = _group(
        [
            (ACK, _c(Label.ACKNOWLEDGMENT, "Acme Robotics")),
            (news, _c(Label.OTHER, "Acme Holdings")),
            (invite, _c(Label.INVITATION, "Acme Robotics")),
        ]
    )
    assert _ids(apps) == [["<ack@gh>", "<k1@nw>", "<k2@nw>"]]


@pytest.mark.parametrize(
    ("sender", "employer"),
    [
        (Address("Jane Roe", "jane@acme.example"), "org:acme.example"),
        (Address("Jane Roe", "jane.roe@gmail.com"), "person:jane.roe@gmail.com"),
    ],
)
def test_an_application_is_shown_under_the_employer_its_mail_comes_from(
    sender: Address, employer: str
) -> None:
    (app,) = _group([(mail("m@x", _at(1), subject="Hello", sender=sender), None)])
    assert app.employer == employer
