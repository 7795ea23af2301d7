"""`pseah intake ...` commands."""
from __future__ import annotations

import json
import sys

import typer

app = typer.Typer(no_args_is_help=True, help="Intake: reports from every channel.")


@app.command()
def serve() -> None:
    """Run the intake API (same as python -m pseah.intake)."""
    from pseah.intake.entrypoints.http import serve as _serve

    _serve()


@app.command()
def openapi() -> None:
    """Write the OpenAPI document to standard output."""
    from pseah.intake.main import create_app

    json.dump(create_app().openapi(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
