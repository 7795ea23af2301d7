"""`pseah audit ...`: verify the chain, list a case's trail, export the log for offline checking."""
from __future__ import annotations

import json
import sys
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


@app.command()
def verify(
    file: Annotated[Optional[Path], typer.Option("--file", "-f", exists=True, dir_okay=False,
                                                 help="verify an export (JSON lines) instead of the store")] = None,
    expect_head: Annotated[Optional[str], typer.Option(help="a head hash published earlier; "
                                                       "proves nothing was removed or rewritten up to it")] = None,
    expect_seq: Annotated[Optional[int], typer.Option(help="the seq of --expect-head")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Recompute every hash and link; exit 0 when intact, 1 naming the first bad entry."""
    from pseah.audit.chain.ledger import Anchor, verify_entries

    anchors = []
    if expect_head:
        if expect_seq is None:
            raise typer.BadParameter("--expect-seq is needed with --expect-head")
        anchors.append(Anchor(seq=expect_seq, hash=expect_head, label="expected head"))
    if file is not None:
        verdict = verify_entries(_read_file(file), anchors=anchors)
    else:
        from pymongo.errors import PyMongoError

        from pseah.audit.chain import service

        _connect()
        try:
            stored = service.checkpoint()
            verdict = verify_entries(service.iter_entries(), anchors=[*anchors, *([stored] if stored else [])])
        except PyMongoError as exc:
            raise _store_error(exc) from None
    summary = verdict.summary()
    if as_json:
        typer.echo(json.dumps(summary))
    elif verdict.ok:
        typer.echo(f"audit chain intact: {verdict.entries} entries, first {verdict.first_time}, "
                   f"last {verdict.last_time}, head seq {verdict.head_seq} hash {verdict.head_hash}")
    else:
        typer.echo(f"audit chain BROKEN at seq {verdict.bad_seq}: {verdict.reason}", err=True)
    raise typer.Exit(code=0 if verdict.ok else 1)


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
def export(output: Annotated[Optional[Path], typer.Option("--output", "-o", dir_okay=False,
                                                          help="write here instead of standard output")] = None) -> None:
    """The whole chain as JSON lines, oldest first; check it anywhere with `pseah audit verify --file`."""
    from pymongo.errors import PyMongoError

    from pseah.audit.chain import service
    from pseah.audit.chain.ledger import canonical_json

    _connect()
    handle = output.open("wb") if output else sys.stdout.buffer
    count = 0
    try:
        for entry in service.iter_entries():
            handle.write(canonical_json(entry) + b"\n")
            count += 1
    except PyMongoError as exc:
        raise _store_error(exc) from None
    finally:
        if output:
            handle.close()
        else:
            handle.flush()
    typer.echo(f"exported {count} entries", err=True)
