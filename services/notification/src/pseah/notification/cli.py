"""`pseah notification ...` commands."""
from __future__ import annotations

from datetime import UTC, datetime

import typer

app = typer.Typer(no_args_is_help=True, help="Notification service: e-mails that name the action, never the case.")


@app.command("serve")
def serve():
    """Run the notification service in the foreground (same as python -m pseah.notification)."""
    from pseah.notification.entrypoints.stream import main

    main()


def _connect():
    from pseah.common import mongo
    from pseah.common.logging import configure_logging
    from pseah.notification.config import SERVICE, Settings

    settings = Settings()
    configure_logging(service=SERVICE, level="WARNING")
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    if not mongo.ping():
        typer.echo(f"Cannot reach the store at {settings.mongo_uri}; is FerretDB running?", err=True)
        raise typer.Exit(2)
    return settings


@app.command("replay-dlq")
def replay_dlq(timeout: float = typer.Option(60.0, help="give up after this many seconds")):
    """Try every dead-lettered webhook delivery again (once); what fails again is dead-lettered anew."""
    from pseah.common.kafka import make_producer
    from pseah.notification.config import SERVICE
    from pseah.notification.streams import Producer
    from pseah.notification.webhooks.replay import replay

    settings = _connect()
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id=f"pseah-{SERVICE}-replay"))
    try:
        outcomes = replay(settings=settings, flush=producer.flush, timeout=timeout,
                          dead_letter=lambda **kw: producer.dead_letter_delivery(topic=settings.dead_letter_topic, **kw))
    finally:
        producer.close()
    summary = ", ".join(f"{count} {name}" for name, count in sorted(outcomes.items())) or "nothing to replay"
    typer.echo(f"{settings.dead_letter_topic}: {summary}")


@app.command("webhook-add")
def webhook_add(org_id: str, url: str,
                event_type: list[str] = typer.Option([], "--event-type", help="only these types (repeatable)"),
                secret: str = typer.Option("", help="shared secret; generated and printed once when omitted")):
    """Send the events that concern ORG_ID (its referrals, its cases) to URL, signed with HMAC-SHA256."""
    from pseah.notification.webhooks import service as webhooks

    _connect()
    sub = webhooks.add(org_id=org_id, url=url, event_types=event_type, secret=secret or None)
    typer.echo(f"{sub.id}\t{org_id}\t{url}")
    if not secret:
        typer.echo(f"secret (shown once): {sub.secret}", err=True)


@app.command("webhook-list")
def webhook_list():
    """The webhook subscriptions (never their secrets)."""
    from pseah.notification.webhooks.models import WebhookSubscription

    _connect()
    for sub in WebhookSubscription.objects.order_by("org_id"):
        typer.echo(f"{sub.id}\t{sub.org_id}\t{sub.url}\t{','.join(sub.event_types) or '*'}\t"
                   f"{'active' if sub.active else 'inactive'}")


@app.command("prefer")
def prefer(address: str, channel: str = typer.Option("email", help="email | sms | whatsapp"),
           phone: str = typer.Option("", help="work phone for sms / whatsapp")):
    """Set how a staff recipient (by work e-mail) prefers to be told."""
    from pseah.notification.recipients import service as recipients
    from pseah.notification.recipients.models import CHANNELS

    if channel not in CHANNELS or (channel != "email" and not phone):
        raise typer.BadParameter("channel is email, or sms / whatsapp with --phone")
    _connect()
    recipients.set_preference(address=address, channel=channel, phone=phone)
    typer.echo(f"{address.lower()}: {channel}")


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
