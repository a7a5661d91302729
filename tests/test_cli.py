"""The ``kg`` command as a user runs it (a subprocess of the venv's console script).

Bad input gives one ``kg: error: ...`` line on stderr and a non-zero exit, never a
traceback; skipped files give a warning line; output files are never half-written.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import KgError
from kg.ingest import decode as decode_mod
from kg.ingest import read_paths
from kg.query import named_queries

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
S000 = SEEDS / "000_8aae07e36f419ad9.txt"
S002 = SEEDS / "002_ddd7232f1a887fee.txt"
BINARY = bytes(range(256)) * 8  # NUL and control bytes: not text in any encoding
MALFORMED_TTL = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e\n"


def kg(kg_exe: str, *args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([kg_exe, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout)


def error_line(proc: subprocess.CompletedProcess) -> str:
    """The failed run's one error line; checks exit code, no traceback, one error line last."""
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines, "nothing on stderr"
    errors = [line for line in lines if line.startswith("kg: error:")]
    assert len(errors) == 1 and lines[-1] == errors[0], proc.stderr
    return errors[0]


def only_error_line(proc: subprocess.CompletedProcess) -> str:
    """As error_line, and the error is all there is on stderr."""
    line = error_line(proc)
    assert proc.stderr.strip().splitlines() == [line], proc.stderr
    return line


@pytest.fixture
def bad_ttl(tmp_path) -> Path:
    path = tmp_path / "bad.ttl"
    path.write_text(MALFORMED_TTL, encoding="utf-8")
    return path


# --- kg build: bad input ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["binary", "empty"])
def test_build_unreadable_file_fails_with_one_error(kg_exe, tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(BINARY if kind == "binary" else b"")
    proc = kg(kg_exe, "build", path, "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    error_line(proc)
    assert path.name in proc.stderr and kind in proc.stderr  # the warning says which file and why
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_skipped_file_warning_is_one_prefixed_line(kg_exe, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "binary.txt").write_bytes(BINARY)
    (tmp_path / "in" / "empty.txt").write_bytes(b"   \n")
    proc = kg(kg_exe, "build", tmp_path / "in", "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    error_line(proc)
    lines = proc.stderr.strip().splitlines()
    warnings = lines[:-1]
    assert len(warnings) == 2
    assert all(line.startswith("kg: warning:") for line in warnings), lines
    assert any("binary.txt" in line for line in warnings) and any("empty.txt" in line for line in warnings)


def test_build_gbk_file_succeeds(kg_exe, tmp_path):
    path = tmp_path / S000.name
    path.write_bytes(S000.read_text(encoding="utf-8").encode("gbk"))
    proc = kg(kg_exe, "build", path, "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("documents: 1")
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "刘颖" in ttl and "余杭区" in ttl


def test_build_folder_with_good_and_binary_file(kg_exe, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_bytes(S002.read_bytes())
    (folder / "b_binary.txt").write_bytes(BINARY)
    proc = kg(kg_exe, "build", folder, "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "b_binary.txt" in proc.stderr and "kg: error" not in proc.stderr
    assert proc.stdout.startswith("documents: 1")
    store = pyoxigraph.Store()
    store.load(path=str(tmp_path / "out" / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    files = {s["f"].value for s in store.query("SELECT ?f WHERE { ?d <https://w3id.org/zjkg/ontology#sourceFile> ?f }")}
    assert files == {"a_good.txt"}


def test_build_missing_path(kg_exe, tmp_path):
    line = only_error_line(kg(kg_exe, "build", tmp_path / "no-such.txt", "-o", tmp_path / "out", cwd=tmp_path))
    assert "no-such.txt" in line


def test_failed_build_leaves_old_graph_untouched(kg_exe, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    old = b"# the previous graph\n<urn:a> <urn:b> <urn:c> .\n"
    (out / "graph.ttl").write_bytes(old)
    (out / "graph.html").write_bytes(b"<html>old</html>")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "x.txt").write_bytes(BINARY)
    (inputs / "y.txt").write_bytes(BINARY[::-1])
    error_line(kg(kg_exe, "build", inputs, "-o", out, cwd=tmp_path))
    assert (out / "graph.ttl").read_bytes() == old
    assert (out / "graph.html").read_bytes() == b"<html>old</html>"
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl"]  # no *.part left
    assert not list(tmp_path.rglob("*.part"))


def test_build_too_large_file_is_skipped(kg_exe, tmp_path):
    # A sparse file: over the 50 MB limit without writing 50 MB.
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(decode_mod.MAX_BYTES + 1)
    proc = kg(kg_exe, "build", big, "-o", tmp_path / "out", "--no-html", cwd=tmp_path)
    error_line(proc)
    assert "big.txt" in proc.stderr and "too large" in proc.stderr


def test_size_limit_applies_in_the_library(monkeypatch, tmp_path):
    path = tmp_path / S002.name
    path.write_bytes(S002.read_bytes())
    monkeypatch.setattr(decode_mod, "MAX_BYTES", path.stat().st_size - 1)
    with pytest.raises(KgError, match="too large"):
        decode_mod.read_text(path)
    assert read_paths([path]) == []  # skipped, not raised
    monkeypatch.setattr(decode_mod, "MAX_BYTES", path.stat().st_size)
    assert len(read_paths([path])) == 1


# --- kg query -----------------------------------------------------------------------------


def test_malformed_sparql_gives_position(kg_exe, seeds_ttl, tmp_path):
    line = only_error_line(kg(kg_exe, "query", "-g", seeds_ttl, "SELECT * WHERE {\n  ?s ?p \n}", cwd=tmp_path))
    assert re.search(r"\b\d+:\d+\b|line \d+, column \d+", line), line


def test_service_is_refused(kg_exe, seeds_ttl, tmp_path):
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    line = only_error_line(kg(kg_exe, "query", "-g", seeds_ttl, text, cwd=tmp_path))
    assert "SERVICE" in line


def test_service_in_named_file_is_refused(kg_exe, seeds_ttl, tmp_path):
    rq = tmp_path / "svc.rq"
    rq.write_text("SELECT * WHERE {\n  service <http://127.0.0.1:9/sparql> { ?s ?p ?o }\n}\n", encoding="utf-8")
    line = only_error_line(kg(kg_exe, "query", "-g", seeds_ttl, "-f", rq, cwd=tmp_path))
    assert "SERVICE" in line


def test_malformed_rq_file(kg_exe, seeds_ttl, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("PREFIX kg: <https://w3id.org/zjkg/ontology#>\nSELECT ?x WHERE { ?x a kg:Official \n", encoding="utf-8")
    line = only_error_line(kg(kg_exe, "query", "-g", seeds_ttl, "-f", rq, cwd=tmp_path))
    assert re.search(r"\b\d+:\d+\b|line \d+, column \d+", line), line


def test_unknown_named_query(kg_exe, seeds_ttl, tmp_path):
    line = only_error_line(kg(kg_exe, "query", "-g", seeds_ttl, "-n", "no-such-query", cwd=tmp_path))
    assert "no-such-query" in line


def test_missing_graph_file(kg_exe, tmp_path):
    line = only_error_line(kg(kg_exe, "query", "-g", tmp_path / "none.ttl", "-n", "officials", cwd=tmp_path))
    assert "none.ttl" in line


@pytest.mark.parametrize(
    "args",
    [
        ["query", "-n", "officials"],
        ["validate"],
        ["export", "turtle", "-o", "x.ttl"],
        ["export", "ntriples", "-o", "x.nt"],
        ["export", "jsonld", "-o", "x.jsonld"],
        ["export", "html", "-o", "x.html"],
    ],
    ids=["query", "validate", "turtle", "ntriples", "jsonld", "html"],
)
def test_malformed_turtle_graph(kg_exe, bad_ttl, tmp_path, args):
    line = only_error_line(kg(kg_exe, *args, "--graph", bad_ttl, cwd=tmp_path))
    assert "bad.ttl" in line
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("x.") or p.suffix == ".part"]


def test_query_list(kg_exe, tmp_path):
    proc = kg(kg_exe, "query", "--list", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0] for line in proc.stdout.splitlines() if line.strip()}
    assert listed == set(named_queries())
    assert {"officials", "division-metrics", "gdp-growth-ranking", "programs", "fact-sources"} <= listed


def test_officials_as_csv(kg_exe, seeds_ttl, tmp_path):
    proc = kg(kg_exe, "query", "-g", seeds_ttl, "-n", "officials", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and "name" in rows[0]
    assert any(r["name"] == "刘颖" and r["divisionLabel"] == "余杭区" and r["attestedOn"] == "2025-07-17" for r in rows)


def test_officials_as_json(kg_exe, seeds_ttl, tmp_path):
    proc = kg(kg_exe, "query", "-g", seeds_ttl, "-n", "officials", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert isinstance(rows, list) and rows
    yiwu = {(r["name"], r.get("attestedOn")) for r in rows if r.get("postLabel") == "义乌市委书记"}
    assert yiwu == {("叶帮锐", "2025-07-17"), ("王健", "2024-12-21")}


def test_named_query_with_param(kg_exe, seeds_ttl, tmp_path):
    proc = kg(kg_exe, "query", "-g", seeds_ttl, "-n", "division-metrics", "-p", "division=余杭区", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows and {r["divisionLabel"] for r in rows} == {"余杭区"}


# --- kg export ----------------------------------------------------------------------------


def _count(path: Path, fmt) -> int:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=fmt)
    return len(store)


def test_exports_write_files(kg_exe, seeds_ttl, seeds_build, tmp_path):
    n = len(set(seeds_build.triples))
    for fmt, name, rdf_format in [
        ("turtle", "g.ttl", pyoxigraph.RdfFormat.TURTLE),
        ("ntriples", "g.nt", pyoxigraph.RdfFormat.N_TRIPLES),
        ("jsonld", "g.jsonld", pyoxigraph.RdfFormat.JSON_LD),
    ]:
        proc = kg(kg_exe, "export", fmt, "-g", seeds_ttl, "-o", tmp_path / name, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert _count(tmp_path / name, rdf_format) == n, fmt
    json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    proc = kg(kg_exe, "export", "html", "-g", seeds_ttl, "-o", tmp_path / "g.html", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<html" in page.lower() and "余杭区" in page
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
