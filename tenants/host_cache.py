"""Per-process cache of which tenant a host name serves, so a request costs no domain query.

Every request used to read `Domain` joined with `Tenant` in the public schema
(plus a `SET search_path` for it) before doing any work. The answer changes
only when a tenant or a domain is saved, so each process keeps it for a few
seconds: a save or delete in this process empties the cache at once (and again
when its transaction commits); other processes (the other web workers) see the
change within HOST_CACHE_SECONDS, which bounds how long a suspension takes to
bite everywhere. Each request gets its own fresh `Tenant` instance built from
the cached column values, so nothing one request does to `request.tenant` leaks
into another. Unknown hosts are never cached.
"""

import copy
import threading
import time

from django.db import transaction
from django.db.models.signals import post_delete, post_save

HOST_CACHE_SECONDS = 5.0
HOST_CACHE_MAX_ENTRIES = 1024

_entries: dict[str, tuple[float, list, tuple]] = {}
_lock = threading.Lock()


def clear() -> None:
    with _lock:
        _entries.clear()


def tenant_for_host(hostname: str):
    """The tenant serving `hostname` (a new instance per call), or raise `Domain.DoesNotExist`."""
    from tenants.models import Domain, Tenant

    now = time.monotonic()
    entry = _entries.get(hostname)
    if entry is not None and entry[0] > now:
        _, names, values = entry
        return Tenant.from_db("default", names, copy.deepcopy(values))
    tenant = Domain.objects.select_related("tenant").get(domain=hostname).tenant
    names = [field.attname for field in Tenant._meta.concrete_fields]
    values = copy.deepcopy(tuple(getattr(tenant, name) for name in names))
    with _lock:
        if len(_entries) >= HOST_CACHE_MAX_ENTRIES:
            _entries.clear()
        _entries[hostname] = (now + HOST_CACHE_SECONDS, names, values)
    return tenant


def _changed(sender, **kwargs) -> None:
    clear()
    # A request served between the save and the commit may have cached the old row again.
    transaction.on_commit(clear)


def connect_signals() -> None:
    from tenants.models import Domain, Tenant

    for model in (Tenant, Domain):
        post_save.connect(_changed, sender=model, dispatch_uid=f"host_cache_{model.__name__}_save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"host_cache_{model.__name__}_delete")
