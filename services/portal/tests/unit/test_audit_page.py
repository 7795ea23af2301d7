"""The auditor pages: entries by case, actor, event type and time range, 50 a page by cursor; the latest signed
checkpoint and its status; the export download. Metadata only, never content; only the auditor role."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest


def _auditor(env):
    client = env.client()
    env.log_in(client, username="auditor", org_id="pseah-network", roles=("auditor",))
    return client


@pytest.fixture()
def log(env):
    actors = ("pseah/triage", "fp-unicef", "pseah/referral")
    types = ("report.triaged.v1", "case.content.read.v1", "case.assigned.v1")
    env.audit_log.rows = [{"seq": i, "time": f"2026-01-0{1 + i % 9}T10:00:00.000000Z", "type": types[i % 3],
                           "subject": f"PSEAH-AUD{i % 7:05d}", "source": "pseah/x", "actor": actors[i % 3],
                           "hash": f"h{i}", "metadata": {"narrative_words": "never shown"}}
                          for i in range(1, 181)]
    env.audit_log.checkpoint = {"head_seq": 180, "signature_valid": True, "tree_matches": True,
                                "checkpoint": {"tree_size": 175, "root_hash": "ef" * 32,
                                               "time": "2026-01-02T03:04:05.000000Z", "key_id": "0123456789abcdef"}}
    return env.audit_log


def test_entries_of_one_actor_are_paged_50_at_a_time_forward_and_back(env, log):
    client = _auditor(env)
    first = client.get("/audit?actor=fp-unicef&lang=en")
    assert first.status_code == 200
    assert log.entry_calls[-1] == {"search": {"actor": "fp-unicef"}, "after": 0, "limit": 50}
    rows = first.text.count("<tr>") - 1  # the header row
    assert rows == 50
    assert "never shown" not in first.text and "narrative_words" not in first.text
    link = first.text.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    cursor = parse_qs(urlparse(link).query)
    assert cursor["actor"] == ["fp-unicef"] and cursor["after"] == ["148"] and cursor["back"] == ["0"]
    second = client.get(link)
    assert log.entry_calls[-1]["after"] == 148
    assert second.text.count("<tr>") - 1 == 10 and 'rel="next"' not in second.text
    previous = second.text.split('rel="prev"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert "after" not in parse_qs(urlparse(previous).query)


def test_filters_by_case_type_and_days_reach_the_audit_service(env, log):
    client = _auditor(env)
    page = client.get("/audit?ref=pseah-aud00003&type=case.assigned.v1&since=2026-01-02&until=2026-01-05")
    assert page.status_code == 200
    assert log.entry_calls[-1]["search"] == {"subject": "PSEAH-AUD00003", "type": "case.assigned.v1",
                                             "since": "2026-01-02T00:00:00", "until": "2026-01-06T00:00:00"}
    for bad in ("type=DROP%20TABLE", "since=yesterday", "actor=%3Cscript%3E", "until=2026-13-40"):
        refused = client.get(f"/audit?{bad}")
        assert refused.status_code == 422 and "<script>" not in refused.text


def test_the_latest_signed_checkpoint_and_its_status_are_shown(env, log):
    client = _auditor(env)
    page = client.get("/audit?lang=en")
    assert 'id="checkpoint"' in page.text and "ef" * 32 in page.text and "0123456789abcdef" in page.text
    assert "Signature valid and Merkle tree matches" in page.text and "175 / 180" in page.text
    log.checkpoint = {**log.checkpoint, "tree_matches": False}
    assert "does NOT match" in client.get("/audit?lang=en").text
    log.checkpoint = None
    assert "No signed checkpoint yet." in client.get("/audit?lang=en").text


def test_the_export_downloads_the_bundle_of_the_days_chosen(env, log):
    client = _auditor(env)
    page = client.get("/audit?lang=en")
    assert 'action="/audit/export"' in page.text
    bundle = client.get("/audit/export?since=2026-01-01&until=2026-01-31")
    assert bundle.status_code == 200 and bundle.content == b'{"kind":"bundle"}\n'
    assert bundle.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="pseah-audit-bundle-2026-01-01-2026-01-31.jsonl"' in bundle.headers["content-disposition"]
    assert log.entry_calls[-1] == {"export": ("2026-01-01T00:00:00", "2026-02-01T00:00:00")}
    assert client.get("/audit/export?since=soon").status_code == 422
    log.mode = "down"
    assert client.get("/audit/export").status_code == 503


def test_only_auditors_see_the_pages(env, log):
    client = env.client()
    env.log_in(client, username="fp-unicef", org_id="unicef", roles=("focal_point",))
    assert client.get("/audit?actor=fp-unicef").status_code == 403
    assert client.get("/audit/export").status_code == 403
    assert not any("export" in call for call in log.entry_calls)
