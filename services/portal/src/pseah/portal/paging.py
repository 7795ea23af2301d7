"""Cursor paging and filters for the staff lists (cases, coordinator board, triage queue, referrals).

The services page by opaque cursor (`next_page_token`); the portal carries the current cursor as `after` and the
cursors of the pages before it as `back` (joined by "~", which base64url never holds), so "previous" needs no
backward read. Filter values are checked against the codes each list knows: anything else is dropped, never sent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import urlencode

T = TypeVar("T")
PAGE_SIZE = 50
FIRST = "0"  # the first page's place in `back` (a cursor is never "0")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,400}$")
_MAX_BACK = 40  # pages remembered for "previous"; deeper, "previous" goes to the first page

# name -> allowed codes (None: a region code or its prefix, digits)
CASE_FILTERS = {"status": ("assigned", "acknowledged"), "priority": ("critical", "high", "medium", "low"),
                "region": None, "deadline_state": ("overdue", "due_soon", "on_time", "none")}
QUEUE_FILTERS = {k: v for k, v in CASE_FILTERS.items() if k != "status"}
REFERRAL_FILTERS = {"status": ("open", "created", "accepted", "declined", "completed", "failed"),
                    "service_type": ("psychosocial", "medical", "safety_security", "legal", "shelter",
                                     "child_protection")}


@dataclass
class Page(Generic[T]):
    items: list[T]
    next_token: str = ""
    total: int = 0


@dataclass
class Pager:
    after: str = ""
    back: list[str] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    choices: dict[str, tuple[str, ...] | None] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query, allowed: dict[str, tuple[str, ...] | None]) -> Pager:
        after = query.get("after", "")
        back = [t for t in query.get("back", "").split("~") if t == FIRST or _TOKEN.match(t)][-_MAX_BACK:]
        filters = {}
        for name, codes in allowed.items():
            value = (query.get(name) or "").strip()
            if value and (value in codes if codes is not None else re.fullmatch(r"[0-9]{2,10}", value)):
                filters[name] = value
        return cls(after=after if _TOKEN.match(after or "") else "", back=back, filters=filters, choices=allowed)

    def _url(self, path: str, **params: str) -> str:
        query = {**self.filters, **{k: v for k, v in params.items() if v}}
        return f"{path}?{urlencode(query)}" if query else path

    def next_url(self, path: str, next_token: str) -> str:
        if not next_token:
            return ""
        return self._url(path, after=next_token, back="~".join([*self.back, self.after or FIRST]))

    def prev_url(self, path: str) -> str:
        if not self.after:
            return ""
        before = self.back[-1] if self.back else FIRST
        return self._url(path, after="" if before == FIRST else before, back="~".join(self.back[:-1]))

    def first_url(self, path: str) -> str:
        return self._url(path) if self.after else ""

    def context(self, path: str, page: Page) -> dict:
        """What _pager.html and _filters.html read."""
        return {"pager": {"next": self.next_url(path, page.next_token), "prev": self.prev_url(path),
                          "first": self.first_url(path), "total": page.total, "shown": len(page.items),
                          "filters": self.filters, "choices": self.choices, "path": path}}
