"""Limits that protect the reader from oversized or hostile files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # file size
    max_decompressed: int = 200 * 1024 * 1024  # total uncompressed size of a zip container (docx)
    max_ratio: int = 200  # per-member compression ratio (zip bombs)
    max_chars: int = 20_000_000  # text produced
    max_extract_chars: int = 1_000_000  # text that facts are extracted from (the rest is stored only)
    max_pages: int = 2000  # pdf
    max_depth: int = 3  # e-mail attachments nested (enforced by the caller that reads children)
    max_attachments: int = 50  # per e-mail; the rest are recorded as skipped by the same caller
    timeout_s: float = 60.0  # used by the caller that isolates readers in a child process
