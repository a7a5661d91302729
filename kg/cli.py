"""The ``kg`` command: a thin click layer over the library (kg.build, kg.query, ...).

Every failure the user can cause is a :class:`~kg.errors.KgError`, printed as one line
``kg: error: ...`` on stderr with exit code 1; output files are written atomically.
"""

from __future__ import annotations

import functools
import logging
import json
import sys
import warnings
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_GRAPH = Path("exports") / "graph.ttl"


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


def friendly(fn):
    """Turn KgError (and a few OS errors) into one line on stderr and a non-zero exit."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            _fail(str(exc))
        except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
            _fail(f"{exc.filename or ''}: {exc.strerror}".lstrip(": "))
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper


def _warn_line(message, category, filename, lineno, file=None, line=None):  # noqa: ARG001
    click.echo(f"kg: warning: {message}", err=True)


class _OneLine(logging.Handler):
    """The library's log warnings (a skipped file) as ``kg: warning: ...`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kg: {record.levelname.lower()}: {' '.join(record.getMessage().split())}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="zjkg")
def main() -> None:
    """zjkg: Chinese government and policy news to an RDF knowledge graph."""
    warnings.showwarning = _warn_line
    logger = logging.getLogger("kg")
    if not any(isinstance(h, _OneLine) for h in logger.handlers):
        logger.addHandler(_OneLine(logging.WARNING))
        logger.propagate = False


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("exports"), show_default=True, help="Folder for graph.ttl (and graph.html).")
@click.option("--html/--no-html", default=True, show_default=True, help="Also write graph.html.")
@click.option("--segmenter", type=click.Choice(["char", "jieba", "pkuseg"]), default="char", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Processes for the NLP stage (default: one a core, up to 4; 1 runs all in this process).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@friendly
def build(paths: tuple[Path, ...], out_dir: Path, html: bool, segmenter: str, jobs: int | None, as_json: bool) -> None:
    """Build the graph of files or folders (default: seeds/) into OUT_DIR/graph.ttl."""
    import time

    from kg.build import build as run_build

    t0 = time.perf_counter()
    result = run_build(list(paths) or [Path("seeds")], segmenter=segmenter, jobs=jobs)
    if not result.documents:
        raise KgError("no readable documents in " + ", ".join(str(p) for p in (paths or ("seeds",))))
    ttl = result.write_turtle(out_dir / "graph.ttl")
    written = [ttl]
    if html:
        from kg.export.html import render_html

        graph = _rdflib_graph(ttl)
        render_html(graph, out_dir / "graph.html")
        written.append(out_dir / "graph.html")
    summary = result.summary()
    summary["seconds"]["total"] = round(time.perf_counter() - t0, 3)
    summary["written"] = [str(p) for p in written]
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(f"documents: {summary['documents']} ({summary['characters']:,} characters)")
    click.echo("entities:  " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    click.echo("facts:     " + ", ".join(f"{k} {v}" for k, v in summary["facts"].items()))
    click.echo(f"triples:   {summary['triples']:,}")
    click.echo("seconds:   " + ", ".join(f"{k} {v}" for k, v in summary["seconds"].items()))
    click.echo("wrote:     " + ", ".join(summary["written"]))


def _rdflib_graph(path: Path):
    import rdflib

    g = rdflib.Graph()
    try:
        g.parse(str(path), format=_rdflib_format(path))
    except Exception as exc:  # rdflib's parsers raise many kinds; the user needs one line
        raise KgError(f"{path}: malformed RDF: {' '.join(str(exc).split())[:300]}") from None
    return g


def _rdflib_format(path: Path) -> str:
    return {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml", ".trig": "trig", ".nq": "nquads"}.get(path.suffix.lower(), "turtle")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("-n", "--name", "query_name", help="Run a named query from ontology/queries/ (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a named query's parameter.")
@click.option("-g", "--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True, help="RDF file or Oxigraph store folder.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@friendly
def query(sparql, query_file, query_name, params, graph, fmt, engine, list_queries) -> None:
    """Run SPARQL (text, -f FILE.rq or -n NAME) against the graph."""
    from kg import query as q

    named = q.named_queries()
    if list_queries:
        for nq in named.values():
            extra = f"  [params: {', '.join(nq.params)}]" if nq.params else ""
            click.echo(f"{nq.name:20} {nq.title}{extra}")
        return
    given = [x for x in (sparql, query_file, query_name) if x]
    if len(given) != 1:
        raise KgError("give exactly one of: SPARQL text, -f FILE.rq, -n NAME (see kg query --list)")
    if query_name:
        if query_name not in named:
            raise KgError(f"no named query {query_name!r} (known: {', '.join(named)})")
        bindings = {}
        for p in params:
            if "=" not in p:
                raise KgError(f"--param takes NAME=VALUE, got {p!r}")
            k, v = p.split("=", 1)
            bindings[k] = v
        text = q.bind_params(named[query_name], bindings)
    elif query_file:
        text = _read_text(query_file)
    else:
        text = sparql
    if params and not query_name:
        raise KgError("--param is for named queries (-n NAME)")
    if engine == "rdflib":
        if not Path(graph).is_file():
            raise KgError(f"{graph}: the rdflib engine needs an RDF file")
        result = q.run_query_rdflib(graph, text)
    else:
        result = q.run_query(q.load_store(graph), text)
    click.echo(q.format_result(result, fmt), nl=False)


def _read_text(path: Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KgError(f"{path}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KgError(f"{path}: not UTF-8 text") from None


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["html", "turtle", "ntriples", "jsonld"]))
@click.option("-g", "--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output file (default: exports/graph.<ext>).")
@click.option("--type", "types", multiple=True, help="HTML: keep these entity types (official, division, program, enterprise, indicator, observation, post).")
@click.option("--focus", help="HTML: keep the neighbourhood of this entity (IRI or label).")
@click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True, help="HTML: neighbourhood depth around --focus.")
@friendly
def export(fmt, graph, output, types, focus, depth) -> None:
    """Export the graph as HTML (pyvis), Turtle, N-Triples or JSON-LD."""
    from kg.export.rdf import export_rdf

    ext = {"html": "html", "turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld"}[fmt]
    out = output or Path("exports") / f"graph.{ext}"
    if fmt == "html":
        from kg.export.html import render_html

        render_html(_rdflib_graph(Path(graph)), out, types=set(types) or None, focus=focus, depth=depth)
    else:
        if types or focus:
            raise KgError("--type and --focus apply to html only")
        export_rdf(graph, out, fmt)
    click.echo(f"wrote {out}")


@main.command()
@click.option("-g", "--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True)
@friendly
def validate(graph) -> None:
    """Check the graph against ontology/shapes.ttl (SHACL, pyshacl)."""
    from kg.validate import validate as run_validate

    report = run_validate(graph)
    click.echo(report.text)
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", is_flag=True, help="List missed and false facts with their evidence.")
@click.option("--write-baseline", type=click.Path(path_type=Path), help="Record the figures as the new baseline.")
@click.option("--check-baseline", type=click.Path(path_type=Path), help="Exit 1 if any F1 is more than two points below this baseline.")
@friendly
def evaluate(gold_dir, as_json, errors, write_baseline, check_baseline) -> None:
    """Score the pipeline against hand-annotated documents (precision, recall, F1)."""
    from kg.build import build_store
    from kg.evaluate import compare_to_baseline, render
    from kg.evaluate import evaluate as run_evaluate
    from kg.evaluate import write_baseline as save

    report = run_evaluate(Path(gold_dir), lambda p: build_store([p]))
    click.echo(render(report, as_json=as_json, errors=errors), nl=False)
    if write_baseline:
        save(report, write_baseline)
    if check_baseline:
        drops = compare_to_baseline(report, check_baseline)
        for line in drops:
            click.echo(f"kg: below baseline: {line}", err=True)
        if drops:
            sys.exit(1)


@main.command()
@click.argument("what", type=click.Choice(["segmenter", "ner"]))
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("../shared/data"), show_default=True, help="Folder with cws/ and ner/ (see ../shared/data/README.md).")
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), help="Where to write the model (default: the package's kg/models/).")
@click.option("--epochs", type=click.IntRange(1, 200), help="Training epochs (segmenter) or the most epochs (ner); default: the recorded recipe.")
@friendly
def train(what, data_dir, out_dir, epochs) -> None:
    """Train the pkuseg segmenter or the NER models from the data (research-use corpora)."""
    data_dir = Path(data_dir)
    if what == "segmenter":
        from kg.train.segmenter import DEFAULT_MODEL
        from kg.train.segmenter import train as run

        source = data_dir / "cws" / "pku_gold.jsonl"
        kwargs = {"epochs": epochs} if epochs else {}
        target = out_dir or DEFAULT_MODEL
    else:
        from kg.train.ner import MODELS_DIR
        from kg.train.ner import train as run

        source = data_dir / "ner"
        kwargs = {"max_epochs": epochs} if epochs else {}
        target = out_dir or MODELS_DIR
    if not source.exists():
        raise KgError(f"{source}: training data not found (pass --data)")
    metrics = run(source, target, **kwargs)
    click.echo(json.dumps(metrics, ensure_ascii=False, indent=2, default=str))


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--model-only", is_flag=True, help="Only the statistical model's spans, without the rule components.")
@click.option("--labels", type=click.Choice(["both", "coarse", "fine"]), default=None, help="Which label set to output.")
@friendly
def ner(file, model_only, labels) -> None:
    """Read JSON lines with a "text" field; write them back with "entities" [start, end, label]."""
    from functools import partial

    from kg.nlp.rule_spans import rule_spans
    from kg.nlp.statistical import annotate_jsonl

    chosen = labels or "both"
    try:
        annotate_jsonl(file, sys.stdout, model_only=model_only, rules=partial(rule_spans, labels=chosen), labels=chosen)
    except ValueError as exc:
        raise KgError(f"{file.name}: {exc}") from None


if __name__ == "__main__":
    main()
