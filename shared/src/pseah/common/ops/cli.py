"""`pseah ops ...`: backup and restore of the store and the key material; master-key rotation; dead letters listed and
replayed (pseah.common.ops.deadletters).

The passphrase that seals the key material is read from the environment variable PSEAH_BACKUP_PASSPHRASE or
from a file (--passphrase-file), never from an argument (arguments show in `ps` and in shell history).
"""
from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

from pseah.common.ops import sealedfile, store

app = typer.Typer(no_args_is_help=True, help="Operations: backup, restore, master-key rotation, dead letters.")

PASSPHRASE_ENV = "PSEAH_BACKUP_PASSPHRASE"
KEYS_FILE = "keys.pseahkeys"

PassphraseFile = Annotated[Optional[Path], typer.Option(
    "--passphrase-file", exists=True, dir_okay=False,
    help=f"a file holding the passphrase (else ${PASSPHRASE_ENV})")]


def _settings():
    from pseah.common.settings import CommonSettings

    return CommonSettings()


def _passphrase(path: Optional[Path]) -> str:
    if path is not None:
        value = path.read_text(encoding="utf-8").rstrip("\r\n")
    else:
        value = os.environ.get(PASSPHRASE_ENV, "")
    if not value:
        typer.echo(f"error: no passphrase (set {PASSPHRASE_ENV} or pass --passphrase-file)", err=True)
        raise typer.Exit(code=2)
    return value


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


@app.command()
def backup(
    output: Annotated[Path, typer.Option("--output", "-o", file_okay=False, help="a new or empty directory")],
    keys_out: Annotated[Optional[Path], typer.Option(
        "--keys-out", dir_okay=False, help=f"where the sealed key material goes (default DIR/{KEYS_FILE}); "
                                           "keep it apart from the data")] = None,
    secrets_dir: Annotated[Optional[Path], typer.Option(
        help="the key files to seal (default: the folder of the master key, var/secrets)")] = None,
    database: Annotated[Optional[list[str]], typer.Option(
        "--database", "-d", help="only these databases (default: every database of the suite)")] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Dump the suite's databases as BSON and seal the key files with a passphrase."""
    from pymongo.errors import PyMongoError

    settings = _settings()
    passphrase = _passphrase(passphrase_file)
    if len(passphrase) < sealedfile.MIN_PASSPHRASE:
        raise _fail(f"the passphrase needs at least {sealedfile.MIN_PASSPHRASE} characters", 2)
    if output.exists() and any(output.iterdir()):
        raise _fail(f"{output} is not empty", 2)
    output.mkdir(parents=True, exist_ok=True)
    secrets = secrets_dir or settings.master_key_file.parent
    cli = store.client(settings.mongo_uri)
    try:
        names = store.dump_order(database or store.SUITE_DATABASES)
        manifest = store.dump(cli, names, output)
    except PyMongoError as exc:
        raise _fail(f"cannot read the store ({type(exc).__name__})", 2) from None
    finally:
        cli.close()
    files = sealedfile.read_dir(secrets)
    keys_path = keys_out or output / KEYS_FILE
    sealedfile.write_file_0600(keys_path, sealedfile.seal_files(files, passphrase))
    doc = {**manifest.to_json(), "created_at": datetime.now(UTC).isoformat(), "key_files": sorted(files),
           "keys_file": keys_path.name if keys_out is None else None}
    (output / "manifest.json").write_text(json.dumps(doc, indent=1, sort_keys=True))
    total = sum(c["count"] for cols in manifest.databases.values() for c in cols.values())
    typer.echo(f"backed up {len(manifest.databases)} databases, {total} documents, {len(files)} key files "
               f"(sealed in {keys_path}) to {output}")


@app.command()
def restore(
    source: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="a directory `pseah ops backup` wrote")],
    keys: Annotated[Optional[Path], typer.Option(
        "--keys", exists=True, dir_okay=False, help=f"the sealed key material (default SOURCE/{KEYS_FILE})")] = None,
    secrets_dir: Annotated[Optional[Path], typer.Option(
        help="where the key files are written (default: the folder of the master key, var/secrets)")] = None,
    db_prefix: Annotated[Optional[str], typer.Option(
        help="restore pseah_<name> as <db-prefix><name> (a second namespace beside the live one)")] = None,
    force_keys: Annotated[bool, typer.Option(help="overwrite key files that exist and differ")] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Restore into an empty store: checks every file's digest, opens the keys, then inserts the documents."""
    from pymongo.errors import PyMongoError

    settings = _settings()
    manifest = json.loads((source / "manifest.json").read_text())
    try:
        store.verify_files(source, manifest)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    keys_path = keys or source / (manifest.get("keys_file") or KEYS_FILE)
    if not keys_path.is_file():
        raise _fail(f"no key material at {keys_path} (pass --keys)", 2)
    try:
        files = sealedfile.open_files(keys_path.read_bytes(), _passphrase(passphrase_file))
    except sealedfile.BadPassphrase as exc:
        raise _fail(str(exc)) from None
    target = secrets_dir or settings.master_key_file.parent
    target.mkdir(parents=True, exist_ok=True)
    clashes = [n for n, raw in files.items() if (target / n).exists() and (target / n).read_bytes() != raw]
    if clashes and not force_keys:
        # Overwriting a live master key would make every case written since the backup unreadable.
        raise _fail(f"{len(clashes)} key files in {target} differ from the backup ({', '.join(sorted(clashes))}); "
                    "restore them elsewhere with --secrets-dir, or pass --force-keys", 2)
    cli = store.client(settings.mongo_uri)
    try:
        busy = store.non_empty_targets(cli, manifest, prefix_from="pseah_", prefix_to=db_prefix)
        if busy:
            raise _fail(f"the target store is not empty ({len(busy)} collections hold documents, "
                        f"first {busy[0]}); restore into an empty store or another --db-prefix", 2)
        # Keys first: once any case document is back, its key must be too.
        for name, raw in files.items():
            sealedfile.write_file_0600(target / name, raw)
        restored = store.load(cli, source, manifest, prefix_from="pseah_", prefix_to=db_prefix)
    except PyMongoError as exc:
        raise _fail(f"cannot write the store ({type(exc).__name__})", 2) from None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    finally:
        cli.close()
    typer.echo(f"restored {sum(restored.values())} documents in {len(restored)} collections "
               f"and {len(files)} key files to {target}")


@app.command("rotate-master-key")
def rotate_master_key(
    keys_database: Annotated[str, typer.Option(help="the database of the case keys")] = "pseah_keys",
) -> None:
    """Re-wrap every case key under a new master key, then destroy the old key. Nothing is re-encrypted.

    Take a backup first (its sealed key material is then the only copy of the old key). Running services follow
    the new key file by themselves; run this again if it was interrupted: it resumes.
    """
    from pymongo import MongoClient
    from pymongo.errors import PyMongoError

    from pseah.common.crypto import rotate_master_key as rotate

    settings = _settings()
    cli = MongoClient(settings.mongo_uri, serverSelectionTimeoutMS=10000, retryWrites=False)
    try:
        report = rotate(settings.master_key_file, cli[keys_database]["case_keys"])
    except PyMongoError as exc:
        raise _fail(f"cannot read the key store ({type(exc).__name__}); run again to resume", 2) from None
    finally:
        cli.close()
    if report.unreadable:
        raise _fail(f"{len(report.unreadable)} case keys open with neither key (first {report.unreadable[0]}); "
                    "the old key is kept beside the new one")
    typer.echo(f"master key rotated: {report.rewrapped} case keys re-wrapped, {report.already_new} already new; "
               "old key destroyed")


DeadLetterTopic = Annotated[str, typer.Argument(help="a dead-letter topic, e.g. pseah.reports.v1.dlq")]


@app.command("dead-letters")
def dead_letters(topic: DeadLetterTopic,
                 show: Annotated[int, typer.Option(help="list this many, latest first (0: counts only)")] = 20) -> None:
    """What consumers parked on a dead-letter topic: counts by reason (and how many are not yet replayed), then the
    latest events' position, type, case reference and reason (never their data)."""
    from kafka.errors import KafkaError

    from pseah.common.ops import deadletters

    try:
        listing = deadletters.list_letters(bootstrap=_settings().kafka_bootstrap, dlq_topic=topic)
    except (ValueError, LookupError) as exc:
        raise _fail(str(exc), 2) from None
    except KafkaError as exc:
        raise _fail(f"cannot read Kafka ({type(exc).__name__})", 2) from None
    typer.echo(f"{topic}: {len(listing.letters)} dead letters")
    for reason, count in listing.by_reason.most_common():
        typer.echo(f"  {reason:<28} {count:>6}   not yet replayed {listing.pending.get(reason, count)}")
    for letter in sorted(listing.letters, key=lambda item: item.parked_at, reverse=True)[:max(0, show)]:
        parked = datetime.fromtimestamp(letter.parked_at / 1000, UTC).isoformat(timespec="seconds")
        typer.echo(f"  {parked}  p{letter.partition} @{letter.offset}  {letter.reason}  {letter.type or '-'}  "
                   f"{letter.subject or '-'}")


@app.command("replay-dead-letters")
def replay_dead_letters(
    topic: DeadLetterTopic,
    reason: Annotated[str, typer.Option(help="replay the events parked for this reason (see `pseah ops dead-letters`)")],
    dry_run: Annotated[bool, typer.Option(help="list what would be sent back, send nothing")] = False,
) -> None:
    """Send the events parked for one reason back to the topic they came from, once the cause is mended; consumers
    handle them as a redelivery. Replaying the same reason again sends nothing twice."""
    from kafka.errors import KafkaError

    from pseah.common.ops import deadletters

    try:
        sent = deadletters.replay(bootstrap=_settings().kafka_bootstrap, dlq_topic=topic, reason=reason,
                                  dry_run=dry_run)
    except (ValueError, LookupError) as exc:
        raise _fail(str(exc), 2) from None
    except KafkaError as exc:
        raise _fail(f"cannot reach Kafka ({type(exc).__name__}); run again to resume", 2) from None
    verb = "would send" if dry_run else "sent"
    typer.echo(f"{verb} {len(sent)} events parked for {reason} back to {deadletters.source_topic(topic)}")
    for letter in sent:
        typer.echo(f"  p{letter.partition} @{letter.offset}  {letter.type or '-'}  {letter.subject or '-'}")
