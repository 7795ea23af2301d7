"""Write each HTTP service's OpenAPI document, as /openapi.json serves it, without starting any server.

    .venv/bin/python tools/contracts/openapi_documents.py OUT_DIR      # OUT_DIR/<service>.openapi.json

Each app factory is called with its default settings (loopback addresses, Keycloak's pseah realm) and
`app.openapi()` is asked for the document: no lifespan runs, so no store, broker or Keycloak is needed.
Referral and notification serve only health (faust web) and the portal serves no OpenAPI
(openapi_url=None): they have no document. tools/contracts/check.sh lints what this writes.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI


def _intake() -> FastAPI:
    from pseah.intake.config import IntakeSettings
    from pseah.intake.main import create_app

    return create_app(IntakeSettings())


def _triage() -> FastAPI:
    from pseah.triage.config import Settings
    from pseah.triage.main import Runtime, create_api

    # The API's routes reach the key ring and producer only when a request is served.
    return create_api(runtime=Runtime(settings=Settings(), keyring=None, producer=None))  # type: ignore[arg-type]


def _audit() -> FastAPI:
    from pseah.audit.config import AuditSettings
    from pseah.audit.main import create_api

    return create_api(AuditSettings())


def _analytics() -> FastAPI:
    from pseah.analytics.config import AnalyticsSettings
    from pseah.analytics.main import create_api

    return create_api(AnalyticsSettings())


APPS: dict[str, Callable[[], FastAPI]] = {"intake": _intake, "triage": _triage, "audit": _audit,
                                          "analytics": _analytics}


def documents() -> dict[str, dict]:
    return {name: factory().openapi() for name, factory in APPS.items()}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, document in documents().items():
        (out / f"{name}.openapi.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        print(out / f"{name}.openapi.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
