"""The typed payloads (pseah.common.payloads) against docs/asyncapi.yaml: one model per catalogued event type, with
the schema's field names, required fields, enumerations and JSON types, object inside object."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from pseah.common.events import EventTypes, new_event
from pseah.common.payloads import BREAKS_CONTRACT, PAYLOADS, BreaksContract, CaseAssigned, ReportTriaged, decode, payload

ROOT = Path(__file__).resolve().parents[3]
SPEC = yaml.safe_load((ROOT / "docs/asyncapi.yaml").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]


def _resolve(node: dict, defs: dict) -> dict:
    """Follow $ref (asyncapi's components or pydantic's $defs) and unwrap pydantic's anyOf [X, null]."""
    while True:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            node = {**(SCHEMAS.get(name) if "components/schemas" in node["$ref"] else defs[name]),
                    **{k: v for k, v in node.items() if k != "$ref"}}
            continue
        if "anyOf" in node:
            options = [o for o in node["anyOf"] if o.get("type") != "null"]
            nullable = len(options) < len(node["anyOf"])
            if len(options) == 1:
                node = {**{k: v for k, v in node.items() if k != "anyOf"}, **options[0], "_nullable": nullable}
                continue
        return node


def _types(node: dict) -> set[str]:
    kind = node.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "const" in node:
        kinds.add("string")
    if "enum" in node:
        kinds |= {"string" if isinstance(v, str) else "null" for v in node["enum"]}
    if node.get("_nullable"):
        kinds.add("null")
    kinds.discard(None)
    # JSON: an integer is a number; pydantic writes `number` for floats and `integer` for ints.
    return {"number" if k == "integer" else k for k in kinds}


def _enum(node: dict) -> set | None:
    if "enum" in node:
        return {v for v in node["enum"] if v is not None}
    if "const" in node:
        return {node["const"]}
    return None


def _compare(spec: dict, model: dict, defs: dict, where: str, *, required: bool = True) -> list[str]:
    problems = []
    spec, model = _resolve(spec, defs), _resolve(model, defs)
    spec_types, model_types = _types(spec), _types(model)
    if spec_types and model_types and not (spec_types - {"null"}) <= model_types:
        problems.append(f"{where}: asyncapi says {sorted(spec_types)}, the model {sorted(model_types)}")
    if required and "null" in model_types and spec_types and "null" not in spec_types:
        # A required field the model lets be null, where the contract does not: a consumer of the contract would
        # refuse what the model accepts. (An optional field's None stands for "absent".)
        problems.append(f"{where}: the model accepts null, asyncapi does not")
    if (_enum(spec) or None) != (_enum(model) or None) and (_enum(spec) or _enum(model)):
        problems.append(f"{where}: enumeration {sorted(_enum(spec) or [])} against {sorted(_enum(model) or [])}")
    if "object" in spec_types and "properties" in spec:
        spec_props, model_props = spec.get("properties", {}), model.get("properties", {})
        if set(spec_props) != set(model_props):
            problems.append(f"{where}: fields {sorted(set(spec_props) ^ set(model_props))} are in one side only")
        if set(spec.get("required", [])) != set(model.get("required", [])):
            problems.append(f"{where}: required {sorted(spec.get('required', []))} against "
                            f"{sorted(model.get('required', []))}")
        for name in set(spec_props) & set(model_props):
            problems += _compare(spec_props[name], model_props[name], defs, f"{where}.{name}",
                                 required=name in spec.get("required", []))
    if "array" in spec_types and "items" in spec and "items" in model:
        problems += _compare(spec["items"], model["items"], defs, f"{where}[]")
    return problems


def _messages() -> dict[str, dict]:
    """Event type -> the asyncapi schema of its data."""
    found = {}
    for message in SPEC["components"]["messages"].values():
        for part in message["payload"].get("allOf", []):
            data = part.get("properties", {}).get("data")
            if data is not None:
                found[message["name"]] = data
    return found


MESSAGES = _messages()


def test_every_catalogued_event_type_has_exactly_one_model_and_no_model_is_uncatalogued():
    assert set(MESSAGES) == set(PAYLOADS), sorted(set(MESSAGES) ^ set(PAYLOADS))
    declared = {value for name, value in vars(EventTypes).items() if name.isupper()}
    assert set(PAYLOADS) <= declared


@pytest.mark.parametrize("event_type", sorted(MESSAGES))
def test_the_model_has_the_schema_of_the_contract(event_type):
    schema = PAYLOADS[event_type].model_json_schema()
    problems = _compare(MESSAGES[event_type], schema, schema.get("$defs", {}), event_type)
    assert not problems, "\n".join(problems)


def test_the_comparison_catches_a_drift():
    """The checker itself: a model with a field the contract lacks, and an enumeration narrowed, are reported."""
    schema = ReportTriaged.model_json_schema()
    schema["properties"]["surprise"] = {"type": "string"}
    schema["properties"]["priority"] = {"enum": ["critical", "high"], "type": "string"}
    problems = _compare(MESSAGES[EventTypes.REPORT_TRIAGED], schema, schema.get("$defs", {}), "report.triaged.v1")
    assert any("surprise" in p for p in problems) and any("enumeration" in p for p in problems)


def test_a_handler_reads_typed_fields_and_a_broken_payload_is_refused():
    event = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-7K3F9QX2",
                      data={"reference": "PSEAH-7K3F9QX2", "org_id": "unicef", "queue": "focal_point",
                            "priority": "critical", "assignee": {"username": "fp-unicef", "role": "focal_point"},
                            "portal_url": "http://127.0.0.1:8000/cases/PSEAH-7K3F9QX2", "added_later": 1})
    assigned = payload(event, CaseAssigned)
    assert assigned.org_id == "unicef" and assigned.assignee.username == "fp-unicef"
    assert not hasattr(assigned, "added_later")  # a tolerant reader: a newer producer's field is ignored
    with pytest.raises(TypeError):
        payload(event, ReportTriaged)
    broken = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-7K3F9QX2",
                       data={**event.data, "priority": "whenever"})
    with pytest.raises(ValidationError):
        payload(broken)


def test_timestamps_are_read_as_aware_datetimes():
    at = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    event = new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="pseah/referral", subject="PSEAH-7K3F9QX2",
                      data={"reference": "PSEAH-7K3F9QX2", "acknowledged_at": at.isoformat()})
    assert payload(event).acknowledged_at == at


def test_decode_names_the_fields_at_fault_and_never_a_value():
    secret = "sealed-or-free-text-that-must-not-leak"
    broken = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-7K3F9QX2",
                       data={"reference": "PSEAH-7K3F9QX2", "org_id": "unicef", "queue": secret, "priority": secret,
                             "assignee": {"username": secret}, "portal_url": "http://x"})
    with pytest.raises(BreaksContract) as caught:
        decode(broken)
    assert caught.value.reason == BREAKS_CONTRACT == "payload_breaks_contract"
    assert caught.value.fields == ["priority"] and caught.value.event_type == EventTypes.CASE_ASSIGNED
    assert secret not in str(caught.value) and caught.value.__cause__ is None and caught.value.__suppress_context__
    good = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-7K3F9QX2",
                     data={**broken.data, "priority": "high", "deadlines": [
                         {"kind": "acknowledgement", "due_at": "2026-12-05T03:00:00+00:00"}]})
    assigned = decode(good, CaseAssigned)
    assert assigned.priority == "high" and assigned.deadlines[0].due_at == datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    assert decode(new_event(type=EventTypes.CASE_ASSIGNED, source="x", subject="PSEAH-7K3F9QX2",
                            data={**good.data, "deadlines": []})).deadlines == []
