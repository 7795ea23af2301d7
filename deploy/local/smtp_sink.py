"""Development mail sink: accepts every message on 127.0.0.1 and stores it as a .eml file.

usage: .venv/bin/python deploy/local/smtp_sink.py [--port 1025] [--dir var/data/smtp]
Env: PSEAH_SMTP_PORT (1025), PSEAH_SMTP_DIR (var/data/smtp). Nothing is relayed.
Each file is the message as received, preceded by Return-Path and X-Original-To (the envelope), written
to a temporary name and renamed, so a reader never sees half a file. Logs are JSON lines on stderr and
carry no message content and no addresses.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.smtp import SMTP, Envelope, Session

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[2]
log = logging.getLogger("pseah.smtp_sink")


class JsonFormatter(logging.Formatter):
    converter = time.gmtime

    def format(self, r: logging.LogRecord) -> str:
        d = {
            "ts": self.formatTime(r, "%Y-%m-%dT%H:%M:%S") + f".{int(r.msecs):03d}Z",
            "level": r.levelname.lower(),
            "logger": r.name,
            "event": r.getMessage(),
        }
        d.update(getattr(r, "fields", {}))
        if r.exc_info:
            d["exc"] = self.formatException(r.exc_info)
        return json.dumps(d)


class Store:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def write(self, name: str, data: bytes) -> None:
        tmp = self.folder / f".{name}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.folder / name)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise

    async def handle_DATA(
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        # sortable by arrival: UTC time to the microsecond, then a random part
        name = f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}.eml"
        head = f"Return-Path: <{envelope.mail_from}>\r\nX-Original-To: {', '.join(envelope.rcpt_tos)}\r\n"
        data = head.encode() + envelope.original_content
        try:
            await asyncio.to_thread(self.write, name, data)
        except OSError:
            log.exception("store failed", extra={"fields": {"file": name}})
            return "451 Requested action aborted: local error in processing"
        log.info(
            "message stored",
            extra={
                "fields": {
                    "file": name,
                    "bytes": len(data),
                    "rcpt_count": len(envelope.rcpt_tos),
                }
            },
        )
        return "250 Message accepted for delivery"


async def serve(port: int, folder: Path) -> None:
    loop = asyncio.get_running_loop()
    handler = Store(folder)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="pseah-smtp-sink", enable_SMTPUTF8=True),
        HOST,
        port,
    )
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info(
        "listening", extra={"fields": {"address": f"{HOST}:{port}", "dir": str(folder)}}
    )
    await stop.wait()
    server.close()
    await server.wait_closed()
    log.info("stopped")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--port", type=int, default=int(os.environ.get("PSEAH_SMTP_PORT", "1025"))
    )
    p.add_argument(
        "--dir",
        type=Path,
        default=Path(os.environ.get("PSEAH_SMTP_DIR", ROOT / "var/data/smtp")),
    )
    a = p.parse_args()
    h = logging.StreamHandler(sys.stderr)
    h.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[h])
    # aiosmtpd's own logger reports peers and, at debug level, message data
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    a.dir.mkdir(parents=True, exist_ok=True)
    for stale in a.dir.glob(".*.tmp"):  # left by a crash mid-write
        stale.unlink()
    try:
        asyncio.run(serve(a.port, a.dir))
    except OSError as e:
        log.error(
            "cannot listen",
            extra={"fields": {"address": f"{HOST}:{a.port}", "error": str(e)}},
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
