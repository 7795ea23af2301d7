"""`pseah case ...`: erase a case's content (crypto-shredding), apply the retention policy, show the policy.

`pseah case erase REF --reason CODE` is the coordinator's decision: it goes through intake's API with a coordinator's
access token, so the same role check applies as in the portal, and the audit log names the coordinator. The token:
PSEAH_TOKEN (an access token), or --user with the password in PSEAH_PASSWORD or --password-file (the password grant
of the pseah-cli client, development only). Never a password or token as an argument: arguments show in `ps`.

`pseah case erase --due` applies the retention policy: a scheduled job of the operator (it needs the store, the key
files and Kafka, like `pseah ops`), recorded with the actor `retention-policy`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Optional

import typer

from pseah.intake.erasure.models import REASONS

app = typer.Typer(no_args_is_help=True, help="Cases: erasure (crypto-shredding) and the retention policy.")

TOKEN_ENV = "PSEAH_TOKEN"
PASSWORD_ENV = "PSEAH_PASSWORD"
DEFAULT_INTAKE = "http://127.0.0.1:8001"


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


def _settings():
    from pseah.intake.config import IntakeSettings

    return IntakeSettings()


def _policy(path: Optional[Path]):
    from pseah.intake.erasure import policy

    try:
        return policy.load(path or _settings().retention_policy_file)
    except (OSError, policy.PolicyError) as exc:
        raise _fail(f"retention policy: {exc}", 2) from None


def _token(user: Optional[str], password_file: Optional[Path]) -> str:
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        return token
    if not user:
        raise _fail(f"a coordinator's access token is needed: set {TOKEN_ENV}, or pass --user (password in "
                    f"{PASSWORD_ENV} or --password-file)", 2)
    password = (password_file.read_text(encoding="utf-8").rstrip("\r\n") if password_file is not None
                else os.environ.get(PASSWORD_ENV, ""))
    if not password:
        raise _fail(f"no password for {user} (set {PASSWORD_ENV} or pass --password-file)", 2)
    from pseah.common.auth import AuthError, fetch_password_token

    settings = _settings()
    try:
        return fetch_password_token(user, password, issuer=settings.keycloak_issuer)["access_token"]
    except AuthError as exc:
        raise _fail(f"login as {user} failed: {exc.message}", 2) from None


def _erase_one(reference: str, *, reason: str, decision: Optional[str], intake_url: str, token: str) -> None:
    import httpx

    url = f"{intake_url.rstrip('/')}/v1/cases/{reference}/erasure"
    body = {"reason": reason, **({"decision": decision} if decision else {})}
    try:
        response = httpx.post(url, json=body, headers={"authorization": f"Bearer {token}"}, timeout=30)
    except httpx.HTTPError as exc:
        raise _fail(f"intake is not reachable at {intake_url} ({type(exc).__name__}); nothing was erased", 2) from None
    try:
        payload = response.json()
    except ValueError:
        payload = {}
    error = payload.get("error") or {}
    if response.status_code == 201:
        typer.echo(f"erased {reference}: reason {payload['reason']}"
                   f"{', decision ' + payload['decision'] if payload.get('decision') else ''}, by {payload['actor']} "
                   f"at {payload['erased_at']}; its content is unreadable everywhere from now on")
        return
    if response.status_code == 409 and error.get("code") == "already_erased":
        earlier = (error.get("details") or [{}])[0]
        typer.echo(f"{reference} was erased already: reason {earlier.get('reason')}, by {earlier.get('actor')} "
                   f"at {earlier.get('erased_at')}")
        return
    if response.status_code == 404:
        raise _fail(f"no case {reference}; nothing was erased")
    if response.status_code in (401, 403):
        raise _fail(f"refused ({response.status_code}: {error.get('message', 'not allowed')}); erasing needs the "
                    "coordinator role; nothing was erased")
    raise _fail(f"intake answered {response.status_code} ({error.get('code', 'error')}: "
                f"{error.get('message', '')}); nothing may have been erased, run again to be sure", 2)


def _erase_due(*, dry_run: bool, policy_file: Optional[Path]) -> None:
    from pymongo.errors import PyMongoError

    from pseah.common import mongo
    from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing
    from pseah.common.kafka import make_producer
    from pseah.common.outbox import flush_document
    from pseah.intake.erasure import flows
    from pseah.intake.erasure.service import MongoErasureStore
    from pseah.intake.report.models import Report

    retention = _policy(policy_file)
    settings = _settings()
    mongo.connect(uri=settings.mongo_uri, db=settings.mongo_db, timeout_ms=10000)
    mongo.connect(uri=settings.mongo_uri, db=settings.keys_db, alias=KEYS_ALIAS, timeout_ms=10000)
    keyring = KeyRing(KeyFileWrapper(settings.master_key_file))
    producer = None
    unpublished: list[str] = []

    def publish(reference: str) -> None:
        # The event is owed in the report's outbox already; intake's relay publishes whatever this cannot.
        nonlocal producer
        try:
            if producer is None:
                producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-case-cli")
            report = Report.objects(reference=reference).exclude("sealed").first()
            if report is not None and report.has_pending:
                flush_document(report, producer=producer)
        except Exception:  # noqa: BLE001 - any failure leaves the event owed, never lost
            unpublished.append(reference)

    try:
        outcomes = flows.erase_due(policy=retention, keyring=keyring, store=MongoErasureStore(), dry_run=dry_run,
                                   on_erased=publish)
    except PyMongoError as exc:
        raise _fail(f"cannot read the store ({type(exc).__name__}); run again: erasures done so far stand", 2) from None
    finally:
        if producer is not None:
            producer.close(5)
        mongo.disconnect()
        mongo.disconnect(KEYS_ALIAS)
    for o in outcomes:
        typer.echo(f"{o.reference}\t{o.rule}\tclosed {o.closed_at.date().isoformat()}\t"
                   f"{'would erase' if o.result == 'due' else o.result}")
    erased = sum(o.result == "erased" for o in outcomes)
    typer.echo(f"{'due' if dry_run else 'erased'}: {sum(o.result == 'due' for o in outcomes) if dry_run else erased} "
               f"case(s) under the retention policy"
               + (f"; {len(unpublished)} event(s) left to intake's relay (Kafka away)" if unpublished else ""))


@app.command()
def erase(
    reference: Annotated[Optional[str], typer.Argument(help="the case reference, e.g. PSEAH-7K3F9QX2")] = None,
    reason: Annotated[Optional[str], typer.Option(help=f"why: one of {', '.join(REASONS)}")] = None,
    decision: Annotated[Optional[str], typer.Option(
        help="a reference to the written decision (ticket or letter number), never case details")] = None,
    due: Annotated[bool, typer.Option("--due", help="apply the retention policy instead of erasing one case")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="with --due: list what is due, erase nothing")] = False,
    policy_file: Annotated[Optional[Path], typer.Option(
        "--policy", exists=True, dir_okay=False, help="with --due: this policy file instead of the configured one")] = None,
    user: Annotated[Optional[str], typer.Option(help=f"log in as this coordinator (else ${TOKEN_ENV})")] = None,
    password_file: Annotated[Optional[Path], typer.Option(
        exists=True, dir_okay=False, help=f"the --user's password (else ${PASSWORD_ENV})")] = None,
    intake_url: Annotated[str, typer.Option(envvar="PSEAH_INTAKE_URL", help="intake's address")] = DEFAULT_INTAKE,
) -> None:
    """Destroy a case's key: its narrative, contact, attachments, messages and sealed reasons become unreadable in
    every store, topic and later backup. The case stays countable and the audit log intact. Cannot be undone."""
    if due:
        if reference or reason or decision:
            raise _fail("--due applies the retention policy: give no reference, --reason or --decision with it", 2)
        _erase_due(dry_run=dry_run, policy_file=policy_file)
        return
    if dry_run or policy_file is not None:
        raise _fail("--dry-run and --policy go with --due", 2)
    if not reference:
        raise _fail("name the case (REFERENCE) or pass --due", 2)
    if reason not in REASONS:
        raise _fail(f"--reason must be one of {', '.join(REASONS)}", 2)
    from pseah.intake.codes import ALPHABET, REFERENCE_CHARS, REFERENCE_PREFIX

    if not re.fullmatch(f"{REFERENCE_PREFIX}[{ALPHABET}]{{{REFERENCE_CHARS}}}", reference):
        raise _fail(f"{reference!r} is not a case reference (like PSEAH-7K3F9QX2)", 2)
    _erase_one(reference, reason=reason, decision=decision, intake_url=intake_url, token=_token(user, password_file))


@app.command()
def policy(policy_file: Annotated[Optional[Path], typer.Option(
        "--policy", exists=True, dir_okay=False, help="check this file instead of the configured one")] = None) -> None:
    """Check the retention policy and print its rules, first match first."""
    retention = _policy(policy_file)
    if not retention.rules:
        typer.echo("no rules: every case is kept")
    for rule in retention.rules:
        keep = " ".join(f"{n} {unit}" for n, unit in ((rule.years, "years"), (rule.days, "days")) if n) or "0 days"
        outcomes = ", ".join(sorted(rule.outcomes)) or "any outcome"
        typer.echo(f"{rule.name}: {rule.when} ({outcomes}), kept {keep} after closing")
