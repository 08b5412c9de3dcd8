"""File formats: bytes in, ContactRecords out, and back (vCard, CSV, JSON, images)."""
