"""The guarded client: addresses are checked after DNS and on every redirect, and it connects to what it checked.

Every test uses a patched resolver and servers on 127.0.0.1; nothing leaves the machine.
"""

import socket

import httpx
import pytest

from tests.knowledge.local_server import local_server, trickle
from voiceplatform import http
from voiceplatform.http import URLRefused, guarded_request


@pytest.fixture
def dns(monkeypatch):
    """A fake DNS: name -> addresses. Unknown names fail like a real lookup would."""
    table: dict[str, list[str]] = {}
    calls: list[str] = []

    def resolve(host, port):
        calls.append(host)
        try:
            import ipaddress

            ipaddress.ip_address(host)
            return [host]
        except ValueError:
            pass
        if host not in table:
            raise socket.gaierror(f"unknown host {host}")
        return table[host]

    monkeypatch.setattr(http, "resolve", resolve)
    table["calls"] = calls
    return table


@pytest.mark.parametrize(
    "address, words",
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.10.1", "link-local"),
        ("169.254.169.254", "metadata"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),  # noqa: S104
        ("::ffff:127.0.0.1", "loopback"),
        ("100.64.0.1", "reserved"),
    ],
)
def test_it_refuses_addresses_that_are_not_public(dns, address, words):
    host = f"[{address}]" if ":" in address else address
    with pytest.raises(URLRefused) as refused:
        guarded_request("GET", f"http://{host}/")
    assert words in refused.value.reason


def test_it_refuses_a_public_name_that_resolves_to_a_private_address(dns):
    dns["shop.example.com"] = ["93.184.216.34", "10.0.0.7"]
    with pytest.raises(URLRefused) as refused:
        guarded_request("GET", "https://shop.example.com/prices")
    assert "shop.example.com resolves to 10.0.0.7" in refused.value.reason


def test_it_refuses_a_name_that_resolves_to_the_metadata_address(dns):
    dns["metadata.example.com"] = ["169.254.169.254"]
    with pytest.raises(URLRefused) as refused:
        guarded_request("GET", "http://metadata.example.com/latest/meta-data/")
    assert "metadata" in refused.value.reason


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://x/", "javascript:alert(1)", "/relative"]
)
def test_it_refuses_schemes_other_than_http(dns, url):
    with pytest.raises(URLRefused) as refused:
        guarded_request("GET", url)
    assert "only http and https" in refused.value.reason


def test_it_refuses_credentials_in_the_url(dns):
    dns["example.com"] = ["93.184.216.34"]
    with pytest.raises(URLRefused):
        guarded_request("GET", "http://user:pw@example.com/")


def test_an_allowed_origin_connects_to_the_checked_address_with_the_original_host(dns, monkeypatch):
    with local_server({"/hello": (200, {"Content-Type": "text/plain; charset=utf-8"}, "hi there")}) as server:
        port = server.server_address[1]
        dns["shop.example.com"] = ["127.0.0.1"]
        real = socket.getaddrinfo

        def no_second_lookup(host, *args, **kwargs):
            assert host == "127.0.0.1", f"connected by name ({host}) instead of the checked address"
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", no_second_lookup)
        response = guarded_request(
            "GET", f"http://shop.example.com:{port}/hello", allowed_origins=[f"http://shop.example.com:{port}"]
        )
    assert response.status_code == 200
    assert response.text == "hi there"
    assert response.url == f"http://shop.example.com:{port}/hello"
    assert dns["calls"].count("shop.example.com") == 1
    assert server.seen[0][2]["Host"] == f"shop.example.com:{port}"


def test_without_the_allowlist_a_local_server_is_refused_and_gets_no_request(dns):
    with local_server({"/": (200, {}, "secret")}) as server, pytest.raises(URLRefused):
        guarded_request("GET", server.origin + "/")
    assert server.seen == []


def test_a_redirect_to_a_private_address_is_refused(dns):
    routes = {"/go": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, "")}
    with local_server(routes) as server, pytest.raises(URLRefused) as refused:
        guarded_request("GET", server.origin + "/go", allowed_origins=[server.origin])
    assert "metadata" in refused.value.reason


def test_a_redirect_to_a_name_resolving_privately_is_refused(dns):
    dns["internal.example.com"] = ["192.168.1.1"]
    routes = {"/go": (301, {"Location": "http://internal.example.com/admin"}, "")}
    with local_server(routes) as server, pytest.raises(URLRefused) as refused:
        guarded_request("GET", server.origin + "/go", allowed_origins=[server.origin])
    assert "192.168.1.1" in refused.value.reason


def test_redirects_within_allowed_origins_are_followed_and_counted(dns):
    routes = {
        "/a": (302, {"Location": "/b"}, ""),
        "/b": (307, {"Location": "/c"}, ""),
        "/c": (200, {}, "done"),
        "/loop": (302, {"Location": "/loop"}, ""),
    }
    with local_server(routes) as server:
        response = guarded_request("GET", server.origin + "/a", allowed_origins=[server.origin])
        assert response.content == b"done"
        assert response.url == server.origin + "/c"
        with pytest.raises(URLRefused) as refused:
            guarded_request("GET", server.origin + "/loop", allowed_origins=[server.origin], max_redirects=3)
    assert "more than 3 redirects" in refused.value.reason


def test_oversized_bodies_are_refused(dns):
    big = "x" * 5000
    routes = {
        "/declared": (200, {}, big),
        "/undeclared": (200, {"Connection": "close"}, lambda wfile: wfile.write(big.encode())),
    }
    with local_server(routes) as server:
        for path in ("/declared", "/undeclared"):
            with pytest.raises(URLRefused) as refused:
                guarded_request("GET", server.origin + path, allowed_origins=[server.origin], max_bytes=1000)
            assert "1,000-byte limit" in refused.value.reason


def test_a_slow_page_times_out(dns):
    routes = {"/slow": (200, {"Connection": "close"}, trickle(0.05, 200))}
    with local_server(routes) as server, pytest.raises(httpx.TimeoutException):
        guarded_request("GET", server.origin + "/slow", allowed_origins=[server.origin], timeout=0.5)


def test_post_sends_the_body_and_headers(dns):
    with local_server({"/hook": (204, {}, "")}) as server:
        response = guarded_request(
            "POST",
            server.origin + "/hook",
            allowed_origins=[server.origin],
            headers={"X-Signature": "abc"},
            content='{"a": 1}',
        )
    assert response.status_code == 204
    method, path, headers = server.seen[0]
    assert (method, path, headers["X-Signature"]) == ("POST", "/hook", "abc")


def test_unresolvable_names_are_transport_errors(dns):
    with pytest.raises(httpx.ConnectError):
        guarded_request("GET", "http://nowhere.invalid/")


def test_configured_origins_come_from_settings(settings):
    settings.CRAWLER_ALLOWED_ORIGINS = ["http://127.0.0.1:9999"]
    settings.DJANGO_ENV = "test"
    assert http.configured_allowed_origins() == ("http://127.0.0.1:9999",)
    settings.DJANGO_ENV = "development"
    assert settings.DEMO_SITE_ORIGINS["dental"] in http.configured_allowed_origins()


def test_a_cookie_set_by_one_response_never_follows_a_later_request(dns):
    routes = {"/set": (200, {"Set-Cookie": "sid=tenant-a; Path=/"}, "set"), "/next": (200, {}, "next")}
    with local_server(routes) as server:
        guarded_request("GET", server.origin + "/set", allowed_origins=[server.origin])
        guarded_request("GET", server.origin + "/next", allowed_origins=[server.origin])
    assert [path for _, path, _ in server.seen] == ["/set", "/next"]
    assert "Cookie" not in server.seen[1][2]


def test_keep_alive_clients_are_per_host_name_so_a_tls_connection_serves_only_the_name_it_verified():
    assert http.pooled_client("https", "a.example.com") is http.pooled_client("https", "a.example.com")
    assert http.pooled_client("https", "a.example.com") is not http.pooled_client("https", "b.example.com")
    assert http.pooled_client("http", "a.example.com") is not http.pooled_client("https", "a.example.com")
