"""Reads an account's stored messages, classifies what is new (cached), evaluates applications."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, tzinfo

from followupd import __version__
from followupd.adapters.lexicon_files import load_lexicon, load_senders
from followupd.adapters.store import Store
from followupd.config import Config
from followupd.core.plan.evaluate import ApplicationView, Context, evaluate
from followupd.core.plan.threads import message_key
from followupd.core.understand.message import understand
from followupd.model import Classification, Message

log = logging.getLogger(__name__)

LANGUAGE = "en"
# Cached classifications are reused only by the same release, vocabulary and revision of
# the classifier's output (bump the revision when a classification carries new evidence).
CLASSIFIER_REVISION = 6
CLASSIFIER_VERSION = f"{__version__}/{LANGUAGE}/r{CLASSIFIER_REVISION}"


def own_addresses(config: Config) -> frozenset[str]:
    """Every address that is the user: identity, aliases, and login names that are addresses."""
    addrs = {config.identity.email.lower(), *(a.lower() for a in config.identity.aliases)}
    addrs.update(a.username.lower() for a in config.accounts if "@" in a.username)
    return frozenset(addrs)


def classify_messages(
    store: Store, account: str, messages: Sequence[Message], zone: tzinfo, *, save: bool = True
) -> dict[str, Classification]:
    """Classifications keyed by message key: cached ones, plus the new ones computed now.

    With save=False nothing is written (previews like `plan` promise not to write).
    """
    known = store.classifications(account, CLASSIFIER_VERSION)
    lexicon = load_lexicon(LANGUAGE)
    fresh = {
        key: understand(msg, lexicon=lexicon, tz=zone)
        for msg in messages
        if (key := message_key(msg)) not in known
    }
    if fresh and save:
        store.save_classifications(account, CLASSIFIER_VERSION, fresh)
        log.debug("understand.classified account=%s new=%d", account, len(fresh))
    return {**known, **fresh}


def evaluate_account(
    config: Config, store: Store, account: str, now: datetime, *, save: bool = True
) -> list[ApplicationView]:
    """The account's applications, states and plans at `now`, from what the store holds."""
    messages = store.messages(account)
    zone = config.schedule.zone
    classifications = classify_messages(store, account, messages, zone, save=save)
    context = Context(
        policy=config.policy,
        schedule=config.schedule,
        history=store.plan_history(account),
        own_addresses=own_addresses(config),
        senders=load_senders(),
        installed=store.installed_at(account),
    )
    return evaluate(
        messages, classifications, context=context, now=now, corrections=store.corrections(account)
    )
