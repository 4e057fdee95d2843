"""Writing output files: atomically, and never over an existing file unless asked to."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import GapcheckError


class OutputExists(GapcheckError):
    """The output file exists and --force was not given."""


def check_writable(path: str | Path, force: bool = False) -> Path:
    """The folder ``path`` would be written in; raises if the file exists (without ``force``),
    is a directory, or its folder is missing. Callers check before long work, not after."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputExists(f"{path}: already exists; pass --force to overwrite it")
    if path.is_dir():
        raise GapcheckError(f"{path}: is a directory, expected a file path")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise GapcheckError(f"{path}: {parent} is a file, not a folder")
    if not parent.is_dir():
        raise GapcheckError(f"{path}: folder {parent} does not exist")
    return parent


def write_atomic(path: str | Path, content: str | bytes, force: bool = False) -> Path:
    """Write ``content`` to ``path`` via a temporary file in the same folder and a rename,
    so an interrupted run never leaves a half-written report."""
    path = Path(path)
    parent = check_writable(path, force)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as error:
        raise GapcheckError(f"{path}: cannot write in {parent} ({error.strerror or error})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(error, OSError):
            # a full disk, a read-only file system, a target that turned into a folder
            raise GapcheckError(f"{path}: cannot write ({error.strerror or error})") from None
        raise
    return path
