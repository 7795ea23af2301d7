"""The mailer's commit point against a real SMTP server in this process (aiosmtpd, as the local sink uses): the
server holds a message only once it received the final dot, so a commit that fails leaves nothing delivered."""
from __future__ import annotations

import smtplib
import socket

import pytest
from aiosmtpd.controller import Controller

from pseah.notification.notifications.mailer import SmtpMailer, build_message
from pseah.notification.notifications.templates import render


class Inbox:
    def __init__(self, answer: str = "250 OK"):
        self.messages: list[bytes] = []
        self.answer = answer

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.answer.startswith("250"):
            self.messages.append(envelope.original_content)
        return self.answer


@pytest.fixture
def smtp_server():
    started = []

    def start(answer: str = "250 OK") -> tuple[Inbox, SmtpMailer]:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        inbox = Inbox(answer)
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return inbox, SmtpMailer(host="127.0.0.1", port=port, timeout=5)

    yield start
    for controller in started:
        controller.stop()


def _message(body_line: str = "") -> object:
    rendered = render("case_assigned", reference="PSEAH-ABCD1234", deadline=None,
                      link="http://portal.test/cases/PSEAH-ABCD1234")
    message = build_message(rendered=rendered, sender="noreply@pseah.test", recipient="fp@unicef.example",
                            message_id="<n1@pseah.test>", notification_id="n1")
    if body_line:
        message.set_content(rendered.text + "\n" + body_line + "\n")
    return message


def test_the_commit_runs_before_the_server_holds_the_message_and_the_message_arrives_once(smtp_server):
    inbox, mailer = smtp_server()
    seen_at_commit = []
    # A line that is a lone dot must be stuffed, or it would end the message early.
    mailer.send(_message(".\n..x"), commit=lambda: seen_at_commit.append(len(inbox.messages)))
    assert seen_at_commit == [0] and len(inbox.messages) == 1
    # Whole, lines after the lone dot included (stuffed on the wire, unstuffed by the server).
    assert b"Message-ID: <n1@pseah.test>" in inbox.messages[0] and inbox.messages[0].endswith(b"\r\n.\r\n..x\r\n")


def test_a_commit_that_fails_leaves_nothing_delivered(smtp_server):
    inbox, mailer = smtp_server()

    def lost_the_race():
        raise RuntimeError("someone else handed it over")

    with pytest.raises(RuntimeError):
        mailer.send(_message(), commit=lost_the_race)
    mailer.send(_message(), commit=lambda: None)  # the server is still fine after the dropped connection
    assert len(inbox.messages) == 1


def test_a_refused_final_dot_raises_the_servers_answer(smtp_server):
    inbox, mailer = smtp_server("451 4.3.0 try again later")
    committed = []
    with pytest.raises(smtplib.SMTPDataError) as refused:
        mailer.send(_message(), commit=lambda: committed.append(True))
    assert refused.value.smtp_code == 451 and committed == [True] and inbox.messages == []
