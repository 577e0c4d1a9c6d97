"""An email backend whose server keeps hanging up: a transient failure."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class RefusingBackend(BaseEmailBackend):
    """A server that refuses the recipient: a permanent failure."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPRecipientsRefused({"nobody@example.test": (550, b"No such user")})
