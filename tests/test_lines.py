"""Which lines of a scraped page are the article: clutter kinds, headline, kicker, subheadings."""

import pytest

from generator.intake.lines import classify
from generator.intake.metadata import read_metadata

LEAD = ("Die Lokführergewerkschaft GDL hat am Mittwochmorgen einen bundesweiten Streik begonnen, "
        "der nach Angaben der Bahn Millionen Reisende trifft und bis Freitag dauern soll.")
BODY = ("Der Konzern hatte vergeblich versucht, den Ausstand vor Gericht zu stoppen. Das Landesarbeitsgericht "
        "wies den Eilantrag am Dienstagabend zurück, wie eine Sprecherin mitteilte.")
MORE = ("Im Fernverkehr fährt nur jeder fünfte Zug. Wer reisen muss, sollte sich vorher informieren, "
        "rät die Bahn auf ihrer Internetseite.")


def kinds(*lines: str) -> list[str]:
    return [line.kind for line in classify("\n\n".join(lines))]


@pytest.mark.parametrize("clutter, kind", [
    ("Loading...", "widget"),
    ("00:00 / 02:45", "widget"),
    ("Im Video: Wer ist schuld an der Krise bei VW?", "widget"),
    ("Foto: Uwe Zucchi/dpa", "credit"),
    ("Image: picture-alliance/dpa/P. Kneffel", "credit"),
    ("Reisende stehen in Schlangen vor den Schaltern. (Foto: dpa)", "caption"),
    ("Mehr zum Thema: Die Bahn und ihre Baustellen", "related"),
    ("Lesen Sie auch: So kommen Sie trotzdem ans Ziel", "related"),
    ("Folgen Sie uns auf WhatsApp und Instagram", "share"),
    ("Jetzt den Newsletter abonnieren", "newsletter"),
    ("/cah/DP/he", "signoff"),
    ("(dpa)", "signoff"),
    ("Anzeige", "ad"),
    ("Stand: 25.07.2019 17:35 Uhr", "date"),
    ("Von Anna Muster und Max Li", "byline"),
    ("Elena Hatebur", "byline"),
    ("Anna Muster und Max Schneider", "byline"),
    ("Skip to main content", "navigation"),
    ("Created: 09/03/2022 Updated: 09/03/2022, 2:50 p.m", "date"),
    ("Anna Muster ist Korrespondentin der Zeitung in Brüssel.", "byline"),
    ("Hinweis: Dieser Text wurde nachträglich ergänzt.", "other"),
    ("Dieser Artikel erschien zuerst in der Printausgabe.", "other"),
    ("Es war ein Schock für die Familie. https://t.co/abc123 — Berliner Zeitung (@berlinerzeitung) September 2, 2022",
     "widget"),
    # furniture by its shape, whatever the outlet (intake/furniture.py)
    ("Mi., 12.03.2024, 14:33 Uhr", "date"),
    ("Mar 12, 2024, 2:33 PM ET", "date"),
    ("vor 2 Stunden", "date"),
    ("Bild 1 von 8", "widget"),
    ("3 min read", "widget"),
    ("Auf Facebook teilen", "share"),
    ("Alle Bilder anzeigen", "widget"),
    ("Leave a comment", "widget"),
    ("Home | Politik | Ausland | Europa", "navigation"),
    ("AP Photo/Matt Rourke", "credit"),
    ("Sarah Louise Bennett / EBU", "credit"),
    ("Der Morning-Briefing-Newsletter", "newsletter"),
    ("Externer Inhalt", "widget"),
    ("War dieser Artikel hilfreich?", "widget"),
    ("Sponsored Content", "ad"),
    ("Ein Kommentar von Anna Muster", "byline"),
    ("Mit Material von dpa und AFP", "signoff"),
    ("Ein leerer Zug steht am Mittwoch am Bahnsteig in Frankfurt. imago/Nordphoto", "caption"),
    ("Der Wursthersteller wurde geschlossenFoto: Uwe Zucchi/dpa", "caption"),
    ("Berlin, 12.03.2024", "date"),
    ("Story continues below advertisement", "widget"),
    ("Zur Startseite", "widget"),
    ("Most Read", "navigation"),
    ("CNN —", "place"),
    ("Symbolbild", "caption"),
    ("Artikel mit Video-Inhalten Videobeitrag", "widget"),
    ("Startseite Schlagzeilen", "navigation"),
    ("Liveblog", "widget"),
    ("» Lesen Sie auch: So kommen Sie trotzdem ans Ziel", "related"),
    ("*** Anzeige ***", "ad"),
    ("Blick auf das Werk in Osnabrück.", "caption"),
    ("Die Minister vor dem Treffen (v.l.n.r.): Anna Muster, Max Li und Eva Roth", "caption"),
    ("Hier geht's zur Bildergalerie", "widget"),
    ("Read the full story", "widget"),
    ("Z+ (abopflichtiger Inhalt)", "widget"),
    ("A post shared by Anna Muster (@annamuster)", "widget"),
    ("Alle Artikel von Anna Muster", "other"),
    ("The Associated Press contributed to this report.", "byline"),
    ("Über dieses Thema berichtete die tagesschau am 12. März 2024 um 20:00 Uhr.", "other"),
    ("Author - Kay Schöphörster", "byline"),
    ("- Von Andreas Schwarz (Wien)", "byline"),
    ("Du willst keine News mehr verpassen? Hol dir die Today-App.", "ad"),
    ("Your email address will not be published. Required fields are marked *", "widget"),
    ("Andrea SoltermannDie Abrissstelle: Teile des Gipfels schlugen auf den Gletscher auf.", "caption"),
    ("Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube.", "widget"),
    ("Um diesen Inhalt anzuzeigen, müssen Sie der Datenverarbeitung zustimmen.", "widget"),
    ("Alle Cookies akzeptieren", "widget"),
    ("Mehr Bilder", "widget"),
    ("In Bildern: Das Dorf nach dem Bergsturz", "widget"),
    ("Publiziert heute um 14:33 Uhr", "date"),
])
def test_clutter_lines_are_set_aside_with_their_kind(clutter, kind):
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, clutter, BODY, MORE)
    assert found[2] == kind
    assert found[1] == "lead" and found[3] == "paragraph"


def test_the_comment_section_is_set_aside_to_the_end():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Kommentare (3)", "Max M. schrieb:", MORE)[3:] == \
        ["comments_heading", "comment", "comment"]


def test_a_one_word_subheading_is_no_page_furniture():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, "Reaktionen", BODY, MORE)[2] == "heading"


def test_headline_kicker_subheading_and_teasers():
    found = kinds("Tarifstreit", "Streik legt Bahnverkehr lahm", LEAD, "Gericht weist Antrag ab", BODY,
                  "Mehr Nachrichten aus der Region")
    assert found == ["kicker", "headline", "lead", "heading", "paragraph", "teaser"]


def test_a_kicker_glued_to_its_headline_is_read_apart():
    metadata = read_metadata("Einigung im Tarifstreit!VW will mehr als 35.000 Stellen abbauen\n\n" + LEAD)
    assert (metadata.kicker.value, metadata.headline.value) == ("Einigung im Tarifstreit!",
                                                                 "VW will mehr als 35.000 Stellen abbauen")


def test_a_pull_quote_or_subheading_in_mid_article_is_no_headline():
    metadata = read_metadata("\n\n".join([LEAD, "„Wir sind angegriffen worden“", BODY]))
    assert metadata.headline.value is None


def test_a_short_sentence_after_the_last_paragraph_closes_the_text():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Die Ermittlungen dauern an.")[-1] == "paragraph"


def test_the_text_that_breaks_off_mid_sentence_is_still_body():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Die Gewerkschaft dr")[-1] == "paragraph"


def test_a_last_line_cut_off_is_body_by_its_stop_words_a_teaser_is_not():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Ebenfalls auf dem Bahnsteig war die Ministerin Kari")[-1] == \
        "paragraph"
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Mehr Nachrichten aus der Region")[-1] == "teaser"


def test_a_question_under_a_related_label_over_a_paragraph_is_a_subheading():
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "Mehr dazu:", "Wo wird gestreikt?", BODY, MORE)
    assert found[2:4] == ["related", "heading"]


def test_a_sentence_about_consent_is_no_consent_box():
    text = "Die Regierung will den Inhalt des Gesetzes anzeigen und die Bürger sollen zustimmen, sagte der Minister."
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, text, MORE)[2] == "paragraph"


def test_a_paragraph_about_subscriptions_is_no_ad():
    text = ("Das Ticket ist seit Mai 2023 bundesweit nutzbar - als monatlich kündbares Abo, das digital eingesetzt "
            "werden soll. Nach Branchenangaben hatten es zuletzt rund 13 Millionen Abonnenten. Ob die Preisanhebung "
            "zu Kündigungen führt, muss sich zeigen. Das Ticket ist weiter günstiger als viele Pendler-Abos.")
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, text, MORE)[2] == "paragraph"


def test_a_sentence_cut_by_stock_prices_is_body():
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "UBS", "UBS,", "-5.50%", "will buy Credit Suisse", "CS,",
                  "-6.94%", "for more than $2 billion in an all-stock deal, the Financial Times reported.", MORE)
    assert [found[i] for i in (2, 5, 8)] == ["paragraph"] * 3 and "paragraph" not in (found[3], found[4], found[6])


def test_of_two_long_lines_over_the_text_the_first_is_the_headline():
    found = kinds("Wirbel um den Richter, der den Ex-Kanzler schuldig sprach",
                  "Nach der Verurteilung des Kanzlers könnte ein Fauxpas des Richters Konsequenzen haben", LEAD, BODY)
    assert found[:2] == ["headline", "lead"]


def test_metadata_from_anywhere_in_the_text():
    text = "\n\n".join(["Streik legt Bahnverkehr lahm", "Von Anna Muster", "Stand: 12.03.2024 10:15 Uhr",
                       "FRANKFURT (dpa-AFX) - " + LEAD, BODY, "Ein Zug steht am Bahnsteig. Foto: Arne Dedert/AFP",
                       "(eon/Reuters)"])
    metadata = read_metadata(text)
    assert metadata.authors.value == ["Anna Muster"]
    assert metadata.published.value == "2024-03-12"
    assert metadata.agencies.value == ["dpa-AFX", "Reuters"]  # not AFP: a photo credit credits no text


def test_a_date_in_a_caption_or_teaser_is_not_the_published_date():
    text = "\n\n".join(["Streik legt Bahnverkehr lahm", LEAD, "Archivbild vom 3. März 2020. Foto: dpa",
                        BODY, "Lesen Sie auch: Streik am 12. Januar 2024"])
    assert read_metadata(text).published.value is None


def test_a_caption_that_ends_in_its_photographer_and_agency_is_set_aside():
    caption = "Die Lokführer stehen am Mittwoch vor dem Hauptbahnhof in Frankfurt Sarah Louise Bennett / EBU"
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, caption, BODY, MORE)[2] == "caption"
    # a slash between two places in running text is no credit
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, "Die Züge fahren nur noch zwischen Berlin / Hamburg",
                 BODY, MORE)[2] != "caption"


def test_the_headline_written_twice_once_glued_to_a_section_name_is_read_from_its_clean_copy():
    found = classify("\n\n".join(["NewsStreik legt Bahnverkehr lahm", "Streik legt Bahnverkehr lahm", LEAD, BODY]))
    assert [line.kind for line in found][:2] == ["navigation", "headline"]
    text = "\n\n".join(["Tarifstreit!Streik legt Bahnverkehr lahm", "Von Anna Muster", "Tarifstreit / Streik legt Bahnverkehr lahm",
                       LEAD, BODY])
    assert [line.kind for line in classify(text)][:3] == ["headline", "byline", "duplicate"]


def test_a_post_in_another_language_is_no_body_line():
    english = ("The union said on Wednesday that the strike would last until Friday and that it was "
               "ready to talk to the company.")
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, english, BODY, MORE)[2] == "widget"


def test_a_credit_line_makes_the_short_paragraph_beside_it_a_caption():
    caption = "Ein Zug steht am Mittwochmorgen leer im Hauptbahnhof von Frankfurt."
    # the paragraph touching the credit without a blank line
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, caption + "\nFoto: Max Li", MORE)
    assert found[3:6] == ["caption", "credit", "paragraph"]
    # blank lines on both sides: the shorter of the two paragraphs around it
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "© Max Li", caption, MORE)
    assert found[2:6] == ["paragraph", "legal", "caption", "paragraph"]
    # between a caption and its credit
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "Ein Zug im Bahnhof. (Foto: dpa)", caption, "Foto: Max Li",
                  BODY)
    assert found[3] == "caption" and found[5] == "paragraph"


def test_what_follows_the_repeated_byline_is_no_body():
    found = kinds("Streik legt Bahnverkehr lahm", "Anna Muster", LEAD, BODY, "Anna Muster", MORE)
    assert found[-1] == "teaser"


def test_a_stored_text_cut_after_a_subheading_keeps_the_subheading():
    assert kinds("Streik legt Bahnverkehr lahm", LEAD, BODY, "Gericht weist Antrag ab")[-1] == "heading"


def test_a_line_under_the_headline_without_function_words_is_no_standfirst():
    found = kinds("Streik legt Bahnverkehr lahm", "12.03.2024 | 10:15 Uhr | Lesezeit 3 Min | Anna Muster, Berlin",
                  LEAD, BODY)
    assert found[1] != "lead" and found[2] == "lead"


def test_furniture_that_its_neighbours_give_away():
    # a run of short lines that are no sentences: a poll, buttons
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "Ist dieser Text lesenswert", "Ja", "Nein", BODY, MORE)
    assert not {"heading", "paragraph"} & set(found[2:5]) and found[5] == "paragraph"
    # a short paragraph touching a caption without a blank line
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "Blick auf den Hauptbahnhof.\nEin Zug steht leer am Bahnsteig. "
                  "(Foto: dpa)", BODY, MORE)
    assert found[2:4] == ["caption", "caption"]
    # where the page has no blank lines at all, touching says nothing
    found = kinds("Streik legt Bahnverkehr lahm", LEAD + "\nDie Bahn ist über den Streik der Lokführer empört.\nEin Zug steht leer. (Foto: dpa)\n" + BODY)
    assert found[2] == "paragraph"
    # questions under an ad label
    found = kinds("Streik legt Bahnverkehr lahm", LEAD, "Anzeige", "Sollten Anleger jetzt verkaufen? Oder kaufen?", BODY)
    assert found[3] == "ad" and found[4] == "paragraph"


def test_a_camel_case_name_the_text_writes_again_is_no_glued_kicker():
    text = "\n\n".join(["Scholz schließt die Tür für UniCredit", "Die italienische Großbank UniCredit will die "
                                                                    "Commerzbank übernehmen, sagte ein Sprecher.", BODY])
    assert read_metadata(text).headline.value == "Scholz schließt die Tür für UniCredit"


def test_the_headline_the_page_repeats_above_the_text():
    title = "Scholz schließt die Tür für die Übernahme"
    found = kinds(title, title, "Wirtschaft", title, LEAD, BODY)  # the page's title and its social-media title
    assert found[3] == "headline"


def test_a_date_line_glued_to_the_headline_is_not_part_of_it():
    headline = "Streik der Lokführer legt den Bahnverkehr in ganz Deutschland lahm"
    text = "\n\n".join(["Stand: 03.09.2022 15:12 Uhr " + headline, LEAD, BODY])
    assert read_metadata(text).headline.value == headline


def test_the_kicker_above_a_time_stamp_and_a_separator():
    metadata = read_metadata("\n\n".join(["Tarifstreit |", "17.07.2025 16:26:37", "|", "Streik legt Bahnverkehr lahm",
                                          LEAD, BODY]))
    assert (metadata.kicker.value, metadata.headline.value) == ("Tarifstreit", "Streik legt Bahnverkehr lahm")
