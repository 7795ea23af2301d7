"""The public report form: what the person typed, turned into intake's POST /v1/reports body."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pseah.common import organizations

REPORTER_ROLES = ("survivor", "witness", "worker", "unknown")
AGE_GROUPS = ("child", "adult", "unknown")
GENDERS = ("female", "male", "other", "unknown")
LANGUAGES = (("id", "Bahasa Indonesia"), ("su", "Basa Sunda"), ("jv", "Basa Jawa"), ("en", "English"))
CONSENTS = ("referral", "contact", "share_with_org")
OTHER_ORG = "_other"

TEXT_FIELDS = ("narrative", "incident_date", "place_text", "region_code", "reporter_role", "survivor_age_group",
               "survivor_gender", "perpetrator_org", "perpetrator_org_text", "perpetrator_description",
               "contact", "language")
# Intake's limits (its ReportCreate schema), checked here too so the person sees the problem beside the field.
MAX_LENGTHS = {"narrative": 20000, "place_text": 1000, "region_code": 13, "perpetrator_org_text": 300,
               "perpetrator_description": 5000, "contact": 1000}
_REGION = re.compile(r"^[0-9.]{2,13}$")


@dataclass
class ReportForm:
    values: dict[str, str] = field(default_factory=dict)
    consent: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(CONSENTS, False))
    errors: dict[str, str] = field(default_factory=dict)  # field -> message key of i18n

    @classmethod
    def from_form(cls, form) -> "ReportForm":
        values = {name: str(form.get(name) or "").strip() for name in TEXT_FIELDS}
        consent = {name: form.get(f"consent_{name}") in ("on", "yes", "true", "1") for name in CONSENTS}
        return cls(values=values, consent=consent)

    def validate(self) -> bool:
        v = self.values
        if not v["narrative"]:
            self.errors["narrative"] = "err_narrative"
        for name, limit in MAX_LENGTHS.items():
            if len(v[name]) > limit:
                self.errors[name] = "err_intake_invalid"
        if v["incident_date"]:
            try:
                if date.fromisoformat(v["incident_date"]) > date.today():
                    self.errors["incident_date"] = "err_intake_invalid"
            except ValueError:
                self.errors["incident_date"] = "err_intake_invalid"
        if v["region_code"] and not _REGION.match(v["region_code"]):
            self.errors["region_code"] = "err_intake_invalid"
        for name, allowed in (("reporter_role", REPORTER_ROLES), ("survivor_age_group", AGE_GROUPS),
                              ("survivor_gender", GENDERS), ("language", tuple(c for c, _ in LANGUAGES))):
            if v[name] and v[name] not in allowed:
                self.errors[name] = "err_intake_invalid"
        if v["perpetrator_org"] and v["perpetrator_org"] != OTHER_ORG and v["perpetrator_org"] not in organizations.by_id():
            self.errors["perpetrator_org"] = "err_intake_invalid"
        return not self.errors

    def to_payload(self, *, page_language: str) -> dict:
        """Intake's body: absent values are left out rather than sent empty."""
        v = self.values
        # No channel: intake's web endpoint sets it; its schema refuses unknown keys.
        payload: dict = {"narrative": v["narrative"], "language": v["language"] or page_language,
                         "consent": dict(self.consent)}
        for name in ("incident_date", "place_text", "region_code", "reporter_role", "survivor_age_group",
                     "survivor_gender", "perpetrator_description", "contact"):
            if v[name]:
                payload[name] = v[name]
        org = v["perpetrator_org"]
        if org and org != OTHER_ORG:
            payload["perpetrator_org"] = org
        elif v["perpetrator_org_text"]:
            # Intake matches an id, acronym or name and keeps anything else as sealed free text.
            payload["perpetrator_org"] = v["perpetrator_org_text"]
        return payload


def organisation_choices() -> list[tuple[str, str]]:
    orgs = sorted(organizations.load(), key=lambda o: o.get("acronym") or o["name"])
    return [(o["id"], f'{o.get("acronym") or o["name"]} – {o["name"]}' if o.get("acronym") != o["name"] else o["name"])
            for o in orgs]
