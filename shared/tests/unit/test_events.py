from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from pseah.common.events import CloudEvent, EventTypes, Topics, new_event


def test_round_trip_keeps_every_attribute_and_non_latin_text():
    event = new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject="PSEAH-ABCD1234",
                      data={"region_code": "3203", "note": "سلام 🙏 ꦗꦮ"}, actor="anonymous-reporter")
    back = CloudEvent.from_bytes(event.to_bytes())
    assert back == event
    assert back.specversion == "1.0"
    assert back.key == b"PSEAH-ABCD1234"


def test_types_are_past_tense_and_versioned():
    for name, value in vars(EventTypes).items():
        if name.isupper():
            assert value.endswith(".v1"), value
            assert value.split(".")[-2].endswith(("ed", "en", "read", "sent")), value


def test_envelope_requires_source_type_subject():
    with pytest.raises(ValidationError):
        CloudEvent(type="x.happened.v1", source="s")  # no subject


def test_time_is_timezone_aware():
    assert new_event(type="a.b.v1", source="s", subject="r").time.tzinfo is not None
    assert new_event(type="a.b.v1", source="s", subject="r").time <= datetime.now(UTC)


def test_dead_letter_topic_beside_each_topic():
    assert Topics.dead_letter(Topics.REPORTS) == "pseah.reports.v1.dlq"
    assert len(set(Topics.all())) == 8


def test_the_streams_to_a_mailbox_have_a_priority_lane_read_first():
    assert Topics.laned() == [Topics.REPORTS, Topics.TRIAGE, Topics.CASES]
    for topic in Topics.laned():
        assert Topics.lanes(topic) == [f"{topic}.priority", topic]
        assert Topics.lane(topic, urgent=True) == Topics.priority(topic) != topic
        assert Topics.lane(topic, urgent=False) == topic
        assert Topics.priority(topic) in Topics.all()
    assert Topics.priority(Topics.NOTIFICATIONS) not in Topics.all()
