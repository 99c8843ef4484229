"""Cross-document entity resolution: pairwise judgements with evidence, clusters derived from them."""

from casewatch.resolve.judge import judge
from casewatch.resolve.resolver import Resolution, resolve

__all__ = ["Resolution", "judge", "resolve"]
