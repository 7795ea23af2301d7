"""The organisations of the PSEAH network (from the workshop's terms of reference), shipped as data.

Several services need the list (triage finds the employer, referral's directory, analytics groups by type,
the portal offers a choice); the referral directory stays the place where it is managed.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def load(path: str | None = None) -> tuple[dict, ...]:
    raw = Path(path).read_text() if path else files("pseah.common").joinpath("data/organizations.json").read_text()
    return tuple(json.loads(raw)["organizations"])


def by_id(path: str | None = None) -> dict[str, dict]:
    return {org["id"]: org for org in load(path)}
