import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
application = get_wsgi_application()


def _load_urlconfs() -> None:
    """Import both URLconfs, and with them every view module, when the process starts: otherwise the
    first request each web process serves waits about half a second for them."""
    from django.conf import settings
    from django.urls import get_resolver

    for urlconf in (settings.ROOT_URLCONF, settings.PUBLIC_SCHEMA_URLCONF):
        get_resolver(urlconf).url_patterns  # noqa: B018 (the property loads the module)


_load_urlconfs()
