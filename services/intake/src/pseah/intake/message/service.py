"""Message operations: post (sealed, with its event in the same write) and list (opened for the reader)."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.common.crypto import KeyRing
from pseah.common.events import EventTypes, Topics, new_event
from pseah.intake.message.models import Message

SOURCE = "pseah/intake"
_LIST_LIMIT = 500


def post(*, keyring: KeyRing, reference: str, text: str, language: str | None, author: str = "reporter",
         actor: str = "anonymous-reporter", role: str | None = None) -> Message:
    """A message on the case thread, sealed, with its event owed in the same write.

    A reporter's message publishes reporter.message.posted.v1; a case handler's, handler.message.posted.v1
    with the handler's role (the actor, for the audit trail, is the handler's username).
    """
    now = datetime.now(UTC)
    message = Message(reference=reference, author=author, author_role=role if author == "handler" else None,
                      language=language, sealed_text=keyring.seal(reference, text), created_at=now)
    data = {"reference": reference, "message_id": message.id, "author": author, "language": language,
            "posted_at": now.isoformat(), "sealed": {"text": message.sealed_text}}
    if author == "handler":
        data["role"] = role
    event_type = EventTypes.HANDLER_MESSAGE_POSTED if author == "handler" else EventTypes.REPORTER_MESSAGE_POSTED
    message.add_event(topic=Topics.REPORTS, event=new_event(
        type=event_type, source=SOURCE, subject=reference, actor=actor, data=data))
    message.save(force_insert=True)
    return message


def list_for_case(*, keyring: KeyRing, reference: str) -> list[dict]:
    messages = Message.objects(reference=reference).exclude("pending_events").order_by("created_at").limit(_LIST_LIMIT)
    return [{"id": m.id, "author": m.author, "role": m.author_role, "language": m.language,
             "created_at": m.created_at, "text": keyring.open(reference, m.sealed_text)} for m in messages]
