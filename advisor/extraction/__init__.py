"""Deterministic EN/FR extraction of organisation-profile facts from user messages."""

from advisor.extraction.extract import extract
from advisor.extraction.models import Evidence, Extraction
from advisor.extraction.pii import redact_pii

__all__ = ["Evidence", "Extraction", "extract", "redact_pii"]
