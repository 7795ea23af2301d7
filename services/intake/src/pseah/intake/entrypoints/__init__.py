"""How intake runs: `http` (the API under uvicorn; the outbox relay and the status consumer run in its lifespan).
Thin: pseah.intake.bootstrap wires, pseah.intake.main builds the app."""
