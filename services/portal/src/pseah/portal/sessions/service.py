"""Create, find, touch and end sessions. The idle timeout is enforced here (FerretDB has no TTL indexes)."""
from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from itsdangerous import BadSignature, URLSafeSerializer

from pseah.portal.sessions.models import PortalSession, SessionRecord

COOKIE = "pseah_session"
_SALT = "pseah-portal-session"


class SessionStore(Protocol):
    def insert(self, record: SessionRecord) -> None: ...
    def get(self, sid: str) -> SessionRecord | None: ...
    def save(self, record: SessionRecord) -> None: ...
    def delete(self, sid: str) -> None: ...
    def delete_idle(self, before: datetime) -> int: ...


class MongoSessionStore:
    def insert(self, record: SessionRecord) -> None:
        PortalSession.from_record(record).save(force_insert=True)

    def get(self, sid: str) -> SessionRecord | None:
        doc = PortalSession.objects(sid=sid).first()
        return doc.to_record() if doc else None

    def save(self, record: SessionRecord) -> None:
        PortalSession.from_record(record).save()

    def delete(self, sid: str) -> None:
        PortalSession.objects(sid=sid).delete()

    def delete_idle(self, before: datetime) -> int:
        return PortalSession.objects(last_seen__lt=before).delete()


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def sign_sid(*, sid: str, key: str) -> str:
    return URLSafeSerializer(key, salt=_SALT).dumps(sid)


def unsign_sid(*, cookie: str | None, key: str) -> str | None:
    if not cookie:
        return None
    try:
        value = URLSafeSerializer(key, salt=_SALT).loads(cookie)
    except BadSignature:
        return None
    return value if isinstance(value, str) else None


def create(*, store: SessionStore, pending_login: dict | None = None) -> SessionRecord:
    record = SessionRecord(sid=secrets.token_urlsafe(32), pending_login=pending_login or {})
    store.insert(record)
    return record


def get_active(*, store: SessionStore, sid: str | None, idle: timedelta,
               now: datetime | None = None) -> SessionRecord | None:
    """The session if it exists and was used within `idle`; an expired one is deleted on sight."""
    if not sid:
        return None
    record = store.get(sid)
    if record is None:
        return None
    now = now or datetime.now(UTC)
    if now - _utc(record.last_seen) > idle:
        store.delete(sid)
        return None
    # Written at most once a minute: a page view need not always cost a store write.
    if now - _utc(record.last_seen) > timedelta(minutes=1):
        record.last_seen = now
        store.save(record)
    return record


def log_in(*, store: SessionStore, old: SessionRecord, user: dict, tokens: dict,
           now: datetime | None = None) -> SessionRecord:
    """A fresh session id at login (no fixation): the pre-login session is dropped."""
    now = now or datetime.now(UTC)
    record = SessionRecord(sid=secrets.token_urlsafe(32), created_at=now, last_seen=now, user=user)
    apply_tokens(record=record, tokens=tokens, now=now)
    store.insert(record)
    store.delete(old.sid)
    return record


def apply_tokens(*, record: SessionRecord, tokens: dict, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    record.access_token = tokens["access_token"]
    record.access_expires_at = now + timedelta(seconds=int(tokens.get("expires_in", 60)))
    record.refresh_token = tokens.get("refresh_token") or record.refresh_token
    record.id_token = tokens.get("id_token") or record.id_token


def end(*, store: SessionStore, sid: str | None) -> None:
    if sid:
        store.delete(sid)


def purge_idle(*, store: SessionStore, idle: timedelta, now: datetime | None = None) -> int:
    return store.delete_idle((now or datetime.now(UTC)) - idle)


def with_pending_cleared(record: SessionRecord) -> SessionRecord:
    return replace(record, pending_login={})
