"""The sender directory as read from the package's data file. Each test builds its own:
load_senders() reads the file once per process, before most tests run."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from followupd.adapters.lexicon_files import load_lexicon
from followupd.core.senders import SenderDirectory, SenderKind, directory_from_mapping, listed_as
from followupd.core.understand.triage import Triage, body_needed
from followupd.model import Address, Envelope, FolderRole, MessageLocation


def load_senders() -> SenderDirectory:
    """A directory built now from the shipped data file."""
    data = resources.files("followupd").joinpath("data", "senders.toml").read_text("utf-8")
    return directory_from_mapping(tomllib.loads(data))


@pytest.mark.parametrize(
    ("domain", "kind"),
    [
        ("boards.greenhouse.io", SenderKind.ATS),
        ("linkedin.com", SenderKind.JOB_BOARD),
        ("hackerrank.com", SenderKind.ASSESSMENT),
        ("substack.com", SenderKind.BULK),
        ("gmail.com", SenderKind.MAIL_PROVIDER),
        ("resource.calendar.google.com", SenderKind.CALENDAR_RESOURCE),
        ("acme.example", SenderKind.ORGANISATION),
    ],
)
def test_each_list_of_the_data_file_gives_its_kind_of_sender(domain: str, kind: SenderKind) -> None:
    assert load_senders().kind(domain) is kind


def test_relays_are_listed_for_the_readers_that_match_suffixes() -> None:
    """Triage and grouping match a relay's subdomain against the ATS, assessment and job
    board lists themselves."""
    senders = load_senders()
    assert listed_as("acme.greenhouse.io", senders.ats) == "greenhouse.io"
    assert listed_as("acme.hackerrank.com", senders.assessments) == "hackerrank.com"
    assert listed_as("mail.linkedin.com", senders.job_boards) == "linkedin.com"
    assert listed_as("news.substack.com", senders.bulk) == "substack.com"
    assert listed_as("app.calendly.com", senders.scheduling_links) == "calendly.com"


def test_a_domain_written_with_its_final_dot_is_the_same_domain() -> None:
    senders = load_senders()
    assert senders.kind("greenhouse.io.") is SenderKind.ATS
    assert senders.registrable("talent.acme.co.uk.") == "acme.co.uk"


@pytest.mark.parametrize(
    ("domain", "organisation"),
    [
        ("talent.acme.co.uk", "acme.co.uk"),  # a generic suffix of two labels
        ("hr.tekfor.com.tr", "tekfor.com.tr"),  # a country's category level
        ("jobs.acme.example", "acme.example"),
    ],
)
def test_the_organisations_own_domain_skips_generic_suffixes(
    domain: str, organisation: str
) -> None:
    assert load_senders().registrable(domain) == organisation


@pytest.mark.parametrize(
    ("address", "nobody", "group", "role"),
    [
        (Address("", "no-reply+jobs@acme.example"), True, False, False),
        (Address("Acme Notifications", "careers@acme.example"), True, False, False),
        (Address("", "interview-panel@acme.example"), False, True, False),
        (Address("", "info@acme.example"), False, False, True),
        (Address("Jane Roe", "jane@acme.example"), False, False, False),
    ],
)
def test_addresses_nobody_reads_groups_and_shared_mailboxes(
    address: Address, nobody: bool, group: bool, role: bool
) -> None:
    senders = load_senders()
    assert senders.is_no_reply(address) is nobody
    assert senders.is_group_or_resource(address) is group
    assert senders.is_role_mailbox(address) is role


def test_a_name_via_an_organisation_that_is_no_job_board_is_no_relayed_person() -> None:
    """'Dana Wu via Acme Events' on an events list: bulk mail, not a person a job board
    relays, so its body is not fetched."""
    env = Envelope(
        location=MessageLocation("work", "INBOX", 1, 1),
        role=FolderRole.INBOX,
        size=4000,
        flags=(),
        message_id="<m1@acme-events.example>",
        in_reply_to=None,
        references=(),
        subject="Community meetup this week",
        from_=(Address("Dana Wu via Acme Events", "dana@acme-events.example"),),
        to=(Address("Sam", "sam@example.org"),),
        cc=(),
        reply_to=(),
        date=None,
        list_unsubscribe="<mailto:u@acme-events.example>",
    )
    decision = body_needed(
        env, known_ids=frozenset(), own_addresses={"sam@example.org"}, lexicon=load_lexicon("en")
    )
    assert decision == Triage(False, "bulk-no-strong-signal")
