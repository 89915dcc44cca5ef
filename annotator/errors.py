"""The one base class for errors caused by the user's input or environment."""


class UserError(Exception):
    """Shown to the user as a message; the program goes on. Anything else is a bug."""
