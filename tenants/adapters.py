"""allauth behaviour for a multi-tenant portal: people join by invitation only."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.utils.http import url_has_allowed_host_and_scheme


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False

    def is_safe_url(self, url):
        """`?next=` may lead only to the host the person signs in on, never to another tenant's."""
        request = context.request
        return url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
