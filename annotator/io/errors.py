"""The error every importer raises for input it cannot take."""

from __future__ import annotations

from annotator.errors import UserError


class InputError(UserError):
    """Bad input: names the file (or field) and the reason; nothing is stored."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
