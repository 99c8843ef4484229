"""Passwords: argon2id hashes (never the password itself), and one-time passwords to hand out."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()  # argon2id with the library's current recommended cost
MIN_LENGTH = 10


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether the hash was made with weaker settings than today's (then it is replaced at login)."""
    return _HASHER.check_needs_rehash(stored)


def one_time_password() -> str:
    """A random password to print once (about 120 bits)."""
    return secrets.token_urlsafe(15)


def new_secret() -> str:
    """A session or API token: shown to its holder once, stored only as a hash."""
    return secrets.token_urlsafe(32)
