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

    def session(self) -> "MailSession":
        """One connection for several messages (a poll's e-mails): `with mailer.session() as mail: mail.send(...)`."""
        return MailSession(self._host, self._port, timeout=self._timeout)

    def send(self, message: EmailMessage, *, commit: Callable[[], None] | None = None) -> None:
        """Deliver one message on a connection of its own; `commit()` runs just before the final dot. Raises what
        smtplib raises (MailSession.send)."""
        with self.session() as mail:
            mail.send(message, commit=commit)


class MailSession:
    """An SMTP connection kept open between messages: opened at the first send, ended with QUIT when the block
    ends. The connect, greeting and goodbye were most of an e-mail's exchange with the server; each message keeps
    its own MAIL, RCPT and DATA, and its own `commit` right before its own final dot."""

    def __init__(self, host: str, port: int, *, timeout: float):
        self._host, self._port, self._timeout = host, port, timeout
        self._smtp: _CommittingSMTP | None = None

    def send(self, message: EmailMessage, *, commit: Callable[[], None] | None = None) -> None:
        """Deliver one message; `commit()` runs just before the final dot. Raises what smtplib raises.

        When anything raises (`commit` included), the connection is dropped without the dot (and without QUIT,
        which the server would read as message text): the server delivers nothing of that message, and the next
        send opens a new connection.
        """
        if self._smtp is None:
            self._smtp = _CommittingSMTP(self._host, self._port, timeout=self._timeout)
        smtp = self._smtp
        smtp.before_final_dot = commit
        try:
            smtp.send_message(message)
        except BaseException:
            self._smtp = None
            smtp.close()
            raise

    def __enter__(self) -> "MailSession":
        return self

    def __exit__(self, *_exc) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()  # every message was answered already; a failed goodbye changes nothing
