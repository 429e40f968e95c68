from generator.analysis.entities import build_lexicon, co_mentions, find_epithets, find_mentions
from helpers import entity, paragraphs

KIM = entity("kim", "Kim Jong-un", aliases=["Kim Jong Un", "Kim Dschong Un"], ambiguous=["Kim"],
             epithets=["Diktator", "Machthaber", "Despot"])
PUTIN = entity("putin", "Wladimir Putin", aliases=["Putin"], epithets=["Präsident", "Despot"])
NK = entity("nk", "Nordkorea", kind="state", aliases=["Pjöngjang"], adjectives=["nordkoreanisch"])
ENTITIES = {e.id: e for e in (KIM, PUTIN, NK)}


def _mentions(*texts):
    article = paragraphs(*texts)
    return article, find_mentions(article, build_lexicon(ENTITIES))


def test_spellings_and_inflections_resolve_to_one_actor():
    _, found = _mentions("Kim Jong Un traf Kim Jong-un und Kim Dschong Un. Kims Brief kam an. Kim Jong-Uns Antwort.")
    assert [(m.entity, m.text) for m in found] == [
        ("kim", "Kim Jong Un"), ("kim", "Kim Jong-un"), ("kim", "Kim Dschong Un"), ("kim", "Kims"), ("kim", "Kim Jong-Uns")]


def test_no_hits_inside_other_words():
    _, found = _mentions("Kim Jong-un mag Kimchi. Der Kimono und Nordkoreaner-Witze.")
    assert [m.text for m in found] == ["Kim Jong-un"]


def test_ambiguous_alias_needs_a_sure_mention_in_the_article():
    _, alone = _mentions("Kim kam zu spät.")
    assert alone == []
    _, together = _mentions("Kim Jong-un kam.", "Kim blieb lange.")
    assert [m.text for m in together] == ["Kim Jong-un", "Kim"]


def test_adjectives_and_genitive_metonyms():
    _, found = _mentions("Die nordkoreanischen Soldaten und Pjöngjangs Botschafter. Nordkoreas Führung.")
    assert [(m.entity, m.via) for m in found] == [("nk", "adjective"), ("nk", "alias"), ("nk", "name")]


def test_longest_match_wins():
    _, found = _mentions("Wladimir Putins Brief.")
    assert [(m.entity, m.text) for m in found] == [("putin", "Wladimir Putins")]


def test_epithets_counted_per_actor_across_inflections():
    article, found = _mentions("Der Diktator schrieb. Des Diktators Brief.", "Zwei Despoten: Putin und Kim Jong-un.",
                               "Ein Despot allein.")
    uses = find_epithets(article, build_lexicon(ENTITIES), found)
    assert sorted((u.entity, u.text) for u in uses) == [
        ("kim", "Despoten"), ("kim", "Diktator"), ("kim", "Diktators"), ("putin", "Despoten")]


def test_co_mentions_count_shared_paragraphs():
    _, found = _mentions("Putin und Kim Jong-un.", "Putin in Nordkorea.", "Putin und Kim Jong Un wieder.")
    assert co_mentions(found) == {("kim", "putin"): 2, ("nk", "putin"): 1}
