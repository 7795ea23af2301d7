"""Server-side sessions (database pseah_portal): the browser holds only a signed session id."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import mongoengine


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SessionUser:
    """Who is logged in, from the validated token (never from anything the browser sent)."""

    subject: str
    username: str
    org_id: str | None
    roles: frozenset[str] = field(default_factory=frozenset)
    email: str | None = None

    def has_any(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def to_doc(self) -> dict:
        return {"subject": self.subject, "username": self.username, "org_id": self.org_id,
                "roles": sorted(self.roles), "email": self.email}

    @classmethod
    def from_doc(cls, doc: dict) -> "SessionUser":
        return cls(subject=doc["subject"], username=doc.get("username") or doc["subject"],
                   org_id=doc.get("org_id"), roles=frozenset(doc.get("roles") or ()), email=doc.get("email"))


@dataclass
class SessionRecord:
    sid: str
    created_at: datetime = field(default_factory=_now)
    last_seen: datetime = field(default_factory=_now)
    # While a login is in flight: PKCE verifier, state and nonce, checked once at the callback.
    pending_login: dict = field(default_factory=dict)
    # After login: who, and the tokens used to call the services on their behalf.
    user: dict = field(default_factory=dict)
    access_token: str | None = None
    access_expires_at: datetime | None = None
    refresh_token: str | None = None
    id_token: str | None = None

    @property
    def session_user(self) -> SessionUser | None:
        return SessionUser.from_doc(self.user) if self.user and self.access_token else None


class PortalSession(mongoengine.Document):
    meta = {"collection": "sessions", "indexes": ["last_seen"]}

    sid = mongoengine.StringField(primary_key=True)
    created_at = mongoengine.DateTimeField(default=_now)
    last_seen = mongoengine.DateTimeField(default=_now)
    pending_login = mongoengine.DictField()
    user = mongoengine.DictField()
    access_token = mongoengine.StringField()
    access_expires_at = mongoengine.DateTimeField()
    refresh_token = mongoengine.StringField()
    id_token = mongoengine.StringField()

    FIELDS = ("sid", "created_at", "last_seen", "pending_login", "user", "access_token", "access_expires_at",
              "refresh_token", "id_token")

    def to_record(self) -> SessionRecord:
        return SessionRecord(**{name: getattr(self, name) for name in self.FIELDS})

    @classmethod
    def from_record(cls, record: SessionRecord) -> "PortalSession":
        return cls(**{name: getattr(record, name) for name in cls.FIELDS})
