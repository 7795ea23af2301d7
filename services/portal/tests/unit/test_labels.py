"""Labels, not codes: every portal template, rendered in Bahasa Indonesia and English with realistic context holding
every enumerated value, shows no raw code in its visible text; dates are the region's local time with UTC beside it.

Visible text is what a person reads: text nodes (not tags, not attribute values). Codes may stay in URLs, form
values and attributes (a `title` naming an event type for auditors, `value="high"` in a select).
"""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from importlib.resources import files
from itertools import cycle, islice

import pytest

from pseah.common import organizations
from pseah.common.events import EventTypes
from pseah.portal import i18n, labels, navigation
from pseah.portal.paging import CASE_FILTERS, QUEUE_FILTERS, REFERRAL_FILTERS, Page, Pager
from pseah.portal.auditlog.models import ChainVerdict, EntryView
from pseah.portal.cases.flows import BoardRow, CasePage
from pseah.portal.cases.models import CLOSED, CLOSING_OUTCOMES, INVESTIGATION_STEPS, CaseView, Deadline
from pseah.portal.directory.models import SERVICE_TYPES, ProviderView, service_map
from pseah.portal.referrals.models import DECLINE_REASONS, FAIL_REASONS, OUTCOMES, ReferralView
from pseah.portal.reports.forms import AGE_GROUPS, GENDERS, LANGUAGES, OTHER_ORG, REPORTER_ROLES, ReportForm
from pseah.portal.sessions.models import SessionUser
from pseah.portal.triage import forms as triage_forms
from pseah.portal.web import make_templates

TEMPLATES = sorted(p.name for p in files("pseah.portal").joinpath("templates").iterdir() if p.name.endswith(".html"))
FAMILIES = labels.LABELS
NOW = datetime(2025, 3, 4, 17, 30, tzinfo=UTC)  # 00:30 the next day in WIB: local and UTC dates differ
# One area code per time zone (Cianjur, Denpasar, Jayapura) and none (Jakarta time).
REGIONS = ("3203", "5171", "9171", None)


def values_of(family: str) -> list[str]:
    return list(FAMILIES[family])


def spread(family: str, n: int) -> list[str]:
    """n values cycling through the family, so n renders (or n list items) show every value."""
    return list(islice(cycle(values_of(family)), n))


# ------------------------------------------------------------------------------------------- visible text


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return "\n".join(parser.parts)


def _word(code: str) -> re.Pattern:
    # A code as a whole token: not part of a longer word, identifier, URL path or dotted name.
    return re.compile(r"(?<![\w./-])" + re.escape(code) + r"(?![\w/-]|\.\w)")


ALL_CODES = sorted({code for family in FAMILIES.values() for code in family})


def _static_words(lang: str) -> str:
    texts = [entry.get(lang, "") for entry in i18n.MESSAGES.values()]
    texts += [entry.get(lang, "") for family in FAMILIES.values() for entry in family.values()]
    return "\n".join(texts)


def checked_codes(lang: str) -> list[str]:
    """The codes that must not appear in `lang`'s visible text.

    A one-word code that is also a word of that language's own page texts or labels ("other" in "with other
    changes", "completed" in "Service completed") cannot be told apart from the prose, so it is checked only in
    the other language; every code with `_` or `.` (most of them) is checked in both.
    """
    prose = _static_words(lang)
    return [code for code in ALL_CODES if not ("_" not in code and "." not in code and _word(code).search(prose))]


# Organisation names are data, not codes ("PSEAH Network Indonesia (coordinator)" is a name); they are taken out
# of the text before the check so that the words in them stay checked everywhere else.
ORG_NAMES = sorted({o.get("name") or "" for o in organizations.load()} - {""}, key=len, reverse=True)


def raw_codes(html: str, lang: str) -> list[str]:
    text = visible_text(html)
    for name in ORG_NAMES:
        text = text.replace(name, " ")
    return [code for code in checked_codes(lang) if _word(code).search(text)]


# ------------------------------------------------------------------------------------------- contexts

ENV = make_templates()
USER = SessionUser(subject="s-1", username="fp-unicef", org_id="unicef",
                   roles=frozenset({"focal_point", "coordinator", "triage_officer", "service_provider", "auditor"}))


def base(lang: str) -> dict:
    return {"request_path": "/cases", "lang": lang, "other_lang": "en" if lang == "id" else "id",
            "t": lambda key: i18n.translate(key, lang), "csrf_field": "csrf_token", "csrf_token": "tok",
            "user": USER, "menu": navigation.menu(USER),
            "quick_exit_url": "https://www.google.com/"}


def deadlines(n: int) -> tuple[Deadline, ...]:
    return tuple(Deadline(kind=k, due_at=NOW + timedelta(hours=i - 2))
                 for i, k in enumerate(spread("deadline", n)))


def case_views(n: int) -> list[CaseView]:
    cats, prios, queues = spread("category", n), spread("priority", n), spread("queue", n)
    statuses, invs, chans = spread("case_status", n), spread("investigation", n), spread("channel", n)
    perps = spread("perpetrator_type", n)
    return [CaseView(reference=f"PSEAH-TEST{i:04d}", org_id="unicef", queue=queues[i], priority=prios[i],
                     category=cats[i], flags=("child_involved",) if i % 2 else ("urgent_medical",),
                     deadlines=deadlines(3), channel=chans[i], region_code=REGIONS[i % len(REGIONS)] or "",
                     status=statuses[i], assignee="fp-unicef", created_at=NOW, route=queues[i],
                     perpetrator_type=perps[i], investigation_status=invs[i], owner_org="unicef")
            for i in range(n)]


N = max(len(f) for f in FAMILIES.values())


def case_contexts() -> list[dict]:
    out = []
    for case in case_views(N):
        page = CasePage(case=case, content={"narrative": "Seorang relawan meminta imbalan.", "place_text": "Posko 3",
                                            "perpetrator_description": "rompi biru", "reasons": ["kata 'imbalan'"]})
        out.append({"page": page, "case": case, "acked": True, "notice": "case_inv_updated", "alert": None,
                    "thread": [{"id": "m1", "author": "reporter", "text": "tolong",
                                "created_at": "2025-03-04T17:30:00Z"},
                               {"id": "m2", "author": "handler", "role": "focal_point", "text": "Kami bantu",
                                "created_at": NOW}],
                    "thread_error": None, "steps": INVESTIGATION_STEPS, "outcomes": CLOSING_OUTCOMES,
                    "max_reply": 5000})
    return out


def triage_item(i: int) -> dict:
    return {"reference": f"PSEAH-TRI{i:05d}", "received_at": "2025-03-04T17:30:00Z",
            "category": spread("category", N)[i], "perpetrator_type": spread("perpetrator_type", N)[i],
            "child_involved": bool(i % 2), "urgent_medical": False, "priority": spread("priority", N)[i],
            "org_id": "unicef" if i % 2 else None, "route": spread("queue", N)[i], "confidence": 0.8,
            "channel": spread("channel", N)[i], "region_code": REGIONS[i % len(REGIONS)],
            "next_deadline": {"kind": spread("deadline", N)[i], "due_at": "2025-03-05T01:00:00Z"},
            "related": [{"reference": "PSEAH-REL00001", "score": 0.64}]}


def triage_decisions() -> list[dict]:
    out = []
    for i in range(N):
        item = triage_item(i)
        values = {k: item[k] for k in ("category", "perpetrator_type", "child_involved", "urgent_medical",
                                       "priority", "org_id", "route")}
        confirmed = i % 2 == 1
        other = (i + 1) % N
        changes = {"category": {"from": spread("category", N)[other], "to": values["category"]},
                   "perpetrator_type": {"from": spread("perpetrator_type", N)[other], "to": values["perpetrator_type"]},
                   "priority": {"from": spread("priority", N)[other], "to": values["priority"]},
                   "route": {"from": spread("queue", N)[other], "to": values["route"]},
                   "child_involved": {"from": False, "to": True}, "urgent_medical": {"from": True, "to": False},
                   "org_id": {"from": None, "to": "unicef"}}
        out.append({"decision": {
            "reference": item["reference"], "status": "confirmed" if confirmed else "awaiting_confirmation",
            "received_at": "2025-03-04T17:30:00Z", "triaged_at": "2025-03-04T17:30:01Z", "channel": item["channel"],
            "region_code": item["region_code"], "automatic": {**values, "confidence": 0.7},
            "reasons": ["exploitation: \"imbalan\" (something in exchange)"], "decision": values,
            "confirmation": {"actor": "triage-officer", "at": "2025-03-04T18:00:00Z", "changes": changes,
                             "reason": "dikonfirmasi"} if confirmed else None,
            "deadlines": [{"kind": k, "due_at": "2025-03-05T01:00:00Z", "completed_at": None,
                           "breached_at": "2025-03-05T01:00:01Z" if j == 0 else None}
                          for j, k in enumerate(values_of("deadline"))],
            "related": [{"reference": "PSEAH-REL00001", "score": 0.64, "reasons": ["same organisation"],
                         "reported": "earlier"}]},
            "choices": triage_forms.CHOICES, "orgs": triage_forms.org_choices(), "error": "triage_err_invalid",
            "reason_max": 2000})
    return out


def referrals(n: int) -> list[ReferralView]:
    statuses, services = spread("referral_status", n), spread("service", n)
    reasons = spread("referral_reason", n)
    return [ReferralView(id=f"0000000{i}-aaaa-bbbb-cccc-dddddddddddd", reference=f"PSEAH-REF{i:05d}",
                         service_type=services[i], provider_id="cjr-uptd-ppa", provider_org="kemenpppa",
                         status=statuses[i], consent_override=i == 0,
                         decline_reason=reasons[i] if statuses[i] == "declined" else "",
                         outcome_reason=reasons[i] if statuses[i] != "declined" else "",
                         created_at=NOW, updated_at=NOW, respond_by=NOW + timedelta(hours=4)) for i in range(n)]


def providers() -> list[ProviderView]:
    langs = values_of("language")
    return [ProviderView(id=f"p{i}", name=f"Layanan demo {i}", org_id="kemenpppa", region=REGIONS[i % 4] or "31",
                         services=(service,), languages=tuple(langs), serves=tuple(values_of("serves")),
                         hours="24/7", phone="+62 21 000", post_rape_care=i == 0, national=i == 1)
            for i, service in enumerate(values_of("service"))]


def audit_entries() -> list[EntryView]:
    actors = spread("actor", N * 2)
    return [EntryView(seq=i + 1, time="2025-03-04T17:30:00+00:00", type=t, subject="PSEAH-AUD00001",
                      source="pseah/referral", actor=actors[i], hash="ab" * 32)
            for i, t in enumerate(values_of("event_type"))] + [
        EntryView(seq=99, time="2025-03-04T17:30:00Z", type="report.received.v1", subject="", source=a,
                  actor=None, hash="cd" * 32) for a in values_of("actor") if "/" in a]


def paged(path: str, allowed: dict, **filters: str) -> dict:
    """A list's pager and filters, mid-list (first, previous and next links), with filters chosen."""
    pager = Pager.from_query({"after": "b2Zmc2V0", "back": "0", **filters}, allowed)
    return {**pager.context(path, Page(items=[1], next_token="bmV4dA", total=1234)),
            "filter_families": {"status": "referral_status" if path == "/referrals" else "case_status",
                                "priority": "priority", "deadline_state": "deadline_state",
                                "service_type": "service"}}


def contexts(template: str) -> list[dict]:
    """Realistic contexts for one template; together they hold every value of every family it shows."""
    if template in ("_filters.html", "_pager.html"):
        return [paged("/cases", CASE_FILTERS, status="assigned", priority="high", region="32",
                      deadline_state="overdue"),
                paged("/referrals", REFERRAL_FILTERS, status="open", service_type="medical")]
    if template == "case.html":
        return case_contexts()
    if template == "cases.html":
        return [{"cases": case_views(N), **paged("/cases", CASE_FILTERS, deadline_state="due_soon")},
                {"cases": [], "error": "cases_unavailable"}]
    if template == "coordinator.html":
        rows = [BoardRow(case=c, overdue_kinds=tuple(values_of("deadline")) if i % 2 else ())
                for i, c in enumerate(case_views(N))]
        return [{"rows": rows, "groups": service_map(providers()), "errors": [], "escalations": 3,
                 **paged("/coordinator", CASE_FILTERS, priority="critical")},
                {"rows": [], "groups": [], "errors": ["cases_unavailable", "directory_unavailable"], "escalations": 0}]
    if template == "triage.html":
        return [{"items": [triage_item(i) for i in range(N)], "total": N, "confirmed": "PSEAH-TRI00001",
                 **paged("/triage", QUEUE_FILTERS, deadline_state="none")}]
    if template == "triage_decision.html":
        return triage_decisions()
    if template == "referrals.html":
        all_ = referrals(N)
        return [{"open": [r for r in all_ if r.is_open], "done": [r for r in all_ if not r.is_open],
                 "names": {"cjr-uptd-ppa": "UPTD PPA Kabupaten Cianjur (demo)"}, "error": None,
                 "done_status": status, "decline_reasons": DECLINE_REASONS, "fail_reasons": FAIL_REASONS,
                 **paged("/referrals", REFERRAL_FILTERS, status="completed")}
                for status in ("accepted", "declined", "completed", "failed")]
    if template == "audit.html":
        return [{"ref": "PSEAH-AUD00001", "entries": audit_entries(), "error": None,
                 "verdict": ChainVerdict(intact=True, entries=120, head_seq=120, head_hash="ef" * 32)},
                {"ref": "", "entries": audit_entries(), "error": None,
                 "verdict": ChainVerdict(intact=False, entries=7, bad_seq=7,
                                         reason="hash mismatch: the entry's content was changed")}]
    if template == "dashboard.html":
        from pseah.portal.api.dashboard import CHARTS, chart

        from .dashboard_fakes import fake_table

        return [{"start": "2026-10", "end": "2026-12", "province": province, "error": None,
                 "provinces": sorted(labels.PROVINCES.items()),
                 # The chart texts are made in the route, in the page's language; contexts take no language,
                 # so they are made in Bahasa Indonesia (test_dashboard reads the English page).
                 "charts": [chart(fake_table(name, province), name=name, title_key=key, how=how, lang="id",
                                  province=province) for name, key, how in CHARTS]}
                for province in (None, "32")] + [
                {"start": "", "end": "", "province": "", "charts": [], "error": "dash_unavailable", "provinces": []}]
    if template == "receipt_status.html":
        statuses = values_of("reporter_status")
        history = [{"status": s, "at": NOW + timedelta(minutes=i)} for i, s in enumerate(statuses)]
        return [{"case": {"reference": "PSEAH-RCP00001", "status": s, "received_at": "2025-03-04T17:30:00Z",
                          "updated_at": "2025-03-04T17:30:00Z", "history": history[:i + 1],
                          "outcome": outcome if s == "closed" else None},
                 "receipt": "SECRET", "notice": "receipt_sent",
                 "messages": [{"id": "m1", "author": "handler", "text": "Terima kasih",
                               "created_at": "2025-03-04T17:30:00Z"}]}
                for i, s in enumerate(statuses) for outcome in (*values_of("reporter_outcome"), None)]
    if template == "home.html":
        form = ReportForm()
        return [{"form": form, "error": "err_intake", "organisations": [("unicef", "UNICEF")],
                 "other_org": OTHER_ORG, "roles": REPORTER_ROLES, "age_groups": AGE_GROUPS, "genders": GENDERS,
                 "languages": LANGUAGES}]
    if template == "report_done.html":
        return [{"reference": "PSEAH-7K3F9QX2", "receipt": "ABCD-EFGH-JKMN"}]
    if template in ("receipt.html", "logout.html"):
        return [{"error": "receipt_not_found"}, {}]
    if template == "error.html":
        return [{"message": "not_found_title"}]
    return [{}]  # base.html, login_error.html, _csrf.html


def render(template: str, lang: str, context: dict) -> str:
    return ENV.get_template(template).render({**base(lang), **context})


# ------------------------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_no_raw_code_in_any_page(template, lang):
    leaks = {}
    for context in contexts(template):
        html = render(template, lang, context)
        for code in raw_codes(html, lang):
            leaks.setdefault(code, visible_text(html).count(code))
    assert not leaks, f"{template} ({lang}) shows codes instead of labels: {sorted(leaks)}"


def test_every_template_is_covered():
    # A new template must get a context here, or the test above would pass it without showing anything.
    special = {"base.html", "login_error.html", "_csrf.html"}
    for template in TEMPLATES:
        assert template in special or contexts(template) != [{}], template


@pytest.mark.parametrize("family,template", [
    ("category", "cases.html"), ("priority", "cases.html"), ("case_status", "cases.html"),
    ("investigation", "case.html"), ("queue", "case.html"), ("channel", "case.html"), ("deadline", "case.html"),
    ("perpetrator_type", "triage.html"), ("triage_status", "triage_decision.html"),
    ("triage_field", "triage_decision.html"), ("referral_status", "referrals.html"),
    ("referral_reason", "referrals.html"), ("service", "coordinator.html"), ("language", "coordinator.html"),
    ("serves", "coordinator.html"), ("event_type", "audit.html"), ("actor", "audit.html"),
    ("reporter_status", "receipt_status.html"), ("reporter_outcome", "receipt_status.html"),
    ("reporter_role", "home.html"), ("age_group", "home.html"), ("gender", "home.html"),
])
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_contexts_hold_every_value_and_the_page_shows_its_label(family, template, lang):
    # Without this the no-code test could pass on pages that never showed the values at all.
    text = "\n".join(visible_text(render(template, lang, c)) for c in contexts(template))
    missing = [code for code, entry in FAMILIES[family].items() if entry[lang] not in text]
    assert not missing, f"{template} ({lang}) never shows the {family} label of {missing}"


def test_the_detector_finds_a_raw_code():
    # The check itself: a code in text is found, the same code in an attribute or URL is not.
    leaked = ENV.from_string('<p title="sexual_exploitation"><a href="/x?c=high">{{ v }}</a></p>').render(
        v="sexual_exploitation")
    assert raw_codes(leaked, "id") == ["sexual_exploitation"]
    hidden = ENV.from_string('<p title="sexual_exploitation"><a href="/x?c=high">{{ v|label("category") }}</a></p>')
    assert raw_codes(hidden.render(v="sexual_exploitation", lang="id"), "id") == []
    assert raw_codes("<dd>high</dd><dd>report.received.v1</dd>", "id") == ["high", "report.received.v1"]


def test_every_label_has_both_languages_and_differs_from_its_code():
    for family, entries in FAMILIES.items():
        for code, entry in entries.items():
            assert set(entry) == set(i18n.LANGUAGES), (family, code)
            assert all(entry[lang].strip() and entry[lang] != code for lang in i18n.LANGUAGES), (family, code)


def test_the_labels_cover_the_codes_of_the_portal_and_its_services():
    # The families are checked against where each code is defined, so a new code without a label fails here.
    covered = {
        "category": triage_forms.CHOICES["category"], "perpetrator_type": triage_forms.CHOICES["perpetrator_type"],
        "priority": triage_forms.CHOICES["priority"], "queue": triage_forms.CHOICES["route"],
        "investigation": (*INVESTIGATION_STEPS, CLOSED), "reporter_outcome": CLOSING_OUTCOMES,
        "referral_reason": (*DECLINE_REASONS, *FAIL_REASONS), "referral_status": OUTCOMES,
        "service": SERVICE_TYPES, "reporter_role": REPORTER_ROLES, "age_group": AGE_GROUPS, "gender": GENDERS,
        "language": tuple(code for code, _ in LANGUAGES),
        "event_type": tuple(v for k, v in vars(EventTypes).items() if k.isupper()),
    }
    for family, codes in covered.items():
        assert set(codes) <= set(FAMILIES[family]), (family, set(codes) - set(FAMILIES[family]))


def _service_module(name: str):
    # The services' own definitions, where this environment has them installed (the suite's venv has all).
    try:
        return __import__(name, fromlist=["*"])
    except ImportError as exc:
        pytest.skip(f"{name} cannot be imported here: {exc}")


def test_the_labels_cover_intakes_and_referrals_codes():
    import typing

    intake = _service_module("pseah.intake.report.models")
    referral = _service_module("pseah.referral.cases.models")
    assert set(typing.get_args(intake.Status)) == set(FAMILIES["reporter_status"])
    assert set(intake.OUTCOMES) == set(FAMILIES["reporter_outcome"])
    assert set(typing.get_args(intake.Channel)) == set(FAMILIES["channel"])
    assert set(referral.INVESTIGATION_STATUSES) == set(FAMILIES["investigation"])
    assert set(referral.QUEUES) == set(FAMILIES["queue"])
    assert set(referral.STATUSES) == set(FAMILIES["case_status"])


def test_the_labels_cover_triages_deadline_clocks():
    policy = _service_module("pseah.triage.clocks.policy")
    assert {k.value for k in policy.DeadlineKind} == set(FAMILIES["deadline"])


@pytest.mark.parametrize("value,region,expected", [
    (datetime(2025, 3, 4, 17, 30, tzinfo=UTC), "3203", "2025-03-05 00:30 WIB (2025-03-04 17:30 UTC)"),
    ("2025-03-04T01:30:00Z", "51.71", "2025-03-04 09:30 WITA (01:30 UTC)"),
    ("2025-03-04T01:30:00+00:00", "9171", "2025-03-04 10:30 WIT (01:30 UTC)"),
    ("2025-03-04T01:30:00Z", "6371", "2025-03-04 09:30 WITA (01:30 UTC)"),  # South Kalimantan: WITA
    ("2025-03-04T01:30:00Z", "6171", "2025-03-04 08:30 WIB (01:30 UTC)"),  # West Kalimantan: WIB
    ("2025-03-04T01:30:00Z", None, "2025-03-04 08:30 WIB (01:30 UTC)"),  # unknown region: Jakarta time
    ("2025-03-04T01:30:00Z", "99", "2025-03-04 08:30 WIB (01:30 UTC)"),
    (datetime(2025, 3, 4, 1, 30), "3203", "2025-03-04 08:30 WIB (01:30 UTC)"),  # naive from the store is UTC
    (None, "3203", "–"),
])
def test_dates_are_local_to_the_region_with_utc_beside(value, region, expected):
    assert labels.local_time(value, region) == expected


def test_a_date_on_a_page_is_a_time_element_with_the_utc_instant():
    html = ENV.from_string("{{ v|dt('9171') }}").render(v=datetime(2025, 3, 4, 1, 30, tzinfo=UTC))
    assert html == '<time datetime="2025-03-04T01:30:00Z">2025-03-04 10:30 WIT (01:30 UTC)</time>'


def test_every_province_has_a_zone_and_a_name():
    assert len(labels.PROVINCES) == 38  # Indonesia's provinces since 2022
    assert labels.region("32") == "Jawa Barat" and labels.region("32.03") == "Jawa Barat (3203)"
    assert labels.region("") == "–" and labels.region("99") == "99"


def test_organisations_read_as_their_acronym():
    assert labels.organisation("unicef") == "UNICEF"
    assert labels.organisation("not-an-org") == "not-an-org" and labels.organisation(None) == "–"
