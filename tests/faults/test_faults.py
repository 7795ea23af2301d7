"""The short fault run inside `make test`: kill -9 of notification (a service), the store (FerretDB) and Kafka in
turn under a steady load of reports, each restarted; no accepted report lost, no e-mail repeated but where the
notification store records an unsure re-send, no audit gap, intake's 503 with Retry-After while the store is down. `make faults` runs the whole suite of parts (tests/faults/run.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine import SHORT_PARTS, Run, summary  # noqa: E402

pytestmark = [pytest.mark.integration, pytest.mark.faults]


@pytest.mark.timeout(600)
def test_kill_a_service_the_store_and_kafka_under_load_loses_nothing_and_repeats_only_the_unsure():
    verdict = Run(parts=SHORT_PARTS, rate=1.0, warmup=5.0).execute()
    print(summary(verdict))  # the recovery times, in the test's output (-s) and on failure
    # Run.check asserted every accepted report in its mailbox under the e-mail guarantee, complete audit trails and
    # intake's answers; what is left to see is that every part was killed and came back.
    assert set(verdict["parts"]) == set(SHORT_PARTS) and verdict["accepted"] > 0
    assert verdict["retry_after_on_503"] > 0 and verdict["answers"].get("500", 0) == 0
