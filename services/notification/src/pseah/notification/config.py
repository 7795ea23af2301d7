"""The notification service's settings (env prefix PSEAH_NOTIFICATION_, plus the common PSEAH_ ones)."""
from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings

SERVICE = "notification"


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_NOTIFICATION_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8004
    database: str = "pseah_notification"
    # PSEAH_SMTP_HOST/PORT are shared with the dev mail sink (docs/CONVENTIONS.md).
    smtp_host: str = Field("127.0.0.1", validation_alias=AliasChoices("PSEAH_NOTIFICATION_SMTP_HOST", "PSEAH_SMTP_HOST", "smtp_host"))
    smtp_port: int = Field(1025, validation_alias=AliasChoices("PSEAH_NOTIFICATION_SMTP_PORT", "PSEAH_SMTP_PORT", "smtp_port"))
    smtp_timeout: float = 10.0
    # The cases and triage streams are read a poll at a time: at most this many events, gathered for at most this
    # long, their e-mails sent on one SMTP connection and their store and Kafka work done together.
    batch_max: int = 50
    batch_within_s: float = 0.05
    # A poll's e-mails are sent on this many SMTP connections at once (notifications/flows.py deliver_all).
    smtp_connections: int = 4
    mail_from: str = "PSEAH Network Indonesia <no-reply@pseah-network.example>"
    message_id_domain: str = "notification.pseah.local"
    portal_url: str = "http://127.0.0.1:8000"
    coordinator_email: str = "coordinator@pseah-network.example"
    coordinator_org: str = "pseah-network"
    # faust app id "pseah-<app_name>" is the consumer group; topics overridable for isolated test runs.
    app_name: str = SERVICE
    # How long a dead worker keeps its partitions before the group hands them on (Kafka's floor is 6 s).
    session_timeout: float = 30.0
    cases_topic: str = Topics.CASES
    triage_topic: str = Topics.TRIAGE
    notifications_topic: str = Topics.NOTIFICATIONS

    # Webhooks: tries per delivery and the exponential back-off between them (seconds), then the dead-letter topic.
    # Every try runs from the webhook topic (`webhook_topic`, by default pseah.notifications.retry.v1), never on
    # the e-mail path, so a slow or failing partner delays only webhooks.
    webhook_attempts: int = 6
    webhook_backoff: float = 1.0
    webhook_backoff_max: float = 30.0
    webhook_timeout: float = 5.0
    # Tries in flight at once (each an actor of the webhook agent and a thread of its own pool).
    webhook_concurrency: int = 8
    # The longest the webhook agent holds a try that is not due yet before putting it back on the topic.
    webhook_hold: float = 3.0
    # A try started and never settled (a crash mid-request) is taken over after this many seconds.
    webhook_lease: float = 30.0
    webhook_topic_name: str = Field("", validation_alias=AliasChoices("PSEAH_NOTIFICATION_WEBHOOK_TOPIC",
                                                                      "webhook_topic_name"))
    # The audit log's checkpoint topic, where the coordinator's digests come (audit.digest.published.v1, mailed to
    # coordinator_email). Test runs on their own topics read a topic of their own too (`audit_topic`).
    audit_topic_name: str = Field("", validation_alias=AliasChoices("PSEAH_NOTIFICATION_AUDIT_TOPIC",
                                                                    "audit_topic_name"))
    # SMS / WhatsApp provider's HTTP API; empty disables those channels (e-mail is used instead for staff).
    messaging_url: str = ""
    messaging_token: str = ""
    # Reporters' contacts are opened with the case key at sending time (database shared with intake).
    keys_database: str = "pseah_keys"
    status_path: str = "/receipt"

    @property
    def status_url(self) -> str:
        return f"{self.portal_url.rstrip('/')}{self.status_path}"

    @property
    def dead_letter_topic(self) -> str:
        return Topics.dead_letter(self.notifications_topic)

    @property
    def webhook_topic(self) -> str:
        """The service's own queue of webhook tries (pseah.notifications.retry.v1 beside pseah.notifications.v1)."""
        if self.webhook_topic_name:
            return self.webhook_topic_name
        base = self.notifications_topic
        return f"{base[:-3]}.retry.v1" if base.endswith(".v1") else f"{base}.retry"

    @property
    def audit_topic(self) -> str:
        """pseah.audit.checkpoints.v1 for the suite; `<notifications topic>.audit` for a run on topics of its own, so
        a test's notification never mails the suite's digests again."""
        if self.audit_topic_name:
            return self.audit_topic_name
        return Topics.AUDIT_CHECKPOINTS if self.notifications_topic == Topics.NOTIFICATIONS \
            else f"{self.notifications_topic}.audit"

    @property
    def audit_url(self) -> str:
        return f"{self.portal_url.rstrip('/')}/audit"

    def case_url(self, reference: str) -> str:
        return f"{self.portal_url.rstrip('/')}/cases/{reference}"
