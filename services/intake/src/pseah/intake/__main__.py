"""`python -m pseah.intake`: serve the intake API on its loopback port."""
from __future__ import annotations

from pseah.intake.entrypoints.http import serve

if __name__ == "__main__":
    serve()
