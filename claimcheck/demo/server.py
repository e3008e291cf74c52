"""Serve a directory (by default the demo news site) over HTTP on 127.0.0.1.

The crawl stage uses this when ``scrapy crawl news`` is given no source: the
demo corpus is served on an ephemeral loopback port in a background thread
and crawled like any news site. Text files (HTML, XML, robots.txt) have the
build-time placeholder base URL replaced with the server's own base URL, so
feed and sitemap links point at the live server.

    with DemoServer() as base_url:
        ...  # e.g. fetch f"{base_url}/feed.xml"
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from types import TracebackType

from claimcheck.demo.build import BASE_PLACEHOLDER, SITE_DIR

_TEXT_SUFFIXES = {".html", ".xml", ".txt", ".json"}


class _Handler(SimpleHTTPRequestHandler):
    """Static files, with the placeholder base URL rewritten in text files."""

    base_url = ""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_file() and path.suffix in _TEXT_SUFFIXES and self.base_url:
            body = path.read_bytes().replace(BASE_PLACEHOLDER.encode(), self.base_url.encode())
            ctype = self.guess_type(str(path))
            if path.suffix == ".xml":
                ctype = "application/xml"
            self.send_response(200)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return BytesIO(body)
        return super().send_head()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test and crawl output quiet


class DemoServer:
    """A threaded static HTTP server on 127.0.0.1 (ephemeral port by default).

    Use as a context manager (``__enter__`` returns the base URL) or call
    :meth:`start` / :meth:`stop`.
    """

    def __init__(self, directory: str | Path = SITE_DIR, port: int = 0) -> None:
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise FileNotFoundError(f"no such directory: {self.directory}")
        self.port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server not started")
        host, port = self._httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{host}:{port}"

    def start(self) -> str:
        """Start serving in a daemon thread; return the base URL."""
        if self._httpd is not None:
            return self.base_url
        handler: type[_Handler] = type("DemoHandler", (_Handler,), {})
        self._httpd = ThreadingHTTPServer(
            ("127.0.0.1", self.port), partial(handler, directory=str(self.directory))
        )
        self._httpd.daemon_threads = True
        handler.base_url = self.base_url
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="claimcheck-demo", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(directory: str | Path = SITE_DIR, port: int = 0) -> DemoServer:
    """Start a :class:`DemoServer` and return it (call ``.stop()`` when done)."""
    server = DemoServer(directory, port)
    server.start()
    return server


if __name__ == "__main__":  # pragma: no cover - manual use
    import time

    srv = serve(port=8000)
    print(f"serving {srv.directory} at {srv.base_url} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
