"""The auditors' read API (metadata only)."""
