"""The vocabularies our review files are written in: RDF namespaces, datatypes, article URNs."""

from __future__ import annotations

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SCHEMA = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"
ANN = "urn:annotator:ns#"
NSMAP = {"rdf": RDF, "schema": SCHEMA, "oa": OA, "ann": ANN}

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
SCHEMA_DATE = SCHEMA + "Date"

# An article without a URL is named by its text, so that a database holding
# the same article finds it (the store's content_hash: sha256 of the text with
# whitespace runs folded).
ARTICLE_URN = "urn:annotator:article:sha256:"
