"""docs/asyncapi.yaml against pseah.common.events and docs/CONVENTIONS.md, so the catalogue cannot drift."""
from __future__ import annotations

import re

import jsonschema
import pytest
import yaml

from pseah.common.events import EventTypes, Topics, new_event

EVENT_TYPES = {v for k, v in vars(EventTypes).items() if k.isupper()}


@pytest.fixture(scope="module")
def doc(root):
    return yaml.safe_load((root / "docs/asyncapi.yaml").read_text())


@pytest.fixture(scope="module")
def channels_by_topic(doc):
    return {c["address"]: c for c in doc["channels"].values()}


def _resolve(doc, ref: str):
    assert ref.startswith("#/"), ref
    node = doc
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _message(doc, ref_holder: dict) -> dict:
    return _resolve(doc, ref_holder["$ref"])


def test_is_asyncapi_3(doc):
    assert str(doc["asyncapi"]).startswith("3.0")
    assert all(s["protocol"] == "kafka" for s in doc["servers"].values())


def test_every_topic_and_its_dead_letter_topic_is_a_channel(channels_by_topic):
    assert len(Topics.all()) == 8
    for topic in Topics.all():
        assert topic in channels_by_topic, topic
        assert Topics.dead_letter(topic) in channels_by_topic, Topics.dead_letter(topic)


def test_every_event_type_is_a_message_on_its_topic(doc, channels_by_topic, topic_types):
    named = {m["name"] for m in doc["components"]["messages"].values()}
    assert EVENT_TYPES <= named, EVENT_TYPES - named
    assert named <= EVENT_TYPES, f"catalogued but not in EventTypes: {named - EVENT_TYPES}"
    for topic, types in topic_types.items():
        for address in (topic, Topics.dead_letter(topic)):
            carried = {_message(doc, m)["name"] for m in channels_by_topic[address]["messages"].values()}
            assert types <= carried, f"{address} misses {types - carried}"


def test_every_reference_resolves(doc):
    refs = []

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    assert len(refs) > 50
    for ref in refs:
        _resolve(doc, ref)  # KeyError names the broken reference


def test_kafka_bindings_key_by_case_reference_with_six_partitions(doc):
    for channel in doc["channels"].values():
        # A channel's bindings are one reference to a whole Channel Bindings Object (AsyncAPI 3 allows no
        # reference per protocol there), whose `kafka` entry holds the topic settings.
        binding = _resolve(doc, channel["bindings"]["$ref"])["kafka"]
        assert binding["partitions"] == 6
        assert binding["bindingVersion"] == "0.5.0"
    trait = doc["components"]["messageTraits"]["cloudEvent"]
    key = _resolve(doc, _resolve(doc, trait["bindings"]["$ref"])["kafka"]["key"]["$ref"])
    assert re.fullmatch(key["pattern"], "PSEAH-7K3F9QX2")
    for message in doc["components"]["messages"].values():
        assert {"$ref": "#/components/messageTraits/cloudEvent"} in message["traits"], message["name"]


def _data_schema(doc, message: dict) -> dict:
    return _resolve(doc, message["payload"]["allOf"][1]["properties"]["data"]["$ref"])


def test_sealed_values_are_opaque_strings(doc):
    sealed = doc["components"]["schemas"]["Sealed"]
    assert set(sealed["type"]) == {"string", "null"}
    found = 0
    for message in doc["components"]["messages"].values():
        block = _data_schema(doc, message)["properties"].get("sealed")
        for prop in (block or {}).get("properties", {}).values():
            assert prop == {"$ref": "#/components/schemas/Sealed"}, message["name"]
            found += 1
    assert found >= 12


def _property_names(doc, schema: dict) -> set[str]:
    names: set[str] = set()
    if "$ref" in schema:
        return _property_names(doc, _resolve(doc, schema["$ref"]))
    for key, sub in schema.get("properties", {}).items():
        names.add(key)
        names |= _property_names(doc, sub)
    if "items" in schema:
        names |= _property_names(doc, schema["items"])
    return names


def test_data_fields_of_conventions_are_catalogued(doc, root):
    """Each field CONVENTIONS.md names for an event's data is a property of its catalogued schema."""
    text = (root / "docs/CONVENTIONS.md").read_text()
    section = text.split("## Event data", 1)[1]
    by_name = {m["name"]: m for m in doc["components"]["messages"].values()}
    bullets = re.findall(r"^- `([a-z.]+\.v\d+)`(.*?)(?=^- |\Z)", section, re.M | re.S)
    assert len(bullets) >= 5
    for event_type, body in bullets:
        fields = {f for f in re.findall(r"`([a-z_]+)`", body)}
        catalogued = _property_names(doc, _data_schema(doc, by_name[event_type]))
        assert fields <= catalogued, f"{event_type}: {fields - catalogued}"


def _validator(doc, message_key: str):
    schema = dict(doc)
    schema["$ref"] = f"#/components/messages/{message_key}/payload"
    return jsonschema.Draft7Validator(schema)


def _received():
    return new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject="PSEAH-7K3F9QX2", data={
        "reference": "PSEAH-7K3F9QX2", "channel": "web", "received_at": "2025-01-02T03:04:05+00:00",
        "language": "id", "reporter_role": "witness", "incident_date": None, "region_code": "32.03",
        "survivor_age_group": "adult", "survivor_gender": None, "perpetrator_org": None,
        "consent": {"referral": True, "contact": False, "share_with_org": False},
        "sealed": {"narrative": "v1.k1.AAAA", "contact": None, "perpetrator_description": None,
                   "place_text": None, "perpetrator_org_text": None}})


def test_a_real_envelope_validates_and_broken_ones_do_not(doc):
    validator = _validator(doc, "ReportReceived")
    good = _received().model_dump(mode="json", exclude_none=True)
    assert not list(validator.iter_errors(good))
    wrong_type = {**good, "type": EventTypes.REPORT_TRIAGED}
    assert list(validator.iter_errors(wrong_type))
    unsealed = {**good, "data": {k: v for k, v in good["data"].items() if k != "sealed"}}
    assert list(validator.iter_errors(unsealed))
    bad_subject = {**good, "subject": "case 12"}
    assert list(validator.iter_errors(bad_subject))


def test_access_event_of_the_conventions_validates(doc):
    event = new_event(type=EventTypes.CASE_CONTENT_READ, source="pseah/portal", subject="PSEAH-7K3F9QX2",
                      actor="fp-1", data={"reference": "PSEAH-7K3F9QX2", "actor": "fp-1", "org_id": "unicef",
                                          "role": "focal_point", "fields": ["narrative"], "via": "portal"})
    assert not list(_validator(doc, "CaseContentRead").iter_errors(event.model_dump(mode="json", exclude_none=True)))
