"""The triage officers' pages talk to the triage service's HTTP API with the user's own token."""
