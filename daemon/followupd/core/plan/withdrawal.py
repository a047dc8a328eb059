"""The user's own words that end an application: "I'd like to withdraw my application".

Kept apart from the classifier's lexicon, which is about the employer's mail. Only the part
of an outbound message before the mail it quotes counts, and a negated phrase ("I have not
accepted another offer") does not.
"""

from __future__ import annotations

import re

# The user's own words that end an application (kept here: the classifier's lexicon is
# about the employer's mail).
WITHDRAW_PHRASES = (
    "withdraw my application",
    "withdrawing my application",
    "withdraw my candidacy",
    "withdraw from the process",
    "withdraw from consideration",
    "remove me from consideration",
    "no longer wish to be considered",
    "no longer interested",
    "accepted another offer",
    "accepted an offer elsewhere",
    "accepted a position elsewhere",
    "accepted another position",
    "decline the offer",
    "decline your offer",
    "decline this offer",
    "withdraw from your process",
    "withdraw from the recruitment",
    "withdraw from the hiring process",
    "like to withdraw",
    "decided to withdraw",
    "please withdraw me",
    "take myself out of",
    "remove myself from",
    "no longer pursuing",
    "no longer be pursuing",
    "not continue with the process",
    "step back from the process",
    "step away from the process",
    "decided not to proceed",
    "decided not to move forward",
    "accepted a role",
    "accepted a job",
    "accepted a position",
    "accepted an offer",
    # Turning down a recruiter's approach: the role, not the conversation, is declined.
    "pass on this one",
    "pass on this role",
    "pass on this opportunity",
    "pass on this position",
    "have to pass on this",
    "not the right fit for me",
    "respectfully decline",
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b", re.I)
_QUOTE_START = re.compile(
    r"^(?:>|on\s.+wrote:\s*$|-{2,}\s*original message|from:\s|sent from my)", re.I | re.M
)


def _own_words(text: str) -> str:
    """The part of an outbound message before the quoted mail it replies to."""
    m = _QUOTE_START.search(text)
    return (text[: m.start()] if m else text).casefold()


def withdraws(text: str) -> str | None:
    """The first withdrawal phrase in the user's own (unquoted, unnegated) words."""
    words = " ".join(_own_words(text).split())
    found = [
        (at, phrase)
        for phrase in WITHDRAW_PHRASES
        if (at := words.find(phrase)) >= 0 and not _NEGATION.search(words[max(0, at - 15) : at])
    ]
    return min(found)[1] if found else None
