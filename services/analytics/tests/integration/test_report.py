"""The quarterly PDF holds exactly the API's figures (every number in its text is one the API publishes)."""
from __future__ import annotations

import random
import re
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import httpx
import pypdf
import pytest

from pseah.analytics.report.pdf import SECTIONS, WORDS, count_text, value_text
from pseah.common.events import Topics
from pseah.common.kafka import publish

from .conftest import REPO, wait_for
from .test_counts import _event, _headers, _settled, _triaged

pytestmark = pytest.mark.integration


def test_every_number_in_the_pdf_is_the_apis(analytics_service, producer, mongo_client, tmp_path):
    db = analytics_service.database
    # Years before those of test_counts' months, so no other test's case falls in this quarter.
    year, q = random.randint(1970, 1989), random.randint(1, 4)
    quarter, months = f"{year}Q{q}", [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
    start = datetime(year, 3 * q - 2, 5, 9, tzinfo=UTC)
    channel = "itest_" + secrets.token_hex(4)
    # Six days apart from the 5th of its first month: all fourteen fall inside the quarter.
    events = [_triaged(channel, start + timedelta(days=i * 6), category=("sexual_exploitation", "sexual_abuse")[i % 2])
              for i in range(14)]
    for event in events[:9]:  # some acknowledged, so the times table has figures
        at = event.time + timedelta(hours=2 + len(event.id) % 30)
        events.append(_event("case.acknowledged.v1", event.subject, at, acknowledged_at=at.isoformat()))
    for event in events:
        publish(producer, topic=Topics.TRIAGE if event.type.startswith("report") else Topics.CASES, event=event)
    assert wait_for(lambda: _settled(mongo_client, db, events))

    output = tmp_path / "report.pdf"
    done = subprocess.run([str(REPO / ".venv/bin/pseah"), "analytics", "report", "--quarter", quarter,
                           "--lang", "en", "-o", str(output)], env=analytics_service.env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(output).pages)

    expected = []
    headers = _headers()
    for name, _, title in SECTIONS:
        body = httpx.get(f"http://127.0.0.1:{analytics_service.port}/v1/tables/{name}",
                         params={"from": months[0], "to": months[-1]}, headers=headers, timeout=30).json()
        expected.append(title)
        expected += [f"{value_text(c['value'], 'en')}: {count_text(c['count'], 'en')}" for c in body["cells"]]
        expected.append(f"{WORDS['total'][1]}: {count_text(body['total'], 'en')}")
        for key in ("p50", "p90"):
            if body.get(f"{key}_hours_at_most") is not None:
                expected.append(f"{WORDS[key][1]}: {body[f'{key}_hours_at_most']}")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    figures = lines[lines.index(SECTIONS[0][2]):]
    assert figures == expected
    # The quarter's own figures are there: 14 reports, shown since 14 >= 5.
    assert "Total: 14" in figures
    # And no number under the threshold anywhere in a figure line (bucket edges and "<5" aside).
    for line in figures:
        value = line.rsplit(": ", 1)[-1]
        assert not (value.isdigit() and 0 < int(value) < 5), line
    assert not re.search(r"PSEAH-", text)
