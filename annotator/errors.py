"""The one base class for errors caused by the user's input or environment."""


class UserError(Exception):
    """Shown to the user as a message; the program goes on. Anything else is a bug."""


class InputError(UserError):
    """Bad input: names the file (or field) and the reason; nothing is stored."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
