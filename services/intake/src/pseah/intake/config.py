"""The one Settings class of the intake service (env prefix PSEAH_INTAKE_)."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from pseah.common.settings import CommonSettings, repo_root


class IntakeSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_INTAKE_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8001
    mongo_db: str = "pseah_intake"
    keys_db: str = "pseah_keys"
    # Short: a request waiting on a dead store should get its 503 quickly, not after the default 30 s.
    mongo_timeout_ms: int = 2000
    # Group-commit rounds of new reports written at the same time (pseah.intake.batching.GroupWriter).
    writer_rounds: int = 1
    receipt_key_file: Path = repo_root() / "var/secrets/receipt.key"
    organizations_file: Path | None = None  # None: the list shipped with pseah.common
    max_body_bytes: int = 64 * 1024
    # Attachments: one file per request, raw body; images bigger than this in pixels are refused (bombs).
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_attachments_per_case: int = 20
    max_image_pixels: int = 40_000_000
    # Failed receipt lookups: an allowance per window for everyone together (no per-person state) and
    # back-off per receipt prefix, shared by all replicas through the store.
    lookup_window_seconds: int = 60
    lookup_failures_per_window: int = 120
    lookup_prefix_chars: int = 4
    lookup_prefix_free_failures: int = 3
    lookup_prefix_max_lock_seconds: int = 900
    relay_interval_seconds: float = 1.0
    # Full scans for owed events are costly on FerretDB; in between the relay retries only what failed here.
    relay_full_scan_seconds: float = 30.0
    # Publish a new report's event right after answering (fast); False leaves it all to the relay.
    publish_after_request: bool = True
    consume_status_events: bool = True
    # The coordinator's policy: whether a reporter's receipt shows how a closed investigation ended
    # (substantiated, unsubstantiated, referred to the authorities). Off unless the coordinator decides so.
    disclose_outcome: bool = False
    # The retention policy `pseah case erase --due` applies (pseah.intake.erasure.policy); None: the shipped one.
    retention_policy_file: Path | None = None
    consumer_group: str = "intake"
    # Service-account clients allowed on the partner API; empty means any service account of the realm.
    partner_client_ids: list[str] = Field(default_factory=list)
    # A pending partner submission older than this is taken over by a retry (its first try died midway).
    partner_claim_timeout_seconds: int = 30
    retry_after_seconds: int = 5
    # Channel webhooks: a provider's endpoint answers 404 until its secret is configured.
    twilio_auth_token: SecretStr | None = None
    rapidpro_secret: SecretStr | None = None
    # The public address providers call, for Twilio's URL-bound signature; default http://host:port.
    public_base_url: str | None = None
    conversation_idle_hours: int = 24
    # Replies through the provider's HTTP API, sent after the webhook has answered. Twilio needs the account
    # sid (its auth token is twilio_auth_token) and a sender for the channel; RapidPro its API base and token.
    # Where unset, the reply goes in the webhook response (TwiML / JSON) as before.
    twilio_api_base: str = "https://api.twilio.com"
    twilio_account_sid: str | None = None
    twilio_whatsapp_from: str | None = None  # "whatsapp:+14155238886" (the prefix is added when missing)
    twilio_sms_from: str | None = None
    rapidpro_api_base: str | None = None
    rapidpro_api_token: SecretStr | None = None
    provider_timeout_seconds: float = 10.0
    provider_attempts: int = 4
    # WhatsApp/SMS media are fetched only over http(s) from these hosts ("host" or "host:port"; JSON list
    # in the environment, e.g. '["api.twilio.com", "media.twiliocdn.com"]'); empty: no media is fetched.
    channel_media_hosts: list[str] = Field(default_factory=list)
    # Whole-download bound for media fetched while the webhook waits (replies in the response).
    channel_media_inline_seconds: float = 10.0
