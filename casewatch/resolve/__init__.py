"""Cross-document entity resolution: pairwise judgements with evidence, clusters derived from them."""

from casewatch.resolve.judge import judge
from casewatch.resolve.resolver import Resolution, held_links, resolve

__all__ = ["Resolution", "held_links", "judge", "resolve"]
