"""Login and logout across the session store, Keycloak and token validation."""
from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from pseah.common.logging import get_logger
from pseah.portal.identity import oidc
from pseah.portal.identity.tokens import InvalidToken
from pseah.portal.sessions import service as sessions
from pseah.portal.sessions.models import SessionRecord, SessionUser

log = get_logger(__name__)
_REFRESH_MARGIN = timedelta(seconds=30)


def start_login(*, portal, next_path: str) -> tuple[SessionRecord, str]:
    pending = oidc.new_pending_login(next_path=next_path)
    record = sessions.create(store=portal.sessions, pending_login=pending.to_doc())
    return record, oidc.authorization_url(settings=portal.settings, pending=pending)


def complete_login(*, portal, session: SessionRecord | None, code: str | None, state: str | None) -> tuple[SessionRecord, str]:
    """Check state, exchange the code with the PKCE verifier, check the ID token's nonce, validate the access token."""
    if session is None or not session.pending_login:
        raise oidc.LoginError("no login in progress for this browser")
    pending = oidc.PendingLogin.from_doc(session.pending_login)
    # One use only: a replayed callback finds nothing pending.
    portal.sessions.save(sessions.with_pending_cleared(session))
    if not state or not secrets.compare_digest(state, pending.state):
        raise oidc.LoginError("state mismatch")
    if not code:
        raise oidc.LoginError("no authorization code")
    tokens = oidc.exchange_code(client=portal.http, settings=portal.settings, code=code, verifier=pending.verifier)
    if "id_token" not in tokens or "access_token" not in tokens:
        raise oidc.LoginError("token response incomplete")
    portal.verify_id_token(id_token=tokens["id_token"], nonce=pending.nonce)
    try:
        user = portal.verify_access_token(tokens["access_token"])
    except InvalidToken as exc:
        raise oidc.LoginError(f"access token rejected: {exc}") from None
    sessions.purge_idle(store=portal.sessions, idle=timedelta(minutes=portal.settings.session_idle_minutes))
    record = sessions.log_in(store=portal.sessions, old=session, user=user.to_doc(), tokens=tokens)
    log.info("login", actor=user.username, org_id=user.org_id, roles=sorted(user.roles))
    return record, pending.next_path


def fresh_access_token(*, portal, session: SessionRecord, now: datetime | None = None) -> tuple[str, SessionUser] | None:
    """The session's access token, refreshed when about to expire; None when the user must log in again."""
    now = now or datetime.now(UTC)
    user = session.session_user
    if user is None or not session.access_token:
        return None
    expires = session.access_expires_at
    if expires is not None and expires.tzinfo is None:
        expires = expires.replace(tzinfo=UTC)
    if expires is not None and expires - _REFRESH_MARGIN > now:
        return session.access_token, user
    if not session.refresh_token:
        return None
    try:
        tokens = oidc.refresh_tokens(client=portal.http, settings=portal.settings, refresh_token=session.refresh_token)
        refreshed = portal.verify_access_token(tokens["access_token"])
    except (oidc.LoginError, InvalidToken, KeyError) as exc:
        log.info("token_refresh_failed", error_type=type(exc).__name__)
        return None
    # Roles or organisation may have changed in Keycloak since login; the new token wins.
    session.user = refreshed.to_doc()
    sessions.apply_tokens(record=session, tokens=tokens, now=now)
    portal.sessions.save(session)
    return session.access_token, refreshed
