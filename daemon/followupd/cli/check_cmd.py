"""`followupd check`: validate the config, then log in and show what followupd would use."""

from __future__ import annotations

import argparse
import os

from followupd.adapters.template_files import load_templates
from followupd.cli.common import add_config_option, config_from_args
from followupd.facade import try_account
from followupd.model import TEMPLATE_KINDS, FolderRole

# Capabilities worth knowing about, and what followupd does without each (RFC numbers).
_FEATURES = (
    ("IDLE", "RFC 2177 push; without it followupd polls"),
    ("UIDPLUS", "RFC 4315 APPENDUID; without it drafts are found by Message-ID"),
    ("SPECIAL-USE", "RFC 6154 folder roles; without it folders are found by name"),
    ("CONDSTORE", "RFC 7162; used when present"),
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `check`."""
    parser = sub.add_parser("check", help="validate the config and test the mail account(s)")
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print a verdict per account; non-zero exit when anything is wrong."""
    config = config_from_args(args)
    print(f"config   {config.source}: valid, {len(config.accounts)} account(s)")
    state_dir = config.storage.state_dir  # checked with the config: usable, or exit 78 by now
    print(f"state    {state_dir}: {'ok' if state_dir.is_dir() else 'created at first use'}")
    # Templates are checked now, not when a draft falls due (ConfigError -> exit 78).
    templates = load_templates(config.templates)
    custom = [name for name in TEMPLATE_KINDS if templates.source(name) != "default"]
    print(f"templates ok ({', '.join(custom) or 'all defaults'})")
    worst = 0
    for account in config.accounts:
        print(f"account  {account.name}: {account.username} at {account.host}:{account.port}")
        tried = try_account(account, os.environ)
        if (info := tried.server) is not None:
            verified = "certificate verified" if account.tls != "none" else "PLAINTEXT"
            print(f"  tls      {info.tls_version or 'none'} {info.cipher or ''} ({verified})")
            print(f"  login    ok ({account.credential.mechanism})")
            for cap, meaning in _FEATURES:
                mark = "yes" if cap in info.capabilities else "no "
                print(f"  {cap:<12} {mark}  {meaning}")
        if (folders := tried.folders) is not None:
            print(f"  inbox    {folders[FolderRole.INBOX]!r} (read only)")
            print(f"  sent     {folders[FolderRole.SENT]!r} (read only)")
            print(f"  drafts   {folders[FolderRole.DRAFTS]!r} (drafts are added here)")
            print("  verdict  ready")
        if tried.error is not None:
            print(f"  verdict  NOT READY: {tried.error}")
            worst = worst or tried.error.exit_code
    return worst
