"""`Authorization: Bearer <key>` authentication with tenant API keys."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed

from tenants import selectors


class ApiKeyAuthentication(BaseAuthentication):
    keyword = "bearer"

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.encode():
            return None
        if len(header) != 2:
            raise AuthenticationFailed("Malformed Authorization header: use 'Bearer <api key>'.")
        raw = header[1].decode("ascii", errors="replace")
        tenant = getattr(request, "tenant", None)
        api_key = selectors.api_key_for_secret(raw=raw, tenant=tenant) if tenant else None
        if api_key is None:
            raise AuthenticationFailed("Invalid or revoked API key.")
        membership = api_key.membership
        if membership is None or not membership.is_active:
            raise AuthenticationFailed("The API key's user is no longer a member of this tenant.")
        django_request = request._request
        django_request.membership = membership
        django_request.api_key = api_key
        return (api_key.user, api_key)

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = ApiKeyAuthentication
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "A tenant API key: `Authorization: Bearer vp_...`"}
