"""Directory flows: importing files and loading the demo map, reporting progress as they go."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pseah.referral.directory import service
from pseah.referral.directory.importer import Kind, Parsed, parse_file


@dataclass
class ImportResult:
    kind: Kind
    created: int
    updated: int
    parsed: Parsed


def write(parsed: Parsed, *, on_row: Callable[[], None] = lambda: None) -> ImportResult:
    created = updated = 0
    upsert = service.upsert_organization if parsed.kind == "organizations" else service.upsert_provider
    key = "org" if parsed.kind == "organizations" else "provider"
    for item in parsed.accepted:
        if upsert(**{key: item}):
            created += 1
        else:
            updated += 1
        on_row()
    return ImportResult(kind=parsed.kind, created=created, updated=updated, parsed=parsed)


def import_file(path: Path, *, kind: Kind | None = None, on_row: Callable[[], None] = lambda: None) -> ImportResult:
    return write(parse_file(path, kind=kind), on_row=on_row)


def load_demo_contacts(*, parsed_orgs: Parsed, coordinator_org: str, coordinator_username: str) -> int:
    contacts = service.demo_contacts(organizations=parsed_orgs.accepted, coordinator_org=coordinator_org,
                                     coordinator_username=coordinator_username)
    for contact in contacts:
        service.upsert_contact(**contact)
    return len(contacts)
