"""The paths an ingest finds under what it is given: each a file to read, or a refusal with why.

Nothing is opened here. Special files (pipes, devices, sockets) are told apart by `lstat`, so a
named pipe never blocks the batch; links are followed only to files inside the folder walked,
so a link to /etc/passwd in a shared folder is never read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casewatch.errors import message

_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True)
class Found:
    """A path seen: `refusal` says why it is not read; otherwise the bytes are at `source`
    (the path itself, or the file a link inside the folder points to)."""

    path: Path
    refusal: str | None = None
    source: Path | None = None


# Control characters in a name would reach terminals (escape sequences) and PostgreSQL (NUL).
_CONTROLS = {code: f"\\x{code:02x}" for code in [*range(0x20), 0x7F]}


def readable(text: str) -> str:
    """Text safe to store and print: bytes of a file name that are not UTF-8, and control
    characters, shown as \\xe9 and \\x1b."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file system produced
        return text.encode("utf-8", "backslashreplace").decode("utf-8").translate(_CONTROLS)
    return raw.decode("utf-8", "backslashreplace").translate(_CONTROLS)


def find_files(paths: Iterable[Path]) -> Iterator[Found]:
    """Every path named, and every path under the folders named, in a stable order."""
    for path in paths:
        yield from _named(path)


def _named(path: Path) -> Iterator[Found]:
    """A path the user named is taken as named (a link too); a folder is walked."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        yield Found(path, message("cannot_open", detail=err.strerror or type(err).__name__))
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, path.resolve())
    else:
        yield Found(path, _not_regular(mode), path.resolve())


def _walk(folder: Path, root: Path) -> Iterator[Found]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield Found(folder, message("cannot_open", detail=err.strerror or type(err).__name__))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            yield Found(path, message("hidden"))
        elif entry.is_symlink():
            yield _linked(path, root)
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(path, root)
        else:
            yield _entry(path)


def _entry(path: Path) -> Found:
    try:
        mode = path.lstat().st_mode
    except OSError as err:  # gone since the folder was listed
        return Found(path, message("cannot_open", detail=err.strerror or type(err).__name__))
    return Found(path, _not_regular(mode), path)


def _linked(path: Path, root: Path) -> Found:
    """A link is read only when it ends at a regular file inside the folder being ingested."""
    try:
        target = path.resolve(strict=True)
        mode = target.stat().st_mode
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return Found(path, message("link_broken"))
    if not target.is_relative_to(root):
        return Found(path, message("link_outside", target=readable(str(target))))
    if stat.S_ISDIR(mode):  # its files are read where they are, once
        return Found(path, message("link_folder"))
    return Found(path, _not_regular(mode), target)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _SPECIAL if test(mode)), "not a regular file")
    return message("special_file", kind=kind)
