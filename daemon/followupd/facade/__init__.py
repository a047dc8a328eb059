"""The application facade: what the commands show, what they correct, and the pass that acts.

The CLI parses and prints; everything else goes through one of three doors, each opening
the state its own way:

- `Look`: read-only, never the lock, never a write (status, plan, explain, digest, drafts);
- `Correct`: one short write per correction beside a running daemon, which applies it at
  once (ignore, expect, revive, merge, split, track, label);
- `Act`: the exclusive lock, for one pass or the daemon (run, sync);
- `try_account`: a login and a look at the folders, with no state at all (check).
"""

from followupd.facade.accounts import AccountCheck, try_account
from followupd.facade.act import Act
from followupd.facade.correct import Correct, StoredMessage, saved_message
from followupd.facade.drafts import DraftsReport, Fate, Found
from followupd.facade.look import Look, Planned, Preview

__all__ = [
    "AccountCheck",
    "Act",
    "Correct",
    "DraftsReport",
    "Fate",
    "Found",
    "Look",
    "Planned",
    "Preview",
    "StoredMessage",
    "saved_message",
    "try_account",
]
