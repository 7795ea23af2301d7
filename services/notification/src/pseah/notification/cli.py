"""`pseah notification ...` commands."""
from __future__ import annotations

from datetime import UTC, datetime

import typer

app = typer.Typer(no_args_is_help=True, help="Notification service: e-mails that name the action, never the case.")


@app.command("serve")
def serve():
    """Run the notification service in the foreground (same as python -m pseah.notification)."""
    from pseah.notification.main import run

    run()


@app.command("preview")
def preview(template: str = typer.Argument("case_assigned"), reference: str = "PSEAH-EXAMPLE1"):
    """Print a template as it would be sent, to review the wording (no data needed)."""
    from pseah.notification.config import Settings
    from pseah.notification.notifications.templates import TEMPLATES, render

    if template not in TEMPLATES:
        raise typer.BadParameter(f"one of {', '.join(TEMPLATES)}")
    rendered = render(template, reference=reference, deadline=datetime.now(UTC),
                      link=Settings().case_url(reference))
    typer.echo(f"Subject: {rendered.subject}\n\n{rendered.text}")
