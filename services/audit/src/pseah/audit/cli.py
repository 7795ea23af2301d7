"""`pseah audit ...`: verify the chain, list a case's trail, export the log for offline checking."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log.")


def _connect():
    from pseah.audit.config import get_settings
    from pseah.common import mongo

    settings = get_settings()
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    return settings


def _store_error(exc: Exception) -> typer.Exit:
    typer.echo(f"error: cannot read the audit store ({type(exc).__name__})", err=True)
    return typer.Exit(code=2)


def _read_file(path: Path):
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    # A line that is not JSON cannot be an entry; verification names its position.
                    yield {"_line": number}


def _print_verdict(verdict, *, as_json: bool) -> None:
    summary = verdict.summary()
    if as_json:
        typer.echo(json.dumps(summary))
    elif verdict.ok:
        signed = summary.get("signed_checkpoint")
        typer.echo(f"audit chain intact: {verdict.entries} entries, first {verdict.first_time}, "
                   f"last {verdict.last_time}, head seq {verdict.head_seq} hash {verdict.head_hash}")
        if "root_hash" in summary:
            typer.echo(f"merkle root {summary['root_hash']}; "
                       + (f"signed checkpoint: {signed['tree_size']} entries, root {signed['root_hash']}, "
                          f"{signed['time']}, key {signed['key_id']} ({summary['checkpoints_checked']} checked)"
                          if signed else "no signed checkpoint"))
        for note in summary.get("notes") or []:
            typer.echo(f"note: {note}")
    else:
        at = f" at seq {verdict.bad_seq}" if verdict.bad_seq is not None else ""
        typer.echo(f"audit chain BROKEN{at}: {verdict.reason}", err=True)


def _expected_roots(values: list[str]) -> dict[int, str]:
    roots: dict[int, str] = {}
    for value in values:
        size, _, root = value.partition(":")
        if not size.isdigit() or int(size) < 1 or len(root) != 64 or any(c not in "0123456789abcdefABCDEF" for c in root):
            raise typer.BadParameter(f"{value!r}: expected SIZE:ROOT, a tree size and a 64-hex-digit Merkle root")
        roots[int(size)] = root.lower()
    return roots


@app.command()
def verify(
    file: Annotated[Optional[Path], typer.Option("--file", "-f", exists=True, dir_okay=False,
                                                 help="verify a chain export (JSON lines) instead of the store")] = None,
    bundle: Annotated[Optional[Path], typer.Option("--bundle", "-b", exists=True, dir_okay=False,
                                                   help="verify an export bundle offline (nothing else needed)")] = None,
    public_key_file: Annotated[Optional[Path], typer.Option("--public-key", dir_okay=False,
                                                            help="the audit public key (PEM) known independently; "
                                                                 "by default derived from the signing key file")] = None,
    expect_head: Annotated[Optional[str], typer.Option(help="a head hash published earlier; "
                                                       "proves nothing was removed or rewritten up to it")] = None,
    expect_seq: Annotated[Optional[int], typer.Option(help="the seq of --expect-head")] = None,
    expect_root: Annotated[Optional[list[str]], typer.Option(
        help="SIZE:ROOT, a Merkle root kept elsewhere (the coordinator's digest): the log's tree at SIZE must have "
             "it; repeatable")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Recompute every hash, link and Merkle root; check the roots signed in the checkpoints published on Kafka.

    Exit 0 when intact, 1 naming the first bad entry, 2 when the store, Kafka or the key cannot be read.
    """
    from pseah.audit.chain.ledger import Anchor, verify_entries

    anchors = []
    if expect_head:
        if expect_seq is None:
            raise typer.BadParameter("--expect-seq is needed with --expect-head")
        anchors.append(Anchor(seq=expect_seq, hash=expect_head, label="expected head"))
    roots = _expected_roots(expect_root or [])
    if roots and (bundle is not None or file is not None):
        raise typer.BadParameter("--expect-root checks the live log, not --file or --bundle")
    if bundle is not None:
        from pseah.audit.chain import checkpoints as cp
        from pseah.audit.verification import verify_bundle

        pinned = None
        if public_key_file is not None:
            try:
                pinned = cp.load_public_key(public_key_file.read_bytes())
            except (OSError, cp.SigningKeyError) as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(code=2) from None
        verdict = verify_bundle(bundle, pinned=pinned)
    elif file is not None:
        verdict = verify_entries(_read_file(file), anchors=anchors)
    else:
        from pymongo.errors import PyMongoError

        from pseah.audit.verification import NoPublicKey, outside_checkpoints, public_key, verify_live
        from pseah.audit.witness import WitnessUnavailable

        settings = _connect()
        try:
            records = outside_checkpoints(settings)
        except WitnessUnavailable as exc:
            typer.echo(f"error: cannot read the checkpoints on {settings.checkpoint_topic} ({exc})", err=True)
            raise typer.Exit(code=2) from None
        try:
            key = public_key(settings, public_key_file) if records or public_key_file else None
            verdict = verify_live(settings, key=key, records=records, anchors=anchors, roots=roots)
        except NoPublicKey as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=2) from None
        except PyMongoError as exc:
            raise _store_error(exc) from None
    _print_verdict(verdict, as_json=as_json)
    raise typer.Exit(code=0 if verdict.ok else 1)


@app.command()
def prove(reference: Annotated[str, typer.Argument(help="the case reference, e.g. PSEAH-7K3F9QX2")],
          public_key_file: Annotated[Optional[Path], typer.Option("--public-key", dir_okay=False)] = None) -> None:
    """Inclusion proofs (RFC 9162) of a case's entries against the latest signed checkpoint, one JSON object a line."""
    from pymongo.errors import PyMongoError

    from pseah.audit.verification import NoPublicKey, prove_subject, public_key

    settings = _connect()
    try:
        key = public_key(settings, public_key_file)
    except NoPublicKey as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    found = failed = 0
    try:
        for line in prove_subject(settings, reference, key=key):
            typer.echo(json.dumps(line))
            found += 1
            failed += line.get("verified") is False
    except PyMongoError as exc:
        raise _store_error(exc) from None
    if not found:
        typer.echo(f"no audit entries for {reference}", err=True)
        raise typer.Exit(code=1)
    if failed:
        typer.echo(f"{failed} proofs do not verify against the signed checkpoint", err=True)
        raise typer.Exit(code=1)


@app.command()
def keygen(out: Annotated[Optional[Path], typer.Option("--out", "-o", dir_okay=False,
                                                       help="default: PSEAH_AUDIT_SIGNING_KEY_FILE")] = None) -> None:
    """Create the Ed25519 checkpoint signing key (mode 0600) unless it exists; print its public key's id."""
    from pseah.audit.chain import checkpoints as cp
    from pseah.audit.config import get_settings

    path = out or get_settings().signing_key_file
    created = cp.generate_key_file(path)
    key = cp.load_private_key(path)
    typer.echo(f"{'created' if created else 'kept'} {path} (key id {cp.key_id(key.public_key())})", err=True)


@app.command("public-key")
def public_key_command() -> None:
    """The checkpoints' public key (PEM), from the signing key file."""
    from pseah.audit.chain.checkpoints import public_pem
    from pseah.audit.config import get_settings
    from pseah.audit.verification import NoPublicKey, public_key

    try:
        typer.echo(public_pem(public_key(get_settings())), nl=False)
    except NoPublicKey as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None


@app.command()
def digest(
    send: Annotated[bool, typer.Option("--send", help="publish it: notification mails it to the coordinator")] = False,
) -> None:
    """The coordinator's digest of the running period so far (the signed checkpoints, as JSON); with --send, the
    digests of ended periods still due, then this one, are published and mailed. Sending again without a new
    checkpoint is the same digest, hence the same e-mail (sent once)."""
    from pymongo.errors import PyMongoError

    from pseah.audit.chain import service
    from pseah.audit.digests import Digester
    from pseah.audit.verification import NoPublicKey, public_key
    from pseah.audit.witness import KafkaWitness, WitnessUnavailable

    settings = _connect()
    try:
        key = public_key(settings)
    except NoPublicKey as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    witness = KafkaWitness(bootstrap=settings.kafka_bootstrap, topic=settings.checkpoint_topic)
    digester = Digester(origin=settings.log_origin, seconds=settings.digest_seconds,
                        max_listed=settings.digest_max_listed, catch_up=settings.digest_catch_up, key=key,
                        publish=witness.publish_event, signed_collection=service.signed_collection,
                        head_collection=service.checkpoint_collection)
    try:
        due = digester.tick() if send else 0
        event = digester.interim()
        if send:
            witness.publish_event(event)
    except WitnessUnavailable as exc:
        typer.echo(f"error: cannot publish on {settings.checkpoint_topic} ({exc})", err=True)
        raise typer.Exit(code=2) from None
    except PyMongoError as exc:
        raise _store_error(exc) from None
    finally:
        witness.close()
    typer.echo(json.dumps({"id": event.id, "subject": event.subject, **event.data}))
    if send:
        typer.echo(f"published {due} digest(s) of ended periods and the running period's digest so far "
                   f"({event.data['checkpoints_total']} checkpoints, id {event.id})", err=True)


@app.command()
def trail(reference: Annotated[str, typer.Argument(help="the case reference, e.g. PSEAH-7K3F9QX2")]) -> None:
    """The event types recorded for one case, oldest first: time, type, actor. Never content."""
    from pymongo.errors import PyMongoError

    from pseah.audit.chain import service

    settings = _connect()
    after, found = 0, 0
    try:
        while True:
            page = service.list_entries(subject=reference, after_seq=after, limit=settings.max_page)
            for entry in page:
                typer.echo(f"{entry['time']}  {entry['type']}  {entry.get('actor') or '-'}")
            found += len(page)
            if len(page) < settings.max_page:
                break
            after = page[-1]["seq"]
    except PyMongoError as exc:
        raise _store_error(exc) from None
    if not found:
        typer.echo(f"no audit entries for {reference}", err=True)
        raise typer.Exit(code=1)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, help="the bundle file to write")],
    since: Annotated[Optional[datetime], typer.Option(help="entries recorded at or after (UTC)")] = None,
    until: Annotated[Optional[datetime], typer.Option(help="entries recorded before (UTC)")] = None,
) -> None:
    """A bundle of entries, signed checkpoints, proofs and the public key; check it with `verify --bundle`."""
    from pymongo.errors import PyMongoError

    from pseah.audit.chain.ledger import format_time
    from pseah.audit.verification import NoPublicKey, public_key, write_bundle

    settings = _connect()
    try:
        key = public_key(settings)
    except NoPublicKey as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    try:
        with output.open("wb") as handle:
            summary = write_bundle(settings, handle, since=format_time(since) if since else None,
                                   until=format_time(until) if until else None, key=key)
    except PyMongoError as exc:
        output.unlink(missing_ok=True)
        raise _store_error(exc) from None
    typer.echo(f"exported {summary.entries} entries (seq {summary.first_seq} to {summary.last_seq}) with "
               f"{summary.checkpoints} signed checkpoints to {output}", err=True)
    if summary.unsigned_left_out:
        typer.echo(f"left out {summary.unsigned_left_out} entries not yet covered by a signed checkpoint", err=True)
