"""Rendered API list pages, reused while everything they show is unchanged.

Integrations sync and dashboards poll the same list pages again and again;
loading and serialising a page of 50 contacts is most of the request. A list
asks PostgreSQL only which rows the page holds and each row's version
(`RowVersion`: new whenever the row is written, by the ORM, a bulk update
or raw SQL alike) plus anything else the page shows that lives
elsewhere (group links, an owner's email). Those, the request's URL and time
zone and the release make the key. So there is nothing to invalidate and
nothing that could be stale: a changed row is a different key. A page whose
rows changed while it was being read is answered but not kept, and entries
expire after PAGE_CACHE_SECONDS.
"""

import hashlib
import json
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import CharField, Expression
from django.http import HttpResponse
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from voiceplatform.links import request_url

logger = logging.getLogger(__name__)


class RowVersion(Expression):
    """The version of a row of the query's own table: the transaction that wrote it and where (`xmin/ctid`).

    Every write of a row makes a new tuple: a later transaction gives it a new
    `xmin`, and a second write in the same transaction a new `ctid`.
    """

    output_field = CharField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.xmin::text || '/' || {table}.ctid::text", []


def cached_page(request, *, scope: str, fingerprint: object, build: Callable[[], tuple[dict, bool]]) -> HttpResponse:
    """The page as a response: its JSON from the cache when this fingerprint was rendered before, else `build()`.

    `build` returns (data, keep): keep is False when what it read no longer
    matches the fingerprint. Pages are kept as the JSON DRF's renderer makes,
    so a reused page is neither unpickled into objects nor encoded again.
    """
    key = _key(request, scope, fingerprint)
    try:
        rendered = cache.get(key)
    except Exception:  # the cache only saves work: a list must not fail because Redis does
        logger.warning("page cache unavailable", exc_info=True)
        return _response(request, JSONRenderer().render(build()[0]))
    if rendered is None:
        data, keep = build()
        rendered = JSONRenderer().render(data)
        if keep:
            try:
                cache.set(key, rendered, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("page cache unavailable", exc_info=True)
    return _response(request, rendered)


def _response(request, rendered: bytes) -> HttpResponse:
    """The JSON as it is for a client taking plain JSON, else DRF's own rendering of it (an indented or
    browsable answer)."""
    renderer = request.accepted_renderer
    if type(renderer) is JSONRenderer and renderer.get_indent(request.accepted_media_type, {}) is None:
        return HttpResponse(rendered, content_type=renderer.media_type)
    return Response(json.loads(rendered))


def _key(request, scope: str, fingerprint: object) -> str:
    identity = (
        settings.RELEASE,
        connection.schema_name,
        scope,
        request.method,
        request_url(request),
        timezone.get_current_timezone_name(),
        fingerprint,
    )
    return "page:" + hashlib.sha256(repr(identity).encode()).hexdigest()
