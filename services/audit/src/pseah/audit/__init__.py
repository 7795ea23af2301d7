"""The audit service: every event of the suite in one hash-chained, append-only log."""
