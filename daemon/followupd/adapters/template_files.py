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
from followupd.model import KIND_INFO, TEMPLATE_KINDS, ActionKind

log = logging.getLogger(__name__)

_MAX_TEMPLATE_BYTES = 64 * 1024


def default_template(kind: ActionKind | str) -> str:
    """The shipped template for `kind` (its main one), or the one called `kind`."""
    name = KIND_INFO[kind].template if isinstance(kind, ActionKind) else f"{kind}.txt"
    source = resources.files("followupd").joinpath("templates", name)
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


def _overrides(directory: Path, problems: list[str]) -> dict[str, tuple[str, Path]]:
    kinds = TEMPLATE_KINDS
    found: dict[str, tuple[str, Path]] = {}
    try:
        entries = sorted(directory.glob("*.txt"))
    except OSError as exc:
        problems.append(f"{directory}: cannot list: {exc.strerror or exc}")
        return found
    for path in entries:
        if path.stem not in kinds:
            expected = ", ".join(f"{k}.txt" for k in kinds)
            problems.append(f"{path}: not a template name; expected one of: {expected}")
            continue
        text = _read_override(path, problems)
        if text is not None:
            found[path.stem] = (text, path)
    return found


def template_problems(config: TemplatesConfig) -> tuple[TemplateSet | None, list[str]]:
    """The template set and every problem found (the set is None when there are problems)."""
    problems: list[str] = []
    texts: dict[str, str] = {}
    sources: dict[str, str] = {}
    for name in TEMPLATE_KINDS:
        texts[name], sources[name] = default_template(name), "default"
    if config.directory is not None:
        for name, (text, path) in _overrides(config.directory, problems).items():
            texts[name], sources[name] = text, str(path)
    for name in TEMPLATE_KINDS:
        problems += [f"{sources[name]} ({name}): {p}" for p in validate_template(texts[name], name)]
    if problems:
        return None, problems
    return TemplateSet(texts, sources), []


def load_templates(config: TemplatesConfig) -> TemplateSet:
    """Defaults overridden from the configured directory; ConfigError listing every problem."""
    templates, problems = template_problems(config)
    if templates is None:
        raise ConfigError(problems)
    overridden = sorted(n for n in TEMPLATE_KINDS if templates.source(n) != "default")
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
