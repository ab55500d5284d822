"""HTTP hardening, as three small ASGI middlewares around the app (docs/server.md, "Security").

- HostAllowList: a request whose Host header is not this server's name is refused (400). A web page on
  another site can make a browser resolve its own name to 127.0.0.1 (DNS rebinding) and then read the
  API as a same-origin page; its requests still carry that other name in Host.
- SecurityHeaders: every answer forbids what the dashboard never does (scripts, styles, frames or
  connections from anywhere but this server; guessing content types).
- HeadAsGet: HEAD on any GET route answers as GET would, without the body.
"""

from __future__ import annotations

import json
from typing import Iterable

LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
}


def host_name(header: str) -> str:
    """The name in a Host header, without the port: `[::1]:8000` -> `::1`, `Example.org:80` -> `example.org`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostAllowList:
    def __init__(self, app, *, names: Iterable[str]):
        self.app = app
        self.names = {host_name(name) for name in (*LOCAL_NAMES, *names)}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
            if host_name(host) not in self.names:
                await _send_json(send, 400, {"detail": "this server does not answer to that Host name "
                                                       "(start it with --allow-host NAME to add one)"})
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    def __init__(self, app):
        self.app = app
        self.headers = [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(header for header in self.headers if header[0] not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


async def _send_json(send, status: int, body: dict) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
