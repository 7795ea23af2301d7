"""The coordinator's statistics API."""
