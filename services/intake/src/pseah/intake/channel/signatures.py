"""Webhook signatures, checked before anything in the request is believed."""
from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable


def twilio_signature(*, auth_token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """Twilio's X-Twilio-Signature: base64 HMAC-SHA1 of the URL followed by the sorted form fields."""
    # Sorted by name, and repeated names by value, as Twilio's own validators do.
    payload = url + "".join(f"{k}{v}" for k, v in sorted(set(params)))
    return base64.b64encode(hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1).digest()).decode()


def verify_twilio(*, auth_token: str, url: str, params: Iterable[tuple[str, str]], signature: str | None) -> bool:
    if not signature:
        return False
    return hmac.compare_digest(twilio_signature(auth_token=auth_token, url=url, params=params), signature)


def rapidpro_signature(*, secret: str, body: bytes) -> str:
    """Shared-secret signature of a JSON webhook: hex HMAC-SHA256 of the raw body."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_rapidpro(*, secret: str, body: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    return hmac.compare_digest(rapidpro_signature(secret=secret, body=body), signature.strip().lower())
