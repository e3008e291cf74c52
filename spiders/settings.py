"""Scrapy project settings for ``scrapy crawl news`` (named by ``scrapy.cfg``).

The library's settings plus this project's spider module; put local
overrides here or pass ``-s NAME=VALUE``.
"""

from __future__ import annotations

from claimcheck.crawl.settings import *

SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
