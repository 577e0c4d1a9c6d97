"""The email adapter: every email the platform sends leaves through here.

It sends through Django's configured email backend (SMTP in production; the
console or in-memory backend in development and tests is the sandbox) and
turns the backend's failures into `EmailError`, which says whether retrying
can help: a refused recipient is permanent, a connection or server failure
is transient.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage


class EmailError(Exception):
    def __init__(self, message: str, *, permanent: bool, code: str):
        super().__init__(message)
        self.permanent = permanent
        self.code = code


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: str | bytes
    mimetype: str


class DjangoEmail:
    @property
    def name(self) -> str:
        return ("email/" + settings.EMAIL_BACKEND.rsplit(".", 2)[-2])[:20]

    def send(self, *, to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()) -> None:
        message = EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to])
        for attachment in attachments:
            message.attach(attachment.filename, attachment.content, attachment.mimetype)
        try:
            message.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as exc:
            raise EmailError(f"Recipient refused: {exc}", permanent=True, code="refused") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise EmailError(f"{type(exc).__name__}: {exc}", permanent=False, code="smtp") from exc


def email_provider() -> DjangoEmail:
    return DjangoEmail()
