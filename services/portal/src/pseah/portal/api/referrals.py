"""GET /referrals: a service provider's referrals to accept, decline and complete.

The referral service has no provider API yet (proto/ holds only CaseService and DirectoryService); the
page is in place behind its role and says so.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.web import render

router = APIRouter(prefix="/referrals", tags=["referrals"])
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/referrals"))]


@router.get("")
def referrals(request: Request, caller: Caller):
    return render(request, "referrals.html", {"referrals": [], "error": "referrals_not_served"})
