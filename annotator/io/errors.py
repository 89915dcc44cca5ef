"""The error every importer raises for input it cannot take (defined in annotator.errors,
so that services can raise it without importing io)."""

from annotator.errors import InputError

__all__ = ["InputError"]
