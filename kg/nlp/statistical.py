"""Statistical NER shipped with the package (kg/models/ner_coarse, kg/models/ner_fine).

Two small spaCy pipelines, each ``spacy.blank("zh")`` (one token per character, so every
entity boundary is a token boundary) plus one ``ner`` component whose tok2vec is internal
(no listener): each pipeline loads alone and runs on plain strings.

- ``ner_coarse``: PER / LOC / ORG (MSRA-style), trained on the MSRA-derived files.
- ``ner_fine``: CLUENER2020 labels (name, address, company, government, organization,
  position, scene, book, game, movie), trained on CLUENER train.

The character embedding is :func:`char_ngram_embed` (registered as
``zjkg.CharNgramEmbed.v1``): hashed embeddings of the character and of the bigrams it
forms with its left and right neighbours (full-width forms folded, digits as ``0``).
Importing this module registers it; :class:`StatisticalNER` does that for you.

Labels returned by default (``labels="both"``): the coarse model's PER/LOC/ORG spans and
the fine model's CLUENER spans, side by side (a coarse and a fine span may cover the same
text). The two label sets are disjoint by name, so a scorer for MSRA keeps PER/LOC/ORG and
one for CLUENER keeps its ten labels; ``labels="coarse"`` or ``"fine"`` runs only one
model (and is twice as fast).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Sequence, TextIO, Tuple

import numpy
from spacy.ml.models.tok2vec import build_Tok2Vec_model  # noqa: F401  (re-export for configs)
from spacy.tokens import Doc
from spacy.util import registry
from kg.errors import KgError
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
COARSE_DIR = MODELS_DIR / "ner_coarse"
FINE_DIR = MODELS_DIR / "ner_fine"

COARSE_LABELS = ("PER", "LOC", "ORG")
FINE_LABELS = (
    "name", "address", "company", "government", "organization",
    "position", "scene", "book", "game", "movie",
)

Span = Tuple[int, int, str]

# ---------------------------------------------------------------------------
# Character n-gram features (registered architecture, needed to load the models)
# ---------------------------------------------------------------------------

_BOS = numpy.uint64(0x1F2E3D4C5B6A7988)
_EOS = numpy.uint64(0x0123456789ABCDEF)
_MUL_L = numpy.uint64(0x9E3779B97F4A7C15)
_MUL_R = numpy.uint64(0xC2B2AE3D27D4EB4F)
_KEY_CACHE: dict = {}


def _char_key(ch: str) -> int:
    key = _KEY_CACHE.get(ch)
    if key is None:
        norm = unicodedata.normalize("NFKC", ch).lower()
        if norm.isdigit():
            norm = "0"
        elif norm.isspace() or not norm:
            norm = " "
        from spacy.strings import get_string_id

        key = get_string_id("c:" + norm)
        _KEY_CACHE[ch] = key
    return key


def _doc_features(doc: Doc) -> numpy.ndarray:
    n = len(doc)
    uni = numpy.fromiter((_char_key(t.text) for t in doc), dtype=numpy.uint64, count=n)
    if n == 0:
        return numpy.zeros((0, 3), dtype=numpy.uint64)
    prev = numpy.concatenate([[_BOS], uni[:-1]]).astype(numpy.uint64)
    nxt = numpy.concatenate([uni[1:], [_EOS]]).astype(numpy.uint64)
    with numpy.errstate(over="ignore"):
        left = (prev * _MUL_L) ^ uni
        right = (uni * _MUL_R) ^ nxt
    return numpy.stack([uni, left, right], axis=1)


def CharNgramFeatures() -> Model[List[Doc], List]:
    def forward(model, docs, is_train):
        feats = [model.ops.asarray2i(_doc_features(doc), dtype="uint64") for doc in docs]
        return feats, lambda d: []

    return Model("char_ngram_features", forward)


@registry.architectures("zjkg.CharNgramEmbed.v1")
def char_ngram_embed(width: int, unigram_rows: int, bigram_rows: int) -> Model[List[Doc], List]:
    """Hash-embed char, left bigram and right bigram; mix them with one Maxout layer."""
    return _hashed_columns(CharNgramFeatures(), width, [unigram_rows, bigram_rows, bigram_rows])


def _hashed_columns(features: Model, width: int, rows: List[int]) -> Model[List[Doc], List]:
    """One HashEmbed per feature column (seeds 11, 12, ...), concatenated, mixed by a Maxout."""
    embeds = [HashEmbed(width, n, column=i, seed=11 + i, dropout=0.0) for i, n in enumerate(rows)]
    return chain(
        features,
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * len(embeds), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


# Lexicon feature: for each character, where it sits (Begin/Middle/End) in any word of
# jieba's bundled dictionary (a runtime dependency, so nothing extra ships), split by the
# dictionary's POS class: person (nr*), place (ns), organisation (nt), abbreviation (j),
# other. The 15-bit mask is one more hashed column.
_LEX_CATS = {"nr": 0, "nrt": 0, "nrfg": 0, "ns": 1, "nt": 2, "j": 3}
_LEX_MAXLEN = 8
_LEXICON: Optional[dict] = None


def _lexicon() -> dict:
    global _LEXICON
    if _LEXICON is None:
        from kg.nlp.lexicon import jieba_dictionary

        lex: dict = {}
        for raw, (_, tag) in jieba_dictionary().items():
            word = unicodedata.normalize("NFKC", raw).lower()
            if not (2 <= len(word) <= _LEX_MAXLEN):
                continue
            lex[word] = lex.get(word, 0) | (1 << _LEX_CATS.get(tag, 4))
        _LEXICON = lex
    return _LEXICON


# _BME[p][cats]: the bits for position p (0 Begin, 1 Middle, 2 End) of every category in cats.
_BME = [[sum((1 << p) << (3 * c) for c in range(5) if cats >> c & 1) for cats in range(32)] for p in range(3)]


def _lex_masks(chars: List[str]) -> numpy.ndarray:
    lex = _lexicon()
    text = "".join(chars)
    n = len(text)
    masks = [0] * n
    for i in range(n):
        for length in range(2, min(_LEX_MAXLEN, n - i) + 1):
            cats = lex.get(text[i:i + length])
            if cats:
                masks[i] |= _BME[0][cats]
                masks[i + length - 1] |= _BME[2][cats]
                for j in range(i + 1, i + length - 1):
                    masks[j] |= _BME[1][cats]
    return numpy.asarray(masks, dtype=numpy.uint64) + numpy.uint64(0x51ED000000)


def _norm_char(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch).lower()[:1]
    return norm if norm and not norm.isspace() else " "


def CharNgramLexFeatures() -> Model[List[Doc], List]:
    def forward(model, docs, is_train):
        feats = []
        for doc in docs:
            base = _doc_features(doc)
            lexcol = _lex_masks([_norm_char(t.text) for t in doc]) if len(doc) else numpy.zeros((0,), dtype=numpy.uint64)
            feats.append(model.ops.asarray2i(numpy.concatenate([base, lexcol[:, None]], axis=1), dtype="uint64"))
        return feats, lambda d: []

    return Model("char_ngram_lex_features", forward)


@registry.architectures("zjkg.CharNgramLexEmbed.v1")
def char_ngram_lex_embed(width: int, unigram_rows: int, bigram_rows: int, lexicon_rows: int = 2000) -> Model[List[Doc], List]:
    """As zjkg.CharNgramEmbed.v1 plus the jieba-dictionary lexicon column."""
    return _hashed_columns(CharNgramLexFeatures(), width, [unigram_rows, bigram_rows, bigram_rows, lexicon_rows])


def ner_model_config(width: int = 96, depth: int = 4, window: int = 2,
                     unigram_rows: int = 6000, bigram_rows: int = 20000,
                     hidden_width: int = 64, lexicon: bool = True, encoder: str = "window") -> dict:
    """The ``ner`` component's model config (tok2vec internal, not a listener).

    ``encoder``: "window" (a CNN over ``window`` characters either side, ``depth`` layers) or
    "bilstm" (spaCy's PyTorch BiLSTM over the sentence, ``depth`` layers; needs torch)."""
    encode = ({"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "window_size": window,
               "maxout_pieces": 3, "depth": depth} if encoder == "window" else
              {"@architectures": "spacy.TorchBiLSTMEncoder.v1", "width": width, "depth": depth, "dropout": 0.1})
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": hidden_width,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "zjkg.CharNgramLexEmbed.v1" if lexicon else "zjkg.CharNgramEmbed.v1",
                "width": width,
                "unigram_rows": unigram_rows,
                "bigram_rows": bigram_rows,
            },
            "encode": encode,
        },
    }


# ---------------------------------------------------------------------------
# Loading and prediction
# ---------------------------------------------------------------------------


#: Rule labels that only fill the model's gaps: places are left to the model, whose
#: LOC/address conventions (MSRA, CLUENER) the gazetteer's divisions do not follow
#: (validation: rule LOC precision 0.73 on MSRA, address 0.29 on CLUENER).
_GAP_FILLING_LABELS = frozenset({"PER", "ORG", "name", "company"})


def merge_spans(rule_spans: Iterable[Span], model_spans: Iterable[Span]) -> List[Span]:
    """The model's spans, plus rule persons and companies where the model found nothing.

    Measured on the validation splits (F1): MSRA model alone 0.850, merged 0.848; CLUENER
    0.679 both; letting rule spans win instead cost 1.3 and 1.7 points.
    """
    model = sorted({(int(s), int(e), str(l)) for s, e, l in model_spans})
    out = list(model)
    for s, e, l in sorted({(int(s), int(e), str(l)) for s, e, l in rule_spans}):
        if l in _GAP_FILLING_LABELS and not any(s < me and ms < e for ms, me, _ in out):
            out.append((s, e, l))
    return sorted(set(out), key=lambda x: (x[0], x[1], x[2]))


class StatisticalNER:
    """The shipped statistical NER models, loaded offline from the package.

    >>> ner = StatisticalNER()
    >>> ner.predict(["国务院总理李强在北京会见了华为公司代表。"], labels="coarse")
    [[(5, 7, 'PER'), (8, 10, 'LOC'), (13, 17, 'ORG')]]   # for example
    """

    def __init__(self, models_dir: Optional[str | Path] = None, *, batch_size: int = 64):
        base = Path(models_dir) if models_dir else MODELS_DIR
        self.coarse_dir = base / "ner_coarse"
        self.fine_dir = base / "ner_fine"
        self.batch_size = batch_size
        self._nlp: dict = {}

    def _load(self, which: str):
        nlp = self._nlp.get(which)
        if nlp is None:
            import spacy

            path = self.coarse_dir if which == "coarse" else self.fine_dir
            if not path.is_dir():
                raise KgError(f"statistical NER model not found: {path} (run `kg train ner`)")
            nlp = spacy.load(path)
            self._nlp[which] = nlp
        return nlp

    @property
    def coarse(self):
        return self._load("coarse")

    @property
    def fine(self):
        return self._load("fine")

    def _run(self, which: str, texts: Sequence[str]) -> List[List[Span]]:
        nlp = self._load(which)
        return [
            [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
            for doc in nlp.pipe(texts, batch_size=self.batch_size)
        ]

    def predict(self, texts: Sequence[str], *, labels: str = "both") -> List[List[Span]]:
        """Entity spans ``(start, end, label)`` per text; character offsets, end exclusive.

        ``labels``: "coarse" (PER/LOC/ORG), "fine" (CLUENER labels) or "both".
        """
        if labels not in ("both", "coarse", "fine"):
            raise KgError(f"labels must be 'both', 'coarse' or 'fine', not {labels!r}")
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        which = ("coarse", "fine") if labels == "both" else (labels,)
        results: List[List[Span]] = [[] for _ in texts]
        for w in which:
            for acc, spans in zip(results, self._run(w, texts)):
                acc.extend(spans)
        return [sorted(r, key=lambda x: (x[0], x[1], x[2])) for r in results]

    def annotate_jsonl(
        self,
        in_stream: TextIO,
        out_stream: TextIO,
        *,
        model_only: bool = False,
        rules: Optional[Callable[[str], Iterable[Span]]] = None,
        labels: str = "both",
        chunk: int = 256,
    ) -> int:
        """``kg ner``: read JSON lines with a "text" field, write each back with "entities".

        All original fields are kept (an existing "entities" is replaced); output is
        ``json.dumps(..., ensure_ascii=False)``, one object per line, in input order.
        Without ``model_only``, rule persons and companies from ``rules(text)`` fill the
        model's gaps (:func:`merge_spans`). Returns the number of lines written.
        """
        n = 0
        buf: list = []

        def flush():
            nonlocal n
            texts = [row.get("text") or "" for row in buf]
            preds = self.predict(texts, labels=labels)
            for row, text, spans in zip(buf, texts, preds):
                if not model_only and rules is not None:
                    spans = merge_spans(rules(text), spans)
                row["entities"] = [[s, e, l] for s, e, l in spans]
                out_stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
            buf.clear()

        for lineno, line in enumerate(in_stream, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KgError(f"line {lineno}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise KgError(f'line {lineno}: no "text" string field')
            buf.append(row)
            if len(buf) >= chunk:
                flush()
        if buf:
            flush()
        return n


def annotate_jsonl(in_stream: TextIO, out_stream: TextIO, *, model_only: bool = False,
                   rules: Optional[Callable[[str], Iterable[Span]]] = None,
                   labels: str = "both", models_dir: Optional[str | Path] = None) -> int:
    """Module-level convenience for ``kg ner`` (see :meth:`StatisticalNER.annotate_jsonl`)."""
    return StatisticalNER(models_dir).annotate_jsonl(
        in_stream, out_stream, model_only=model_only, rules=rules, labels=labels)
