"""The downloads: JSON valid against the published schemas, CSV readable with umlauts, CSL-JSON."""

import csv
import io
import json

import jsonschema
import pytest

from support import ROOT
from generator import pipeline
from generator.exports.schemas import SCHEMAS


@pytest.fixture(scope="module")
def pages():
    generated, _ = pipeline.generate(ROOT)
    return generated


@pytest.mark.parametrize("name", ["events", "claims", "articles", "entities", "bibliography", "quotes", "attributions"])
def test_json_validates_against_its_schema(pages, name):
    data = json.loads(pages[f"daten/{name}.json"])
    schema = json.loads(pages[f"daten/{name}.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert SCHEMAS[f"{name}.schema.json"] == schema


def test_schema_rejects_a_broken_export(pages):
    data = json.loads(pages["daten/events.json"])
    data["events"][0]["date"] = "August 2022"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMAS["events.schema.json"], cls=jsonschema.Draft202012Validator)


def test_ids_match_the_yaml(pages):
    _, result = pipeline.generate(ROOT)
    assert [e["id"] for e in json.loads(pages["daten/events.json"])["events"]] == \
        [e.event.id for g in result.analysis.chronology for e in g.entries]
    assert {a["id"] for a in json.loads(pages["daten/articles.json"])["articles"]} == set(result.corpus.articles)
    assert {e["id"] for e in json.loads(pages["daten/entities.json"])["entities"]} == set(result.corpus.entities)


def test_csv_opens_with_umlauts(pages):
    raw = pages["daten/claims.csv"]
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    troops = [r for r in rows if r["id"] == "truppenstaerke"]
    assert [(r["figure"], r["value"], r["counted"]) for r in troops] == [
        ("100.000", "100000.0", "angeboten"), ("über 10'000", "10000.0", "entsandt")]
    assert any("ä" in r["statement"] or "ü" in r["statement"] for r in rows)


def test_bibliography_keeps_precision_circa_and_unnamed_outlets(pages):
    items = {i["id"]: i for i in json.loads(pages["daten/bibliography.json"])}
    swiss = items["2025-12-neujahrsbrief"]
    assert swiss["issued"] == {"date-parts": [[2025, 12]], "circa": True}
    assert swiss["author"] == [{"literal": "Elena Hatebur"}]
    assert "container-title" not in swiss  # the text does not name the outlet: no guess
    assert items["2024-06-putins-waffen-deal"]["container-title"] == "News.de"


def test_quotes_and_attributions_point_into_the_cleaned_text(pages):
    articles = {a["id"]: a for a in json.loads(pages["daten/articles.json"])["articles"]}
    quotes = json.loads(pages["daten/quotes.json"])["quotes"]
    attributions = json.loads(pages["daten/attributions.json"])["attributions"]
    assert quotes and attributions
    for record, field in [(q, "text") for q in quotes] + [(a, "cue") for a in attributions]:
        assert articles[record["article"]]["text"][record["start"]:record["end"]] == record[field]
    order = [(list(articles).index(q["article"]), q["start"]) for q in quotes]
    assert order == sorted(order)  # a stable order: articles as published, then the text
    assert {q["direct"] for q in quotes} == {True, False}
    named = [a for a in attributions if a["source"]["name"] and not a["source"]["id"]]
    assert all(a["source"]["kind"] != "unnamed" or a["source"]["resolved"] is None for a in attributions)
    assert named, "named sources that are no actors keep their name"


def test_quotes_and_attributions_as_csv(pages):
    rows = list(csv.DictReader(io.StringIO(pages["daten/quotes.csv"].decode("utf-8-sig"))))
    assert rows and set(rows[0]) == {"article", "paragraph", "start", "end", "direct", "text", "speaker_name",
                                      "speaker_id", "speaker_kind"}
    rows = list(csv.DictReader(io.StringIO(pages["daten/attributions.csv"].decode("utf-8-sig"))))
    assert rows and rows[0]["cue"] and rows[0]["sentence"]
