"""`pseah directory ...` and `pseah referral ...` commands."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

# The store, logging and rich's progress and tables are imported inside the commands that use them: every `pseah`
# command loads this module, and mongoengine alone costs `pseah triage classify` most of its start-up.

app = typer.Typer(no_args_is_help=True, help="Referral service: case assignment and the case API.")
directory_app = typer.Typer(no_args_is_help=True, help="The service map and the organisations' focal points.")
console = Console(stderr=True)


def _connect():
    from pseah.common import mongo
    from pseah.common.logging import configure_logging
    from pseah.referral.config import SERVICE, Settings

    settings = Settings()
    configure_logging(service=SERVICE, level="WARNING")
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    if not mongo.ping():
        console.print(f"[red]Cannot reach the store at {settings.mongo_uri}; is FerretDB running?[/red]")
        raise typer.Exit(2)
    return settings


def _write_with_progress(parsed, label: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from pseah.referral.directory import flows

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console) as progress:
        task = progress.add_task(label, total=len(parsed.accepted))
        return flows.write(parsed, on_row=lambda: progress.advance(task))


def _report(result, source: str) -> None:
    parsed = result.parsed
    console.print(f"{source}: {result.kind}: [green]{result.created} created[/green], "
                  f"{result.updated} updated, "
                  f"[{'red' if parsed.rejected else 'green'}]{len(parsed.rejected)} rejected[/]")
    if parsed.rejected:
        from rich.table import Table

        table = Table("row", "id", "problems", title="Rejected rows (nothing of them was written)")
        for rejected in parsed.rejected:
            table.add_row(str(rejected.row), rejected.row_id or "-", "\n".join(rejected.problems))
        console.print(table)


@directory_app.command("import")
def import_(file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True,
                                        help="JSON ({\"organizations\": [...]} / {\"providers\": [...]} or a list) or CSV"),
            kind: Optional[str] = typer.Option(None, help="organizations or providers; guessed when omitted")):
    """Upsert organisations or providers from FILE; re-running it is harmless. Exit 1 if rows were rejected."""
    from pseah.referral.directory.importer import UnreadableFile, parse_file

    if kind not in (None, "organizations", "providers"):
        raise typer.BadParameter("kind must be organizations or providers")
    _connect()
    try:
        parsed = parse_file(file, kind=kind)
    except UnreadableFile as exc:
        console.print(f"[red]{file}: {exc}[/red]")
        raise typer.Exit(2) from None
    result = _write_with_progress(parsed, f"importing {parsed.kind}")
    _report(result, str(file))
    if parsed.rejected:
        raise typer.Exit(1)


@directory_app.command("load-demo")
def load_demo():
    """Load the demo organisations, service map and focal-point contacts (matching the Keycloak demo users)."""
    from pseah.referral.directory import flows
    from pseah.referral.directory.importer import parse_file

    settings = _connect()
    orgs = parse_file(settings.organizations_file, kind="organizations")
    _report(_write_with_progress(orgs, "organisations"), str(settings.organizations_file))
    providers = parse_file(settings.service_directory_file, kind="providers")
    _report(_write_with_progress(providers, "providers"), str(settings.service_directory_file))
    count = flows.load_demo_contacts(parsed_orgs=orgs, coordinator_org=settings.coordinator_org,
                                     coordinator_username=settings.coordinator_username)
    console.print(f"contacts: {count} focal points and coordinator upserted")


@directory_app.command("focal-point")
def focal_point(org_id: str):
    """Print the focal point contact of an organisation (work contact, no case data)."""
    from pseah.referral.directory import service

    _connect()
    contact = service.get_focal_point(org_id=org_id)
    if contact is None:
        console.print(f"no focal point for {org_id}")
        raise typer.Exit(1)
    typer.echo(f"{contact.username}\t{contact.email}\t{contact.org_id}")


@app.command("serve")
def serve():
    """Run the referral service in the foreground (same as python -m pseah.referral)."""
    from pseah.referral.entrypoints.stream import main

    main()
