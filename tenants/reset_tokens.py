"""The password-reset token generator (its own module: allauth imports it while loading its forms)."""

from allauth.account.forms import EmailAwarePasswordResetTokenGenerator
from django.conf import settings
from django.db import connection


def current_schema() -> str:
    return getattr(connection, "schema_name", settings.PUBLIC_SCHEMA_NAME)


class TenantPasswordResetTokenGenerator(EmailAwarePasswordResetTokenGenerator):
    """Tokens include the schema of the host they were made on (see tenants.password_reset)."""

    def _make_hash_value(self, user, timestamp) -> str:
        return super()._make_hash_value(user, timestamp) + "|" + current_schema()
