"""A local stand-in for Retell's HTTP API, so the SDK's own request code runs in tests."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeRetell:
    def __init__(self):
        self.requests: list[dict] = []
        self.fail_with: tuple[int, dict] | None = None
        self.agents: dict[str, dict] = {}
        self.numbers: dict[str, dict] = {}
        self.calls: dict[str, dict] = {}
        self._counter = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _serve(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                fake.requests.append(
                    {"method": method, "path": self.path, "auth": self.headers.get("Authorization"), "json": body}
                )
                if fake.fail_with:
                    status, payload = fake.fail_with
                    self._reply(status, payload, {"retry-after-ms": "1"})
                    return
                status, payload = fake.route(method, self.path, body or {})
                self._reply(status, payload)

            def _reply(self, status, payload, headers=None):
                data = b"" if payload is None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

            def do_PATCH(self):
                self._serve("PATCH")

            def do_DELETE(self):
                self._serve("DELETE")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def _id(self, prefix):
        self._counter += 1
        return f"{prefix}_{self._counter:04d}"

    def calls_to(self, path_prefix: str) -> list[dict]:
        return [r for r in self.requests if r["path"].startswith(path_prefix)]

    def route(self, method, path, body):
        if path == "/create-retell-llm":
            return 201, {"llm_id": self._id("llm"), "last_modification_timestamp": 1, **body}
        if m := re.fullmatch(r"/update-retell-llm/(\w+)", path):
            return 200, {"llm_id": m[1], "last_modification_timestamp": 2, **body}
        if path == "/create-agent":
            agent = {"agent_id": self._id("agent"), "version": 0, "last_modification_timestamp": 1, **body}
            self.agents[agent["agent_id"]] = agent
            return 201, agent
        if m := re.fullmatch(r"/update-agent/(\w+)", path):
            agent = self.agents.get(m[1])
            if agent is None:
                return 404, {"message": "agent not found"}
            agent.update(body)
            agent["version"] += 1
            return 200, agent
        if re.fullmatch(r"/publish-agent-version/(\w+)", path):
            return 200, None
        if path == "/v2/create-phone-call":
            call = {
                "call_id": self._id("call"),
                "agent_id": body.get("override_agent_id", "agent_default"),
                "agent_version": int(body.get("override_agent_version", 0)),
                "call_status": "registered",
                "call_type": "phone_call",
                "direction": "outbound",
                "from_number": body["from_number"],
                "to_number": body["to_number"],
                "metadata": body.get("metadata"),
                "retell_llm_dynamic_variables": body.get("retell_llm_dynamic_variables"),
            }
            self.calls[call["call_id"]] = call
            return 201, call
        if path == "/v3/create-web-call":
            return 201, {
                "call_id": self._id("web"),
                "access_token": "tok_web",
                "expires_at": 1,
                "ice_servers": [],
                "transport": "gateway",
            }
        if m := re.fullmatch(r"/v2/get-call/(\w+)", path):
            call = self.calls.get(m[1])
            return (200, call) if call else (404, {"message": "call not found"})
        if path == "/create-phone-number":
            number = body.get("phone_number") or f"+1{body.get('area_code', 415)}5550{len(self.numbers) + 100:03d}"
            record = {
                "phone_number": number,
                "phone_number_type": "retell-twilio",
                "last_modification_timestamp": 1,
                "area_code": body.get("area_code"),
                **{k: v for k, v in body.items() if k != "phone_number"},
            }
            self.numbers[number] = record
            return 201, record
        if path == "/import-phone-number":
            record = {"phone_number_type": "custom", "last_modification_timestamp": 1, **body}
            self.numbers[body["phone_number"]] = record
            return 201, record
        if m := re.fullmatch(r"/update-phone-number/(.+)", path):
            number = m[1].replace("%2B", "+")
            if number not in self.numbers:
                return 404, {"message": "number not found"}
            self.numbers[number].update(body)
            return 200, self.numbers[number]
        if m := re.fullmatch(r"/delete-phone-number/(.+)", path):
            self.numbers.pop(m[1].replace("%2B", "+"), None)
            return 204, None
        return 404, {"message": f"no route {method} {path}"}
