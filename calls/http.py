"""All HTTP the calls app sends itself (sandbox deliveries, recording fetches) goes through here.

The Retell SDK has its own client; everything else passes these two
functions, so tests replace one place.
"""

import httpx

USER_AGENT = "voiceplatform-calls/1"


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
    response.extensions["calls_client"] = client
    return response


def close_stream(response: httpx.Response) -> None:
    response.close()
    client = response.extensions.get("calls_client")
    if client is not None:
        client.close()
