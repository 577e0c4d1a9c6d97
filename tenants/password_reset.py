"""Password resets bound to a tenant's host.

A reset is sent only to a person who is an active member of the tenant whose
host they asked on (platform staff on the platform's own host), and the link's
token includes that schema, so a link made on one tenant's host does not work
on another's. Nothing is sent for anyone else (ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS
is off), so the form still says nothing about who has an account.
"""

from allauth.account.forms import ResetPasswordForm
from django.conf import settings

from tenants.reset_tokens import current_schema as _current_schema


def users_allowed_here(users) -> list:
    """Those of `users` who may reset their password on the current host."""
    from tenants.models import Membership

    schema = _current_schema()
    if schema == settings.PUBLIC_SCHEMA_NAME:
        return [user for user in users if user.is_staff]
    members = set(
        Membership.objects.filter(
            user__in=users, tenant__schema_name=schema, status=Membership.Status.ACTIVE
        ).values_list("user_id", flat=True)
    )
    return [user for user in users if user.pk in members]


class TenantResetPasswordForm(ResetPasswordForm):
    def clean_email(self) -> str:
        email = super().clean_email()
        self.users = users_allowed_here(self.users)
        return email
