"""``re``'s module-level functions over a larger compiled-pattern cache.

The extractors build many patterns from the names an article mentions
(``rf"\\b{re.escape(form)}\\b"``); together with the fixed ones that is
thousands of distinct patterns per few dozen articles, far more than ``re``'s
own 512-entry cache, which then recompiled even the fixed patterns over and
over (most of the components' time). Same signatures and results as ``re``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_compile = lru_cache(maxsize=16384)(re.compile)


def compile(pattern: Any, flags: int = 0) -> re.Pattern[str]:
    return _compile(pattern, flags)


def search(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
    return _compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return _compile(pattern, flags).findall(string)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return _compile(pattern, flags).subn(repl, string, count)
