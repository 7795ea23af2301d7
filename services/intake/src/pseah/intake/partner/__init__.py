"""Partner agencies' systems submitting reports with client credentials and an Idempotency-Key."""
