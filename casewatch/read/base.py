"""The interface every format reader implements: declared media types and extensions, and read()."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from casewatch.model import Text
from casewatch.read.limits import Limits


class Reader(ABC):
    """One file format. The registry picks a reader by media type; readers hold no state."""

    media_types: ClassVar[tuple[str, ...]]
    extensions: ClassVar[tuple[str, ...]]  # lower case, without the dot

    @abstractmethod
    def read(self, data: bytes, media_type: str, limits: Limits) -> Text:
        """Turn the file's bytes into Text; raise a ReadError subclass when that is impossible."""
