"""The `pseah` command: a shell that mounts each service's typer app from the `pseah.cli` entry points."""
from __future__ import annotations

import sys
from importlib.metadata import entry_points

import typer

app = typer.Typer(no_args_is_help=True, help="PSEAH suite command-line tool.")


def main() -> None:
    available = sorted(entry_points(group="pseah.cli"), key=lambda e: e.name)
    # `pseah triage classify ...` loads triage's commands only: each service's app imports its own stack (store
    # drivers, models, rich), and start-up is most of a short command's time. Help and unknown names mount all.
    named = [ep for ep in available if len(sys.argv) > 1 and ep.name == sys.argv[1]]
    for ep in named or available:
        app.add_typer(ep.load(), name=ep.name)
    app()
