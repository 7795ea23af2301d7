"""The portal's one Settings class (env prefix PSEAH_PORTAL_)."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import model_validator
from pydantic_settings import SettingsConfigDict

from pseah.common.settings import CommonSettings, repo_root

_DEV_PLACEHOLDER = "dev-only-change-me"


class PortalSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_PORTAL_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8000
    # The address people's browsers use; the OIDC redirect URI is derived from it.
    public_url: str = "http://127.0.0.1:8000"
    intake_url: str = "http://127.0.0.1:8001"
    referral_grpc: str = "127.0.0.1:50051"
    # The audit service's read API (auditor page: trail and chain verification).
    audit_url: str = "http://127.0.0.1:8005"
    analytics_url: str = "http://127.0.0.1:8006"
    # The triage service's API (triage officers' queue and confirmations, api/triage.py).
    triage_url: str = "http://127.0.0.1:8002"
    mongo_db: str = "pseah_portal"
    keys_db: str = "pseah_keys"

    oidc_client_id: str = "pseah-portal"
    # PSEAH_PORTAL_CLIENT_SECRET, the same variable deploy/keycloak/realm.py reads; else the file it writes.
    client_secret: str = ""
    client_secret_file: Path = repo_root() / "var/secrets/client-secret-pseah-portal"
    # Keycloak as seen by the browser; differs from keycloak_url only behind a proxy.
    keycloak_public_url: str = ""

    # Signs the session and CSRF cookies; a file under var/secrets is created on first start in development.
    secret_key: str = ""
    secret_key_file: Path = repo_root() / "var/secrets/portal-secret-key"
    session_idle_minutes: int = 30
    cookie_secure: bool = False

    quick_exit_url: str = "https://www.google.com/search?q=cuaca"
    http_timeout: float = 10.0
    grpc_timeout: float = 5.0
    audit_timeout: float = 10.0

    @model_validator(mode="after")
    def _refuse_placeholders(self):
        # Outside development a missing or placeholder secret must stop the start, not weaken sessions.
        if self.environment != "development":
            if self.secret_key == _DEV_PLACEHOLDER or not (self.secret_key or self.secret_key_file.exists()):
                raise ValueError("PSEAH_PORTAL_SECRET_KEY (or an existing PSEAH_PORTAL_SECRET_KEY_FILE) "
                                 "must be set outside development")
            if not self.cookie_secure:
                raise ValueError("PSEAH_PORTAL_COOKIE_SECURE must be true outside development")
        return self

    @property
    def redirect_uri(self) -> str:
        return f"{self.public_url.rstrip('/')}/auth/callback"

    @property
    def browser_issuer(self) -> str:
        base = (self.keycloak_public_url or self.keycloak_url).rstrip("/")
        return f"{base}/realms/{self.keycloak_realm}"

    @property
    def oidc_secret(self) -> str:
        # Read at use, not at start: the Keycloak script may write the file after the portal started.
        if self.client_secret:
            return self.client_secret
        if self.client_secret_file.exists():
            return self.client_secret_file.read_text().strip()
        return ""

    @cached_property
    def signing_key(self) -> str:
        if self.secret_key:
            return self.secret_key
        path = self.secret_key_file
        # Only development creates its own key; elsewhere the validator already insisted on one.
        if not path.exists():
            import secrets

            from pseah.common.crypto import create_secret_file

            create_secret_file(path, secrets.token_urlsafe(48).encode())  # another portal process may win
        return path.read_text().strip()
