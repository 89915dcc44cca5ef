"""Importers and exporters: bytes in, domain objects out, and back; no database."""
