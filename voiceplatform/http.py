"""All outbound HTTP the platform sends goes through this module.

`guarded_request` is the one way to fetch a URL someone else chose (the
knowledge crawler, customer webhooks, Slack/Discord): it resolves the host,
refuses private, loopback, link-local, multicast, reserved and cloud-metadata
addresses, then connects to the very address it checked (the request goes to
the IP with the original Host header and TLS SNI, so a DNS answer that changes
between check and connect cannot smuggle a private address in). Redirects are
followed by hand, each hop checked again. Bodies and total time are capped.

`post_json` and `open_stream` are for URLs the platform configured itself
(the voice sandbox posting back to this server, a provider's recording URL);
they are not guarded and must never be given a user-supplied URL.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import socket
import ssl
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin, urlsplit, urlunsplit

import certifi
import httpx
from django.conf import settings

USER_AGENT = "voiceplatform/1 (+https://voiceplatform.example/bot)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}


class URLRefused(Exception):
    """A URL the guard will not fetch; `reason` says why in words staff can read."""

    def __init__(self, reason: str, url: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.url = url


@dataclass(frozen=True)
class GuardedResponse:
    status_code: int
    headers: httpx.Headers
    content: bytes
    url: str
    elapsed_ms: int

    @property
    def text(self) -> str:
        charset = "utf-8"
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context for every request: building one loads the CA bundle (tens of ms each time)."""
    return ssl.create_default_context(cafile=certifi.where())


_POOLED_HOSTS = 64
_pools: OrderedDict[tuple[int, str, str], httpx.Client] = OrderedDict()
_pools_lock = threading.Lock()


def pooled_client(scheme: str, server_name: str) -> httpx.Client:
    """This process's keep-alive client for one host name (a webhook worker reuses its connections).

    Requests go to checked IP addresses, and httpx pools connections by that
    address only; one client per (scheme, host name) keeps a TLS connection
    verified for one name from carrying another name's requests. Cookies are
    never kept (a response's cookie must not follow another tenant's request).
    Keyed by process id too, so a forked worker never shares its parent's sockets.
    """
    key = (os.getpid(), scheme, server_name)
    with _pools_lock:
        client = _pools.get(key)
        if client is not None:
            _pools.move_to_end(key)
            return client
        client = httpx.Client(
            trust_env=False,
            follow_redirects=False,
            verify=tls_context(),
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )
        _pools[key] = client
        while len(_pools) > _POOLED_HOSTS:
            # Dropped, not closed: another thread may be mid-request on it; its sockets close when it is collected.
            _pools.popitem(last=False)
        return client


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (tests patch this one function)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def address_refusal(address: str) -> str | None:
    """Why connecting to `address` is refused, or None when it is a public unicast address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            reason = address_refusal(str(embedded))
            if reason:
                return reason
    if str(ip) in {"169.254.169.254", "fd00:ec2::254", "100.100.100.200"}:
        return f"{address} is a cloud metadata address"
    if ip.is_unspecified:
        return f"{address} is an unspecified address"
    if ip.is_loopback:
        return f"{address} is a loopback address"
    if ip.is_link_local:
        return f"{address} is a link-local address"
    if ip.is_multicast:
        return f"{address} is a multicast address"
    if ip.is_private:
        return f"{address} is a private address"
    if ip.is_reserved or not ip.is_global:
        return f"{address} is a reserved address"
    return None


def origin_of(url: str) -> str:
    """`scheme://host:port` of a URL, port always explicit, host lower-cased."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or DEFAULT_PORTS.get(scheme, 0)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}"


def normalise_origins(origins: Iterable[str]) -> frozenset[str]:
    return frozenset(origin_of(o.strip()) for o in origins if o and o.strip())


def configured_allowed_origins() -> tuple[str, ...]:
    """Origins let past the address rule by settings (`CRAWLER_ALLOWED_ORIGINS`; the demo site in development)."""
    origins = list(getattr(settings, "CRAWLER_ALLOWED_ORIGINS", ()))
    if settings.DJANGO_ENV == "development":
        origins.extend(getattr(settings, "DEMO_SITE_ORIGINS", {}).values())
    return tuple(origins)


def _target(url: str, allowed: frozenset[str]) -> tuple[str, str, str]:
    """Check `url`; return (url to connect to with the IP in it, Host header, TLS server name)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise URLRefused(f"not a valid URL ({exc})", url) from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise URLRefused(f"only http and https URLs are fetched, not {scheme or 'a bare path'}", url)
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise URLRefused("the URL has no host", url)
    if parts.username or parts.password:
        raise URLRefused("URLs with credentials in them are not fetched", url)
    port = port or DEFAULT_PORTS[scheme]
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise httpx.ConnectError(f"could not resolve {host}: {exc}") from exc
    if not addresses:
        raise httpx.ConnectError(f"{host} has no address")
    if origin_of(url) not in allowed:
        for address in addresses:
            reason = address_refusal(address)
            if reason:
                shown = reason if address == host else f"{host} resolves to {reason}"
                raise URLRefused(f"refused: {shown}", url)
    address = addresses[0]
    netloc_ip = f"[{address}]" if ":" in address else address
    default = port == DEFAULT_PORTS[scheme]
    connect_url = urlunsplit((scheme, f"{netloc_ip}:{port}", parts.path or "/", parts.query, ""))
    host_header = host if default else f"{host}:{port}"
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]" if default else f"[{host}]:{port}"
    return connect_url, host_header, host


def guarded_request(
    method: str,
    url: str,
    *,
    allowed_origins: Iterable[str] = (),
    headers: dict[str, str] | None = None,
    content: bytes | str | None = None,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
    max_redirects: int = 5,
) -> GuardedResponse:
    """Fetch `url` safely: checked addresses only, redirects re-checked, size and time capped.

    Raises `URLRefused` for a refused scheme, address, size or redirect and
    `httpx.HTTPError` for transport failures (a page slower than `timeout` in
    total raises `httpx.ReadTimeout`).
    """
    allowed = normalise_origins(allowed_origins)
    started = time.monotonic()
    deadline = started + timeout
    method = method.upper()
    body = content.encode("utf-8") if isinstance(content, str) else content
    request_headers = {"User-Agent": USER_AGENT, **(headers or {})}
    current = url
    for hop in range(max_redirects + 1):
        connect_url, host_header, server_name = _target(current, allowed)
        client = pooled_client(urlsplit(connect_url).scheme, server_name)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpx.ReadTimeout(f"{current} took longer than {timeout:g} s")
        hop_headers = {k: v for k, v in request_headers.items() if k.lower() != "host"}
        hop_headers["Host"] = host_header
        request = client.build_request(
            method,
            connect_url,
            headers=hop_headers,
            content=body,
            timeout=httpx.Timeout(remaining),
            extensions={"sni_hostname": server_name},
        )
        response = client.send(request, stream=True)
        try:
            if response.status_code in REDIRECT_STATUSES and response.headers.get("location"):
                if hop == max_redirects:
                    raise URLRefused(f"more than {max_redirects} redirects", url)
                following = urljoin(current, response.headers["location"])
                if origin_of(following) != origin_of(current):
                    request_headers = {
                        k: v for k, v in request_headers.items() if k.lower() not in {"authorization", "cookie"}
                    }
                if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
                    method, body = "GET", None
                current = following
                continue
            data = _read_capped(response, current, max_bytes, deadline, timeout)
        finally:
            response.close()
        return GuardedResponse(
            status_code=response.status_code,
            headers=response.headers,
            content=data,
            url=current,
            elapsed_ms=int((time.monotonic() - started) * 1000),
        )
    raise URLRefused(f"more than {max_redirects} redirects", url)  # pragma: no cover - loop always returns


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise URLRefused(f"the body is {int(declared):,} bytes, over the {max_bytes:,}-byte limit", url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise URLRefused(f"the body is over the {max_bytes:,}-byte limit", url)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout(f"{url} took longer than {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


# Trusted URLs only (configured by the platform, never by a user).


def post_json(url: str, *, body: str, headers: dict[str, str], timeout: float = 10.0) -> tuple[int, str]:
    """POST a prepared JSON body; returns (status, response text). Raises httpx.HTTPError on transport failure."""
    response = httpx.post(
        url,
        content=body.encode("utf-8"),
        headers={"Content-Type": "application/json", "User-Agent": USER_AGENT, **headers},
        timeout=timeout,
    )
    return response.status_code, response.text


def open_stream(url: str, *, timeout: float = 15.0) -> httpx.Response:
    """Start a streamed GET; the caller iterates `iter_bytes()` and must `close()` it."""
    client = httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    request = client.build_request("GET", url)
    response = client.send(request, stream=True)
    response.extensions["voiceplatform_client"] = client
    return response


def close_stream(response: httpx.Response) -> None:
    response.close()
    client = response.extensions.get("voiceplatform_client")
    if client is not None:
        client.close()
