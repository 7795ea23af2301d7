"""Synthetic but realistic journeys of reports: the CloudEvents the suite's services publish for each, in time order.

Deterministic for a given (seed, count, end): the same run gives the same cases, labels and times. Nothing here
is survivor content: sealed fields are real AES-GCM tokens (pseah.common.crypto.seal) of a placeholder, under a
key made for the run and thrown away, so they open nowhere.

What is made with the suite's own code, so the shapes cannot drift from it:
- every event by pseah.common.events.new_event, its data checked against pseah.common.payloads by the tests;
- triage's deadlines by pseah.triage.clocks.deadlines_for and its queue and services by pseah.triage.routing.route,
  from a Classification with the drawn labels (the classifier itself is not run: there are no narratives);
- the case.content.read event by the portal's own pseah.portal.cases.audit.content_read_event.

One journey (times after the report is received at t0; every step only when its time is before `end`):
  report.received (intake)  consent.recorded (referral)  report.triaged (triage, t0 + seconds)
  case.assigned (referral)  notification.sent (notification)  [triage.confirmed by the triage officer]
  case.content.read + case.acknowledged (the assignee, hours later; a few never)  notification.sent
  referral.created per service the survivor consented to, then accepted / declined / failed / completed
  case.investigation.updated in_progress, then a finding and closed for part of the older cases
  deadline.breached whenever a clock ran out before its step (as triage's watcher reports it, minutes after)
The mix (provinces, regencies, categories, channels, languages, organisations) is drawn from weights below; a
few provinces and one language are kept rare on purpose, so small-cell suppression shows on the dashboard.
"""
from __future__ import annotations

import json
import math
import os
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib.resources import files

from pseah.common import organizations
from pseah.common.crypto import seal
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.portal.cases.audit import content_read_event
from pseah.triage.classification.model import Category, Classification, PerpetratorType, Priority
from pseah.triage.clocks import deadlines_for
from pseah.triage.routing import OrgMatch, route

INTAKE, TRIAGE, REFERRAL, NOTIFY, PORTAL = ("pseah/intake", "pseah/triage", "pseah/referral", "pseah/notification",
                                            "pseah/portal")
PORTAL_URL = "http://127.0.0.1:8000"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # intake's references (pseah.intake.codes): Crockford base32

# Regencies (Kemendagri codes) by weight: three disaster responses (Cianjur, Palu-Sigi-Donggala, Lombok) carry most
# reports; the last provinces are kept rare, so their province is hidden on the dashboard (merged, "<5").
REGENCIES: tuple[tuple[str, float], ...] = (
    ("32.03", 22.0), ("32.04", 4.0), ("32.01", 3.0), ("32.05", 2.5),      # Jawa Barat: Cianjur, Bandung, Bogor, Garut
    ("72.71", 9.0), ("72.05", 5.0), ("72.10", 5.5),                      # Sulawesi Tengah: Palu, Donggala, Sigi
    ("52.01", 6.0), ("52.08", 5.0), ("52.02", 2.0),                      # NTB: Lombok Barat, Utara, Tengah
    ("35.08", 4.0), ("35.78", 2.5),                                      # Jawa Timur: Lumajang, Surabaya
    ("31.71", 3.0), ("31.75", 2.0),                                      # DKI Jakarta
    ("11.08", 2.5), ("11.71", 1.5),                                      # Aceh: Aceh Besar, Banda Aceh
    ("76.04", 3.0), ("76.01", 1.5),                                      # Sulawesi Barat: Mamuju, Majene
    ("53.71", 1.5), ("36.01", 1.5), ("33.74", 1.0), ("34.02", 0.8),      # NTT, Banten, Jawa Tengah, DIY
)
RARE_REGENCIES: tuple[tuple[str, int], ...] = (("82.71", 3), ("75.71", 2), ("94.01", 1))  # exact counts
NO_REGION_SHARE = 0.03
# Language by province (survivors write in their own); a handful in another language.
LANGUAGES = {"32": (("id", 0.55), ("su", 0.42), ("en", 0.03)), "35": (("id", 0.55), ("jv", 0.45)),
             "33": (("id", 0.5), ("jv", 0.5)), "34": (("id", 0.5), ("jv", 0.5))}
DEFAULT_LANGUAGES = (("id", 0.97), ("en", 0.03))
OTHER_LANGUAGE_REPORTS = 3
CHANNELS = (("web", 0.38), ("whatsapp", 0.31), ("hotline", 0.16), ("sms", 0.10), ("partner_api", 0.05))
CATEGORIES = (("sexual_exploitation", 0.30), ("sexual_harassment", 0.29), ("sexual_abuse", 0.19),
              ("other_misconduct", 0.14), ("not_misconduct", 0.08))
PERPETRATORS = (("aid_worker", 0.58), ("community_member", 0.26), ("unknown", 0.16))
# Organisations named as employers, by weight (the big responders more often); ids from pseah.common's list.
EMPLOYERS = (("bnpb", 6), ("kemensos", 5), ("pmi", 8), ("unicef", 5), ("wfp", 5), ("iom", 4), ("unhcr", 2),
             ("unfpa", 2), ("save-the-children", 4), ("wvi", 5), ("care", 3), ("oxfam", 3), ("plan", 3),
             ("islamic-relief", 2), ("dompet-dhuafa", 4), ("rumah-zakat", 3), ("mdmc", 3), ("lpbi-nu", 2),
             ("yeu", 2), ("human-initiative", 2), ("ifrc", 2), ("bpbd-dki", 1), ("crs", 1), ("adra", 1))
ORG_IDENTIFIED = 0.82
REFERRAL_CONSENT = 0.74
CONFIRMED_SHARE = 0.42
OVERRIDDEN_SHARE = 0.22
NEVER_ACKNOWLEDGED = 0.05


@dataclass(frozen=True)
class Emitted:
    """One event as a service publishes it: the topic (lane) and the CloudEvent."""

    topic: str
    event: CloudEvent


@dataclass
class Journey:
    reference: str
    events: list[Emitted] = field(default_factory=list)


def _pick(rng: random.Random, weighted) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _hours(rng: random.Random, median: float, sigma: float = 0.9) -> timedelta:
    """A log-normal delay: most steps near the median, a long tail of slow ones."""
    return timedelta(hours=median * math.exp(rng.gauss(0.0, sigma)))


def _directory() -> list[dict]:
    raw = files("pseah.referral").joinpath("data/service-directory.json").read_text()
    return json.loads(raw)["providers"]


class Generator:
    def __init__(self, *, count: int, end: datetime, days: int = 90, seed: int = 2026) -> None:
        self.count, self.end, self.days = count, end.astimezone(UTC), days
        self.rng = random.Random(seed)
        self._key = os.urandom(32)  # seals placeholders only; never written anywhere
        self._orgs = organizations.by_id()
        unknown = [org for org, _ in EMPLOYERS if org not in self._orgs]
        if unknown:
            raise ValueError(f"employers not in the organisations list: {unknown}")
        self._providers = _directory()
        self._seen: set[str] = set()

    # ------------------------------------------------------------------------------------------- helpers
    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _reference(self) -> str:
        while True:
            reference = "PSEAH-" + "".join(self.rng.choice(ALPHABET) for _ in range(8))
            if reference not in self._seen:
                self._seen.add(reference)
                return reference

    def _event(self, journey: Journey, *, at: datetime, topic: str, type: str, source: str, actor: str,
               data: dict, id: str | None = None) -> None:
        if at > self.end:
            return
        event = new_event(type=type, source=source, subject=journey.reference, actor=actor, data=data,
                          id=id or self._id())
        journey.events.append(Emitted(topic, event.model_copy(update={"time": at})))

    def _sealed(self, reference: str, *names: str) -> dict:
        return {name: seal(self._key, "synthetic placeholder, not a report", context=reference) for name in names}

    def _received_at(self) -> datetime:
        """Reports arrive more often after the responses began: a quarter uniform, the rest skewed late."""
        span = self.days * 86400
        u = self.rng.random()
        offset = u * span if self.rng.random() < 0.25 else span * (1 - (1 - u) ** 1.6)
        # Fewer reports at night (WIB): a second draw for a night hour keeps some of them.
        at = self.end - timedelta(seconds=span) + timedelta(seconds=offset)
        if (at.hour + 7) % 24 < 6 and self.rng.random() < 0.6:
            at += timedelta(hours=8)
        return min(at, self.end - timedelta(minutes=5))

    def _provider(self, service: str, region: str | None) -> tuple[str, str | None]:
        offering = [p for p in self._providers if service in p["services"]]
        local = [p for p in offering if region and region.replace(".", "").startswith(p["region"])]
        if local:
            chosen = self.rng.choice(local)
            return chosen["id"], chosen["org_id"]
        # Outside the demo directory's areas: a provider of that area, named by regency and service.
        area = (region or "00").replace(".", "")[:4]
        return f"prov-{area}-{service.replace('_', '-')}", None

    # ------------------------------------------------------------------------------------------- journeys
    def journeys(self) -> Iterator[Journey]:
        regions: list[str | None] = [code for code, n in RARE_REGENCIES for _ in range(n)]
        regular = self.count - len(regions)
        for _ in range(regular):
            if self.rng.random() < NO_REGION_SHARE:
                regions.append(None)
            else:
                regions.append(_pick(self.rng, REGENCIES))
        self.rng.shuffle(regions)
        other_language = set(self.rng.sample(range(self.count), OTHER_LANGUAGE_REPORTS))
        for index, region in enumerate(regions):
            yield self._journey(region=region, other_language=index in other_language)

    def _journey(self, *, region: str | None, other_language: bool) -> Journey:
        rng = self.rng
        journey = Journey(reference=self._reference())
        ref = journey.reference
        t0 = self._received_at()
        province = (region or "")[:2]
        # Intake takes id, en, su, jv or "other" (pseah.intake.report.models.Language).
        language = "other" if other_language else _pick(rng, LANGUAGES.get(province, DEFAULT_LANGUAGES))
        channel = _pick(rng, CHANNELS)
        category = Category(_pick(rng, CATEGORIES))
        perpetrator = PerpetratorType(_pick(rng, PERPETRATORS))
        child = rng.random() < (0.22 if category.is_sexual else 0.06)
        urgent_medical = category is Category.SEXUAL_ABUSE and rng.random() < 0.3
        priority = self._priority(category, child=child, urgent_medical=urgent_medical)
        consent = {"referral": rng.random() < REFERRAL_CONSENT, "contact": rng.random() < 0.6,
                   "share_with_org": rng.random() < 0.5}
        employer = _pick(rng, EMPLOYERS) if perpetrator is PerpetratorType.AID_WORKER else None
        match = (OrgMatch(org_id=employer, name=self._orgs[employer]["name"], cue=employer, source="field",
                          reason="named in the report") if employer and rng.random() < ORG_IDENTIFIED else None)
        automatic = Classification(category=category, perpetrator_type=perpetrator, child_involved=child,
                                   urgent_medical=urgent_medical, priority=priority,
                                   confidence=round(rng.uniform(0.55, 0.97), 2))
        chosen = route(classification=automatic, org_match=match)
        age_group = "child" if child else _pick(rng, (("adult", 0.9), ("unknown", 0.1)))
        urgent_lane = priority is Priority.CRITICAL

        # Intake: the report and the reporter's consent.
        self._event(journey, at=t0, topic=Topics.lane(Topics.REPORTS, urgent=urgent_lane),
                    type=EventTypes.REPORT_RECEIVED, source=INTAKE,
                    actor=f"partner:{rng.choice(('pmi', 'unicef'))}" if channel == "partner_api"
                    else "anonymous-reporter",
                    data={"reference": ref, "channel": channel, "received_at": t0.isoformat(), "language": language,
                          "reporter_role": _pick(rng, (("survivor", 0.62), ("witness", 0.25), ("worker", 0.08),
                                                       ("unknown", 0.05))),
                          "incident_date": (t0 - timedelta(days=rng.randrange(0, 20))).date().isoformat(),
                          "region_code": region, "survivor_age_group": age_group,
                          "survivor_gender": _pick(rng, (("female", 0.86), ("male", 0.1), ("unknown", 0.04))),
                          "perpetrator_org": employer if match else None, "consent": consent,
                          "sealed": {**self._sealed(ref, "narrative"), "contact": None,
                                     "perpetrator_description": None, "place_text": None,
                                     "perpetrator_org_text": None}})
        self._event(journey, at=t0 + timedelta(seconds=1), topic=Topics.CASES, type=EventTypes.CONSENT_RECORDED,
                    source=REFERRAL, actor="reporter",
                    data={"reference": ref, "action": "given", "status": "given",
                          "purposes": [p for p, on in consent.items() if on], "provider_types": [],
                          "contact_method": "unspecified" if consent["contact"] else "none", "channel": channel,
                          "recorded_at": (t0 + timedelta(seconds=1)).isoformat()})

        # Triage: the automatic decision with its clocks, then the case in its queue.
        triaged_at = t0 + timedelta(seconds=rng.uniform(2, 40))
        clocks = deadlines_for(classification=automatic, received_at=t0)
        triaged_id = self._id()
        self._event(journey, at=triaged_at, topic=Topics.lane(Topics.TRIAGE, urgent=urgent_lane),
                    type=EventTypes.REPORT_TRIAGED, source=TRIAGE, actor="pseah-triage", id=triaged_id,
                    data={"reference": ref, "channel": channel, "region_code": region,
                          **{k: v for k, v in automatic.to_dict().items() if k != "reasons"},
                          "org_id": chosen.org_id, "route": chosen.queue.value,
                          "survivor_services": chosen.survivor_services, "services": list(chosen.services),
                          "consent": consent, "language": language, "survivor_gender": None,
                          "survivor_age_group": age_group,
                          "deadlines": [{"kind": d.kind, "due_at": d.due_at.isoformat()} for d in clocks],
                          "sealed": self._sealed(ref, "reasons")})
        assignee = self._assignee(chosen.queue.value, chosen.org_id)
        assigned_at = triaged_at + timedelta(seconds=rng.uniform(0.5, 8))
        assigned_id = self._id()
        self._event(journey, at=assigned_at, topic=Topics.lane(Topics.CASES, urgent=urgent_lane),
                    type=EventTypes.CASE_ASSIGNED, source=REFERRAL, actor="referral", id=assigned_id,
                    data={"reference": ref, "org_id": chosen.org_id, "queue": chosen.queue.value,
                          "priority": priority.value, "assignee": assignee,
                          "portal_url": f"{PORTAL_URL}/cases/{ref}"})
        self._notify(journey, at=assigned_at + timedelta(seconds=rng.uniform(1, 30)), template="case_assigned",
                     role=assignee["role"], org=chosen.org_id, cause=assigned_id)

        # The triage officer confirms part of the decisions, sometimes changing category or priority.
        final = automatic
        confirmed_at = None
        if rng.random() < CONFIRMED_SHARE:
            confirmed_at = triaged_at + _hours(rng, 1.5, 1.0)
            final, changed, previous = self._review(automatic)
            clocks = deadlines_for(classification=final, received_at=t0)
            again = route(classification=final, org_match=match)
            self._event(journey, at=confirmed_at, topic=Topics.lane(Topics.TRIAGE, urgent=urgent_lane),
                        type=EventTypes.TRIAGE_CONFIRMED, source=TRIAGE, actor="triage-officer",
                        data={"reference": ref, "confirmed_at": confirmed_at.isoformat(), "role": "triage_officer",
                              "overridden": bool(changed), "changed": changed, "previous": previous,
                              "category": final.category.value, "perpetrator_type": final.perpetrator_type.value,
                              "child_involved": final.child_involved, "urgent_medical": final.urgent_medical,
                              "priority": final.priority.value, "org_id": chosen.org_id,
                              "route": again.queue.value, "survivor_services": again.survivor_services,
                              "services": list(again.services),
                              "deadlines": [{"kind": d.kind, "due_at": d.due_at.isoformat()} for d in clocks],
                              "sealed": self._sealed(ref, "reason") if changed else {"reason": None}})
            chosen = again
        due = {d.kind: d.due_at for d in clocks}
        done: dict[str, datetime | None] = {}

        # The assignee reads the case and acknowledges it (critical ones faster; a few never).
        acknowledged_at = None
        if rng.random() > NEVER_ACKNOWLEDGED:
            median = 1.6 if final.priority is Priority.CRITICAL else 9.0
            acknowledged_at = assigned_at + _hours(rng, median, 1.0)
            read = content_read_event(reference=ref, actor=assignee["username"], org_id=chosen.org_id,
                                      role=assignee["role"], fields=["narrative", "contact"])
            self._event(journey, at=acknowledged_at - timedelta(seconds=rng.uniform(20, 600)), topic=Topics.ACCESS,
                        type=read.type, source=PORTAL, actor=read.actor, data=read.data)
            self._event(journey, at=acknowledged_at, topic=Topics.lane(Topics.CASES, urgent=urgent_lane),
                        type=EventTypes.CASE_ACKNOWLEDGED, source=REFERRAL, actor=assignee["username"],
                        data={"reference": ref, "org_id": chosen.org_id, "owner_org": chosen.org_id,
                              "acknowledged_at": acknowledged_at.isoformat()})
            done["acknowledgement"] = acknowledged_at

        # Referrals to the services the survivor consented to.
        offered = list(chosen.services) if consent["referral"] and chosen.survivor_services else []
        if offered and acknowledged_at is not None:
            wanted = rng.sample(offered, k=min(len(offered), rng.choice((1, 1, 2, 2, 3))))
            median = 1.2 if final.urgent_medical else 7.0
            first = triaged_at + _hours(rng, median, 0.9)
            done["referral_offered"] = first
            for n, service in enumerate(wanted):
                self._referral(journey, service=service, at=first + timedelta(minutes=3 * n), region=region,
                               urgent_lane=urgent_lane)

        # The investigation: under way after the acknowledgement, a finding and closing for part of the cases.
        if acknowledged_at is not None and rng.random() < 0.78:
            owner = chosen.org_id
            started = acknowledged_at + _hours(rng, 30, 0.8)
            self._investigation(journey, at=started, owner=owner, status="in_progress", previous="not_started",
                                urgent_lane=urgent_lane)
            if rng.random() < 0.62:
                median = 24 * (4 if final.category is Category.NOT_MISCONDUCT else 19)
                closed = triaged_at + _hours(rng, median, 0.6)
                if closed > started:
                    outcome = None if final.category is Category.NOT_MISCONDUCT else _pick(
                        rng, (("substantiated", 0.42), ("unsubstantiated", 0.43), ("referred_to_authorities", 0.15)))
                    if outcome:
                        self._investigation(journey, at=closed - timedelta(hours=2), owner=owner, status=outcome,
                                            previous="in_progress", urgent_lane=urgent_lane)
                    self._investigation(journey, at=closed, owner=owner, status="closed",
                                        previous=outcome or "in_progress", outcome=outcome, urgent_lane=urgent_lane)

        # Triage's watcher: every clock that ran out before its step (investigation decisions are not completed by
        # any event in the suite today, so triage reports them too once 7 days passed).
        for kind, at in due.items():
            completed = done.get(kind)
            if completed is None or completed > at:
                seen = max(at, confirmed_at or at) + timedelta(seconds=rng.uniform(5, 65))
                if completed is not None and seen > completed:
                    continue  # the step came before the watcher's next pass
                self._event(journey, at=seen, topic=Topics.lane(Topics.TRIAGE, urgent=urgent_lane),
                            type=EventTypes.DEADLINE_BREACHED, source=TRIAGE, actor="pseah-triage",
                            id=f"{ref}:{kind}:breached",
                            data={"reference": ref, "kind": kind, "due_at": at.isoformat(),
                                  "priority": final.priority.value, "org_id": chosen.org_id,
                                  "route": chosen.queue.value})
        journey.events.sort(key=lambda e: e.event.time)
        return journey

    @staticmethod
    def _priority(category: Category, *, child: bool, urgent_medical: bool) -> Priority:
        if urgent_medical or (child and category in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION)):
            return Priority.CRITICAL
        if category in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION) or child:
            return Priority.HIGH
        if category is Category.SEXUAL_HARASSMENT:
            return Priority.MEDIUM
        return Priority.LOW

    def _review(self, automatic: Classification) -> tuple[Classification, list[str], dict]:
        if self.rng.random() >= OVERRIDDEN_SHARE:
            return automatic, [], {}
        # The most common corrections: harassment that is exploitation, misconduct that is none, and the reverse.
        swaps = {Category.SEXUAL_HARASSMENT: Category.SEXUAL_EXPLOITATION,
                 Category.SEXUAL_EXPLOITATION: Category.SEXUAL_ABUSE,
                 Category.OTHER_MISCONDUCT: Category.SEXUAL_HARASSMENT,
                 Category.NOT_MISCONDUCT: Category.OTHER_MISCONDUCT,
                 Category.SEXUAL_ABUSE: Category.SEXUAL_EXPLOITATION}
        category = swaps[automatic.category]
        priority = self._priority(category, child=automatic.child_involved, urgent_medical=automatic.urgent_medical)
        changed = ["category"] + (["priority"] if priority is not automatic.priority else [])
        previous = {"category": automatic.category.value, "priority": automatic.priority.value}
        final = Classification(category=category, perpetrator_type=automatic.perpetrator_type,
                               child_involved=automatic.child_involved, urgent_medical=automatic.urgent_medical,
                               priority=priority, confidence=automatic.confidence)
        return final, changed, {k: previous[k] for k in changed}

    def _assignee(self, queue: str, org_id: str | None) -> dict:
        if queue == "focal_point" and org_id:
            return {"username": f"fp-{org_id}", "email": f"pseah@{self._orgs[org_id].get('domain', 'example')}",
                    "role": "focal_point"}
        # GBV cases and unknown employers: the coordinator holds them (pseah.referral.cases.assignment.choose).
        return {"username": "coordinator", "email": "coordinator@pseah-network.example", "role": "coordinator"}

    def _notify(self, journey: Journey, *, at: datetime, template: str, role: str, org: str | None,
                cause: str) -> None:
        self._event(journey, at=at, topic=Topics.NOTIFICATIONS, type=EventTypes.NOTIFICATION_SENT, source=NOTIFY,
                    actor="notification",
                    data={"reference": journey.reference, "notification_id": self._id(), "channel": "email",
                          "template": template, "recipient_role": role, "recipient_org": org,
                          "cause_event_id": cause})

    def _referral(self, journey: Journey, *, service: str, at: datetime, region: str | None,
                  urgent_lane: bool, previous: str | None = None, rank: int = 1) -> None:
        rng = self.rng
        provider, provider_org = self._provider(service, region)
        referral_id = self._id()
        topic = Topics.lane(Topics.CASES, urgent=urgent_lane)
        base = {"reference": journey.reference, "referral_id": referral_id, "provider_id": provider,
                "provider_org": provider_org, "service_type": service, "rank": rank,
                "previous_referral_id": previous}
        created_id = self._id()
        self._event(journey, at=at, topic=topic, type=EventTypes.REFERRAL_CREATED, source=REFERRAL,
                    actor="referral", id=created_id,
                    data={**base, "status": "created", "respond_by": (at + timedelta(hours=48)).isoformat()})
        self._notify(journey, at=at + timedelta(seconds=rng.uniform(1, 20)), template="referral_created",
                     role="service_provider", org=provider_org, cause=created_id)
        answered = at + _hours(rng, 10, 0.9)
        outcome = _pick(rng, (("accepted", 0.72), ("declined", 0.13), ("failed", 0.06), ("pending", 0.09)))
        if outcome == "pending":
            return
        if outcome == "failed":
            self._event(journey, at=at + timedelta(hours=48, minutes=rng.uniform(1, 10)), topic=topic,
                        type=EventTypes.REFERRAL_FAILED, source=REFERRAL, actor="referral",
                        data={**base, "status": "failed", "reason": "no_response"})
            return
        actor = f"provider-{provider.split('-')[0]}"
        if outcome == "declined":
            self._event(journey, at=answered, topic=topic, type=EventTypes.REFERRAL_DECLINED, source=REFERRAL,
                        actor=actor, data={**base, "status": "declined",
                                           "reason": _pick(rng, (("no_capacity", 0.5), ("out_of_area", 0.3),
                                                                 ("service_unavailable", 0.2)))})
            if rank == 1 and rng.random() < 0.6:
                self._referral(journey, service=service, at=answered + timedelta(minutes=rng.uniform(2, 90)),
                               region=region, urgent_lane=urgent_lane, previous=referral_id, rank=2)
            return
        self._event(journey, at=answered, topic=topic, type=EventTypes.REFERRAL_ACCEPTED, source=REFERRAL,
                    actor=actor, data={**base, "status": "accepted"})
        if rng.random() < 0.45:
            self._event(journey, at=answered + _hours(rng, 24 * 9, 0.6), topic=topic,
                        type=EventTypes.REFERRAL_COMPLETED, source=REFERRAL, actor=actor,
                        data={**base, "status": "completed"})

    def _investigation(self, journey: Journey, *, at: datetime, owner: str | None, status: str, previous: str,
                       urgent_lane: bool, outcome: str | None = None) -> None:
        self._event(journey, at=at, topic=Topics.lane(Topics.CASES, urgent=urgent_lane),
                    type=EventTypes.CASE_INVESTIGATION_UPDATED, source=REFERRAL,
                    actor=f"fp-{owner}" if owner else "coordinator",
                    data={"reference": journey.reference, "owner_org": owner, "status": status,
                          "previous_status": previous, "outcome": outcome, "reported_at": at.isoformat()})


def stream(journeys: list[Journey]) -> list[Emitted]:
    """Every event of every journey in the order they happened (what the topics carried, interleaved)."""
    events = [e for j in journeys for e in j.events]
    events.sort(key=lambda e: (e.event.time, e.event.id))
    return events
