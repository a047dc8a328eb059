"""Triage: which envelopes deserve a body fetch, with the reason for each decision."""

from __future__ import annotations

from dataclasses import replace

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.understand.mailkind import is_bulk
from followupd.core.understand.triage import Triage, body_needed
from followupd.model import Address, Envelope, FolderRole, MessageLocation

ME = "sam@example.org"
OWN = frozenset({ME, "sam.seeker@work.example"})
LEXICON = load_lexicon("en")


def envelope(
    subject: str = "Hello",
    sender: str = "Friend <friend@example.net>",
    *,
    role: FolderRole = FolderRole.INBOX,
    to: tuple[Address, ...] = (Address("Sam", ME),),
    **extra: object,
) -> Envelope:
    name, _, email = sender.rpartition(" <")
    env = Envelope(
        location=MessageLocation("work", "INBOX", 1, 1),
        role=role,
        size=4000,
        flags=(),
        message_id="<m1@example.net>",
        in_reply_to=None,
        references=(),
        subject=subject,
        from_=(Address(name, email.rstrip(">") or sender),),
        to=to,
        cc=(),
        reply_to=(),
        date=None,
    )
    return replace(env, **extra)  # type: ignore[arg-type]


def decide(
    env: Envelope, known: frozenset[str] = frozenset(), orgs: frozenset[str] = frozenset()
) -> Triage:
    return body_needed(env, known_ids=known, own_addresses=OWN, lexicon=LEXICON, known_orgs=orgs)


@pytest.mark.parametrize(
    ("subject", "term"),
    [
        ("Interview invitation - Senior Engineer", "interview"),
        ("Your application to Acme", "your application"),
        ("Thanks for applying!", "applying"),
        ("Your candidacy", "candidacy"),
        ("Update on your application", "update on"),
        ("Next steps", "next steps"),
        ("Phone screen on Thursday?", "phone screen"),
        ("Onsite logistics", "onsite"),
        ("Take-home assessment", "take-home"),
        ("Offer letter", "offer"),
        ("Exciting opportunity at Acme", "opportunity"),
        ("Backend role", "role"),
        ("Ihre Bewerbung bei Acme", "bewerbung"),
        # human recruiters' subjects, and job titles
        ("Thank you from Pied Piper", "thank you from"),
        ("Let's chat about Backend Engineer at Dunder", "let's chat"),
        ("Great news from Acme Robotics!", "great news"),
        ("Following up on our call", "following up"),
        ("Operations Coordinator \u2013 Northwind Traders", "coordinator"),
        ("Re: Engineering Manager at Gringotts", "engineering"),
        ("Cyberdyne Labs | Product Manager", "manager"),
    ],
)
def test_subject_vocabulary(subject: str, term: str) -> None:
    assert decide(envelope(subject)) == Triage(True, f"subject: {term}")


def test_sender_display_name_vocabulary() -> None:
    env = envelope("Quick question", "Acme Talent Team <jobs@acme.example>")
    assert decide(env) == Triage(True, "sender-name: talent")


@pytest.mark.parametrize(
    ("address", "domain"),
    [
        ("no-reply@greenhouse.io", "greenhouse.io"),
        ("notifications@us.greenhouse-mail.io", "greenhouse-mail.io"),
        ("acme@myworkday.com", "myworkday.com"),
        ("no-reply@hire.lever.co", "lever.co"),
        ("team@ashbyhq.com", "ashbyhq.com"),
        ("x@smartrecruiters.com", "smartrecruiters.com"),
        ("x@acme.applytojob.com", "applytojob.com"),
        ("x@performancemanager.successfactors.eu", "successfactors.eu"),
    ],
)
def test_ats_sender_wins_even_for_bulk(address: str, domain: str) -> None:
    env = envelope("Acme", f"Acme <{address}>", list_unsubscribe=True)
    assert decide(env) == Triage(True, f"ats-sender {domain}")


def test_ats_reply_to_counts() -> None:
    env = envelope("Hi", reply_to=(Address("", "reply+abc@hire.lever.co"),))
    assert decide(env) == Triage(True, "ats-sender lever.co")


def test_ats_lookalike_domain_does_not_count() -> None:
    assert decide(envelope("Hi", "x <x@clever.co>")) == Triage(False, "no-signal")
    assert decide(envelope("Hi", "x <x@greenhouse.io.evil.example>")).needed is False


def test_every_ats_domain_is_lower_case_and_dotted() -> None:
    senders = LEXICON.senders
    assert all(d == d.lower() and "." in d for d in (*senders.ats, *senders.assessments))


def test_assessment_platform_writing_for_an_employer() -> None:
    env = envelope("Your coding challenge", "Acme via HackerRank <no-reply@hackerrank.com>")
    assert decide(env) == Triage(True, "ats-sender hackerrank.com")


# --- the mail that matters most is read whatever its subject


def test_an_organisation_with_an_application_is_always_read() -> None:
    """A decline by a person under a new, plain subject from an employer already known."""
    env = envelope("Hello", "Dana Wu <dana@talent.acme.example>", list_unsubscribe=True)
    assert decide(env).needed is False  # unknown: a bulk mail with a plain subject
    orgs = frozenset({"acme.example"})
    assert decide(env, orgs=orgs) == Triage(True, "known-organisation acme.example")
    mine = sent("Quick note", Address("", "hr@acme.example"))
    assert decide(mine, orgs=orgs) == Triage(True, "known-organisation acme.example")


@pytest.mark.parametrize(
    ("subject", "sender"),
    [
        ("Quick question", "Dana Wu <dana.wu@brightwave.example>"),
        ("Hello", "Priya Raman <priya@northwind.example>"),
        ("Coffee next week?", "Tomasz Nowak <tomasz.nowak@gmail.com>"),
        ("Hi there", "jane.roe@acme.example"),
    ],
)
def test_a_person_writing_to_you_is_read_whatever_the_subject(subject: str, sender: str) -> None:
    assert decide(envelope(subject, sender)) == Triage(True, "person-to-you")


@pytest.mark.parametrize(
    ("sender", "extra"),
    [
        ("Dana Wu <dana.wu@brightwave.example>", {"auto_submitted": "auto-replied"}),
        ("Dana Wu <dana.wu@brightwave.example>", {"to": (Address("", "team@x.example"),)}),
        ("Dental Care <frontdesk@dental.example>", {}),
        ("Acme Support <support@acme.example>", {}),
        ("Alex <alex@example.net>", {}),
        ("No Reply <no-reply@acme.example>", {}),
        ("Sam Carter <sam.carter@example.org>", {}),  # on the user's own domain
    ],
)
def test_not_a_person_writing_to_you(sender: str, extra: dict[str, object]) -> None:
    assert decide(envelope("Hello", sender, **extra)).needed is False


def test_a_person_relayed_by_a_job_board_beats_its_bulk_headers() -> None:
    env = envelope(
        "Hi Sam",
        "Dana Wu via LinkedIn <inmail-hit-reply@linkedin.com>",
        list_unsubscribe=True,
    )
    assert decide(env) == Triage(True, "person-via-job-board linkedin.com")
    alert = envelope("Hi Sam", "LinkedIn <jobs-noreply@linkedin.com>", list_unsubscribe=True)
    assert decide(alert).needed is False


def test_a_person_relayed_by_a_service_we_do_not_know_is_read() -> None:
    """A job board nobody listed relays a recruiter's first message under a plain subject:
    by its "via" display name, or from a no-reply sender with her in Reply-To."""
    via = envelope("New message", "Nadia Petrov via Jobfeld <messages-noreply@jobfeld.example>")
    assert decide(via) == Triage(True, "person-via-relay jobfeld.example")
    nadia = Address("Nadia Petrov", "nadia.petrov@verdigris.example")
    relayed = envelope(
        "New message", "Jobfeld <messages-noreply@jobfeld.example>", reply_to=(nadia,)
    )
    assert decide(relayed) == Triage(True, "person-via-relay jobfeld.example")
    assert decide(relayed).strong
    # A shop's own team in Reply-To, or a list's digest, is no relayed person.
    team = Address("Jobfeld Team", "team@jobfeld.example")
    assert not decide(replace(relayed, reply_to=(team,))).needed
    assert not decide(replace(via, list_unsubscribe=True)).needed


def test_known_thread_by_any_id() -> None:
    known = frozenset({"<root@acme.example>"})
    assert decide(envelope(references=("<x@y>", "<root@acme.example>")), known).reason == (
        "known-thread"
    )
    assert decide(envelope(in_reply_to="<root@acme.example>"), known).needed
    assert decide(envelope(message_id="<root@acme.example>"), known).needed


def test_known_thread_beats_bulk() -> None:
    env = envelope("Newsletter", list_id="list.acme.example", in_reply_to="<a@b>")
    assert decide(env, frozenset({"<a@b>"})) == Triage(True, "known-thread")


def test_calendar_is_strong() -> None:
    env = envelope("Invitation: Sync @ Thu", precedence="bulk", has_calendar=True)
    assert decide(env) == Triage(True, "calendar")


def test_own_draft_never_needed() -> None:
    env = envelope("Interview thank you", followupd_action="t1/thank_you", has_calendar=True)
    assert decide(env, frozenset({"<m1@example.net>"})) == Triage(False, "own-draft")


@pytest.mark.parametrize(
    "extra",
    [
        {"list_id": "<jobs.example.net>"},
        {"list_unsubscribe": True},
        {"precedence": "bulk"},
        {"precedence": "list"},
        {"precedence": "junk"},
    ],
)
def test_bulk_needs_a_strong_signal(extra: dict[str, object]) -> None:
    env = envelope("We are hiring: interview tips for candidates", **extra)
    assert is_bulk(env)
    assert decide(env) == Triage(False, "bulk-no-strong-signal")


@pytest.mark.parametrize(
    ("subject", "sender", "extra"),
    [
        # LinkedIn job alerts, with and without list headers
        ("30 new jobs for 'software engineer'", "LinkedIn <jobalerts-noreply@linkedin.com>", {}),
        ("Jobs you may like: Senior Engineer at Acme", "LinkedIn <jobs@linkedin.com>", {}),
        ("Your job alert for python developer", "Indeed <alert@indeed.com>", {}),
        (
            "Acme is hiring a Senior Backend Engineer",
            "LinkedIn <jobs-listings@linkedin.com>",
            {"list_unsubscribe": True},
        ),
        # newsletters and receipts
        (
            "This week in Python: hiring trends",
            "PyWeekly <news@pyweekly.example>",
            {"list_id": "<pyweekly.example>"},
        ),
        ("Your order #12345 has shipped", "Shop <orders@shop.example>", {}),
        ("Receipt for your payment to Example Cloud", "Billing <billing@cloud.example>", {}),
        ("Your monthly statement is ready", "Bank <no-reply@bank.example>", {}),
        ("Dinner on Saturday?", "Alex <alex@example.net>", {}),
        ("Security alert: new sign-in", "Google <no-reply@accounts.google.com>", {}),
        ("Appointment reminder", "Dental Care <frontdesk@dental.example>", {}),
        ("Re: catching up", "Alex <alex@example.net>", {}),
        ("[repo] PR merged", "GitHub <notifications@github.example>", {}),
    ],
)
def test_hard_negatives(subject: str, sender: str, extra: dict[str, object]) -> None:
    assert decide(envelope(subject, sender, **extra)).needed is False


def test_job_alert_reason() -> None:
    env = envelope("New jobs for you: Data Engineer role", "Board <a@board.example>")
    assert decide(env) == Triage(False, "job-alert: new jobs for you")


def sent(subject: str, recipient: Address, **extra: object) -> Envelope:
    """A message in Sent from the user to `recipient`."""
    return envelope(subject, f"Sam <{ME}>", role=FolderRole.SENT, to=(recipient,), **extra)


@pytest.mark.parametrize(
    ("subject", "recipient", "expected"),
    [
        ("Re: Interview next week", Address("Jane", "jane@acme.example"), "subject: interview"),
        (
            "Thanks!",
            Address("Jane, Acme Recruiting", "j@acme.example"),
            "recipient-name: recruiting",
        ),
        ("Re: Acme", Address("", "r+1@hire.lever.co"), "ats-recipient lever.co"),
        # a reply to an alert-like subject can start a real conversation: not skipped
        (
            "Re: Jobs you may like - backend role",
            Address("Jane", "j@acme.example"),
            "subject: role",
        ),
    ],
)
def test_sent_needed(subject: str, recipient: Address, expected: str) -> None:
    assert decide(sent(subject, recipient)) == Triage(True, expected)


@pytest.mark.parametrize(
    ("subject", "recipient", "expected"),
    [
        ("Interview prep notes", Address("", "sam.seeker@work.example"), "sent-only-to-self"),
        ("Photos from the trip", Address("", "m@x.example"), "sent-no-signal"),
    ],
)
def test_sent_skipped(subject: str, recipient: Address, expected: str) -> None:
    assert decide(sent(subject, recipient)) == Triage(False, expected)


def test_sent_in_known_thread_without_vocabulary() -> None:
    env = sent("Re: quick", Address("", "jane@acme.example"), in_reply_to="<r1@acme.example>")
    assert decide(env, frozenset({"<r1@acme.example>"})) == Triage(True, "known-thread")


def test_words_match_whole_words_only() -> None:
    assert not decide(envelope("Controller firmware update")).needed  # not "role"
    assert not decide(envelope("Offerings this season")).needed  # not "offer"
