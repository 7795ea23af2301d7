"""pseah.common.kafka.dead_letter: the message parked unchanged on its topic's .dlq, its own headers kept."""
from __future__ import annotations

from pseah.common.kafka import DLQ_REASON_HEADER, dead_letter


class _Sent:
    def get(self, timeout):
        return None


class _Producer:
    def __init__(self):
        self.sent = []

    def send(self, topic, *, key, value, headers):
        self.sent.append((topic, key, value, headers))
        return _Sent()


def test_the_reason_is_added_and_the_messages_own_headers_are_kept_an_earlier_reason_replaced():
    producer = _Producer()
    dead_letter(producer, topic="pseah.cases.v1", key=b"PSEAH-1", value=b"{}", reason="payload_breaks_contract",
                headers=[("traceparent", b"00-abc"), (DLQ_REASON_HEADER, b"older")])
    assert producer.sent == [("pseah.cases.v1.dlq", b"PSEAH-1", b"{}",
                              [("traceparent", b"00-abc"), (DLQ_REASON_HEADER, b"payload_breaks_contract")])]


def test_without_headers_only_the_reason_is_sent():
    producer = _Producer()
    dead_letter(producer, topic="pseah.reports.v1", key=None, value=b"x", reason="not_a_cloudevent")
    assert producer.sent == [("pseah.reports.v1.dlq", None, b"x", [(DLQ_REASON_HEADER, b"not_a_cloudevent")])]
