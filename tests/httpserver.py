"""A tiny HTTP server for crawl tests: a dict of path → response on 127.0.0.1.

    routes = {"/a.html": (200, {"Content-Type": "text/html"}, b"<html>…")}
    with TestServer(routes) as srv:
        srv.url("/a.html"); srv.counts["/a.html"]; srv.times["/a.html"]

A route value may also be a callable ``(n) -> (status, headers, body)``
taking the 1-based request count of that path (e.g. 429 first, 200 after).
Bodies that are ``str`` are UTF-8 encoded; ``{base}`` in text bodies is
replaced by the server's base URL. Unknown paths give 404. The query string
is part of the path key when a route with it exists, else it is ignored.

Misbehaving servers (for fault tests) are :class:`Raw` routes that write to
the socket themselves: :func:`hang` (never answers), :func:`reset` (closes
the connection mid-response), :func:`trickle` (sends a body a few bytes at a
time) and :func:`slow` (answers after a delay).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Self

Response = tuple[int, dict[str, str], bytes | str]


class Raw:
    """A route that handles the request itself: ``fn(handler, n)``, where
    ``handler`` is the ``BaseHTTPRequestHandler`` (write to ``handler.wfile``)
    and ``n`` the 1-based request count of the path."""

    def __init__(self, fn: Callable[[BaseHTTPRequestHandler, int], None]) -> None:
        self.fn = fn


Route = Response | Callable[[int], Response] | Raw

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml; charset=utf-8"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}


class TestServer:
    """Serve ``routes`` on 127.0.0.1 (ephemeral port) in a background thread."""

    __test__ = False  # not a pytest test class

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.counts: Counter[str] = Counter()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                key = self.path if self.path in server.routes else self.path.split("?", 1)[0]
                with server._lock:
                    server.counts[key] += 1
                    server.times[key].append(time.monotonic())
                    server.user_agents.append(self.headers.get("User-Agent", ""))
                    n = server.counts[key]
                route = server.routes.get(key)
                if isinstance(route, Raw):
                    try:
                        route.fn(self, n)
                    except OSError:
                        pass  # the client gave up (timeout): fine for a fault route
                    self.close_connection = True
                    return
                if route is None:
                    status, headers, body = 404, dict(TEXT), b"not found"
                else:
                    status, headers, body = route(n) if callable(route) else route
                if isinstance(body, str):
                    body = body.replace("{base}", server.base_url).encode("utf-8")
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (e.g. a download size limit)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.claimcheck_stopping = self.stopping  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def reset_counts(self) -> None:
        with self._lock:
            self.counts.clear()
            self.times.clear()
            self.user_agents.clear()

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()  # releases hanging and trickling fault routes
        self._httpd.shutdown()
        self._httpd.server_close()


# -- fault routes ------------------------------------------------------------


def _wait(handler: BaseHTTPRequestHandler, seconds: float) -> bool:
    """Sleep up to ``seconds``; False when the server is stopping."""
    stopping = getattr(handler.server, "claimcheck_stopping", None)
    if stopping is None:
        time.sleep(seconds)
        return True
    return not stopping.wait(seconds)


def hang(seconds: float = 60.0) -> Raw:
    """A server that accepts the request and never answers (until ``seconds``)."""

    def fn(handler: BaseHTTPRequestHandler, n: int) -> None:
        _wait(handler, seconds)

    return Raw(fn)


def reset(body: bytes = b"<html><body><p>The beginning of a story that never ") -> Raw:
    """Headers promising a long body, part of it, then a TCP reset (RST)."""

    def fn(handler: BaseHTTPRequestHandler, n: int) -> None:
        import socket
        import struct

        handler.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 100000\r\n\r\n"
            + body
        )
        handler.wfile.flush()
        # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()

    return Raw(fn)


def trickle(
    body: bytes | str, *, chunk: int = 16, delay: float = 0.2, content_type: str = HTML["Content-Type"]
) -> Raw:
    """Send ``body`` ``chunk`` bytes every ``delay`` seconds (a very slow server)."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def fn(handler: BaseHTTPRequestHandler, n: int) -> None:
        head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(data)}\r\n\r\n"
        handler.wfile.write(head.encode("latin-1"))
        for i in range(0, len(data), chunk):
            handler.wfile.write(data[i : i + chunk])
            handler.wfile.flush()
            if not _wait(handler, delay):
                return

    return Raw(fn)


def slow(response: Response, delay: float) -> Raw:
    """Answer ``response`` after ``delay`` seconds."""
    status, headers, body = response

    def fn(handler: BaseHTTPRequestHandler, n: int) -> None:
        if not _wait(handler, delay):
            return
        data = body.encode("utf-8") if isinstance(body, str) else body
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return Raw(fn)


# -- helpers for crawl tests ---------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[1]

#: Settings that keep test crawls quick without changing what they test.
FAST = ("-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "LOG_LEVEL=INFO")


def article_html(
    title: str, n: int = 3, *, word: str = "story", extra_head: str = "", html_attrs: str = ""
) -> str:
    """A small article page: ``n`` distinct paragraphs about ``word``."""
    paras = "\n".join(
        f"<p>Paragraph {i} of the {word} report explains, in enough plain words to count as an article, "
        f"what happened to the {word} on day {i} and why readers of this {word} should care about it.</p>"
        for i in range(1, n + 1)
    )
    return (
        f'<!DOCTYPE html><html lang="en"{html_attrs}><head><meta charset="utf-8"><title>{title}</title>'
        f'{extra_head}</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>\n{paras}\n'
        f"</article><footer>Footer</footer></body></html>"
    )


def run_scrapy(
    db: object, *args: str, timeout: float = 120, env: dict[str, str] | None = None, cwd: object = None
) -> subprocess.CompletedProcess[str]:
    """``python -m scrapy crawl news -a db=DB ARGS`` from the repository root."""
    full_env = dict(os.environ)
    full_env.pop("CLAIMCHECK_DB", None)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), full_env.get("PYTHONPATH", "")]))
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "scrapy", "crawl", "news", *FAST, *args]
    if db is not None:
        cmd += ["-a", f"db={db}"]
    proc = subprocess.run(
        cmd,
        cwd=str(cwd or REPO_ROOT),
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def rows(db: object, sql: str, params: tuple = ()) -> list[dict]:
    """Rows of a query on a SQLite file, as dicts."""
    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()
