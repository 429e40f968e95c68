from generator.analysis.entities import build_lexicon
from generator.analysis.quotes import extract_quotes, group_quotes
from generator.analysis.reported_speech import ActorGazetteer, read_speech
from generator.model.records import Origin, QuoteOverride
from helpers import entity, paragraphs

PUTIN = entity("putin", "Wladimir Putin", aliases=["Putin"], epithets=["Kremlchef"])
KIM = entity("kim", "Kim Jong-un", aliases=["Kim Jong Un"])
NK = entity("nk", "Nordkorea", kind="state")
ENTITIES = {e.id: e for e in (PUTIN, KIM, NK)}


def _quotes(*texts, overrides=(), direct_only=True):
    article = paragraphs(*texts)
    lexicon = build_lexicon(ENTITIES)
    reading = read_speech(article, "de", ActorGazetteer(lexicon, ENTITIES))
    found = extract_quotes(article, reading, lexicon, ENTITIES, list(overrides))
    return [q for q in found if q.direct or not direct_only]


def test_all_quote_styles():
    found = _quotes('Er sagte „deutsche Anführung hier“ und «Schweizer Anführung hier» und »französische Art hier« '
                    'und "gerade Zeichen hier" und ‚einfache deutsche hier‘ und “englische Anführung hier”.')
    assert [q.text for q in found] == ["deutsche Anführung hier", "Schweizer Anführung hier", "französische Art hier",
                                       "gerade Zeichen hier", "einfache deutsche hier", "englische Anführung hier"]


def test_nested_quote_stays_inside_outer():
    found = _quotes("Putin sagte: „Wir nennen das ‚Spezialoperation‘ und bleiben dabei.“")
    assert [q.text for q in found] == ["Wir nennen das ‚Spezialoperation‘ und bleiben dabei."]


def test_closing_mark_does_not_open_a_new_quote():
    found = _quotes("Er sprach von einem «heldenhaften Einsatz» und lobte sie. Sie seien an der «Befreiung des Gebiets» beteiligt.")
    assert [q.text for q in found] == ["heldenhaften Einsatz", "Befreiung des Gebiets"]


def test_speaker_near_verb_of_saying_not_genitive():
    found = _quotes("Kim Jong Un antwortete auf Putins Brief und versicherte, die Beziehungen würden „in allen Bereichen stärker werden“.")
    assert found[0].speaker == "kim"


def test_speaker_from_epithet_and_pronoun():
    found = _quotes("Darin betont der Kremlchef die «unbesiegbare Freundschaft» beider Länder.",
                    "Wladimir Putin schrieb einen Brief. Er sprach von «heldenhaftem Einsatz der Truppen».")
    assert [(q.text, q.speaker) for q in found] == [("unbesiegbare Freundschaft", "putin"),
                                                    ("heldenhaftem Einsatz der Truppen", "putin")]


def test_no_speaker_without_verb_and_states_do_not_speak():
    found = _quotes("Nordkorea will „engere Verbindungen“ pflegen.")
    assert found[0].speaker is None


def test_yaml_override_sets_speaker_or_drops_false_hit():
    overrides = [QuoteOverride("a", "engere Verbindungen", "putin", False, Origin("content/articles.yml", 3)),
                 QuoteOverride("a", "Rodong Sinmun Zeitung", None, True, Origin("content/articles.yml", 6))]
    found = _quotes("Nordkorea will „engere Verbindungen“ pflegen, so die „Rodong Sinmun Zeitung“.", overrides=overrides)
    assert [(q.text, q.speaker, q.speaker_source) for q in found] == [("engere Verbindungen", "putin", "yaml")]


def test_names_and_single_words_in_quotes_are_not_quotes():
    assert _quotes('Ein Beitrag in "Wladimir Putin" und «Befreiung».') == []


def test_same_quote_grouped_across_outlets():
    first = _quotes("Kim versicherte, dass die Beziehungen „in allen Bereichen stärker werden“.")
    second = [q.__class__(**{**q.__dict__, "article": "b"}) for q in
              _quotes("Kim habe geäußert, sie würden »in allen Bereichen stärker werden«.")]
    third = [q.__class__(**{**q.__dict__, "article": "c"}) for q in _quotes("Ganz „anderes Zitat hier“.")]
    groups = group_quotes(first + second + third)
    assert len(groups) == 1 and groups[0].articles == ("a", "b")


def test_quote_inside_a_longer_quote_joins_its_group_under_the_shorter_key():
    short = _quotes("Kim versicherte, die Beziehungen würden „in allen Bereichen stärker werden“.")
    long = [q.__class__(**{**q.__dict__, "article": "b"}) for q in
            _quotes("Putin sagte: „Unsere Beziehungen werden in allen Bereichen stärker werden, das ist gewiss.“")]
    unrelated = [q.__class__(**{**q.__dict__, "article": "c"}) for q in
                 _quotes("Kim sagte: „Bereichen allen in werden stärker, so heißt es.“")]  # same words, other order
    groups = group_quotes(short + long + unrelated)
    assert [(g.key, g.articles) for g in groups] == [("in allen bereichen stärker werden", ("a", "b"))]

