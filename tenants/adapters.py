"""allauth behaviour for a multi-tenant portal: people join by invitation only."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False
