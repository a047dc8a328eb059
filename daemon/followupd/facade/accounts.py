"""Trying an account as `followupd check` does: log in, look at the folders, log out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from followupd.adapters.imap import ServerInfo
from followupd.config import AccountConfig
from followupd.errors import FollowupdError
from followupd.model import FolderRole
from followupd.service import open_session


@dataclass(frozen=True, slots=True)
class AccountCheck:
    """How far a try got: the server's answer, the folders found, or what failed."""

    server: ServerInfo | None = None
    folders: Mapping[FolderRole, str] | None = None
    error: FollowupdError | None = None


def try_account(account: AccountConfig, env: Mapping[str, str]) -> AccountCheck:
    """Connect and log in, find INBOX, Sent and Drafts; a failure is returned, not raised."""
    session = open_session(account, env)
    server: ServerInfo | None = None
    try:
        server = session.connect()
        return AccountCheck(server, session.discover_folders(account.folders))
    except FollowupdError as exc:
        return AccountCheck(server, None, exc)
    finally:
        session.logout()
