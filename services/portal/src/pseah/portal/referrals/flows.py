"""A provider's referrals: the work list and the answers (accept, decline with a reason, complete or fail)."""
from __future__ import annotations

from pseah.portal.referrals.models import DECLINE_REASONS, FAIL_REASONS, OUTCOMES, ReferralView, provider_order
from pseah.portal.referrals.service import AnswerRefused, ReferralGateway, ReferralNotFound
from pseah.portal.paging import Page
from pseah.portal.sessions.models import SessionUser

ACTIONS = ("accept", "decline", "complete")


def in_scope(*, user: SessionUser, referral: ReferralView) -> bool:
    # The referral service scopes already; checked again so a bug there cannot show another organisation's referral.
    return bool(user.org_id) and referral.provider_org == user.org_id


def work_list(*, gateway: ReferralGateway, token: str, user: SessionUser, page_token: str = "",
              filters: dict[str, str] | None = None) -> tuple[list[ReferralView], list[ReferralView], Page]:
    """(to act on, done, the page) of one page of the user's organisation's referrals, most recently changed first."""
    page = gateway.page_referrals(token=token, page_token=page_token, filters=filters)
    mine = [r for r in page.items if in_scope(user=user, referral=r)]
    open_, done = provider_order(mine)
    return open_, done, page


def check_answer(*, action: str, reason: str, outcome: str) -> None:
    """Refuse an answer the referral service would refuse, before asking it (AnswerRefused)."""
    if action == "decline" and reason not in DECLINE_REASONS:
        raise AnswerRefused("decline_reason")
    if action == "complete":
        if outcome not in OUTCOMES:
            raise AnswerRefused("outcome")
        if outcome == "failed" and reason not in FAIL_REASONS:
            raise AnswerRefused("failure_reason")


def answer(*, gateway: ReferralGateway, token: str, user: SessionUser, referral_id: str, action: str,
           reason: str = "", outcome: str = "") -> ReferralView:
    """Accept, decline or complete one of the user's organisation's referrals.

    Raises ReferralNotFound (unknown or not this organisation's), AnswerRefused, AlreadyAnswered, or the gateway's
    NotAuthenticated / NotPermitted / ReferralsUnavailable."""
    if action not in ACTIONS:
        raise ReferralNotFound(referral_id)
    check_answer(action=action, reason=reason, outcome=outcome)
    # Scope first, so the portal never answers a referral it would not show.
    if not any(r.id == referral_id for r in gateway.list_referrals(token=token) if in_scope(user=user, referral=r)):
        raise ReferralNotFound(referral_id)
    if action == "accept":
        return gateway.accept(token=token, referral_id=referral_id)
    if action == "decline":
        return gateway.decline(token=token, referral_id=referral_id, reason=reason)
    return gateway.complete(token=token, referral_id=referral_id, outcome=outcome,
                            reason=reason if outcome == "failed" else "")
