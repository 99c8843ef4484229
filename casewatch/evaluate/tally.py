"""Counts of right, extra and missing answers, and the figures made from them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Tally:
    """True positives, false positives and false negatives of one set field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        # nothing answered is right only when nothing was to be found
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class FieldScore:
    """One field's figure over many documents: micro P/R/F1 for a set field, accuracy for a scalar one."""

    name: str
    score: float
    tally: Tally | None = None
    documents: int = 0
