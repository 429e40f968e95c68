"""Quotes, speakers and attributions: the cues a careful reader uses, German and English."""

import pytest

from generator.analysis.sentences import split
from generator.analysis.speech import Reader


def read(text: str, lang: str = "de"):
    return Reader(lang).read_paragraph(text)


def speakers(text: str, lang: str = "de") -> list[tuple[str, bool, str | None]]:
    quotes, _ = read(text, lang)
    return [(q.text, q.direct, q.speaker.name if q.speaker else None) for q in quotes]


def sources(text: str, lang: str = "de") -> list[tuple[str, str | None, str]]:
    _, attributions = read(text, lang)
    return [(a.cue, a.source.name, a.source.kind) for a in attributions]


@pytest.mark.parametrize("text, expected", [
    ("Olaf Scholz ist Kanzler. „Wir bleiben an der Seite der Ukraine“, sagte Scholz in New York.", "Olaf Scholz"),
    ("Andrea Orcel führt Unicredit. „Wir sind geduldig“, so Orcel.", "Andrea Orcel"),
    ("Andrea Orcel führt Unicredit. „Wir sind geduldig“, zitiert ihn die FAZ.", "Andrea Orcel"),
    ("Andrea Orcel führt Unicredit. Orcel sagte der Zeitung: „Wir sind geduldig.“", "Andrea Orcel"),
    ("„Das ist nicht akzeptabel“, erklärte ein Sprecher der Bundesregierung.", "Bundesregierung"),
    ("Daniela Cavallo leitet den Betriebsrat. Die Betriebsratschefin betont: «Kein Standort wird dichtgemacht.»",
     "Daniela Cavallo"),
    ("Markus Söder (CSU) reiste an. „Das macht fassungslos“, schrieb der CSU-Chef bei X.", "Markus Söder"),
])
def test_speaker_cues_in_german(text, expected):
    assert speakers(text)[0][2] == expected


@pytest.mark.parametrize("text, expected", [
    ('Keir Starmer met the press. "We will act," he pointed out.', "Keir Starmer"),
    ("“We consider these strikes disproportionate,” Deutsche Bahn director Martin Seiler said.", "Martin Seiler"),
    ("“We will not say how much we will strike,” said Claus Weselsky.", "Claus Weselsky"),
])
def test_speaker_cues_in_english(text, expected):
    assert speakers(text, "en")[0][2] == expected


def test_a_pronoun_means_the_nearest_fitting_person_before_it():
    text = ("Christine Behle führt die Verhandlungen. Sie sprach mit Dunja Hayali. "
            "„Wir machen uns Streiks nicht leicht“, sagte sie.")
    assert speakers(text)[-1][2] == "Christine Behle"


def test_a_quote_without_a_cue_continues_the_last_speaker():
    text = "„Es ist vorbei“, sagte Alexander Zverev. „Ich bin sehr enttäuscht.“"
    assert [s for _, _, s in speakers(text)] == ["Alexander Zverev", "Alexander Zverev"]


def test_konjunktiv_i_is_indirect_speech_with_its_speaker():
    quotes = speakers("Der Antrag der Bahn werde zurückgewiesen, erklärte Richter Michael Horcher in Frankfurt.")
    assert quotes == [("Der Antrag der Bahn werde zurückgewiesen", False, "Michael Horcher")]


def test_partial_quotes_and_all_quotation_marks():
    text = ("Er sprach von „schrecklichen Nachrichten“, von «grosser Sorge», von \"Chaos\" "
            "und von ‚Tragik‘, sagte Markus Söder.")
    found = {q for q, _, _ in speakers(text)}
    assert {"schrecklichen Nachrichten", "grosser Sorge"} <= found


@pytest.mark.parametrize("text, lang, source, kind", [
    ("Laut Tass wurden zwei Drohnen abgeschossen.", "de", "Tass", "agency"),
    ("Der Agentur Yonhap zufolge flog die Rakete weit.", "de", "Agentur Yonhap", "outlet"),
    ("Nach Angaben des Verteidigungsministeriums wurden Soldaten verletzt.", "de", "Verteidigungsministerium", "institution"),
    ("Wie die Polizei mitteilte, wurde niemand verletzt.", "de", "Polizei", "institution"),
    ("Es gebe keine Gefahr, hieß es aus dem Innenministerium.", "de", "Innenministerium", "institution"),
    ("According to CSIS, the launch failed.", "en", "CSIS", "institution"),
    ("Wie unter anderem die „Bild“ berichtet, fuhr der Zug nicht.", "de", "Bild", "outlet"),
])
def test_named_sources_keep_their_name_and_kind(text, lang, source, kind):
    assert (source, kind) in [(s, k) for _, s, k in sources(text, lang)]


def test_a_source_the_text_does_not_name_is_unnamed():
    assert sources("„Es wird knüppelheiß“, sagte ein Meteorologe in Essen.")[0][1:] == (None, "unnamed")


def test_a_verb_of_saying_with_an_object_is_no_attribution():
    assert sources("Die Gewerkschaft kritisierte die Maßnahme scharf: Sie sei unfair.")[0][1] == "Gewerkschaft"
    assert sources("Behle nannte die Maßnahme schöngerechnet.") == [] or \
        all(source != "Maßnahme" for _, source, _ in sources("Behle nannte die Maßnahme schöngerechnet."))


def test_an_inferred_source_says_so():
    _, attributions = read("Christine Behle sprach. Sie kritisierte, dass das Angebot zu gering sei.")
    assert attributions[-1].source.name == "Christine Behle" and attributions[-1].source.inferred


@pytest.mark.parametrize("text, count", [
    ("Am 7. Oktober kamen 20.000 Soldaten. Danach war Ruhe.", 2),
    ("Dr. Müller sagte, Nr. 5 sei wichtig. Das ist gut.", 2),
    ("Die U.S. Army kam am 3. Mai. Sie blieb.", 2),
    ("Er wurde 3. im Rennen. Dann fuhr er heim.", 2),
])
def test_sentences_do_not_break_at_dates_numbers_and_abbreviations(text, count):
    assert len(split(text)) == count


@pytest.mark.parametrize("text, expected", [
    # a quote opened with „ and closed with a straight mark
    ('Jana Novak gewann. „Ich bin überglücklich", sagte die 31-Jährige.', "Jana Novak"),
    # a verb-final clause after 'wie': its subject follows the conjunction
    ("Peter Brandl kam. Er sei müde, wie er am Abend dem Sender erklärte.", "Peter Brandl"),
    # a compound whose last part is capitalised is a noun ('SPD-Chefin', 'ver.di-Sprecherin')
    ("Die SPD-Chefin Karin Lahm sprach. „Das reicht nicht“, sagte die SPD-Chefin.", "Karin Lahm"),
])
def test_subjects_of_verb_final_clauses_and_numbered_compounds(text, expected):
    assert speakers(text)[-1][2] == expected


def test_a_relative_pronoun_speaks_for_the_cue_before_it():
    text = ("Monika Reiter leitet das Amt. „Es geht nicht“, erwiderte die Amtsleiterin Monika Reiter, die betonte: "
            "„Wir tun, was wir können.“")
    assert speakers(text)[-1][2] == "Monika Reiter"


def test_a_possessive_spokesperson_speaks_for_the_owner():
    _, attributions = read("Die Ministerin Sabine Kurz war im Urlaub. Ihrem Sprecher zufolge ist sie wohlauf.")
    assert attributions[-1].source.name == "Sabine Kurz"


def test_a_definite_noun_is_no_person_of_the_other_gender():
    _, attributions = read("Thomas Keller kritisierte das Angebot. Die Zahlung sei gesichert, so die Stadtbahn.")
    assert attributions[-1].source.name != "Thomas Keller"


def test_a_compound_ministry_means_the_ministry_named_before():
    text = ("Das Umweltministerium prüft den Fall. „Wir warten ab“, sagte ein Sprecher des Landesumweltministeriums.")
    assert speakers(text)[-1][2] == "Umweltministerium"


def test_the_subject_at_the_end_of_the_phrase_before_a_second_place_verb():
    text = "Betriebsrat und Aufsichtsrat Jonas Weber sprach von einem „schwarzen Tag für die Belegschaft“."
    assert ("sprach", "Jonas Weber") in [(a.cue.split()[-1], a.source.name) for a in read(text)[1]]


@pytest.mark.parametrize("text", [
    "Die Polizei riet Autofahrern davon ab, in die Stadt zu fahren.",
    "Der Wetterdienst empfiehlt, Reisen zu verschieben.",
])
def test_verbs_of_advising_are_verbs_of_saying(text):
    assert sources(text)


@pytest.mark.parametrize("text, source", [
    ("Karen Hill was not at home. According to her spokesman, she is well.", "Karen Hill"),
    ("The dam held. According to “Kurier”, the river fell.", "Kurier"),
    ("Rain fell, a DWD meteorologist told a local radio station.", "DWD"),
    ('Prime Minister Tom Baker slammed the plan: "It is unfair."', "Tom Baker"),
])
def test_english_sources_without_a_capitalised_name_and_roles_before_names(text, source):
    assert source in [name for _, name, _ in sources(text, "en")]


def test_an_english_subordinate_clause_has_its_own_subject():
    _, attributions = read("Prices rose after the Acme Group said it would cut output.", "en")
    assert attributions[-1].cue == "the Acme Group said"


def test_demnach_refers_only_to_a_source_named_just_before():
    near = read("Laut Polizei gab es zwei Verletzte. Demnach kam niemand ums Leben.")[1]
    assert [a.source.name for a in near] == ["Polizei", "Polizei"]
    far = ("Laut Polizei gab es zwei Verletzte. " + "Die Straße war lange gesperrt und der Verkehr staute sich. " * 8 +
           "Demnach kam niemand ums Leben.")
    assert [a.source.name for a in read(far)[1]] == ["Polizei"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Ärztin Maria Lenz war dabei. „Das hilft vielen“, sagte der Leiter der Klinik, der Chirurg Jonas Berger.",
     "de", "Jonas Berger"),
    ("„Wir prüfen das“, erklärte der Referatsleiter Straßen- und Brückenbau beim Landkreis Celle, Paul Hagen, am Abend.",
     "de", "Paul Hagen"),
    ("Mary Cole was there. “We will appeal,” said the Board’s acting chairman and head of its legal panel, Tom Reed.",
     "en", "Tom Reed"),
])
def test_a_name_in_apposition_to_a_role_noun_is_the_speaker(text, lang, expected):
    assert speakers(text, lang)[-1][2] == expected


def test_a_role_noun_without_a_named_apposition_still_means_the_person_before():
    text = "Jonas Berger leitet die Klinik. „Das hilft“, sagte der Leiter der Klinik, als er ging."
    assert speakers(text)[-1][2] == "Jonas Berger"


def test_so_names_a_source_only_where_it_closes_a_quote_or_clause():
    assert sources("Das Boot fuhr über eine so weite Strecke nach Norden.") == []
    assert speakers("Ida Rahn kam. „Wir warten ab“, so Rahn.")[-1][2] == "Ida Rahn"


def test_an_adverb_before_the_adjectives_stays_in_the_noun_phrase():
    text = "Die Probe sei echt, erklärte die ebenfalls beteiligte Chemikerin Lea Stoll."
    assert speakers(text) == [("Die Probe sei echt", False, "Lea Stoll")]


@pytest.mark.parametrize("text, expected", [
    ('Lead author Dr Anna Price, from the University of Leeds, said: "The results are clear."', "Anna Price"),
    ("Rates fell. The central bank has formally announced that it would act.", "central bank"),
])
def test_english_subjects_with_a_place_apposition_or_an_adverb_after_the_auxiliary(text, expected):
    assert any(name and name.endswith(expected) for _, name, _ in sources(text, "en"))


def test_a_participle_of_a_separable_verb_of_saying_names_its_subject():
    text = ("Die Feuerwehr hatte immer wieder dazu aufgerufen, das Ufer zu meiden. "
            "Es bestehe Lebensgefahr, hieß es.")
    assert [name for _, name, _ in sources(text)] == ["Feuerwehr", "Feuerwehr"]
    assert speakers(text)[-1][2] == "Feuerwehr"


def test_a_quote_of_several_sentences_takes_the_cue_after_its_end():
    text = ("Die Sprecherin Eva Brandt trat vor die Presse. Ein Beamter hatte zuvor gesprochen. "
            "„Wir bleiben ruhig. Wir warten die Prüfung ab“, erklärte Brandt danach.")
    quotes = speakers(text)
    assert quotes[0][0].startswith("Wir bleiben ruhig") and quotes[0][2] == "Eva Brandt"


def test_a_truncated_compound_after_a_role_noun_is_no_name():
    text = ("Als Jana Roth, zuständig für die Schulen, vor die Presse trat, war sie ernst. "
            "„Wir schließen vorerst“, sagte die Referatsleiterin Schul- und Sportstätten beim Landkreis.")
    assert speakers(text)[-1][2] == "Jana Roth"


def test_a_noun_that_is_also_a_first_name_takes_an_article_and_names_no_person():
    text = ('Die Band war nach dem Ende der Tour müde. „Wir brauchen Ruhe“, sagte der 29-Jährige.')
    assert speakers(text)[-1][2] != "Ende der Tour"


def test_a_genitive_compound_spokesperson_speaks_for_the_organisation():
    text = "Die Feuerwehr rückte aus. Nach Angaben eines Feuerwehrsprechers wurde niemand verletzt."
    assert sources(text)[-1][1] == "Feuerwehr"


def test_a_reflexive_verb_of_saying_finds_the_subject_after_sich():
    assert sources("Scharf äußerte sich die Gewerkschaft Verdi.")[-1][0] == "äußerte sich die Gewerkschaft Verdi"


@pytest.mark.parametrize("text, expected", [
    ("Water levels rose in several towns overnight and roads closed, the regional flood warning service said early Sunday.",
     "the regional flood warning service said"),
    ("The national rail operator, Nordbahn, warned that trains would be late.", "Nordbahn, warned"),
    ("Anna Field, spokeswoman for Nordbahn, still hopes that talks resume.", "Anna Field, spokeswoman for Nordbahn, still hopes"),
])
def test_an_english_subject_after_a_long_clause_or_an_apposition(text, expected):
    assert expected in [cue for cue, _, _ in sources(text, "en")]


def test_an_english_second_verb_has_no_subject_of_its_own():
    assert sources("Airlines cancelled 11,000 flights at the big hubs and fears more chaos.", "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Tom Hale waited. “We were stuck for hours,” said another resident, Rosa Lind.", "en", "Rosa Lind"),
    ("Lars Beck war vor Ort. „Es war laut“, sagte ein Anwohner der Straße, Ilse Vogt.", "de", "Ilse Vogt"),
])
def test_a_name_in_apposition_to_an_unnamed_person_is_the_speaker(text, lang, expected):
    assert speakers(text, lang)[0][2] == expected


def test_a_pronoun_can_mean_a_person_named_earlier_in_the_same_sentence():
    text = "Bürgermeisterin Petra Lang wollte allen ein Eis ausgeben, wie sie am Morgen dem Sender sagte."
    assert [name for _, name, _ in sources(text)] == ["Petra Lang"]


def test_a_title_before_a_person_is_no_organisation():
    text = "German Chancellor Olaf Hart spoke first. Prices rose after the company said it would cut output."
    assert "German Chancellor" not in [name for _, name, _ in sources(text, "en")]


@pytest.mark.parametrize("text, lang", [
    ("Die Deutsche Bahn sperrte die Strecke. „Wir prüfen das“, sagte ein Sprecher.", "de"),  # whose spokesman?
    ("Prices rose. The group urged calm.", "en"),  # 'the group' with no group named before
    ("Prices rose. “We will see,” its CEO said.", "en"),  # 'its' with no organisation before
])
def test_a_guessed_source_is_not_reported(text, lang):
    assert sources(text, lang) == []


def test_a_guessed_spokesperson_still_speaks_the_quote():
    text = "Die Deutsche Bahn sperrte die Strecke. „Wir prüfen das“, sagte ein Sprecher."
    assert speakers(text)[0][2] == "Deutsche Bahn"


@pytest.mark.parametrize("text, lang", [
    ("Die Brücke ist alt, einer britisch-australischen Studie zufolge.", "de"),
    ("Laut Nachbarn war der Hund laut.", "de"),
    ("Wie Medien übereinstimmend berichten, ist der Hund laut.", "de"),
])
def test_indefinite_and_bare_plural_sources_are_unnamed(text, lang):
    assert [(name, kind) for _, name, kind in sources(text, lang)] == [(None, "unnamed")]


def test_a_singular_they_means_the_person_speaking():
    text = "“I am grateful,” Nemo said. “We need to talk,” they added."
    assert speakers(text, "en")[-1][2] == "Nemo"


@pytest.mark.parametrize("text, lang, expected", [
    ("Die IG Metall drohte mit weiteren Streiks.", "de", []),
    ("Die IG Metall drohte, die Gespräche abzubrechen: Man sei am Ende.", "de", ["IG Metall"]),
    ("„Wir streiken“, drohte die IG Metall.", "de", ["IG Metall"]),
    ("Verdi has called for talks.", "en", []),
    ("Verdi has called for talks, saying that wages must rise.", "en", ["Verdi"]),
])
def test_a_verb_of_attitude_attributes_only_a_statement(text, lang, expected):
    assert [name for _, name, _ in sources(text, lang)] == expected


def test_an_organisation_that_speaks_is_what_the_organisation_noun_means_later():
    text = "According to Foodwatch, the sausages were unsafe. The group added that shops must recall them."
    assert [(cue, name) for cue, name, _ in sources(text, "en")][-1] == ("The group added", "Foodwatch")


@pytest.mark.parametrize("text, expected", [
    ("„Das ist nötig“, sagte am Montag in einer Pressekonferenz in München der Geschäftsführer der Stadtwerke, "
     "Florian Bieberbach.", "Florian Bieberbach"),
    ("Wie das Statistische Bundesamt am Dienstag in Wiesbaden mitteilte, stiegen die Preise.", "Statistische Bundesamt"),
    ("In einer Mitteilung der Polizei heißt es, die Lage sei ernst.", "Polizei"),
    ("Die Lage ist ernst, wie aus einem Bericht des Innenministeriums hervorgeht.", "Innenministerium"),
    ("Nach Polizeiangaben wurde niemand verletzt.", "Polizei"),
    ("Aus Regierungskreisen hieß es, man prüfe den Fall.", None),
])
def test_german_sources_behind_objects_documents_and_compounds(text, expected):
    assert [name for _, name, _ in sources(text)] == [expected]


def test_a_company_noun_never_means_a_union():
    text = ("Die Gewerkschaft Verdi hat gestreikt, sagte die Gewerkschaft. Die Gewerkschaft sprach von Erfolg, "
            "sagte die Gewerkschaft. Die Nordwerk AG teilte mit, man verhandle. Das Unternehmen erklärte, es gebe Gespräche.")
    assert sources(text)[-1][1] == "Nordwerk AG"


@pytest.mark.parametrize("text, expected", [
    ("Prices rose, said Jane Smith, chief economist at Barclays.", "Jane Smith"),
    ("Prices rose, according to the Office for National Statistics.", "Office for National Statistics"),
])
def test_english_inverted_and_long_sources(text, expected):
    assert [name for _, name, _ in sources(text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Apple said in a statement that prices rose.", "prices rose"),
])
def test_english_reported_clause_past_adjuncts(text, expected):
    assert [q for q, direct, _ in speakers(text, "en") if not direct] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tesla's spokesperson said the recall was voluntary.", "Tesla"),
    ("According to a report by Reuters, the recall was voluntary.", "Reuters"),
])
def test_english_owners_of_spokespeople_and_reports(text, expected):
    assert [name for _, name, _ in sources(text, "en")] == [expected]


def test_information_named_long_before_has_no_source():
    text = "Laut Polizei brannte es. " + "Die Straße war lange gesperrt und viele Menschen warteten. " * 6 + \
        "Den Angaben zufolge wurde niemand verletzt."
    assert [name for _, name, _ in sources(text)] == ["Polizei", None]


@pytest.mark.parametrize("text, lang", [
    ("Trotzdem gab es am Abend zu wenig Personal.", "de"),  # 'gab … zu' only where 'zu' closes the clause
    ("Es gibt an den Flughäfen kaum Personal.", "de"),
    ("The dog died, according to the attack report filed later.", "en"),
])
def test_no_source_without_a_speaker(text, lang):
    assert sources(text, lang) == []


def test_bare_information_nouns_name_no_source():
    text = "Die Polizei teilte mit, die Straße sei gesperrt. Laut Angaben wurde niemand verletzt. Den Angaben zufolge brannte es."
    assert [name for _, name, _ in sources(text)] == ["Polizei", "Polizei"]  # 'laut Angaben': whose?


@pytest.mark.parametrize("text, lang, expected", [
    ("The plan, which the government announced last week, would cost more.", "en", ["government"]),
    ("Residents who were evacuated said the water rose quickly.", "en", [None]),
    ("A senior executive at the company that employed the workers said the work was safe.", "en", [None]),
    ("Die Opposition kritisierte, der Plan sei zu teuer.", "de", ["Opposition"]),
    ("Der Plan sei zu teuer, heißt es in einer Erklärung des Verbands.", "de", ["Verband"]),
])
def test_relative_clauses_groups_and_statements(text, lang, expected):
    assert [name for _, name, _ in sources(text, lang)] == expected


def test_a_role_noun_means_a_person_of_its_gender():
    text = "Anna Berg und Tom Klein verhandelten. „Wir sind weit“, sagte die Ministerin."
    assert speakers(text)[0][2] == "Anna Berg"


def test_a_hyphenated_institute_is_its_own_name():
    text = "Der Landkreis Waldeck-Frankenberg teilte mit, man prüfe. Das liegt laut einem Gutachten des Robert-Koch-Instituts nahe."
    assert [name for _, name, _ in sources(text)][-1] == "Robert-Koch-Institut"


def test_own_information_is_the_sentence_subjects():
    text = "Die Polizei teilte mit, es brenne. Das Studentenwerk Marburg hat nach eigener Darstellung die Wurst entfernt."
    assert sources(text)[-1][:2] == ("nach eigener Darstellung", "Studentenwerk Marburg")


def test_a_genitive_complement_with_an_adjective():
    text = "Es seien keine Proben mehr vorhanden, sagte eine Sprecherin des hessischen Umweltministeriums am Freitag."
    assert [name for _, name, _ in sources(text)] == ["Umweltministerium"]


def test_a_land_ministry_named_with_its_adjective():
    text = ("Das Niedersächsische Umweltministerium prüft den Fall. "
            "„Wir prüfen das“, sagte ein Sprecher des Landesumweltministeriums.")
    assert [name for _, name, _ in sources(text)] == ["Niedersächsische Umweltministerium"]


@pytest.mark.parametrize("text, expected", [
    ("Schools closed, and some areas in southern Bavaria advised residents to stay home.", [None]),
    ("Heavy rains have continued across the region.", []),
])
def test_english_coordinated_subjects_and_continued(text, expected):
    assert [name for _, name, _ in sources(text, "en")] == expected


def test_konjunktiv_two_goes_on_reporting_after_konjunktiv_one():
    text = "Die Deutsche Bahn teilte mit, es bestehe die Gefahr langer Wartezeiten. Reisende sollten nicht nach Köln fahren."
    assert [(q, who) for q, direct, who in speakers(text) if not direct][-1] == \
        ("Reisende sollten nicht nach Köln fahren", "Deutsche Bahn")


def test_konjunktiv_two_in_a_dass_clause_reports_nothing():
    text = "Putin sagte, er sei zufrieden. Die Sorge ist nun groß, dass es zu einem Krieg kommen könnte."
    assert len([q for q, direct, _ in speakers(text) if not direct]) == 1


def test_konjunktiv_two_alone_reports_nothing():
    assert speakers("Die Züge sollten um acht Uhr fahren.") == []


def test_a_person_noun_before_a_verb_only_speech_takes():
    text = "Wes Moore ist Gouverneur. Der Demokrat sagte, man suche weiter."
    assert [name for _, name, _ in sources(text)] == ["Wes Moore"]


@pytest.mark.parametrize("text, expected", [
    ("Nach entsprechenden Medienberichten ist das Pony tot.", [None]),
    ("Nach ersten Polizeiberichten brannte es.", ["Polizei"]),
])
def test_sources_inside_compounds_of_reports(text, expected):
    assert [name for _, name, _ in sources(text)] == expected
