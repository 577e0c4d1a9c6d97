"""Stored provider secrets: encrypted at rest, rotatable, and not lost when SECRET_KEY rotates."""

import importlib

import pytest
from cryptography.fernet import Fernet
from django.apps import apps
from django.core.management import call_command

from appointments.models import CalendarIntegration
from appointments.services import calendar_integration_update
from appointments.services.sync import calendar_integration_secret
from calls import services as call_services
from calls.voice import tenant_api_key
from voiceplatform import crypto

pytestmark = pytest.mark.django_db

OLD_SECRET_KEY = "the-secret-key-before-rotation-0123456789-abcdefghijklmnop"
NEW_SECRET_KEY = "the-secret-key-after-rotation-9876543210-zyxwvutsrqponmlkj"


def test_secrets_round_trip_and_are_not_stored_in_the_clear():
    token = crypto.encrypt("key_secret_value")
    assert "key_secret_value" not in token
    assert crypto.decrypt(token) == "key_secret_value"


def test_explicit_keys_rotate_first_encrypts_all_decrypt(settings):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [old_key]
    token = crypto.encrypt("key_secret_value")
    settings.ENCRYPTION_KEYS = [new_key, old_key]
    assert crypto.decrypt(token) == "key_secret_value"
    rotated = crypto.rotate(token)
    settings.ENCRYPTION_KEYS = [new_key]
    assert crypto.decrypt(rotated) == "key_secret_value"
    with pytest.raises(crypto.DecryptionError, match="cannot decrypt"):
        crypto.decrypt(token)


def test_tampered_ciphertext_is_refused():
    token = crypto.encrypt("key_secret_value")
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(token[:-4] + "AAAA")


def test_with_explicit_keys_a_secret_key_rotation_changes_nothing(settings):
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    settings.SECRET_KEY = OLD_SECRET_KEY
    token = crypto.encrypt("key_secret_value")
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_SECRET_KEY, []
    assert crypto.decrypt(token) == "key_secret_value"


def test_rotating_secret_key_loses_no_stored_secret(settings, tenant_a, in_tenant):
    settings.ENCRYPTION_KEYS = []
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = OLD_SECRET_KEY, []
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", signing_secret="whsec_calendar")
        call_services.voice_key_set(tenant=tenant_a, api_key="key_tenant_own_1234", actor=None)
        assert tenant_api_key() == "key_tenant_own_1234"
    # Rotate the Django way: the new key, the old one kept as a fallback.
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = NEW_SECRET_KEY, [OLD_SECRET_KEY]
    with in_tenant(tenant_a):
        assert calendar_integration_secret(CalendarIntegration.objects.get(provider="calcom")) == "whsec_calendar"
        assert tenant_api_key() == "key_tenant_own_1234"
    call_command("rotate_secrets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.SECRET_KEY_FALLBACKS = []  # the old key can go now
    with in_tenant(tenant_a):
        assert calendar_integration_secret(CalendarIntegration.objects.get(provider="calcom")) == "whsec_calendar"
        assert tenant_api_key() == "key_tenant_own_1234"


def test_calendar_secrets_stored_under_the_old_key_are_migrated(settings, tenant_a, in_tenant):
    migration = importlib.import_module("appointments.migrations.0002_calendar_secrets_under_platform_keys")
    settings.ENCRYPTION_KEYS = []
    with in_tenant(tenant_a):
        old_token = migration.old_fernet().encrypt(b"whsec_from_before").decode()
        CalendarIntegration.objects.create(provider="calendly", signing_secret_encrypted=old_token)
        migration.forwards(apps, None)
        row = CalendarIntegration.objects.get(provider="calendly")
        assert row.signing_secret_encrypted != old_token
        assert calendar_integration_secret(row) == "whsec_from_before"
        migration.forwards(apps, None)  # running again changes nothing
        assert CalendarIntegration.objects.get(provider="calendly").signing_secret_encrypted == (
            row.signing_secret_encrypted
        )
