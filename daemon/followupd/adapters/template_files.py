"""Reads draft templates: shipped defaults (package data), overridden per kind from a directory.

An override is `<kind>.txt` (UTF-8) in `[templates] directory`. Every problem (unknown file
name, unreadable file, unknown variable, stray `$`) is reported at once as a ConfigError, so
`followupd check` catches it at load time rather than when a draft falls due.
"""

from __future__ import annotations

import logging
import mimetypes
from importlib import resources
from pathlib import Path

from followupd.config.types import TemplatesConfig
from followupd.core.write.compose import DraftAttachment
from followupd.core.write.templates import TemplateSet, validate_template
from followupd.errors import ConfigError
from followupd.model import KIND_INFO, ActionKind

log = logging.getLogger(__name__)

_MAX_TEMPLATE_BYTES = 64 * 1024


def default_template(kind: ActionKind) -> str:
    """The shipped template for `kind`."""
    source = resources.files("followupd").joinpath("templates", KIND_INFO[kind].template)
    return source.read_text(encoding="utf-8")


def _read_override(path: Path, problems: list[str]) -> str | None:
    try:
        if path.stat().st_size > _MAX_TEMPLATE_BYTES:
            problems.append(f"{path}: larger than {_MAX_TEMPLATE_BYTES} bytes")
            return None
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(f"{path}: not UTF-8 text")
    except OSError as exc:
        problems.append(f"{path}: cannot read: {exc.strerror or exc}")
    return None


def _overrides(directory: Path, problems: list[str]) -> dict[ActionKind, tuple[str, Path]]:
    kinds = {KIND_INFO[k].template.removesuffix(".txt"): k for k in ActionKind}
    found: dict[ActionKind, tuple[str, Path]] = {}
    try:
        entries = sorted(directory.glob("*.txt"))
    except OSError as exc:
        problems.append(f"{directory}: cannot list: {exc.strerror or exc}")
        return found
    for path in entries:
        kind = kinds.get(path.stem)
        if kind is None:
            expected = ", ".join(f"{k}.txt" for k in kinds)
            problems.append(f"{path}: not a template name; expected one of: {expected}")
            continue
        text = _read_override(path, problems)
        if text is not None:
            found[kind] = (text, path)
    return found


def template_problems(config: TemplatesConfig) -> tuple[TemplateSet | None, list[str]]:
    """The template set and every problem found (the set is None when there are problems)."""
    problems: list[str] = []
    texts: dict[ActionKind, str] = {}
    sources: dict[ActionKind, str] = {}
    for kind in ActionKind:
        texts[kind], sources[kind] = default_template(kind), "default"
    if config.directory is not None:
        for kind, (text, path) in _overrides(config.directory, problems).items():
            texts[kind], sources[kind] = text, str(path)
    for kind in ActionKind:
        problems += [f"{sources[kind]} ({kind}): {p}" for p in validate_template(texts[kind], kind)]
    if problems:
        return None, problems
    return TemplateSet(texts, sources), []


def load_templates(config: TemplatesConfig) -> TemplateSet:
    """Defaults overridden from the configured directory; ConfigError listing every problem."""
    templates, problems = template_problems(config)
    if templates is None:
        raise ConfigError(problems)
    overridden = sorted(str(k) for k in ActionKind if templates.source(k) != "default")
    log.info("templates.loaded overridden=%s", ",".join(overridden) or "none")
    return templates


def load_attachments(config: TemplatesConfig, kind: ActionKind) -> tuple[DraftAttachment, ...]:
    """The files configured for `kind`, read now (ConfigError when one went missing)."""
    found: list[DraftAttachment] = []
    for path in config.attachments.get(str(kind), ()):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError([f"templates.attachments.{kind}: {path}: {exc.strerror}"]) from None
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        found.append(DraftAttachment(path.name, content_type, data))
    return tuple(found)
