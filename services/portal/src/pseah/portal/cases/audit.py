"""case.content.read.v1 on pseah.access.v1: published and acknowledged by Kafka before content is shown."""
from __future__ import annotations

import threading
from typing import Protocol

from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.common.kafka import make_producer, publish

SOURCE = "pseah/portal"


class AuditUnavailable(Exception):
    """The read could not be recorded, so the content must not be shown."""


class AccessAuditor(Protocol):
    def record(self, event: CloudEvent) -> None: ...


def content_read_event(*, reference: str, actor: str, org_id: str | None, role: str, fields: list[str]) -> CloudEvent:
    # Field names only: the event must stay safe for an auditor to read.
    return new_event(type=EventTypes.CASE_CONTENT_READ, source=SOURCE, subject=reference, actor=actor,
                     data={"reference": reference, "actor": actor, "org_id": org_id, "role": role,
                           "fields": sorted(fields), "via": "portal"})


class KafkaAccessAuditor:
    def __init__(self, *, bootstrap: str, timeout: float):
        self._bootstrap = bootstrap
        self._timeout = timeout
        self._producer = None
        self._lock = threading.Lock()

    def _get_producer(self):
        with self._lock:
            if self._producer is None:
                self._producer = make_producer(bootstrap=self._bootstrap, client_id="pseah-portal")
            return self._producer

    def record(self, event: CloudEvent) -> None:
        try:
            publish(self._get_producer(), topic=Topics.ACCESS, event=event, timeout=self._timeout)
        except Exception as exc:  # noqa: BLE001 - any failure means "not recorded"
            raise AuditUnavailable(type(exc).__name__) from None

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(5)
