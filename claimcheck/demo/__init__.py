"""The demo corpus: the five seed articles served as a small news site.

``site/`` holds the generated pages (built by :mod:`claimcheck.demo.build`);
:class:`claimcheck.demo.server.DemoServer` serves them on 127.0.0.1.
"""

from __future__ import annotations

from claimcheck.demo.build import SITE_DIR
from claimcheck.demo.server import DemoServer, serve

__all__ = ["SITE_DIR", "DemoServer", "serve"]
