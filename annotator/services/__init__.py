"""Use cases shared by the CLI and the GUI; writes report what changed."""
