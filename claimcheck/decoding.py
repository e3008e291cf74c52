"""Page bytes → markup text, refusing what is not HTML text (the parser's first step).

:func:`decode_html` decides the encoding (BOM, UTF-8 validity, declared
charset, then a guess) and raises :class:`ArticleError` for binary, undecodable
or oversized input, so nothing downstream has to.
"""

from __future__ import annotations

import re

__all__ = ["MAX_PAGE_BYTES", "ArticleError", "decode_html"]

#: Larger pages are refused (:class:`ArticleError`): parsing 50 MB of markup
#: takes half a minute and no news article is that long. The crawl stops
#: downloading at its own limit (``CLAIMCHECK_MAX_PAGE_SIZE``) first.
MAX_PAGE_BYTES = 10 * 1024 * 1024

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES_RE = re.compile(b"[\x00-\x08\x0b\x0e-\x1f]")


class ArticleError(ValueError):
    """The input cannot be parsed as an HTML page (binary, undecodable or too large).

    ``status`` is the fetch-record status it stands for: ``not_html`` (binary
    data), ``too_large`` or ``error``.
    """

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.status = status


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """Return page markup as text; raise :class:`ArticleError` for binary data.

    Bytes are decoded by their BOM; else as UTF-8 when they are valid UTF-8
    (declarations lie more often than UTF-8 validity does); else by the
    declared charset (``encoding``, e.g. from the HTTP header, then
    ``<meta charset>``), decoded strictly; else by a guess that prefers
    windows-1252 for Western single-byte text. ``latin-1``/``ascii``
    declarations mean windows-1252, as in browsers. Text with NUL bytes or
    many control characters is refused, and so is a page larger than
    :data:`MAX_PAGE_BYTES`.
    """
    if isinstance(data, bytes):
        if len(data) > MAX_PAGE_BYTES:
            raise ArticleError(f"page too large: {len(data)} bytes (limit {MAX_PAGE_BYTES})", "too_large")
        if data[:2] in (b"\x1f\x8b",) or data[:4] in (b"%PDF", b"PK\x03\x04"):
            raise ArticleError("input is binary (compressed or document file), not HTML", "not_html")
        if data[:8] in (b"\x89PNG\r\n\x1a\n",) or data[:3] in (b"GIF", b"\xff\xd8\xff"):
            raise ArticleError("input is binary (image file), not HTML", "not_html")
        text = _decode_bytes(data, encoding)
    elif isinstance(data, str):
        if len(data) > MAX_PAGE_BYTES:
            raise ArticleError(
                f"page too large: {len(data)} characters (limit {MAX_PAGE_BYTES})", "too_large"
            )
        text = data
    else:
        raise ArticleError(f"expected str or bytes, got {type(data).__name__}")
    sample = text[:4096]
    controls = len(_CONTROL_RE.findall(sample))
    if "\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise ArticleError("input looks binary, not HTML text", "not_html")
    if sample and sample.count("\ufffd") / len(sample) > 0.05:
        raise ArticleError("input looks binary (undecodable bytes), not HTML text", "not_html")
    return text


#: Declarations browsers read as windows-1252 (WHATWG encoding labels).
_CP1252_LABELS = {
    "latin-1",
    "latin1",
    "iso-8859-1",
    "iso8859-1",
    "l1",
    "ascii",
    "us-ascii",
    "cp819",
    "windows-1252",
    "cp1252",
}
_META_CHARSET = re.compile(r"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def _norm_encoding(label: str) -> str | None:
    import codecs

    label = label.strip().strip("\"'").lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_bytes(data: bytes, encoding: str | None = None) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace")
    head_bytes = data[:4096]
    if b"\x00" in head_bytes:
        raise ArticleError("input looks binary (NUL bytes), not HTML text", "not_html")
    # No text encoding news pages use puts C0 control bytes in multi-byte
    # sequences, so counting them on the raw bytes is safe (and spares the
    # charset guesser megabytes of noise).
    if head_bytes and len(_CONTROL_BYTES_RE.findall(head_bytes)) / len(head_bytes) > 0.05:
        raise ArticleError("input looks binary (control bytes), not HTML text", "not_html")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096].decode("ascii", "replace")
    m = _META_CHARSET.search(head)
    declared = [e for e in (encoding, m.group(1) if m else None) if e]
    for label in declared:
        codec = _norm_encoding(label)
        if codec is None or codec.startswith("utf-16") or codec == "utf-8":
            continue
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - charset guessing is best effort
        best = None
    guess = _norm_encoding(best.encoding) if best is not None else None
    single_byte = guess is None or guess.startswith(("cp12", "iso8859", "latin", "mac", "cp8", "koi8"))
    if single_byte and guess not in ("koi8-r", "cp1251", "iso8859-5", "cp1253", "iso8859-7"):
        try:
            return data.decode("cp1252")  # Western single-byte text, the usual mislabel
        except UnicodeDecodeError:
            pass
    if guess is None:
        raise ArticleError(
            "input looks binary (cannot decode it in any known encoding), not HTML text", "not_html"
        )
    return data.decode(guess, "replace")
