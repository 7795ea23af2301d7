"""`pseah portal ...` commands."""
from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, help="The web portal.")


@app.command()
def serve() -> None:
    """Run the portal (same as python -m pseah.portal)."""
    from pseah.portal.entrypoints.http import main

    main()


@app.command("purge-sessions")
def purge_sessions() -> None:
    """Delete sessions idle longer than the timeout (FerretDB has no TTL index to do it)."""
    from datetime import timedelta

    from pseah.common import mongo
    from pseah.common.logging import configure_logging, get_logger
    from pseah.portal.config import PortalSettings
    from pseah.portal.sessions.service import MongoSessionStore, purge_idle

    settings = PortalSettings()
    configure_logging(service="portal", level=settings.log_level)
    mongo.connect(uri=settings.mongo_uri, db=settings.mongo_db)
    removed = purge_idle(store=MongoSessionStore(), idle=timedelta(minutes=settings.session_idle_minutes))
    get_logger(__name__).info("sessions_purged", count=removed)
    typer.echo(f"{removed} idle sessions removed")
