"""E-mail through SMTP. One interface so SMS, WhatsApp and webhooks can sit beside it later."""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import UTC, datetime

from pseah.notification.notifications.templates import Rendered


def build_message(*, rendered: Rendered, sender: str, recipient: str, message_id: str,
                  notification_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = rendered.subject
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Content-Language"] = "id, en"
    # Lets support staff and tests spot a re-send after a crash without reading the body.
    message["X-PSEAH-Notification-Id"] = notification_id
    message.set_content(rendered.text)
    return message


class SmtpMailer:
    def __init__(self, *, host: str, port: int, timeout: float = 10.0):
        self._host, self._port, self._timeout = host, port, timeout

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as smtp:
            smtp.send_message(message)
