"""Thin HTTP routers; the work is in the domain services and flows."""
