"""Retell's signature scheme (`X-Retell-Signature`), from the official SDK's own module.

`retell.lib.webhook_auth` is self-contained (standard library and
`cryptography`), but importing it through the package runs
`retell/__init__.py`, which loads every generated API type and takes
seconds. Webhooks must answer in milliseconds from a worker's first
request, so the module is loaded on its own from the installed SDK.
"""

import importlib.util
import sys
from pathlib import Path


def _webhook_auth():
    loaded = sys.modules.get("retell.lib.webhook_auth")
    if loaded is not None:
        return loaded
    package = importlib.util.find_spec("retell")
    path = Path(next(iter(package.submodule_search_locations))) / "lib" / "webhook_auth.py"
    spec = importlib.util.spec_from_file_location("calls._retell_webhook_auth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


webhook_auth = _webhook_auth()


def sign(body: str, api_key: str, timestamp_ms: int | None = None) -> str:
    """The header value the provider would send for `body` (the sandbox and tests sign with it)."""
    return webhook_auth.symmetric["sign"](body, api_key, timestamp_ms)


def verify(body: str, api_key: str, signature: str) -> bool:
    """Whether `signature` is valid for the raw body, made with `api_key`, within five minutes of now."""
    return webhook_auth.verify(body, api_key, signature)
