"""What every servicer does first: the caller from the bearer token, or the call ends."""
from __future__ import annotations

import base64
from collections.abc import Callable

import grpc

from pseah.referral.cases.policy import Caller
from pseah.referral.grpc.auth import TokenRejected, bearer_token


def caller(context, authenticate: Callable[[str], Caller]) -> Caller:
    token = bearer_token(context.invocation_metadata())
    if not token:
        context.abort(grpc.StatusCode.UNAUTHENTICATED, "a bearer token is required in `authorization`")
    try:
        return authenticate(token)
    except TokenRejected as exc:
        if exc.unavailable:
            context.abort(grpc.StatusCode.UNAVAILABLE, "tokens cannot be checked right now; retry")
        context.abort(grpc.StatusCode.UNAUTHENTICATED, f"the token is not valid ({exc.code})")


def page_offset(token: str) -> int:
    try:
        return max(0, int(base64.urlsafe_b64decode(token.encode()).decode())) if token else 0
    except ValueError:
        return 0


def page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()
