"""Triage: proposes category, priority and the employer's organisation, explains why, starts the clocks."""
