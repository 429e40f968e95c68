import random

from generator.analysis.text_reuse import find_shared, tokens
from helpers import paragraphs

WIRE = "Kim habe seinerseits die Überzeugung geäußert, dass die freundschaftlichen Beziehungen in allen Bereichen stärker werden."


def _corpus(texts: dict[str, list[str]]):
    return {ident: tokens(paragraphs(*parts)) for ident, parts in texts.items()}


def test_planted_wire_copy_is_found_across_quote_styles():
    corpus = _corpus({
        "a": ["Ein ganz eigener Einstieg des ersten Blattes.", WIRE.replace("in allen", "„in allen") + " Danach Eigenes."],
        "b": ["Der zweite Text beginnt anders und bleibt lange anders.", "Dazu: " + WIRE],
        "c": ["Völlig unabhängiger Text über Gaspreise in Musterstadt und ihre Folgen für Haushalte."],
    })
    shared = find_shared(corpus)
    assert len(shared) == 1
    passage = shared[0]
    assert passage.articles == ("a", "b") and passage.words == len(WIRE.split())


def test_unrelated_texts_are_not_paired():
    rng = random.Random(7)
    vocabulary = [f"wort{i}" for i in range(400)]
    corpus = _corpus({f"t{i}": [" ".join(rng.choice(vocabulary) for _ in range(120))] for i in range(30)})
    assert find_shared(corpus) == []


def test_short_common_phrases_are_not_wire_copy():
    corpus = _corpus({"a": ["Das sagte er am Montag in Berlin."], "b": ["Das sagte er am Dienstag in Paris."]})
    assert find_shared(corpus) == []
