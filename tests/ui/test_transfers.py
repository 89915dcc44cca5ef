"""What the window's import and export take from the services, kept in step with them."""

from __future__ import annotations

from annotator.io import importers
from annotator.ui.transfers import ARTICLE_SUFFIXES


def test_the_import_dialog_offers_every_suffix_the_import_reads():
    """The ui may not import io; its copy of the list must not drift from the readers'."""
    assert list(ARTICLE_SUFFIXES) == importers.supported_suffixes()
