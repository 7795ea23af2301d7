"""The hash chain: how entries are built and hashed (ledger), stored (models) and appended (service)."""
