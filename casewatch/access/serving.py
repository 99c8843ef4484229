"""What `casewatch serve` decides before it starts: the first admin, and where no-auth is allowed."""

from __future__ import annotations

import getpass
import ipaddress

from casewatch.access import accounts
from casewatch.access.passwords import one_time_password
from casewatch.model import Role
from casewatch.store import Store

FIRST_ADMIN = "admin"


def loopback(host: str) -> bool:
    """Whether only this machine can reach `host` (the single-user mode is allowed there only)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def first_admin(store: Store) -> tuple[str, str] | None:
    """With no active admin, make one with a one-time password: (name, password) to print once."""
    if store.accounts.count_users(Role.ADMIN) > 0:
        return None
    name = FIRST_ADMIN
    while store.accounts.user(name) is not None:  # a disabled "admin" keeps its name
        name += "_"
    password = one_time_password()
    accounts.add_user(store, name, password, Role.ADMIN, by=f"cli:{getpass.getuser()}")
    return name, password
