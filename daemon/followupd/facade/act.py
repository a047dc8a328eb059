"""The pass that acts: `run` and `sync`, the only commands that hold the state's lock."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

from followupd.adapters.store import Store
from followupd.config import Config, load_config
from followupd.core.write.templates import TemplateSet
from followupd.daemon import Daemon
from followupd.errors import ConfigError
from followupd.service import PassResult, run_all_once
from followupd.sync import Progress

log = logging.getLogger(__name__)

Loader = Callable[[], tuple[Config, TemplateSet]]


class Act:
    """The state opened exclusively: one pass (`run --once`, `sync`) or the daemon (`run`)."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store

    @classmethod
    @contextlib.contextmanager
    def open(cls, config: Config) -> Iterator[Act]:
        """Hold the state's lock for the block (StateLockedError, exit 75, when another does)."""
        store = Store.open(config.storage.state_dir)
        try:
            yield cls(config, store)
        finally:
            store.close()

    def once(
        self,
        now: datetime,
        env: Mapping[str, str],
        *,
        templates: TemplateSet | None = None,
        on_progress: Progress | None = None,
    ) -> PassResult:
        """One pass over every account: sync, and with templates plan and draft too."""
        return run_all_once(
            self.config,
            self.store,
            now=now,
            env=env,
            templates=templates,
            on_progress=on_progress,
        )

    def message_count(self) -> int:
        """How many messages the state keeps."""
        return self.store.message_count()

    def watch(
        self,
        templates: TemplateSet,
        *,
        loader: Loader,
        env: Mapping[str, str],
        max_retry_wait: float,
    ) -> None:
        """Run the daemon until SIGTERM; corrections made beside it are applied at once."""
        shell = shell_state_dir(self.config, env)
        if shell is not None:
            used = self.config.storage.state_dir
            log.warning(
                "run.state_dir_unnamed used=%s shell_default=%s hint=name it in the config "
                "([storage] state_dir = %r) so that every command finds it",
                used,
                shell,
                str(used),
            )
        daemon = Daemon(
            self.config,
            templates,
            self.store,
            loader=loader,
            env=env,
            max_retry_wait=max_retry_wait,
        )
        daemon.install_signals()
        daemon.run()


def shell_state_dir(config: Config, env: Mapping[str, str]) -> Path | None:
    """Where a command run from a shell with this config looks for the state, when that is
    not where this process keeps it; None when both agree.

    Under systemd the default state directory is $STATE_DIRECTORY, which a shell (`sudo
    followupd status -c /etc/followupd/config.toml`) does not have: only a state_dir named
    in the config (or --state-dir) makes both find the same state.
    """
    if not env.get("STATE_DIRECTORY"):
        return None
    shell_env = {k: v for k, v in env.items() if k != "STATE_DIRECTORY"}
    try:
        shell = load_config(Path(config.source), shell_env).storage.state_dir
    except ConfigError:
        return None  # it loaded a moment ago; a file changed since is the reload's business
    used = config.storage.state_dir
    return None if os.path.realpath(shell) == os.path.realpath(used) else shell
