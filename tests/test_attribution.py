import pytest

from generator.analysis.attribution import credited_agencies, find_attributions
from generator.analysis.entities import build_lexicon
from generator.analysis.reported_speech import ActorGazetteer, read_speech
from helpers import clean, entity, paragraphs

SOURCES = {e.id: e for e in (
    entity("kcna", "KCNA", kind="medium", aliases=["Korean Central News Agency"], source_kind="state_media",
           source_patterns=["nordkoreanischen Staatsmedien", "Berichten aus Nordkorea"]),
    entity("bloomberg", "Bloomberg", kind="medium", source_kind="outlet"),
    entity("intel", "Westliche Geheimdienste", kind="organisation", source_kind="intelligence",
           source_patterns=["westlicher Geheimdienste"]),
    entity("usa", "USA", kind="state", source_kind="government"),
    entity("dpa", "dpa", kind="medium", source_kind="wire_agency"),
)}


def _attributions(sentence: str, lang: str = "de"):
    article = paragraphs(sentence)
    lexicon = build_lexicon(SOURCES)
    return find_attributions(article, read_speech(article, lang, ActorGazetteer(lexicon, SOURCES)), lexicon)


@pytest.mark.parametrize("sentence, sources", [
    ("Die Botschaft ging gemäss Angaben der nordkoreanischen Staatsmedien Mitte Dezember ein.", ("kcna",)),
    ("Den Berichten aus Nordkorea zufolge übermittelte Kim eine Botschaft.", ("kcna",)),
    ('Einem bei "Bloomberg" erschienenen Bericht heißt es, dass Munition geliefert wurde.', ("bloomberg",)),
    ("Nach Erkenntnissen westlicher Geheimdienste wurden Soldaten entsandt.", ("intel",)),
    ("Laut Bloomberg sind es fünf Millionen Geschosse, was die USA beunruhigt.", ("bloomberg",)),
    ("Das sei so, heißt es in Moskau.", ()),
    ("According to Bloomberg, almost five million shells were delivered.", ("bloomberg",)),
    ("The agency KCNA reported that the letter arrived in mid-December.", ("kcna",)),
    ("Citing western intelligence, officials said troops had been sent.", ()),
])
def test_attribution_sentences_resolve_to_sources(sentence, sources):
    lang = "en" if sentence.split()[0] in ("According", "The", "Citing") else "de"
    assert [a.sources for a in _attributions(sentence, lang)] == [sources]


@pytest.mark.parametrize("sentence", [
    "Putin besucht Nordkorea auf Einladung von Kim.",
    "The talks in Pyongyang lasted two days.",
    "Die Laute der Musik waren leise.",
    "Das Land pflegt seit jeher Kontakt zu Russland.",
])
def test_sentences_without_attribution(sentence):
    lang = "en" if sentence.startswith("The") else "de"
    assert _attributions(sentence, lang) == []


def test_credited_wire_agency_from_signature_and_source_line():
    assert credited_agencies(clean("Titel\n\nText des Artikels hier. (eon/dpa)\n"), SOURCES) == ("dpa",)
    assert credited_agencies(clean("Titel\n\nText des Artikels hier.\n\n/news.de/dpa\n"), SOURCES) == ("dpa",)
    assert credited_agencies(clean("Titel\n\nText über die dpa-Meldung hier.\n"), SOURCES) == ()
