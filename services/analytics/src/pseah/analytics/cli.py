"""`pseah analytics ...`: the same suppressed tables the coordinator sees, from the command line."""
from __future__ import annotations

import json
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, help="Aggregate statistics (small cells suppressed).")


@app.command()
def stats(by: Annotated[str, typer.Option(help="category|priority|channel|region|org_type|month")] = "category",
          metric: Annotated[str, typer.Option(help="reports|assignments")] = "reports") -> None:
    """Print suppressed counts as JSON."""
    from pymongo.errors import PyMongoError

    from pseah.analytics.config import get_settings
    from pseah.analytics.stats import service
    from pseah.analytics.stats.dimensions import METRIC_DIMENSIONS
    from pseah.analytics.stats.suppression import suppress
    from pseah.common import mongo

    if metric not in METRIC_DIMENSIONS or by not in METRIC_DIMENSIONS[metric]:
        raise typer.BadParameter(f"{metric} are counted by {', '.join(METRIC_DIMENSIONS.get(metric, ()))}")
    settings = get_settings()
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    try:
        counts = service.counts(metric=metric, dimension=by)
    except PyMongoError as exc:
        typer.echo(f"error: cannot read the analytics store ({type(exc).__name__})", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(json.dumps({"metric": metric, "by": by,
                           **suppress(counts, threshold=settings.suppression_threshold)}))


@app.command()
def reconcile() -> None:
    """Recompute every counter from the recorded facts (after a crash, or to check the counters)."""
    from pseah.analytics.config import get_settings
    from pseah.analytics.stats import service
    from pseah.common import mongo

    settings = get_settings()
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    settled = service.reconcile()
    typer.echo(f"counters recomputed; {settled} pending facts settled")
