"""A real HTTP server on 127.0.0.1 for URL and feed tests: fixed routes, redirects, slow and huge answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    trickle: int = 0  # send the body in this many slow pieces (no Content-Length)
    stream_bytes: int = 0  # send this many bytes of filler without a Content-Length
    declared_length: int | None = None  # a Content-Length header to announce instead of the real one


@dataclass
class Server:
    port: int
    routes: dict[str, Route]
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with server.lock:
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                server.active += 1
                server.max_active = max(server.max_active, server.active)
            try:
                self._answer(server.routes.get(self.path.split("?")[0]))
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with server.lock:
                    server.active -= 1

        def _answer(self, route: Route | None) -> None:
            if route is None:
                route = Route(b"not here", status=404, content_type="text/plain")
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.stream_bytes or route.trickle:
                self.send_header("Connection", "close")
                self.end_headers()
                self._stream(route)
                self.close_connection = True
                return
            length = route.declared_length if route.declared_length is not None else len(route.body)
            self.send_header("Content-Length", str(length))
            self.end_headers()
            if route.declared_length is None:
                self.wfile.write(route.body)

        def _stream(self, route: Route) -> None:
            if route.stream_bytes:
                chunk = b"x" * 65536
                sent = 0
                while sent < route.stream_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                return
            piece = max(1, len(route.body) // route.trickle)
            for start in range(0, len(route.body), piece):
                self.wfile.write(route.body[start:start + piece])
                self.wfile.flush()
                time.sleep(0.4)

    return Handler


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    """Serve `routes` on a free port of 127.0.0.1 until the block ends."""
    state = Server(port=0, routes=routes)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
