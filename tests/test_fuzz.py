"""Property-based fuzzing: the YAML loader and the whole check raise nothing but DossierError; the
analysis of any article text never raises and only points into that text."""

from __future__ import annotations

import copy
import functools
import re
import shutil

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import clean
from support import FIXTURES, ROOT
from generator import pipeline
from generator.analysis.attribution import find_attributions
from generator.analysis.entities import build_lexicon, find_epithets, find_mentions
from generator.model.problems import DossierError, ProblemLog
from generator.pages.escaping import escape_text
from generator.intake.yaml_nodes import read_yaml
from generator.analysis.reported_speech import ActorGazetteer, read_speech
from generator.analysis.quotes import Quote, extract_quotes, group_quotes
from generator.analysis.text_reuse import SHINGLE, find_shared, tokens

SETTINGS = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=40), st.sampled_from(["2022-08", "2022-13", "~2019", "alpha", "beta", "tagblatt"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["id", "title", "date", "sources", "article", "quote", "aliases", "kind",
                                     "name", "x", "annotations", "figure", "reports"]), inner, max_size=5)),
    max_leaves=25)


@SETTINGS
@given(st.text(max_size=300))
def test_loader_never_raises_on_any_text(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("y") / "f.yml"
    path.write_text(text, encoding="utf-8")
    log = ProblemLog()
    node = read_yaml(path, "content/f.yml", log)
    assert node is not None or log.problems


@SETTINGS
@given(st.binary(max_size=200))
def test_loader_never_raises_on_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("y") / "f.yml"
    path.write_bytes(data)
    log = ProblemLog()
    read_yaml(path, "content/f.yml", log)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["events.yml", "articles.yml", "claims.yml", "entities.yml", "outlets.yml", "dossier.yml"]),
       st.one_of(values, st.dictionaries(st.sampled_from(["events", "articles", "claims", "entities", "outlets"]),
                                         st.lists(values, max_size=3), max_size=2)))
def test_check_raises_only_dossier_errors(tmp_path_factory, name, document):
    project = tmp_path_factory.mktemp("d") / "p"
    shutil.copytree(FIXTURES / "minimal", project)
    (project / "content" / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        pipeline.check(project)
    except DossierError as error:
        assert error.problems and all(p.file.startswith(("content/", "seeds/")) for p in error.problems)


# -- valid dossiers with hostile free text: the whole generator, rendering included ----------------
FREE_TEXT_KEYS = {"title", "note", "description", "name", "statement", "topic", "kicker", "label", "subtitle",
                  "date_note", "published_note", "notes", "unit", "counted", "quantity", "country", "authors",
                  "aliases", "epithets", "tags", "questions", "agencies", "photo_credits", "version", "editors"}


def _free_text_places(node, path=()):
    """Paths to every free-text string of a YAML document (not ids, references, dates or quotes)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in FREE_TEXT_KEYS and isinstance(value, str):
                yield path + (key,)
            elif key in FREE_TEXT_KEYS and isinstance(value, list) and all(isinstance(x, str) for x in value):
                yield from (path + (key, i) for i in range(len(value)))
            else:
                yield from _free_text_places(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _free_text_places(value, path + (i,))


MINIMAL_YAML = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((FIXTURES / "minimal" / "content").glob("*.yml"))}
PLACES = [(name, *place) for name, doc in MINIMAL_YAML.items() for place in _free_text_places(doc)]
HOSTILE = st.one_of(st.text(max_size=60), st.sampled_from(
    ["<script>x</script>", "{{ 7*7 }}", "{% raw %}", "---", "# h", "|a|b|", "\u202e", "\x00", "\u2028", "  ", "",
     "a" * 300, "~~x~~", "`x`", "\\", "{: onclick=x }", "%s %s", "%(x)s", "[x](javascript:alert(1))"]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PLACES), HOSTILE), min_size=1, max_size=6))
def test_generator_renders_any_free_text_or_reports_it(tmp_path_factory, changes):
    documents = copy.deepcopy(MINIMAL_YAML)
    for place, text in changes:
        node = documents
        for key in place[:-1]:
            node = node[key]
        node[place[-1]] = text
    project = tmp_path_factory.mktemp("d") / "p"
    shutil.copytree(FIXTURES / "minimal" / "seeds", project / "seeds")
    (project / "content").mkdir()
    for name, document in documents.items():
        (project / "content" / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        pages, _ = pipeline.generate(project)
    except DossierError as error:
        assert error.problems and all(p.file.startswith("content/") for p in error.problems)
    else:
        assert "<script>" not in "".join(text for text in pages.values() if isinstance(text, str))

# -- the analysis of arbitrary article text ------------------------------------------------------
# Article-like text: the seed dossier's names, quote marks, attribution phrases and clutter lines,
# mixed with arbitrary strings, so that every analysis path is reached, not only the empty one.
PIECES = st.sampled_from(["Putin", "Putins", "Kim Jong-un", "Kim Jong Un", "Kim", "Nordkorea", "nordkoreanischen",
                          "Diktator", "Machthaber", "laut", "zufolge", "KCNA", "dpa", "sagte", "er", "sie", "„", "“",
                          "»", "«", '"', "'", "‚", "‘", "Foto:", "Lesen Sie auch:", "Kommentare", "(eon/dpa)",
                          "1.000", "Soldaten", "–", "·", "\n", "\n\n", "\r\n", "\t", "\u00ad", "\u00a0", "·", "#", "*"])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=150).map(" ".join)


@functools.lru_cache(maxsize=None)
def _seed():
    corpus = pipeline.check(ROOT).corpus
    return corpus.entities, build_lexicon(corpus.entities)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_analysis_of_any_text_never_raises_and_points_into_the_text(text):
    entities, lexicon = _seed()
    page = clean(text)
    blocks = {b.anchor: b.text for b in page.blocks}
    mentions = find_mentions(page, lexicon)
    for mention in mentions:
        assert blocks[mention.block][mention.start:mention.end] == mention.text
    for before, after in zip(mentions, mentions[1:]):
        assert before.block != after.block or before.end <= after.start  # longest wins, no overlaps
    find_epithets(page, lexicon, mentions)
    reading = read_speech(page, "de", ActorGazetteer(lexicon, entities))
    for quote in extract_quotes(page, reading, lexicon, entities, []):
        assert quote.text and quote.text in blocks[quote.block][quote.start:quote.end + 2]
    for item in find_attributions(page, reading, lexicon):
        assert item.sentence in blocks[item.block] and set(item.sources) <= set(entities)
        assert blocks[item.block][item.start:item.end] == item.phrase
    words = tokens(page)
    assert len(words.words) == len(words.blocks) == len(words.starts) == len(words.ends)
    for i in range(len(words)):
        assert 0 <= words.starts[i] < words.ends[i] <= len(blocks[words.blocks[i]])
    other = tokens(clean("Ganz anderer Text.\n\n" + text))
    sides = {"a": words, "b": other}
    for passage in find_shared(sides):
        left, right = passage.left, passage.right
        assert passage.words == left.last - left.first + 1 == right.last - right.first + 1 >= SHINGLE
        assert sides[left.article].words[left.first:left.last + 1] == sides[right.article].words[right.first:right.last + 1]


@settings(max_examples=2000, deadline=None)
@given(st.one_of(TEXTS, st.text()))
def test_escaping_is_whitespace_collapsed_and_every_special_a_reference(text):
    specials = "&<>\"'\\`*_[]{}|~=^#"
    expected = "".join(f"&#{ord(c)};" if c in specials else c for c in re.sub(r"\s+", " ", text))
    assert escape_text(text) == expected


def _groups_by_pairs(quotes):
    """The definition: quotes of equal words, or one inside the other (3+ words), in one group."""
    keys = sorted({q.key for q in quotes}, key=lambda k: (len(k), k))
    parent = {k: k for k in keys}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k
    for i, short in enumerate(keys):
        for long in keys[i + 1:]:
            if len(short.split()) >= 3 and f" {short} " in f" {long} ":
                parent[root(long)] = root(short)
    members = {}
    for quote in quotes:
        members.setdefault(root(quote.key), set()).add(quote.article)
    return sorted((k, tuple(sorted(v))) for k, v in members.items() if len(v) > 1)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.lists(st.sampled_from(["in", "allen", "Bereichen", "stärker",
                                                                               "werden", "wir"]), min_size=1, max_size=7)),
                max_size=12))
def test_quote_groups_match_their_definition(items):
    quotes = [Quote(article, "p1", 0, 1, " ".join(words), None, "") for article, words in items]
    assert sorted((g.key, g.articles) for g in group_quotes(quotes)) == _groups_by_pairs(quotes)
