"""The Scrapy project's spiders: thin configuration over :mod:`claimcheck.crawl`."""
