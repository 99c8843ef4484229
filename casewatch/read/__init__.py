"""The read stage: file bytes in any supported format -> casewatch.model.Text."""

from __future__ import annotations

from pathlib import Path

from casewatch.errors import LimitExceeded, ReadError, message
from casewatch.model import Text
from casewatch.read.limits import Limits
from casewatch.read.registry import reader_for, sniff

__all__ = ["Limits", "read_bytes", "read_path", "sniff"]


def read_bytes(data: bytes, name: str, limits: Limits = Limits()) -> Text:
    """Read a file's bytes into Text; `name` is only used for its extension."""
    if not data:
        raise ReadError(message("empty"))
    if len(data) > limits.max_bytes:
        raise LimitExceeded(message("too_large", size=len(data), limit=limits.max_bytes))
    media_type = sniff(data, name)
    text = reader_for(media_type).read(data, media_type, limits)
    if not text.text.strip():
        raise ReadError(message("no_text"))
    return text


def read_path(path: Path, limits: Limits = Limits()) -> Text:
    """Read a file from disk, refusing an oversized one before loading it into memory."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise LimitExceeded(message("too_large", size=size, limit=limits.max_bytes))
    return read_bytes(path.read_bytes(), path.name, limits)
