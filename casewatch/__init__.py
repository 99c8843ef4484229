"""casewatch: an evidence-linked case file from freedom-of-association supervision documents."""

__version__ = "0.1.0"
