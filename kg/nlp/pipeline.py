"""The spaCy pipeline: ``spacy.blank("zh")`` plus zjkg's rule components.

One spaCy ``Doc`` per section of a document. The section's place in its document and its
sentences travel in ``doc.user_data["zjkg"]`` (a :class:`SectionInfo`); each component
writes a span group (``doc.spans["divisions"]``, ``"officials"``, ``"programs"``,
``"enterprises"``, ``"metrics"``, ``"periods"``) whose spans carry the component's
plain record in ``span._.zjkg``.

The tokenizer is spaCy's character segmenter: every rule works on characters, entity
boundaries never fall inside a token, and it is the fastest segmenter by far (see
README, "Segmenter"). ``segmenter="pkuseg"`` or ``"jieba"`` swaps in word tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.document import Document
from kg.nlp.divisions import find_divisions
from kg.nlp.enterprises import find_enterprises
from kg.nlp.officials import find_officials, parse_header
from kg.nlp.programs import find_programs

if not Span.has_extension("zjkg"):
    Span.set_extension("zjkg", default=None)


@dataclass(frozen=True)
class SectionInfo:
    """Where a section's Doc sits in its document."""

    document: str  # Document.name
    index: int  # index into Document.sections
    offset: int  # Document.text offset of the Doc's first character
    sentences: tuple[tuple[int, int], ...]  # sentence offsets relative to the Doc
    header: tuple[str, int] | None  # speaker line and its offset relative to the Doc


def _info(doc: Doc) -> SectionInfo:
    return doc.user_data["zjkg"]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy joins every token afresh on each access."""
    text = doc.user_data.get("zjkg_text")
    if text is None:
        text = doc.user_data["zjkg_text"] = doc.text
    return text


def _set_group(doc: Doc, name: str, records: Iterable[Any]) -> None:
    """Store records as spans of group ``name``; span_id keeps equal offsets apart."""
    spans = []
    for i, rec in enumerate(records):
        span = doc.char_span(rec.start, rec.end, label=name, alignment_mode="expand", span_id=i)
        if span is None:
            continue
        span._.zjkg = rec
        spans.append(span)
    doc.spans[name] = spans


def records(doc: Doc, name: str) -> list[Any]:
    """The plain records a component stored in span group ``name``."""
    return [span._.zjkg for span in doc.spans.get(name, [])]


@Language.factory("zjkg_divisions")
def make_divisions(nlp: Language, name: str):
    """Administrative divisions (full, short and deictic names)."""

    def divisions(doc: Doc) -> Doc:
        _set_group(doc, "divisions", find_divisions(doc_text(doc)))
        return doc

    return divisions


@Language.factory("zjkg_officials")
def make_officials(nlp: Language, name: str):
    """Officials with their posts: the speaker line, then inline mentions."""

    def officials(doc: Doc) -> Doc:
        divs = records(doc, "divisions")
        found = []
        info = _info(doc) if "zjkg" in doc.user_data else None
        header_span = None
        if info and info.header:
            text, at = info.header
            local = [d for d in find_divisions(text)]
            official = parse_header(text, local, offset=at)
            if official is not None:
                found.append(official)
                header_span = (at, at + len(text))
        for off in find_officials(doc_text(doc), divs):
            if header_span and header_span[0] <= off.start < header_span[1]:
                continue
            found.append(off)
        _set_group(doc, "officials", found)
        return doc

    return officials


@Language.factory("zjkg_programs")
def make_programs(nlp: Language, name: str):
    """Named programs, strategies and slogans."""

    def programs(doc: Doc) -> Doc:
        _set_group(doc, "programs", find_programs(doc_text(doc)))
        return doc

    return programs


@Language.factory("zjkg_enterprises")
def make_enterprises(nlp: Language, name: str):
    """Enterprises named with a company suffix."""

    def enterprises(doc: Doc) -> Doc:
        _set_group(doc, "enterprises", find_enterprises(doc_text(doc)))
        return doc

    return enterprises


@Language.factory("zjkg_figures")
def make_figures(nlp: Language, name: str):
    """Metrics and period phrases, sentence by sentence."""
    from kg.nlp.metrics import find_metrics
    from kg.nlp.periods import find_periods

    def figures(doc: Doc) -> Doc:
        metrics, periods = [], []
        text = doc_text(doc)
        for s, e in _info(doc).sentences:
            sentence = text[s:e]
            for p in find_periods(sentence):
                periods.append(_Shifted(p, s))
            for m in find_metrics(sentence):
                metrics.append(_Shifted(m, s))
        _set_group(doc, "periods", periods)
        _set_group(doc, "metrics", metrics)
        return doc

    return figures


@dataclass(frozen=True)
class _Shifted:
    """A sentence-relative record placed in its Doc: ``start``/``end`` shifted by ``offset``."""

    record: Any
    offset: int

    @property
    def start(self) -> int:
        return self.record.start + self.offset

    @property
    def end(self) -> int:
        return self.record.end + self.offset


RULE_COMPONENTS = ("zjkg_divisions", "zjkg_officials", "zjkg_programs", "zjkg_enterprises", "zjkg_figures")


def make_nlp(segmenter: str = "char", pkuseg_model: Path | None = None) -> Language:
    """The zjkg pipeline on ``spacy.blank("zh")`` with the given segmenter."""
    config = {"nlp": {"tokenizer": {"segmenter": segmenter}}}
    nlp = spacy.blank("zh", config=config)
    if segmenter == "pkuseg":
        from kg.models import pkuseg_path

        nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_model or pkuseg_path()), pkuseg_user_dict="default")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def section_docs(nlp: Language, documents: Iterable[Document], batch_size: int = 64) -> Iterator[tuple[Document, list[Doc]]]:
    """Run the pipeline over every section of every document, batched with ``nlp.pipe``."""
    for document in documents:
        items = []
        for index, section in enumerate(document.sections):
            sentences = tuple(
                (s.start - section.start, s.end - section.start)
                for s in document.sentences
                if s.section == index
            )
            header = None
            if section.header and section.header_start is not None:
                header = (document.text[section.header_start : section.header_start + len(section.header)], section.header_start - section.start)
            info = SectionInfo(document.name, index, section.start, sentences, header)
            items.append((document.text[section.start : section.end], info))
        docs = []
        for doc, info in nlp.pipe(_with_info(nlp, items), batch_size=batch_size, as_tuples=True):
            docs.append(doc)
        yield document, docs


def _with_info(nlp: Language, items: list[tuple[str, SectionInfo]]) -> Iterator[tuple[Doc, SectionInfo]]:
    # user_data must be set before the components run, so make the Doc first.
    for text, info in items:
        doc = nlp.make_doc(text)
        doc.user_data["zjkg"] = info
        doc.user_data["zjkg_text"] = text
        yield doc, info
