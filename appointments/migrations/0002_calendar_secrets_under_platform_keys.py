"""Calendar signing secrets move from a key derived from SECRET_KEY alone to voiceplatform.crypto.

The old key (HKDF over SECRET_KEY) was lost with every SECRET_KEY rotation;
the platform's keys rotate without losing anything. Values the old key
cannot read (already moved, or lost to an earlier rotation) are left as
they are.
"""

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import migrations

from voiceplatform import crypto


def old_fernet() -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"appointments.integration-secrets").derive(
        settings.SECRET_KEY.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def forwards(apps, schema_editor):
    CalendarIntegration = apps.get_model("appointments", "CalendarIntegration")
    old = old_fernet()
    for row in CalendarIntegration.objects.exclude(signing_secret_encrypted=""):
        try:
            plain = old.decrypt(row.signing_secret_encrypted.encode()).decode()
        except InvalidToken:
            continue
        row.signing_secret_encrypted = crypto.encrypt(plain)
        row.save(update_fields=["signing_secret_encrypted"])


def backwards(apps, schema_editor):
    CalendarIntegration = apps.get_model("appointments", "CalendarIntegration")
    old = old_fernet()
    for row in CalendarIntegration.objects.exclude(signing_secret_encrypted=""):
        try:
            plain = crypto.decrypt(row.signing_secret_encrypted)
        except crypto.DecryptionError:
            continue
        row.signing_secret_encrypted = old.encrypt(plain.encode()).decode()
        row.save(update_fields=["signing_secret_encrypted"])


class Migration(migrations.Migration):
    dependencies = [("appointments", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
