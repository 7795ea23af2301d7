"""A fake of the triage service's API for the portal's unit tests (the real one: tests/integration)."""
from __future__ import annotations

from pseah.portal.triage.service import NotAuthenticated, NotPermitted, Refused, TriageNotFound, TriageUnavailable

ROLES = {"triage_officer", "coordinator"}


def decision_values(**overrides) -> dict:
    values = {"category": "sexual_harassment", "perpetrator_type": "aid_worker", "child_involved": False,
              "urgent_medical": False, "ongoing_danger": False, "priority": "medium", "org_id": None,
              "route": "coordinator"}
    values.update(overrides)
    return values


class FakeTriage:
    def __init__(self, tokens: dict):
        self.tokens = tokens            # token -> SessionUser, shared with the test Env
        self.decisions: dict[str, dict] = {}
        self.calls: list[tuple] = []
        self.down = False
        self.refuse_with: tuple[int, str] | None = None

    def add(self, reference: str, *, priority="medium", related=(), **values) -> dict:
        decision = {"reference": reference, "status": "awaiting_confirmation", "received_at": "2025-01-01T00:00:00Z",
                    "triaged_at": "2025-01-01T00:00:01Z", "channel": "sms", "region_code": "3203",
                    "automatic": {**decision_values(priority=priority, **values), "confidence": 0.8},
                    "reasons": ["harassment: \"bersiul\" (whistling, catcalls)"],
                    "decision": decision_values(priority=priority, **values), "confirmation": None,
                    "deadlines": [{"kind": "acknowledgement", "due_at": "2025-01-02T00:00:00Z"}],
                    "related": [{"reference": r, "score": 0.64, "reasons": ["same organisation", "64% similar wording"],
                                 "reported": "earlier"} for r in related]}
        self.decisions[reference] = decision
        return decision

    def _check(self, token: str):
        if self.down:
            raise TriageUnavailable("ConnectError")
        user = self.tokens.get(token)
        if user is None:
            raise NotAuthenticated()
        if not user.has_any(*ROLES):
            raise NotPermitted()

    def queue(self, *, token: str, limit: int = 100, page_token: str = "", filters: dict | None = None) -> dict:
        self._check(token)
        self.calls.append(("queue", token))
        self.queue_requests = [*getattr(self, "queue_requests", []), (page_token, dict(filters or {}))]
        rank = {"critical": 3, "high": 2, "medium": 1, "low": 0}
        waiting = [d for d in self.decisions.values() if d["status"] == "awaiting_confirmation"]
        waiting.sort(key=lambda d: -rank[d["decision"]["priority"]])
        items = [{"reference": d["reference"], "received_at": d["received_at"], **d["decision"],
                  "confidence": 0.8, "channel": d["channel"], "region_code": d["region_code"],
                  "next_deadline": d["deadlines"][0],
                  "related": [{"reference": r["reference"], "score": r["score"]} for r in d["related"]]}
                 for d in waiting]
        if (filters or {}).get("priority"):
            items = [i for i in items if i["priority"] == filters["priority"]]
        start = int(page_token[1:]) if page_token else 0
        more = start + limit < len(items)
        return {"items": items[start:start + limit], "total": len(items), "offset": 0, "limit": limit,
                "next_page_token": f"o{start + limit}" if more else ""}

    def decision(self, *, token: str, reference: str) -> dict:
        self._check(token)
        self.calls.append(("decision", token, reference))
        if reference not in self.decisions:
            raise TriageNotFound()
        return self.decisions[reference]

    def confirm(self, *, token: str, reference: str, changes: dict, reason: str | None) -> dict:
        self._check(token)
        self.calls.append(("confirm", token, reference, changes, reason))
        if reference not in self.decisions:
            raise TriageNotFound()
        if self.refuse_with:
            raise Refused(*self.refuse_with)
        decision = self.decisions[reference]
        decision["status"] = "confirmed"
        decision["decision"].update(changes)
        return {"reference": reference, "created": True, "decision": decision["decision"]}
