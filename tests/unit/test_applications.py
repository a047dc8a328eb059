"""Threads into applications: one employer process each, whatever subjects and senders say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailfactory import ME, mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.applications import Grouping, group_applications, same_role
from followupd.core.plan.threads import build_threads, message_key
from followupd.model import Address, Application, Classification, Interview, Label, Message

SENDERS = load_senders()
OWN = (ME.email,)
NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _c(
    label: Label, company: str | None = None, role: str | None = None, **extra: object
) -> Classification:
    how = "guessed from the domain" if extra.pop("guess", False) else "from the text"
    evidence = (f"company '{company}' {how}",) if company else ()
    return Classification(label, 0.9, evidence, company=company, role=role, **extra)  # type: ignore[arg-type]


def _group(
    items: list[tuple[Message, Classification | None]], grouping: Grouping | None = None
) -> list[Application]:
    messages = [m for m, _ in items]
    labels = {message_key(m): c for m, c in items if c is not None}
    roles = {k: c.role for k, c in labels.items() if c.role}
    threads = build_threads(messages, senders=SENDERS, roles=roles)
    return group_applications(
        threads, labels, senders=SENDERS, own_addresses=OWN, grouping=grouping
    )


def _ids(apps: list[Application]) -> list[list[str]]:
    return [sorted(m.message_id or "" for m in a.messages) for a in apps]


def _at(days: float) -> datetime:
    return NOW + timedelta(days=days)


ATS = Address("Acme Robotics", "no-reply@us.greenhouse-mail.io")
RECRUITER = Address("Dana Wu", "dana.wu@acme-robotics.example")
COORDINATOR = Address("Sam Lee", "sam.lee@talent.acme-robotics.example")


def test_an_ats_a_recruiter_and_a_coordinator_are_one_application() -> None:
    ack = mail("ack@gh", _at(0), subject="Thank you for applying to Acme Robotics", sender=ATS)
    call = mail("call@acme", _at(5), subject="Quick question", sender=RECRUITER)
    booked = mail("cal@acme", _at(8), subject="Invitation: Interview @ Tue", sender=COORDINATOR)
    decline = mail("no@gh", _at(20), subject="An update", sender=ATS)
    apps = _group(
        [
            (ack, _c(Label.ACKNOWLEDGMENT, "Acme Robotics", "Data Engineer")),
            (call, _c(Label.INVITATION, "Acme Robotics")),
            (booked, _c(Label.CONFIRMATION, "Acme Robotics", guess=True)),
            (decline, _c(Label.REJECTION, "Acme Robotics")),
        ]
    )
    assert _ids(apps) == [["<ack@gh>", "<cal@acme>", "<call@acme>", "<no@gh>"]]
    (app,) = apps
    assert len(app.threads) == 4 and app.employer == "co:acmerobotics"
    assert app.messages[0].message_id == "<ack@gh>"  # oldest first, all threads together


def test_a_company_named_by_a_relay_joins_the_domain_its_name_starts() -> None:
    relay = Address("Vellumcraft Legal", "noreply@candidates.workablemail.com")
    ack = mail("ack@wk", _at(0), subject="Application received", sender=relay)
    henrik = Address("Henrik Lund", "henrik@vellumcraft.example")
    booked = mail("b@vc", _at(3), subject="Interview confirmation", sender=henrik)
    apps = _group(
        [
            (ack, _c(Label.ACKNOWLEDGMENT, "Vellumcraft Legal")),
            (booked, _c(Label.CONFIRMATION, "Vellumcraft", guess=True)),
        ]
    )
    assert len(apps) == 1
    # A domain that only starts the same letters is another organisation.
    meta = Address("Metabase", "no-reply@hire.lever.co")
    other = mail("m@lever", _at(4), subject="Your application", sender=meta)
    fb = mail("f@meta", _at(5), subject="Hello", sender=Address("Ann Bo", "ann@meta.example"))
    apps = _group([(other, _c(Label.ACKNOWLEDGMENT, "Metabase")), (fb, _c(Label.OTHER))])
    assert len(apps) == 2


def test_a_domain_may_cut_the_second_word_of_the_name_short() -> None:
    """The ATS writes for "Sundial Payments", the recruiter from sundialpay.example and signs
    "Sundial": one employer. A label that only starts the first word is still no match."""
    ats = Address("Sundial Payments", "sundialpay@hireloom.example")
    ack = mail("ack@hl", _at(0), subject="Application received", sender=ats)
    priya = Address("Priya Raman", "priya@sundialpay.example")
    call = mail("call@sp", _at(5), subject="Intro call?", sender=priya)
    apps = _group(
        [
            (ack, _c(Label.ACKNOWLEDGMENT, "Sundial Payments")),
            (call, _c(Label.INVITATION, "Sundial")),
        ]
    )
    assert len(apps) == 1
    sun = mail("s@sun", _at(6), subject="Hello", sender=Address("Ann Bo", "ann@sun.example"))
    apps = _group([(ack, _c(Label.ACKNOWLEDGMENT, "Sundial Payments")), (sun, _c(Label.OTHER))])
    assert len(apps) == 2


def test_two_roles_at_one_company_are_two_applications() -> None:
    one = mail("a1@gh", _at(0), subject="Application received: Data Engineer", sender=ATS)
    two = mail("a2@gh", _at(2), subject="Application received: Product Designer", sender=ATS)
    # A recruiter who names no job joins the one most recently active before them.
    call = mail("c@acme", _at(3), subject="Quick chat?", sender=RECRUITER)
    apps = _group(
        [
            (one, _c(Label.ACKNOWLEDGMENT, "Acme Robotics", "Data Engineer")),
            (two, _c(Label.ACKNOWLEDGMENT, "Acme Robotics", "Product Designer")),
            (call, _c(Label.INVITATION, "Acme Robotics")),
        ]
    )
    assert _ids(apps) == [["<a1@gh>"], ["<a2@gh>", "<c@acme>"]]
    assert same_role("Data Engineer", "Senior Data Engineer")
    assert same_role("Data engineering", "Staff Data Engineer")  # level and ending aside
    assert not same_role("Data Engineer", "Product Designer")
    assert not same_role("Backend Engineer", "Frontend Engineer")
    assert not same_role("Engineering Manager", "Data Engineer")


def test_an_agency_writing_for_a_client_joins_the_client_not_its_other_clients() -> None:
    agency = Address("Rita Fox", "rita@bright-hire.example")
    pitch = mail("p1@bh", _at(0), subject="Role at Acme Robotics", sender=agency)
    other = mail("p2@bh", _at(1), subject="A role at Globex", sender=agency)
    ack = mail("ack@gh", _at(2), subject="Thank you for applying", sender=ATS)
    apps = _group(
        [
            (pitch, _c(Label.INVITATION, "Acme Robotics")),
            (other, _c(Label.INVITATION, "Globex")),
            (ack, _c(Label.ACKNOWLEDGMENT, "Acme Robotics")),
        ]
    )
    assert _ids(apps) == [["<ack@gh>", "<p1@bh>"], ["<p2@bh>"]]


def test_a_calendar_uid_joins_a_cancellation_without_references() -> None:
    slot = Interview(_at(10), _at(10.05), "ics", 0, uid="slot-9@cal.example")
    gone = Interview(_at(10), _at(10.05), "ics", 1, cancelled=True, uid="slot-9@cal.example")
    invite = mail("i@x", _at(0), subject="Interview", sender=Address("Kim", "kim@gmail.com"))
    cancel = mail("c@y", _at(2), subject="Canceled", sender=Address("", "calendar@cal.example"))
    apps = _group(
        [
            (invite, _c(Label.CONFIRMATION, interview=slot)),
            (cancel, _c(Label.CANCELLATION, interview=gone)),
        ]
    )
    assert len(apps) == 1


def test_a_long_silence_starts_a_new_application() -> None:
    first = mail("a@acme", _at(0), subject="Your application", sender=RECRUITER)
    later = mail("b@acme", _at(400), subject="A new role", sender=RECRUITER)
    apps = _group(
        [
            (first, _c(Label.REJECTION, "Acme Robotics")),
            (later, _c(Label.INVITATION, "Acme Robotics")),
        ]
    )
    assert len(apps) == 2


def test_people_at_mail_providers_are_told_apart_and_relay_brands_join_nothing() -> None:
    kim = mail("k@g", _at(0), subject="Hi", sender=Address("Kim Park", "kim.park@gmail.com"))
    lee = mail("l@g", _at(1), subject="Hi", sender=Address("Lee Chan", "lee.chan@gmail.com"))
    misread = [
        mail(f"j{i}@li", _at(i), subject=f"Role {i}", sender=Address("", "jobs@linkedin.com"))
        for i in range(3)
    ]
    apps = _group(
        [(kim, _c(Label.INVITATION)), (lee, _c(Label.INVITATION))]
        + [(m, _c(Label.ACKNOWLEDGMENT, "LinkedIn")) for m in misread]
    )
    assert len(apps) == 5


def test_the_users_corrections_keep_a_thread_apart_and_join_two_applications() -> None:
    ack = mail("ack@gh", _at(0), subject="Thank you for applying to Acme Robotics", sender=ATS)
    call = mail("call@acme", _at(5), subject="Quick question", sender=RECRUITER)
    stray = mail("s@x", _at(6), subject="Hello", sender=Address("Kim Park", "kim.park@gmail.com"))
    items = [
        (ack, _c(Label.ACKNOWLEDGMENT, "Acme Robotics")),
        (call, _c(Label.INVITATION, "Acme Robotics")),
        (stray, _c(Label.INVITATION)),
    ]
    assert len(_group(items)) == 2
    apart = _group(items, Grouping(separate=frozenset({"<call@acme>"})))
    assert _ids(apart) == [["<ack@gh>"], ["<call@acme>"], ["<s@x>"]]
    joined = _group(items, Grouping(merged=(("<ack@gh>", "<s@x>"),)))
    assert _ids(joined) == [["<ack@gh>", "<call@acme>", "<s@x>"]]


def test_the_application_id_follows_its_first_message_and_ignores_grouping() -> None:
    ack = mail("ack@gh", _at(0), subject="Thank you for applying to Acme Robotics", sender=ATS)
    call = mail("call@acme", _at(5), subject="Quick question", sender=RECRUITER)
    items = [
        (ack, _c(Label.ACKNOWLEDGMENT, "Acme Robotics")),
        (call, _c(Label.INVITATION, "Acme Robotics")),
    ]
    (app,) = _group(items)
    (alone,) = _group(items[:1])
    assert app.id == alone.id  # a later thread joining does not change the id
