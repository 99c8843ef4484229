"""What an export holds: the documents of some confidentiality labels, and, redacted, neither the
restricted ones nor the persons marked as protected.

A redacted export is for the public: public documents only, and every protected person left out
by record (their entity rows, their places as actor or target) and by name (any string that
names them, by full name, alias or surname, reads "[protected]"). It errs on the side of hiding.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from casewatch.export.audience import EVERYTHING, ExportScope
from casewatch.export.casefile import CaseDocument, build_casefile, case_documents, collection_entities
from casewatch.export.followup import followup_json_of

if TYPE_CHECKING:
    from casewatch.store import Store

HIDDEN = "[protected]"


def casefile_json(store: Store, scope: ExportScope = EVERYTHING) -> str:
    return json.dumps(casefile_for(store, scope), ensure_ascii=False, indent=1) + "\n"


def scoped_documents(store: Store, scope: ExportScope) -> list[CaseDocument]:
    return case_documents(store, scope.seen)


def casefile_for(store: Store, scope: ExportScope = EVERYTHING) -> dict[str, Any]:
    """The casefile of the scope's documents, redacted when it says so."""
    docs = scoped_documents(store, scope)
    # The follow-up weighs the evidence of the scope's documents only, as if no other were held.
    casefile = {**build_casefile(docs), **followup_json_of(store, scope.seen)}
    if not scope.redacted:
        return casefile
    return redact(casefile, protected_ids(store, docs))


def protected_ids(store: Store, docs: list[CaseDocument]) -> set[str]:
    """The casefile ids of the entities holding any protected record."""
    clusters = store.clusters()
    protected = {clusters.get(ref, ref) for ref in store.accounts.protected_refs()}
    _rows, ids = collection_entities(docs)
    return {short for gid, short in ids.items() if gid in protected}


def _names_pattern(entities: Iterable[dict[str, Any]]) -> re.Pattern[str] | None:
    names: set[str] = set()
    for ent in entities:
        for name in (ent["name"], *ent["aliases"]):
            names.add(name)
            if ent["type"] == "person" and len(name.split()) > 1:
                names.add(name.split()[-1])  # "Ms X" and "X" name the same person later on
    names = {n for n in names if len(n) >= 3}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _scrub(value: Any, pattern: re.Pattern[str], hidden_ids: set[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(HIDDEN, value)
    if isinstance(value, list):
        kept = [v for v in value if not (isinstance(v, str) and v in hidden_ids)]
        return [_scrub(v, pattern, hidden_ids) for v in kept]
    if isinstance(value, dict):
        return {
            k: v if k in ("id", "source", "document") else _scrub(v, pattern, hidden_ids)
            for k, v in value.items()
        }
    return value


def redact(casefile: dict[str, Any], hidden_ids: set[str]) -> dict[str, Any]:
    """The casefile without the hidden entities, and with every string that names them scrubbed."""
    hidden = [e for e in casefile["entities"] if e["id"] in hidden_ids]
    kept = {**casefile, "entities": [e for e in casefile["entities"] if e["id"] not in hidden_ids]}
    pattern = _names_pattern(hidden)
    if pattern is None:
        return kept
    scrubbed: dict[str, Any] = _scrub(kept, pattern, hidden_ids)
    for doc in scrubbed["documents"]:  # a party that was only a protected name is no party
        for role in ("senders", "signatories", "addressees"):
            doc[role] = [p for p in doc[role] if p.strip() != HIDDEN]
    return scrubbed
