"""Files followupd publishes for the user (the report, the calendar feed), written atomically.

A reader (a browser, a calendar app, a web server) sees the old file or the new one, never
half of one: the bytes go to a fresh temporary file beside the target, are flushed to disk,
and replace the target in one rename. The temporary file is created exclusively (O_EXCL)
and the rename replaces a symlink at the target rather than following it, so a shared
directory cannot redirect the write.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# What a new file gets: it holds employers' names and subjects, so only its owner reads it.
# A file that exists keeps its mode: a user who made it readable to a web server chose so.
NEW_FILE_MODE = 0o600


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step, keeping an existing file's permission bits."""
    directory = path.parent
    try:
        found = path.lstat()
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    else:
        mode = stat.S_IMODE(found.st_mode) if stat.S_ISREG(found.st_mode) else NEW_FILE_MODE
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _sync_directory(directory)
    log.debug("files.written path=%s bytes=%d", path, len(data))


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX: fsync the directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some file systems do not let a directory be opened; the data is safe
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
