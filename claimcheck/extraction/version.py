"""The extractor version, importable without loading spaCy.

Stored claims record it; bump it whenever extraction output can change, and
the next ``claimcheck extract`` (or ``report``) re-extracts every article.
"""

EXTRACTOR_VERSION = "0.8.0"
