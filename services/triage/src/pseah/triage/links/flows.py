"""Linking a triage decision to related ones: register its fingerprint, compare, record the links.

A link is shown on both decisions (`related`) and owes one report.linked.v1 whose subject is the report
received later. The decision being triaged records all its links, and owes all their events (whichever report
is the subject: the event is keyed by its subject when it is published), in ONE conditional update guarded by
`links_done`, so a redelivery records and publishes nothing twice. The other side of each link only shows it:
an idempotent `$set`, up to `SHOWN_PER_DECISION` links, so a report that many others resemble (a message sent
again and again) does not grow without bound; every FerretDB read and scan of it would pay for that.
Nothing here reads or stores text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from pseah.common import outbox
from pseah.common.events import EventTypes, Topics, new_event
from pseah.triage.decisions.models import TriageDecision
from pseah.triage.links import service
from pseah.triage.links.fingerprint import Fingerprint
from pseah.triage.links.similarity import DEFAULT_POLICY, Link, LinkPolicy

SOURCE = "pseah/triage"


def link_event(link: Link):
    ev = link.evidence
    return new_event(
        type=EventTypes.REPORT_LINKED, source=SOURCE, subject=link.newer, actor="pseah-triage",
        # Deterministic: whoever records the pair, and however often, it is the same event.
        id=f"{link.newer}:linked:{link.older}",
        data={"reference": link.newer, "related_reference": link.older, "score": link.score,
              "reasons": list(link.reasons),
              "evidence": {"wording": round(ev.wording, 2), "perpetrator": round(ev.perpetrator, 2),
                           "same_org": ev.same_org, "place": ev.place, "days_apart": round(ev.days_apart, 1)}})


def _outbox_item(link: Link, topic: str) -> dict:
    event = link_event(link)
    return {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}


def _shown(link: Link, *, role: str, now: datetime) -> dict:
    return {"score": link.score, "reasons": list(link.reasons), "role": role, "linked_at": now}


SHOWN_PER_DECISION = 20


def record(*, decision: TriageDecision, links: list[Link], topic: str = Topics.TRIAGE,
           now: datetime | None = None) -> None:
    """Write `links` of `decision` (at most LinkPolicy.max_links) with the events they owe."""
    now = now or datetime.now(UTC)
    me = decision.reference
    decisions = TriageDecision._get_collection()
    own: dict = {"links_done": True, "has_pending": True}
    for link in links:
        other, i_am_newer = (link.older, True) if link.newer == me else (link.newer, False)
        own[f"related.{other}"] = _shown(link, role="older" if i_am_newer else "newer", now=now)
        room = {"$or": [{"related_count": {"$lt": SHOWN_PER_DECISION}}, {"related_count": {"$exists": False}}]}
        decisions.update_one(
            {"_id": other, f"related.{me}": {"$exists": False}, **room},
            {"$set": {f"related.{me}": _shown(link, role="newer" if i_am_newer else "older", now=now)},
             "$inc": {"related_count": 1}})
    owed = [_outbox_item(link, topic) for link in links]
    outbox.owe(TriageDecision, me, len(owed))  # before the write that owes them (pseah.common.outbox)
    update = {"$set": own, "$push": {"pending_events": {"$each": owed}}, "$min": {"pending_since": now},
              # pending_events is also rewritten by the clock checks' versioned saves: `version` tells them.
              "$inc": {"version": 1, "related_count": len(links)}}
    if decisions.update_one({"_id": me, "links_done": {"$ne": True}}, update).modified_count:
        decision.pending_events.extend(owed)  # what flush_document publishes next, without reading it back
        decision.has_pending = True
    else:
        outbox.retract(TriageDecision, me, len(owed))
    decision.links_done = True
    decision.related = {**(decision.related or {}),
                        **{k.split(".", 1)[1]: v for k, v in own.items() if k.startswith("related.")}}


def link_decisions(*, decisions: Sequence[TriageDecision], topic: Callable[[TriageDecision], str],
                   policy: LinkPolicy = DEFAULT_POLICY, now: datetime | None = None) -> dict[str, list[Link]]:
    """Links of saved decisions (one poll's), each recorded with its events in its own outbox (`topic(decision)`:
    its lane). All fingerprints are registered in one command, then their groups read in one. Safe to repeat."""
    links: dict[str, list[Link]] = {decision.reference: [] for decision in decisions}
    todo = [decision for decision in decisions if not decision.links_done and decision.fingerprint]
    if not todo:
        return links
    fingerprints = [Fingerprint.from_document(decision.reference, decision.fingerprint) for decision in todo]
    service.register_all(fingerprints=fingerprints)
    reader = service.GroupReader(fingerprints=fingerprints, policy=policy)
    for decision, fingerprint in zip(todo, fingerprints):
        found = links[decision.reference] = reader.related(fingerprint)
        if found:
            # None: not marked done; a redelivery links again, which is cheap and finds what arrived meanwhile.
            record(decision=decision, links=found, topic=topic(decision), now=now)
    return links
