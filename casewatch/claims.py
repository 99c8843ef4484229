"""Who is reading a document: an ingest names itself host:pid:token when it claims one, so a
claim left behind by an ingest that was killed can be recognised and taken over at once."""

from __future__ import annotations

import os
import socket
import uuid


def claimant() -> str:
    """A name for one ingest batch, unique across hosts, processes and batches of one process."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def abandoned(holder: str) -> bool:
    """True when `holder` was an ingest on this host whose process has ended.

    Another host's claim cannot be checked from here: it gives way only when it is stale."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, owned by another user
        return False
    return False
