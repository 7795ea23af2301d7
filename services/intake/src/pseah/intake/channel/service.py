"""One inbound channel message: de-duplicated, advanced through the conversation, stored sealed."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pseah.common import idempotency
from pseah.intake import codes
from pseah.intake.channel import conversation
from pseah.intake.channel.models import Conversation
from pseah.intake.report import service as reports
from pseah.intake.report.models import Report, ReportCreate
from pseah.intake.runtime import Runtime

_SEALED_ANSWERS = ("narrative", "place_text")


def _load_state(*, runtime: Runtime, doc: Conversation) -> conversation.State:
    answers = {k: runtime.keyring.open(doc.reference, v) for k, v in (doc.sealed or {}).items()} if doc.reference else {}
    return conversation.State(step=doc.step, language=doc.language, answers=answers,
                              consent_referral=doc.consent_referral)


def handle_inbound(*, runtime: Runtime, provider: str, channel: str, sender: str, text: str,
                   message_id: str | None, idle: timedelta = timedelta(hours=24)) -> tuple[str | None, Report | None]:
    """The reply to send back (None for a redelivered message) and the report if this message completed one."""
    if message_id and idempotency.seen(handler=f"intake.{provider}", event_id=message_id):
        return None, None
    now = datetime.now(UTC)
    conv_id = runtime.hasher.digest(f"{channel}:{sender}", purpose="sender")
    doc = Conversation.objects(id=conv_id).first()
    if doc is not None and doc.updated_at.replace(tzinfo=doc.updated_at.tzinfo or UTC) < now - idle:
        _discard(runtime=runtime, doc=doc)
        doc = None
    report = None
    if doc is None:
        turn = conversation.start()
        doc = Conversation(id=conv_id, channel=channel)
    else:
        turn = conversation.advance(_load_state(runtime=runtime, doc=doc), text)

    if turn.cancelled:
        _discard(runtime=runtime, doc=doc)
        reply = turn.reply
    elif turn.complete:
        state = turn.state
        payload = ReportCreate(narrative=state.answers["narrative"], place_text=state.answers.get("place_text"),
                               language=state.language, consent={"referral": state.consent_referral})
        report, receipt = reports.create(keyring=runtime.keyring, hasher=runtime.hasher, directory=runtime.directory,
                                         payload=payload, channel=channel, reference=doc.reference)
        doc.delete()
        reply = conversation.text(state.language, "done", reference=report.reference,
                                  receipt=codes.format_receipt(receipt))
    else:
        state = turn.state
        if state.answers and doc.reference is None:
            doc.reference = reports.claim_reference(keyring=runtime.keyring)
        doc.step, doc.language, doc.consent_referral, doc.updated_at = (
            state.step, state.language, state.consent_referral, now)
        doc.sealed = {k: runtime.keyring.seal(doc.reference, state.answers.get(k))
                      for k in _SEALED_ANSWERS if k in state.answers} if doc.reference else {}
        doc.save()
        reply = turn.reply
    if message_id:
        idempotency.mark_processed(handler=f"intake.{provider}", event_id=message_id)
    return reply, report


def _discard(*, runtime: Runtime, doc: Conversation) -> None:
    # An abandoned or cancelled conversation leaves nothing readable behind: its key is shredded.
    if doc.reference:
        runtime.keyring.shred(doc.reference)
    if doc.pk:
        Conversation.objects(id=doc.pk).delete()
