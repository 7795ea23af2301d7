"""Message operations: post (sealed, with its event in the same write) and list (opened for the reader)."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.common.crypto import KeyRing
from pseah.common.events import EventTypes, Topics, new_event
from pseah.intake.message.models import Message

SOURCE = "pseah/intake"
_LIST_LIMIT = 500


def post(*, keyring: KeyRing, reference: str, text: str, language: str | None, author: str = "reporter",
         actor: str = "anonymous-reporter") -> Message:
    now = datetime.now(UTC)
    message = Message(reference=reference, author=author, language=language,
                      sealed_text=keyring.seal(reference, text), created_at=now)
    message.add_event(topic=Topics.REPORTS, event=new_event(
        type=EventTypes.REPORTER_MESSAGE_POSTED, source=SOURCE, subject=reference, actor=actor,
        data={"reference": reference, "message_id": message.id, "author": author, "language": language,
              "posted_at": now.isoformat(), "sealed": {"text": message.sealed_text}}))
    message.save(force_insert=True)
    return message


def list_for_case(*, keyring: KeyRing, reference: str) -> list[dict]:
    messages = Message.objects(reference=reference).exclude("pending_events").order_by("created_at").limit(_LIST_LIMIT)
    return [{"id": m.id, "author": m.author, "language": m.language, "created_at": m.created_at,
             "text": keyring.open(reference, m.sealed_text)} for m in messages]
