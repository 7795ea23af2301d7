"""The service map: organisations, their focal-point contacts, and survivor service providers."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

import mongoengine
from pydantic import BaseModel, ConfigDict, Field, field_validator

ORG_TYPES = ("government", "un", "red_cross", "ingo", "ngo", "network")
SERVICE_TYPES = ("psychosocial", "medical", "safety_security", "legal", "shelter", "child_protection")
SERVES = ("women", "men", "girls", "boys")
CONTACT_ROLES = ("focal_point", "coordinator")


def _now():
    return datetime.now(UTC)


class Organization(mongoengine.Document):
    meta = {"collection": "organizations"}
    id = mongoengine.StringField(primary_key=True)
    acronym = mongoengine.StringField(default="")
    name = mongoengine.StringField(required=True)
    type = mongoengine.StringField(required=True)
    domain = mongoengine.StringField(default="")
    updated_at = mongoengine.DateTimeField(default=_now)


class Contact(mongoengine.Document):
    """A work contact who acts on cases (focal point, coordinator); username = the Keycloak username."""

    meta = {"collection": "contacts", "indexes": ["org_id", ("org_id", "role")]}
    username = mongoengine.StringField(primary_key=True)
    email = mongoengine.StringField(required=True)
    role = mongoengine.StringField(required=True, choices=CONTACT_ROLES)
    org_id = mongoengine.StringField(required=True)
    updated_at = mongoengine.DateTimeField(default=_now)


class ContactRole(mongoengine.Document):
    """Who holds a role in an organisation, keyed `<role>|<org_id>`: each case reads its focal point (or the
    coordinator) by `_id` here and then the contact by username, never by a filter on `contacts`. Kept by
    directory.service.upsert_contact; a store from before it is filled once at start (directory.service.backfill)."""

    meta = {"collection": "contact_roles"}
    id = mongoengine.StringField(primary_key=True)
    usernames = mongoengine.ListField(mongoengine.StringField())


class Provider(mongoengine.Document):
    meta = {"collection": "providers", "indexes": ["region", "services"]}
    id = mongoengine.StringField(primary_key=True)
    name = mongoengine.StringField(required=True)
    org_id = mongoengine.StringField(default="")
    region = mongoengine.StringField(required=True)
    services = mongoengine.ListField(mongoengine.StringField())
    languages = mongoengine.ListField(mongoengine.StringField())
    serves = mongoengine.ListField(mongoengine.StringField())
    hours = mongoengine.StringField(default="")
    capacity_per_week = mongoengine.IntField(default=0)
    phone = mongoengine.StringField(default="")
    post_rape_care = mongoengine.BooleanField(default=False)
    national = mongoengine.BooleanField(default=False)
    updated_at = mongoengine.DateTimeField(default=_now)


def _split(value):
    # CSV cells hold lists as "a;b" or "a|b"; JSON already gives lists.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace("|", ";").split(";") if v.strip()]
    return value


def _flag(value):
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("", "0", "false", "no", "n", "tidak"):
            return False
        if lowered in ("1", "true", "yes", "y", "ya"):
            return True
    return value


class OrganizationIn(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")
    acronym: str = ""
    name: str = Field(min_length=1, max_length=200)
    type: Literal["government", "un", "red_cross", "ingo", "ngo", "network"]
    domain: str = Field(default="", pattern=r"^$|^[a-z0-9.-]+\.[a-z]{2,}$")


class ProviderIn(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1, max_length=200)
    org_id: str = ""
    region: str = Field(pattern=r"^\d{2}(\d{2})?$")
    services: list[Literal["psychosocial", "medical", "safety_security", "legal", "shelter", "child_protection"]] = Field(min_length=1)
    languages: list[str] = Field(default_factory=list)
    serves: list[Literal["women", "men", "girls", "boys"]] = Field(default_factory=list)
    hours: str = ""
    capacity_per_week: int = Field(default=0, ge=0)
    phone: str = ""
    post_rape_care: bool = False
    national: bool = False

    _lists = field_validator("services", "languages", "serves", mode="before")(staticmethod(_split))
    _flags = field_validator("post_rape_care", "national", mode="before")(staticmethod(_flag))

    @field_validator("capacity_per_week", mode="before")
    @staticmethod
    def _blank_capacity(value):
        return 0 if value in ("", None) else value
