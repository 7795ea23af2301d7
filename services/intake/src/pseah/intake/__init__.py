"""Intake: accepts reports on every channel, seals what is sensitive, stores and publishes them."""
