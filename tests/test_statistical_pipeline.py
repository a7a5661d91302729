"""The statistical NER inside the build: it fills gaps the rules leave, and says so."""

import datetime as dt
from pathlib import Path

from kg.build import build_documents
from kg.ingest import document_from_text
from kg.query import run_query

KG = "PREFIX kg: <https://w3id.org/zjkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


def _build(text: str):
    doc = document_from_text(text, Path("appositive.txt"))
    doc.date = dt.date(2025, 7, 1)
    return build_documents([doc])


def test_model_finds_an_official_whose_post_is_not_next_to_the_name():
    # The post follows the name after a comma: the post grammar alone finds no holder.
    result = _build("义乌召开全市经济工作会议。王健,义乌市委书记,在会上作了讲话。")
    rows = run_query(
        result.store(),
        KG + """SELECT ?name ?title ?division ?by ?confidence WHERE {
            ?h a kg:PostHolding ; kg:holder/rdfs:label ?name ; kg:post ?p ;
               kg:extractedBy ?by ; kg:confidence ?confidence .
            ?p kg:title ?title ; kg:postIn/rdfs:label ?division }""",
    ).rows
    got = [tuple(t.value for t in row) for row in rows]
    assert got == [("王健", "市委书记", "义乌市", "model:ner", "0.7")]


def test_rule_facts_are_marked_as_rule_facts():
    result = _build("义乌市委书记王健出席会议。")
    holdings = result.facts[0].holdings
    assert [(h.official, h.extracted_by, h.confidence) for h in holdings] == [("王健", "rules:officials", 1.0)]
