"""Settings every service shares; each service subclasses with its own env prefix."""
from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _common(name: str, default):
    # Common settings are read from PSEAH_<NAME> whatever the service's own prefix is.
    return Field(default=default, validation_alias=AliasChoices(f"PSEAH_{name.upper()}", name))


def repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "Makefile").exists() and (parent / "services").is_dir():
            return parent
    return Path.cwd()


class CommonSettings(BaseSettings):
    """Infrastructure addresses and the environment; subclass per service with `env_prefix`."""

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    environment: str = _common("environment", "development")
    kafka_bootstrap: str = _common("kafka_bootstrap", "127.0.0.1:9092")
    mongo_uri: str = _common("mongo_uri", "mongodb://127.0.0.1:27017")
    keycloak_url: str = _common("keycloak_url", "http://127.0.0.1:8080")
    keycloak_realm: str = _common("keycloak_realm", "pseah")
    token_audience: str = _common("token_audience", "pseah-api")
    master_key_file: Path = _common("master_key_file", repo_root() / "var/secrets/master.key")
    otel_exporter: str = _common("otel_exporter", "none")  # none | console | otlp
    log_level: str = _common("log_level", "INFO")

    @property
    def keycloak_issuer(self) -> str:
        return f"{self.keycloak_url.rstrip('/')}/realms/{self.keycloak_realm}"

    @property
    def keycloak_jwks_url(self) -> str:
        return f"{self.keycloak_issuer}/protocol/openid-connect/certs"
