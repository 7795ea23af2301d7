"""Dead letters on the real Kafka (`pseah ops dead-letters`, `pseah ops replay-dead-letters`): the events parked for one
reason go back to the topic they came from, unchanged, once; the others stay parked until their own reason is
replayed; the listing names positions, types, references and reasons, never the events' data."""
from __future__ import annotations

import pytest
from kafka import KafkaConsumer, TopicPartition
from typer.testing import CliRunner

from pseah.common.events import Topics, new_event
from pseah.common.kafka import dead_letter, ensure_topics, make_producer
from pseah.common.ops import deadletters
from pseah.common.ops.cli import app

pytestmark = pytest.mark.integration
SECRET = "a word of the report that must never be printed"


def _event(reference: str):
    return new_event(type="report.received.v1", source="pseah/test", subject=reference,
                     data={"reference": reference, "sealed": {"narrative": SECRET}})


def _read_all(bootstrap: str, topic: str) -> list:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=3000)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        return list(consumer)
    finally:
        consumer.close()


def test_one_reason_is_replayed_once_and_the_others_stay_parked(settings, unique, monkeypatch):
    topic = f"pseah.test.{unique.lower()}.v1"
    dlq = Topics.dead_letter(topic)
    bootstrap = settings.kafka_bootstrap
    ensure_topics(bootstrap=bootstrap, partitions=2, topics=[topic, dlq])
    producer = make_producer(bootstrap=bootstrap, client_id="pseah-test")
    parked = {"PSEAH-AAAA0001": "KeyError", "PSEAH-AAAA0002": "KeyUnavailable", "PSEAH-AAAA0003": "KeyError"}
    try:
        for reference, reason in parked.items():
            event = _event(reference)
            dead_letter(producer, topic=topic, key=event.key, value=event.to_bytes(), reason=reason)
    finally:
        producer.close()
    monkeypatch.setenv("PSEAH_KAFKA_BOOTSTRAP", bootstrap)
    runner = CliRunner()

    listed = runner.invoke(app, ["dead-letters", dlq])
    assert listed.exit_code == 0, listed.output
    assert "3 dead letters" in listed.output and "PSEAH-AAAA0002" in listed.output
    assert SECRET not in listed.output

    dry = runner.invoke(app, ["replay-dead-letters", dlq, "--reason", "KeyError", "--dry-run"])
    assert dry.exit_code == 0 and "would send 2 events" in dry.output
    assert _read_all(bootstrap, topic) == []  # a dry run sends nothing

    replayed = runner.invoke(app, ["replay-dead-letters", dlq, "--reason", "KeyError"])
    assert replayed.exit_code == 0, replayed.output
    back = _read_all(bootstrap, topic)
    assert sorted(record.key.decode() for record in back) == ["PSEAH-AAAA0001", "PSEAH-AAAA0003"]
    originals = {record.key: record.value for record in _read_all(bootstrap, dlq)}
    assert all(record.value == originals[record.key] for record in back)  # unchanged
    assert all(dict(record.headers) == {deadletters.REPLAYED_HEADER: b"KeyError"} for record in back)

    again = runner.invoke(app, ["replay-dead-letters", dlq, "--reason", "KeyError"])
    assert again.exit_code == 0 and "sent 0 events" in again.output
    assert len(_read_all(bootstrap, topic)) == 2  # nothing sent twice

    listing = deadletters.list_letters(bootstrap=bootstrap, dlq_topic=dlq)
    assert listing.by_reason == {"KeyError": 2, "KeyUnavailable": 1}
    assert listing.pending == {"KeyError": 0, "KeyUnavailable": 1}  # the other reason waits for its own replay

    other = deadletters.replay(bootstrap=bootstrap, dlq_topic=dlq, reason="KeyUnavailable")
    assert [letter.subject for letter in other] == ["PSEAH-AAAA0002"]
    assert len(_read_all(bootstrap, topic)) == 3


def test_bad_arguments_are_refused_before_anything_is_read(settings):
    runner = CliRunner()
    wrong_topic = runner.invoke(app, ["replay-dead-letters", "pseah.reports.v1", "--reason", "KeyError"])
    assert wrong_topic.exit_code == 2 and "is not a dead-letter topic" in wrong_topic.output
    wrong_reason = runner.invoke(app, ["replay-dead-letters", "pseah.reports.v1.dlq", "--reason", "$where"])
    assert wrong_reason.exit_code == 2 and "is not a dead-letter reason" in wrong_reason.output
    missing = runner.invoke(app, ["dead-letters", "pseah.no-such-topic.v1.dlq"])
    assert missing.exit_code == 2 and "no topic" in missing.output
