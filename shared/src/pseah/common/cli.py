"""The `pseah` command: a shell that mounts each service's typer app from the `pseah.cli` entry points."""
from __future__ import annotations

from importlib.metadata import entry_points

import typer

app = typer.Typer(no_args_is_help=True, help="PSEAH suite command-line tool.")


def main() -> None:
    for ep in sorted(entry_points(group="pseah.cli"), key=lambda e: e.name):
        app.add_typer(ep.load(), name=ep.name)
    app()
