"""One inbound channel message: de-duplicated, advanced through the conversation, stored sealed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pseah.common import idempotency
from pseah.intake import codes
from pseah.intake.attachment import service as attachments
from pseah.intake.channel import conversation
from pseah.intake.channel.models import Conversation
from pseah.intake.report import service as reports
from pseah.intake.report.models import Report, ReportCreate
from pseah.intake.bootstrap import Runtime

_SEALED_ANSWERS = ("narrative", "place_text")


@dataclass
class Outcome:
    """What one inbound message led to.

    reply: the text to send back (None for a redelivered message, and for a media message, whose reply
    depends on whether the media could be stored: see media_reference).
    report: the report this message completed, if any.
    media_reference: for a media message, the case its files are to be attached to (claimed when the
    conversation had none yet); state: the conversation after the message (language and open question).
    """

    reply: str | None
    report: Report | None = None
    media_reference: str | None = None
    state: conversation.State | None = None


def _load_state(*, runtime: Runtime, doc: Conversation) -> conversation.State:
    answers = {k: runtime.keyring.open(doc.reference, v) for k, v in (doc.sealed or {}).items()} if doc.reference else {}
    return conversation.State(step=doc.step, language=doc.language, answers=answers,
                              consent_referral=doc.consent_referral)


def _save(*, runtime: Runtime, doc: Conversation, state: conversation.State, now: datetime) -> None:
    doc.step, doc.language, doc.consent_referral, doc.updated_at = (
        state.step, state.language, state.consent_referral, now)
    doc.sealed = {k: runtime.keyring.seal(doc.reference, state.answers.get(k))
                  for k in _SEALED_ANSWERS if k in state.answers} if doc.reference else {}
    doc.save()


def handle_inbound(*, runtime: Runtime, provider: str, channel: str, sender: str, text: str,
                   message_id: str | None, has_media: bool = False,
                   idle: timedelta = timedelta(hours=24)) -> Outcome:
    if message_id and idempotency.seen(handler=f"intake.{provider}", event_id=message_id):
        return Outcome(reply=None)
    now = datetime.now(UTC)
    conv_id = runtime.hasher.digest(f"{channel}:{sender}", purpose="sender")
    doc = Conversation.objects(id=conv_id).first()
    if doc is not None and doc.updated_at.replace(tzinfo=doc.updated_at.tzinfo or UTC) < now - idle:
        _discard(runtime=runtime, doc=doc)
        doc = None

    if has_media:
        outcome = _media_message(runtime=runtime, doc=doc, conv_id=conv_id, channel=channel, now=now)
    else:
        outcome = _text_message(runtime=runtime, doc=doc, conv_id=conv_id, channel=channel, text=text, now=now)
    if message_id:
        idempotency.mark_processed(handler=f"intake.{provider}", event_id=message_id)
    return outcome


def _media_message(*, runtime: Runtime, doc: Conversation | None, conv_id: str, channel: str,
                   now: datetime) -> Outcome:
    # The conversation stays where it is (a caption is not taken as an answer); what it needs is a case
    # to hold the files, claimed now with its key if no answer has claimed one yet.
    if doc is None:
        doc, state = Conversation(id=conv_id, channel=channel), conversation.start().state
    else:
        state = _load_state(runtime=runtime, doc=doc)
    if doc.reference is None:
        doc.reference = reports.claim_reference(keyring=runtime.keyring)
    _save(runtime=runtime, doc=doc, state=state, now=now)
    return Outcome(reply=None, media_reference=doc.reference, state=state)


def _text_message(*, runtime: Runtime, doc: Conversation | None, conv_id: str, channel: str, text: str,
                  now: datetime) -> Outcome:
    if doc is None:
        turn = conversation.start()
        doc = Conversation(id=conv_id, channel=channel)
    else:
        turn = conversation.advance(_load_state(runtime=runtime, doc=doc), text)

    if turn.cancelled:
        _discard(runtime=runtime, doc=doc)
        return Outcome(reply=turn.reply, state=turn.state)
    state = turn.state
    if turn.complete:
        payload = ReportCreate(narrative=state.answers["narrative"], place_text=state.answers.get("place_text"),
                               language=state.language, consent={"referral": state.consent_referral})
        report, receipt = reports.create(keyring=runtime.keyring, hasher=runtime.hasher, directory=runtime.directory,
                                         payload=payload, channel=channel, reference=doc.reference)
        doc.delete()
        reply = conversation.text(state.language, "done", reference=report.reference,
                                  receipt=codes.format_receipt(receipt))
        return Outcome(reply=reply, report=report, state=state)
    if state.answers and doc.reference is None:
        doc.reference = reports.claim_reference(keyring=runtime.keyring)
    _save(runtime=runtime, doc=doc, state=state, now=now)
    return Outcome(reply=turn.reply, state=state)


def _discard(*, runtime: Runtime, doc: Conversation) -> None:
    # An abandoned or cancelled conversation leaves nothing readable behind: its key is shredded, and the
    # files sent on the way (sealed under that key) are deleted too.
    if doc.reference:
        runtime.keyring.shred(doc.reference)
        attachments.discard(reference=doc.reference)
    if doc.pk:
        Conversation.objects(id=doc.pk).delete()
