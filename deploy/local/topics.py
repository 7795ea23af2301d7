"""Create the suite's Kafka topics and their dead-letter topics; existing topics are left alone.

usage: .venv/bin/python deploy/local/topics.py [--bootstrap HOST:PORT] [--partitions N]
Env: PSEAH_KAFKA_BOOTSTRAP (127.0.0.1:9092), PSEAH_KAFKA_PARTITIONS (6). Topics: pseah.common.events.Topics.
"""
from __future__ import annotations

import argparse
import os

from pseah.common.kafka import ensure_topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", default=os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092"))
    parser.add_argument("--partitions", type=int, default=int(os.environ.get("PSEAH_KAFKA_PARTITIONS", "6")))
    args = parser.parse_args()
    created = ensure_topics(bootstrap=args.bootstrap, partitions=args.partitions)
    print(f"[topics] {len(created)} created{': ' + ', '.join(created) if created else ''}")  # noqa: T201


if __name__ == "__main__":
    main()
