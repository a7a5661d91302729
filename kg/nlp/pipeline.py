"""The spaCy pipeline: ``spacy.blank("zh")`` plus zjkg's rule components.

One spaCy ``Doc`` per section of a document. The section's place in its document and its
sentences travel in ``doc.user_data["zjkg"]`` (a :class:`SectionInfo`); each component
writes a span group (``doc.spans["divisions"]``, ``"officials"``, ``"programs"``,
``"enterprises"``, ``"metrics"``, ``"periods"``) whose spans carry the component's
plain record in ``span._.zjkg``.

The tokenizer gives one token per character (:class:`CharTokenizer`): every rule works on characters, entity
boundaries never fall inside a token, and it is the fastest segmenter by far (see
README, "Segmenter"). ``segmenter="pkuseg"`` or ``"jieba"`` swaps in word tokens.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.document import Document
from kg.forked import can_fork, run_forked
from kg.nlp.careers import author_officials, report_author
from kg.nlp.divisions import find_divisions
from kg.nlp.enterprises import find_enterprises
from kg.nlp.officials import find_officials, parse_header
from kg.nlp.programs import find_programs

def _span_record(span: Span) -> Any:
    """The record behind a span of a zjkg group (its label names the group)."""
    for rec in span.doc.user_data.get("zjkg_records", {}).get(span.label_, ()):
        if rec.start == span.start_char and rec.end == span.end_char:
            return rec
    return None


# A getter, not a stored value: spaCy keys stored span values by offsets alone, so two
# groups' spans over the same characters (a division that is also a program) would clash.
if not Span.has_extension("zjkg"):
    Span.set_extension("zjkg", getter=_span_record)


@dataclass(frozen=True)
class SectionInfo:
    """Where a section's Doc sits in its document."""

    document: str  # Document.name
    index: int  # index into Document.sections
    offset: int  # Document.text offset of the Doc's first character
    sentences: tuple[tuple[int, int], ...]  # sentence offsets relative to the Doc
    header: tuple[str, int] | None  # speaker line and its offset relative to the Doc
    date: dt.date | None = None  # the document's date (a recent bare year frames figures)
    author: str | None = None  # who a report on his own work is by (its 本人, :func:`report_author`)


@dataclass(frozen=True)
class SectionData:
    """What the pipeline found in one section, without the Doc: the ``user_data`` that
    relate reads (the section's info, text and every component's records)."""

    user_data: dict[str, Any]


#: A section as relate reads it: its Doc, or the Doc's user_data alone (from a worker).
Section = Union[Doc, SectionData]


def _info(doc: Doc) -> SectionInfo:
    return doc.user_data["zjkg"]


def doc_text(doc: Section) -> str:
    """``doc.text``, computed once: spaCy joins every token afresh on each access."""
    text = doc.user_data.get("zjkg_text")
    if text is None:
        text = doc.user_data["zjkg_text"] = doc.text
    return text


def _set_group(doc: Doc, name: str, records: Iterable[Any]) -> None:
    """Keep a component's records and show them as span group ``name`` (label = group)."""
    records = list(records)
    doc.user_data.setdefault("zjkg_records", {})[name] = records
    spans = [doc.char_span(r.start, r.end, label=name, alignment_mode="expand") for r in records]
    doc.spans[name] = [s for s in spans if s is not None]


def records(doc: Section, name: str) -> list[Any]:
    """The plain records a component stored for group ``name``."""
    return doc.user_data.get("zjkg_records", {}).get(name, [])


def _text_component(group: str, finder: Callable[[str], list[Any]]) -> Callable[[Doc], Doc]:
    """A component that stores ``finder(text)`` as span group ``group``."""

    def component(doc: Doc) -> Doc:
        _set_group(doc, group, finder(doc_text(doc)))
        return doc

    return component


@Language.factory("zjkg_divisions")
def make_divisions(nlp: Language, name: str):
    """Administrative divisions (full, short and deictic names)."""
    return _text_component("divisions", find_divisions)


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
            official = parse_header(text, find_divisions(text), offset=at)
            if official is not None:
                found.append(official)
                header_span = (at, at + len(text))
        for off in find_officials(doc_text(doc), divs):
            if header_span and header_span[0] <= off.start < header_span[1]:
                continue
            found.append(off)
        if info and info.author:
            found += author_officials(doc_text(doc), {d.start: d for d in divs if d.candidates}, info.author)
        _set_group(doc, "officials", found)
        return doc

    return officials


@Language.factory("zjkg_programs")
def make_programs(nlp: Language, name: str):
    """Named programs, strategies and slogans."""
    return _text_component("programs", find_programs)


@Language.factory("zjkg_enterprises")
def make_enterprises(nlp: Language, name: str):
    """Enterprises: company suffixes and trade names."""
    return _text_component("enterprises", find_enterprises)


@Language.factory("zjkg_figures")
def make_figures(nlp: Language, name: str):
    """Metrics and period phrases, sentence by sentence."""
    from kg.nlp.metrics import find_metrics
    from kg.nlp.periods import find_periods
    from kg.nlp.tables import table_metrics

    def figures(doc: Doc) -> Doc:
        metrics, periods = [], []
        text = doc_text(doc)
        info = _info(doc)
        rows = table_metrics(text) if any(mark in text for mark in ("｜", "|", "\t", "  ")) else {}
        for s, e in info.sentences:
            sentence = text[s:e]
            found = find_periods(sentence, info.date)
            periods.extend(_Shifted(p, s) for p in found)
            row = next(((a, b) for a, b in rows if a <= s < b), None)
            if row is not None:  # a table's row: its figures are its columns' (once per row)
                metrics.extend(_Shifted(m, row[0]) for m in rows[row])
                rows[row] = []
                continue
            metrics.extend(_Shifted(m, s) for m in find_metrics(sentence, found))
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


@dataclass(frozen=True)
class ModelSpan:
    """A span the statistical NER found in a sentence the rules left a gap in."""

    start: int
    end: int
    label: str  # the model's label: PER/ORG (coarse) or company/name/... (fine)


# Sentences worth the statistical model's time (it runs ~10x slower than the rules):
# ones that speak of companies with none found, or of posts with no holder found.
# A list of names closed by 等…企业/项目 (惠生海工、银岱汽车、晨光电机等规上企业) where the
# rules did not name every item.
_COMPANY_CUE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+等[^，,。；;]{0,6}(?:企业|公司|项目)")
# A name set off from its post by punctuation: 王健,义乌市委书记, / 市委书记:王健.
_POST_CUE = re.compile(
    r"(?:^|[，,。；;：:、\s])[\u4e00-\u9fff]{2,4}[,，]\s*(?:中共)?[\u4e00-\u9fff]{2,12}?"
    r"(?:书记|[省市区县州旗]长|主任|主席|部长|常委)(?=[,，。；;])"
    r"|(?:书记|[省市区县州旗]长|主任|主席|部长|常委)[:：]\s*[\u4e00-\u9fff]{2,4}(?=[,，。；;\s]|$)"
)


_CUE_CONTEXT = 8


class StatisticalComponent:
    """The shipped statistical NER, run only on sentences where the rules left a gap.

    ``pipe`` gathers the chosen sentences of a whole batch of Docs into one call of the
    model, so its per-call overhead is paid once per batch, not once per section.
    """

    def __init__(self, labels: str = "fine"):
        from kg.nlp.statistical import StatisticalNER

        self.model = StatisticalNER()
        self.labels = labels

    def _chosen(self, doc: Doc) -> list[tuple[int, str]]:
        text = doc_text(doc)
        found = [(r.start, r.end) for g in ("enterprises", "officials") for r in records(doc, g)]
        chosen = []
        for s, e in _info(doc).sentences:
            if any(s <= a < e for a, _ in found):
                continue
            sentence = text[s:e]
            # Only the cue and a little context go to the model (it reads ~30 KB/s): the
            # list or the name-and-post it marks, not the whole, often long, sentence.
            for m in (_COMPANY_CUE.search(sentence), _POST_CUE.search(sentence)):
                if m:
                    a, b = max(0, m.start() - _CUE_CONTEXT), min(len(sentence), m.end() + _CUE_CONTEXT)
                    chosen.append((s + a, sentence[a:b]))
        return chosen

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in spacy.util.minibatch(docs, size=batch_size):
            chosen = [self._chosen(doc) for doc in batch]
            flat = [sentence for c in chosen for _, sentence in c]
            preds = iter(self.model.predict(flat, labels=self.labels) if flat else [])
            for doc, sentences in zip(batch, chosen):
                spans = []
                for s, _ in sentences:
                    spans.extend(ModelSpan(s + a, s + b, label) for a, b, label in next(preds))
                _set_group(doc, "model", spans)
                yield doc


@Language.factory("zjkg_statistical", default_config={"labels": "fine"})
def make_statistical(nlp: Language, name: str, labels: str) -> StatisticalComponent:
    """The statistical NER component (see :class:`StatisticalComponent`)."""
    return StatisticalComponent(labels)


RULE_COMPONENTS = ("zjkg_divisions", "zjkg_officials", "zjkg_programs", "zjkg_enterprises", "zjkg_figures")


class CharTokenizer:
    """One token per character, whitespace included, so ``doc.text`` is the text as given.

    spaCy's own "char" segmenter does the same but then re-aligns the characters with
    the text (``get_words_and_spaces``), which costs more than all the rules together
    on a long document; here the alignment is known, so the Doc is built directly.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))

    def to_disk(self, path, **kwargs) -> None:  # stateless: nothing to save
        pass

    def from_disk(self, path, **kwargs) -> CharTokenizer:
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> CharTokenizer:
        return self


@spacy.registry.tokenizers("zjkg.CharTokenizer.v1")
def create_char_tokenizer() -> Callable[[Language], CharTokenizer]:
    """The registered factory of :class:`CharTokenizer` (``[nlp.tokenizer]`` in a config)."""

    def make(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make


def make_nlp(segmenter: str = "char", pkuseg_model: Path | None = None, statistical: bool = True) -> Language:
    """The zjkg pipeline on ``spacy.blank("zh")`` with the given segmenter.

    With ``statistical`` (and the shipped models present) the NER model runs after the
    rule components, on the sentences where they left a gap.
    """
    if segmenter == "char":
        config = {"nlp": {"tokenizer": {"@tokenizers": "zjkg.CharTokenizer.v1"}}}
    else:
        config = {"nlp": {"tokenizer": {"segmenter": segmenter}}}
    nlp = spacy.blank("zh", config=config)
    if segmenter == "pkuseg":
        # The shipped model: spacy-pkuseg without a path would try to download one.
        model = pkuseg_model or Path(__file__).resolve().parent.parent / "models" / "pkuseg"
        nlp.tokenizer.initialize(pkuseg_model=str(model), pkuseg_user_dict="default")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    if statistical:
        from kg.nlp.statistical import FINE_DIR

        if FINE_DIR.is_dir():
            nlp.add_pipe("zjkg_statistical")
    return nlp


def _section_items(document: Document) -> list[tuple[str, SectionInfo]]:
    """Each section's text with its :class:`SectionInfo`."""
    by_section: dict[int, list] = {}
    for s in document.sentences:
        by_section.setdefault(s.section, []).append(s)
    items = []
    author = report_author(document.text)
    for index, section in enumerate(document.sections):
        sentences = tuple((s.start - section.start, s.end - section.start) for s in by_section.get(index, ()))
        header = None
        if section.header and section.header_start is not None:
            header = (document.text[section.header_start : section.header_start + len(section.header)], section.header_start - section.start)
        info = SectionInfo(document.name, index, section.start, sentences, header, document.date, author)
        items.append((document.text[section.start : section.end], info))
    return items


def section_docs(nlp: Language, documents: Iterable[Document], batch_size: int = 64) -> Iterator[tuple[Document, list[Doc]]]:
    """Run the pipeline over every section of every document, batched with ``nlp.pipe``."""
    for document in documents:
        items = _section_items(document)
        yield document, [doc for doc, _ in nlp.pipe(_with_info(nlp, items), batch_size=batch_size, as_tuples=True)]


#: Characters a worker process must have to be worth forking: a fork costs ~15 ms with
#: the pipeline loaded, so a 4,000-character text built 35 ms in one process and 49 ms
#: in two; 9,000 characters broke even; 80,000 went from 0.61 s to 0.48 s.
PARALLEL_MIN_CHARS = 8_000


def _split_by_length(items: list, parts: int) -> list[list]:
    """``items`` (``(document, text, info)``) cut into ``parts`` runs of about equal text
    (measured on the seeds: a worker given more than this process waits for it)."""
    total = sum(len(text) for _, text, _ in items)
    out: list[list] = [[] for _ in range(parts)]
    run = 0
    for item in items:
        # an item goes where its middle character falls
        out[min(parts - 1, int((run + len(item[1]) / 2) * parts / total))].append(item)
        run += len(item[1])
    return [part for part in out if part]


def section_data(nlp: Language, documents: Iterable[Document], jobs: int = 1) -> Iterator[tuple[Document, list[SectionData]]]:
    """Every document with its sections' :class:`SectionData`.

    With ``jobs`` >= 2 and text enough (:data:`PARALLEL_MIN_CHARS` a process), the
    sections are cut into ``jobs`` runs of about equal text: this process runs the first,
    a forked child each other. The records are the same either way (sections are
    independent in the NLP stage).
    """
    documents = list(documents)
    items = [(d, text, info) for d in documents for text, info in _section_items(d)]
    total = sum(len(text) for _, text, _ in items)

    def records_of(part: list) -> list[dict[str, list]]:
        pairs = [(text, info) for _, text, info in part]
        return [doc.user_data.get("zjkg_records", {}) for doc, _ in nlp.pipe(_with_info(nlp, pairs), batch_size=64, as_tuples=True)]

    jobs = min(jobs, len(items), total // PARALLEL_MIN_CHARS)
    if jobs >= 2 and can_fork():
        found = [recs for part in run_forked(records_of, _split_by_length(items, jobs)) for recs in part]
    else:
        found = records_of(items)
    by_document: dict[int, list[SectionData]] = {id(d): [] for d in documents}
    for (document, text, info), recs in zip(items, found):
        by_document[id(document)].append(SectionData({"zjkg": info, "zjkg_text": text, "zjkg_records": recs}))
    for document in documents:
        yield document, by_document[id(document)]


def _with_info(nlp: Language, items: list[tuple[str, SectionInfo]]) -> Iterator[tuple[Doc, SectionInfo]]:
    # user_data must be set before the components run, so make the Doc first.
    for text, info in items:
        doc = nlp.make_doc(text)
        doc.user_data["zjkg"] = info
        doc.user_data["zjkg_text"] = text
        yield doc, info
