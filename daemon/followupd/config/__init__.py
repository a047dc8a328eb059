"""The configuration: TOML in, validated frozen dataclasses out, every problem reported at once.

`types` holds the dataclasses (the only part core/ may import), `checks` the typed getters for
raw tables, `load` the file reading and the sections, `server` and `notify` the shared rules.
"""

from followupd.config.load import default_config_path, default_state_dir, load_config, parse_config
from followupd.config.types import (
    AccountConfig,
    Config,
    CredentialSpec,
    FolderOverrides,
    Identity,
    NotifyConfig,
    PolicyConfig,
    ScheduleConfig,
    StorageConfig,
    TemplatesConfig,
)

__all__ = [
    "AccountConfig",
    "Config",
    "CredentialSpec",
    "FolderOverrides",
    "Identity",
    "NotifyConfig",
    "PolicyConfig",
    "ScheduleConfig",
    "StorageConfig",
    "TemplatesConfig",
    "default_config_path",
    "default_state_dir",
    "load_config",
    "parse_config",
]
