"""E-mail through SMTP, with the one moment that decides delivery made visible to the caller.

An SMTP server takes responsibility for a message when it receives the final "." of DATA and not before: a
connection that ends earlier (a crash, a kill) leaves nothing delivered (RFC 5321, 4.1.1.4). `SmtpMailer.send`
calls `commit()` after the whole message is on the wire and before that dot, so the caller can record "handed
over" first; if `commit` raises, the dot is never sent and the server discards the message.
"""
from __future__ import annotations

import re
import smtplib
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import UTC, datetime

from pseah.notification.notifications.templates import Rendered

_LEADING_DOT = re.compile(rb"(?m)^\.")


def build_message(*, rendered: Rendered, sender: str, recipient: str, message_id: str,
                  notification_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = rendered.subject
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Content-Language"] = "id, en"
    # Lets support staff and tests tell one notification's e-mail from another's without reading the body.
    message["X-PSEAH-Notification-Id"] = notification_id
    message.set_content(rendered.text)
    return message


class _CommittingSMTP(smtplib.SMTP):
    """smtplib's DATA with a hook between the message and its final dot (everything else is smtplib's)."""

    before_final_dot: Callable[[], None] | None = None

    def data(self, msg):
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        if isinstance(msg, str):
            msg = msg.encode("ascii")
        quoted = _LEADING_DOT.sub(b"..", msg)  # dot-stuffing, as smtplib does
        if not quoted.endswith(b"\r\n"):
            quoted += b"\r\n"
        self.send(quoted)
        if self.before_final_dot is not None:
            self.before_final_dot()
        self.send(b".\r\n")
        return self.getreply()


class SmtpMailer:
    def __init__(self, *, host: str, port: int, timeout: float = 10.0):
        self._host, self._port, self._timeout = host, port, timeout

    def send(self, message: EmailMessage, *, commit: Callable[[], None] | None = None) -> None:
        """Deliver one message; `commit()` runs just before the final dot. Raises what smtplib raises.

        When `commit` raises, the connection is dropped without the dot (and without QUIT, which the
        server would read as message text): the server delivers nothing.
        """
        smtp = _CommittingSMTP(self._host, self._port, timeout=self._timeout)
        smtp.before_final_dot = commit
        try:
            smtp.send_message(message)
        except BaseException:
            smtp.close()
            raise
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()  # the message was accepted (250); a failed goodbye changes nothing
