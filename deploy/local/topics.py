"""Create the suite's Kafka topics and their dead-letter topics; existing topics are left alone.

usage: .venv/bin/python deploy/local/topics.py [--bootstrap HOST:PORT] [--partitions N]
Env: PSEAH_KAFKA_BOOTSTRAP (127.0.0.1:9092), PSEAH_KAFKA_PARTITIONS (6).
The list follows docs/CONVENTIONS.md ("Kafka").
"""

from __future__ import annotations

import argparse
import os
import sys

from kafka import KafkaAdminClient
from kafka.errors import TopicAlreadyExistsError

TOPICS = [
    "pseah.reports.v1",
    "pseah.triage.v1",
    "pseah.cases.v1",
    "pseah.notifications.v1",
    "pseah.access.v1",
]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--bootstrap", default=os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=int(os.environ.get("PSEAH_KAFKA_PARTITIONS", "6")),
    )
    p.add_argument("--replication", type=int, default=1)
    a = p.parse_args()

    wanted = [t for base in TOPICS for t in (base, f"{base}.dlq")]
    admin = KafkaAdminClient(
        bootstrap_servers=a.bootstrap,
        client_id="pseah-topics",
        request_timeout_ms=15000,
    )
    try:
        existing = set(admin.list_topics())
        missing = [t for t in wanted if t not in existing]
        for t in wanted:
            if t in existing:
                print(f"exists  {t}")
        if missing:
            new = {
                t: {"num_partitions": a.partitions, "replication_factor": a.replication}
                for t in missing
            }
            try:
                admin.create_topics(new, timeout_ms=30000, wait_for_metadata=True)
            except TopicAlreadyExistsError:
                pass  # created concurrently by someone else: fine
            for t in missing:
                print(f"created {t} (partitions={a.partitions})")
    finally:
        admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
