"""Reading directory files (JSON or CSV) into validated rows, keeping a report of what was rejected.

Parsing is pure so it is unit-tested without a store; `flows.import_file` writes the accepted rows.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from pseah.referral.directory.models import OrganizationIn, ProviderIn

Kind = Literal["organizations", "providers"]
_MODELS = {"organizations": OrganizationIn, "providers": ProviderIn}


@dataclass
class Rejected:
    row: int  # 1-based position in the file's list (CSV: data line number, header excluded)
    row_id: str
    problems: list[str]


@dataclass
class Parsed:
    kind: Kind
    accepted: list = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class UnreadableFile(Exception):
    """The file is not JSON or CSV in a shape we know."""


def _rows_from_json(text: str, kind: Kind | None) -> tuple[Kind, list]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"not valid JSON (line {exc.lineno})") from None
    if isinstance(doc, dict):
        found = [k for k in ("organizations", "providers") if isinstance(doc.get(k), list)]
        if kind is None:
            if len(found) != 1:
                raise UnreadableFile("a JSON object needs exactly one list: 'organizations' or 'providers'")
            kind = found[0]
        if kind not in found:
            raise UnreadableFile(f"no '{kind}' list in the file")
        return kind, doc[kind]
    if isinstance(doc, list):
        return kind or _guess_kind(doc[0] if doc else {}), doc
    raise UnreadableFile("JSON must be an object with a list, or a list of rows")


def _guess_kind(sample: dict) -> Kind:
    return "providers" if isinstance(sample, dict) and "services" in sample else "organizations"


def _rows_from_csv(text: str, kind: Kind | None) -> tuple[Kind, list]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise UnreadableFile("the CSV has no header row")
    rows = [dict(r) for r in reader]
    return kind or _guess_kind({k: None for k in reader.fieldnames}), rows


def _problems(exc: ValidationError) -> list[str]:
    # Name the field and the rule; never echo the value back.
    return [f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}" for err in exc.errors()]


def parse(*, text: str, fmt: Literal["json", "csv"], kind: Kind | None = None) -> Parsed:
    kind, rows = (_rows_from_json if fmt == "json" else _rows_from_csv)(text, kind)
    model = _MODELS[kind]
    parsed = Parsed(kind=kind)
    seen: set[str] = set()
    for index, row in enumerate(rows, start=1):
        row_id = str(row.get("id", "")) if isinstance(row, dict) else ""
        if not isinstance(row, dict):
            parsed.rejected.append(Rejected(index, row_id, ["row: not an object"]))
            continue
        try:
            item = model.model_validate(row)
        except ValidationError as exc:
            parsed.rejected.append(Rejected(index, row_id, _problems(exc)))
            continue
        if item.id in seen:
            parsed.rejected.append(Rejected(index, row_id, ["id: duplicate of an earlier row"]))
            continue
        seen.add(item.id)
        parsed.accepted.append(item)
    return parsed


def parse_file(path: Path, *, kind: Kind | None = None) -> Parsed:
    text = Path(path).read_text(encoding="utf-8-sig")
    fmt = "csv" if Path(path).suffix.lower() == ".csv" else "json"
    return parse(text=text, fmt=fmt, kind=kind)
