"""`pseah analytics ...`: the same suppressed tables the coordinator sees, from the command line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, help="Aggregate statistics (small cells suppressed).")


def _connect():
    from pseah.analytics.config import get_settings
    from pseah.common import mongo

    settings = get_settings()
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    return settings


@app.command()
def stats(table: Annotated[str, typer.Option(help="a table name, e.g. reports.category, times.acknowledge")]
          = "reports.category",
          start: Annotated[str | None, typer.Option("--from", help="YYYY-MM")] = None,
          end: Annotated[str | None, typer.Option("--to", help="YYYY-MM")] = None,
          province: Annotated[str | None, typer.Option(help="two-digit province code")] = None) -> None:
    """Print one suppressed table as JSON."""
    from pymongo.errors import PyMongoError

    from pseah.analytics.stats import service

    if table not in service.TABLES:
        raise typer.BadParameter(f"tables: {', '.join(service.TABLES)}")
    settings = _connect()
    try:
        body = service.table(table, months=service.months_between(start, end), province=province,
                             threshold=settings.suppression_threshold)
    except PyMongoError as exc:
        typer.echo(f"error: cannot read the analytics store ({type(exc).__name__})", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(json.dumps(body))


@app.command()
def export(output: Annotated[Path, typer.Option("-o", "--output", help="the CSV file to write")],
           start: Annotated[str | None, typer.Option("--from", help="YYYY-MM")] = None,
           end: Annotated[str | None, typer.Option("--to", help="YYYY-MM")] = None) -> None:
    """Write every table, suppressed, as one HXL-tagged CSV."""
    from pseah.analytics.stats import hxl, service

    settings = _connect()
    output.write_text(hxl.export(months=service.months_between(start, end), threshold=settings.suppression_threshold))
    typer.echo(f"written {output}")


@app.command()
def reconcile() -> None:
    """Recompute every table from the cases' stored contributions (after a crash, or to check the counters)."""
    from pseah.analytics.readmodel import store

    _connect()
    cases = store.recount()
    typer.echo(f"tables recomputed from {cases} cases")


@app.command()
def report(quarter: Annotated[str, typer.Option(help="e.g. 2026Q4")],
           output: Annotated[Path, typer.Option("-o", "--output", help="the PDF file to write")],
           lang: Annotated[str, typer.Option(help="id|en")] = "id") -> None:
    """Write the quarterly report (PDF) from the same suppressed figures the API publishes."""
    from pseah.analytics.report.pdf import quarterly
    from pseah.analytics.stats import service

    if lang not in ("id", "en"):
        raise typer.BadParameter("id or en")
    try:
        service.quarter_months(quarter)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    settings = _connect()
    output.write_bytes(quarterly(quarter=quarter, lang=lang, threshold=settings.suppression_threshold))
    typer.echo(f"written {output}")
