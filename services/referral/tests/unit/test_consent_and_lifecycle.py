import pytest
from hypothesis import given, strategies as st

from pseah.referral.cases.policy import Caller, Forbidden, can_answer_referral, referral_scope, scope
from pseah.referral.consent import rules
from pseah.referral.consent.rules import ConsentState, OverrideRefused
from pseah.referral.matching.rules import Need
from pseah.referral.referrals import lifecycle
from pseah.referral.referrals.flows import basis_for


def test_initial_consent_from_the_triaged_block():
    state = rules.from_triaged({"referral": True, "contact": True, "share_with_org": False})
    assert state.purposes == {"referral", "contact"} and state.status == "given"
    assert state.contact_method == "unspecified" and not state.provider_types
    assert rules.allows_referral(state, service_type="legal") and rules.allows_contact(state)
    none = rules.from_triaged({"referral": False, "contact": False})
    assert none.status == "withdrawn" and not rules.allows_referral(none, service_type="medical")
    assert rules.from_triaged(None) == ConsentState()
    limited = rules.from_triaged({"referral": True, "provider_types": ["medical"], "contact": True,
                                  "contact_method": "whatsapp"})
    assert rules.allows_referral(limited, service_type="medical")
    assert not rules.allows_referral(limited, service_type="legal") and limited.contact_method == "whatsapp"


def test_give_and_withdraw():
    state = rules.apply(ConsentState(), action="given", purposes=["referral"], provider_types=["psychosocial"])
    assert rules.allows_referral(state, service_type="psychosocial")
    state = rules.apply(state, action="given", purposes=["contact"], contact_method="sms")
    assert state.purposes == {"referral", "contact"} and state.contact_method == "sms"
    state = rules.apply(state, action="withdrawn", purposes=["contact"])
    assert state.purposes == {"referral"} and state.contact_method == "none"
    assert rules.apply(state, action="withdrawn").status == "withdrawn"
    for bad in ({"action": "maybe"}, {"action": "given", "purposes": ["marketing"]}, {"action": "given"},
                {"action": "given", "purposes": ["contact"], "contact_method": "pigeon"}):
        with pytest.raises(rules.InvalidConsent):
            rules.apply(state, **bad)


@given(purposes=st.lists(st.sampled_from(rules.PURPOSES)), withdraw=st.lists(st.sampled_from(rules.PURPOSES)))
def test_withdrawal_never_leaves_a_withdrawn_purpose(purposes, withdraw):
    state = rules.apply(ConsentState(), action="given", purposes=purposes) if purposes else ConsentState()
    after = rules.apply(state, action="withdrawn", purposes=withdraw)
    assert not after.purposes & set(withdraw) if withdraw else not after.purposes
    assert after.purposes <= state.purposes


def test_override_needs_a_child_a_coordinator_and_a_reason():
    rules.check_override(child_involved=True, roles={"coordinator"}, reason="immediate risk at the shelter")
    for kwargs, code in (({"child_involved": False, "roles": {"coordinator"}, "reason": "x" * 20}, "not_child_case"),
                         ({"child_involved": True, "roles": {"focal_point"}, "reason": "x" * 20}, "not_coordinator"),
                         ({"child_involved": True, "roles": {"coordinator"}, "reason": "  short "}, "reason_required")):
        with pytest.raises(OverrideRefused) as refused:
            rules.check_override(**kwargs)
        assert refused.value.code == code


def test_no_referral_without_consent_except_by_override():
    need = Need("child_protection", "child_involved")
    assert basis_for(need=need, consent=ConsentState(), override_types=set()) is None
    assert basis_for(need=need, consent=ConsentState(), override_types={"child_protection"}) == "override"
    given_ = ConsentState(purposes=frozenset({"referral"}))
    assert basis_for(need=need, consent=given_, override_types=set()) == "consent"
    only_medical = ConsentState(purposes=frozenset({"referral"}), provider_types=frozenset({"medical"}))
    assert basis_for(need=need, consent=only_medical, override_types=set()) is None


def test_lifecycle_transitions():
    lifecycle.check("created", "accepted")
    lifecycle.check("created", "declined", reason="no_capacity")
    lifecycle.check("accepted", "completed")
    lifecycle.check("accepted", "failed", reason="survivor_unreachable")
    for current, wanted in (("created", "completed"), ("declined", "accepted"), ("completed", "failed"),
                            ("accepted", "declined"), ("failed", "created")):
        with pytest.raises(lifecycle.InvalidTransition):
            lifecycle.check(current, wanted, reason="other")
    with pytest.raises(lifecycle.InvalidReason):
        lifecycle.check("created", "declined", reason="the survivor was rude")
    with pytest.raises(lifecycle.InvalidReason):
        lifecycle.check("accepted", "failed")
    assert lifecycle.rerefers(previous="created", wanted="declined")
    assert lifecycle.rerefers(previous="created", wanted="failed")
    assert not lifecycle.rerefers(previous="accepted", wanted="failed")
    assert not lifecycle.rerefers(previous="accepted", wanted="completed")
    assert [s for s in lifecycle.STATUSES if lifecycle.is_final(s)] == ["declined", "completed", "failed"]


def test_referral_and_case_scopes():
    partner = Caller(username="service-account-partner-pmi", org_id="pmi", roles=frozenset({"partner_system"}))
    provider = Caller(username="provider-pulih", org_id="pulih", roles=frozenset({"service_provider"}))
    coordinator = Caller(username="coordinator", org_id="pseah-network", roles=frozenset({"coordinator"}))
    focal = Caller(username="fp-unicef", org_id="unicef", roles=frozenset({"focal_point"}))
    assert referral_scope(partner) == "pmi" and referral_scope(provider) == "pulih"
    assert referral_scope(coordinator) is None
    with pytest.raises(Forbidden):
        referral_scope(focal)
    assert can_answer_referral(partner, provider_org="pmi")
    assert not can_answer_referral(partner, provider_org="unicef")
    assert not can_answer_referral(coordinator, provider_org="pmi")  # sees, but only the provider answers
    assert scope(partner) == "pmi" and scope(focal) == "unicef"
