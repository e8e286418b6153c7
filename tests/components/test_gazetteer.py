"""Gazetteer: known countries, demonyms, capitals, cities, organisations and leaders."""

from __future__ import annotations

import pytest

from briefextract.pipeline import make_doc
from briefextract.rules.gazetteer import (
    build_entries,
    lowercase_forms,
    titlecase_acronyms,
)

MINE = ["layout", "gazetteer"]


@pytest.fixture
def gaz(nlp):
    def run(text: str):
        with nlp.select_pipes(enable=MINE):
            doc = nlp(make_doc(nlp, text, published="2025-09-12"))
        return [(s.text, s.label_, s.kb_id_, s.id_) for s in doc.spans["gazetteer"]]

    return run


def test_gazetteer_country_aliases_and_demonyms(gaz):
    found = gaz("The U.S.-Belarusian talks worried Poland and the Russian Federation.")
    assert ("U.S.", "GPE", "United States", "alias") in found
    assert ("Belarusian", "GPE", "Belarus", "demonym") in found
    assert ("Poland", "GPE", "Poland", "name") in found
    assert ("Russian Federation", "GPE", "Russia", "alias") in found


def test_gazetteer_capital_gives_state_and_city(gaz):
    found = gaz("Officials in Vilnius were surprised.")
    assert ("Vilnius", "GPE", "Lithuania", "capital") in found
    assert ("Vilnius", "GPE", "Vilnius", "name") in found


def test_gazetteer_longest_match_wins(gaz):
    found = gaz("The European Union and the Collective Security Treaty Organisation met.")
    names = {kb for _, _, kb, _ in found}
    assert "European Union" in names and "Europe" not in names
    assert ("Collective Security Treaty Organisation", "ORG") in {(kb, lbl) for _, lbl, kb, _ in found}


def test_gazetteer_leader_spelling_variants(gaz):
    found = gaz("Lukashenka met Lukashenko's envoy; Alyaksandr Lukashenka smiled.")
    kbs = [(t, kb) for t, _, kb, _ in found]
    assert ("Lukashenka", "Alexander Lukashenko") in kbs
    assert ("Lukashenko", "Alexander Lukashenko") in kbs
    assert ("Alyaksandr Lukashenka", "Alexander Lukashenko") in kbs


def test_gazetteer_is_case_sensitive_and_skips_plurals(gaz):
    found = gaz("All Syrians and the turkey dinner were chinese whispers.")
    assert found == []


def test_gazetteer_lower_cased_tail_of_a_multiword_name(gaz):
    found = gaz("He wrote to the United nations, not the united nations.")
    assert ("United nations", "ORG", "United Nations", "name") in found
    assert all(t != "united nations" for t, *_ in found)  # all lower case: no name


def test_gazetteer_dateline_upper_case(gaz):
    found = gaz("MEXICO CITY (AP) — Talks resumed.")
    assert ("MEXICO CITY", "GPE", "Mexico City", "name") in found


def test_gazetteer_skips_excluded_credit_lines(gaz):
    text = "Minsk talks resumed.\nPhoto: Reuters / Poland\nMore talks followed."
    found = gaz(text)
    assert ("Minsk", "GPE", "Minsk", "name") in found
    assert all(t != "Poland" for t, *_ in found)


def test_gazetteer_build_entries_priority_and_twins():
    data = {
        "countries": [{"name": "Georgia", "type": "GPE", "aliases": ["People's Georgia"], "capitals": ["Tbilisi"]}],
        "cities": [{"name": "Georgia", "type": "GPE"}, {"name": "Tbilisi", "type": "GPE"}],
    }
    entries = build_entries(data)
    assert [e["name"] for e in entries] == ["Georgia", "Tbilisi"]
    forms = {f for f, _ in entries[0]["forms"]}
    assert {"People's Georgia", "People’s Georgia", "GEORGIA", "Tbilisi"} <= forms
    assert ["Tbilisi", "capital"] in entries[0]["forms"]
    assert ["Tbilisi", "name"] in entries[1]["forms"]


def test_gazetteer_ids_from_source_data(nlp):
    gaz = nlp.get_pipe("gazetteer")
    assert gaz.entry("United States")["code"] == "USA"
    assert gaz.entry("United States")["wikidata"] == "Q30"
    assert gaz.entry("Belarus")["code"] == "BLR"
    assert gaz.entry("Alexander Lukashenko")["as_of"]


def test_gazetteer_lowercase_forms_only_unambiguous_multiword_names():
    from briefextract.rules.gazetteer import lowercase_forms

    data = {
        "organisations": [
            {"name": "United Nations", "type": "ORG", "aliases": ["UN"]},
            {"name": "Security Council", "type": "ORG"},
            {"name": "Union", "type": "ORG"},
        ],
        "regions": [{"name": "security council", "type": "GPE"}],  # same lower-case form: ambiguous
    }
    forms = lowercase_forms(build_entries(data))
    flat = {f for fs in forms.values() for f in fs}
    assert "united nations" in flat
    assert "un" not in flat and "union" not in flat  # single words are common nouns in lower case
    assert "security council" not in flat


def test_gazetteer_longest_first_agrees_with_spacy_filter_spans():
    """The pair-based overlap filter keeps what spaCy's filter_spans keeps (longest, then first)."""
    import spacy
    from spacy.util import filter_spans

    from briefextract.rules.gazetteer import _longest_first

    doc = spacy.blank("en")("one two three four five six seven eight")
    bounds = [(0, 2), (1, 4), (3, 5), (5, 6), (5, 8), (6, 7), (2, 3)]
    expected = [(s.start, s.end) for s in filter_spans([doc[s:e] for s, e in bounds])]
    assert _longest_first(bounds) == expected == [(1, 4), (5, 8)]


def test_gazetteer_span_tuples_are_the_spans(nlp):
    """The tuples the actors component reads hold what the span group holds, also after it is replaced."""
    from spacy.tokens import Span

    from briefextract.rules.actor_spans import span_tuples

    with nlp.select_pipes(enable=MINE):
        doc = nlp(make_doc(nlp, "Officials in Vilnius and the U.S. envoy met Belarusian leaders.", published="2025-09-12"))
    spans = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans["gazetteer"]]
    assert spans and [tuple(m) for m in span_tuples(doc, "gazetteer")] == spans
    doc.spans["gazetteer"] = [Span(doc, 0, 1, label="ORG", kb_id="Officials", span_id="name")]
    assert [tuple(m) for m in span_tuples(doc, "gazetteer")] == [(0, 1, 0, 9, "ORG", "Officials", "name")]
    assert span_tuples(doc, "nothing") == []


def test_gazetteer_case_blind_rules_share_one_matcher(nlp, gaz):
    """The lower-cased-tail and title-case-acronym rules run as one LOWER matcher: an
    acronym pattern is one token and a lower-cased name two or more, so no match
    bounds hold both rules' ids and each rule's matches keep their former order."""
    ruler = nlp.get_pipe("gazetteer")
    skip = set(ruler.data.get("acronym_skip") or [])
    acronyms = [f for forms in titlecase_acronyms(ruler.entries, skip).values() for f in forms]
    lowered = [f for forms in lowercase_forms(ruler.entries).values() for f in forms]
    assert acronyms and lowered
    assert all(len(doc) == 1 for doc in nlp.tokenizer.pipe(acronyms))
    assert all(len(doc) >= 2 for doc in nlp.tokenizer.pipe(lowered))
    spans = gaz("Troops of Nato exercised near the United nations office. Who said so? Opec cut output.")
    assert ("Nato", "ORG", "North Atlantic Treaty Organization", "alias") in spans
    assert any(s[0] == "Opec" for s in spans)
    assert any(s[0] == "United nations" for s in spans)
    assert not any(s[0] == "Who" for s in spans)


def _places(found):
    return {(text, name) for text, label, name, _ in found if label == "GPE"}


def test_gazetteer_cued_places_need_a_place_cue(gaz):
    """Smaller cities and provinces (cued places) are places only where a cue says so:
    a word before ("in", "near", "the town of", "strikes on"), a region word after, or
    a list with another place; a press spelling finds the city's entry."""
    found = _places(gaz("Drones struck Zhytomyr. Blasts were heard in Zhytomyr and near Kupiansk; the town of "
                        "Sloviansk and Khuzestan province were hit, as were strikes on Engels."))
    assert ("Zhytomyr", "Zhytomyr") in found
    assert ("Kupiansk", "Kupyansk") in found
    assert ("Sloviansk", "Slovyansk") in found
    assert ("Khuzestan", "Khuzestan") in found
    assert ("Engels", "Engels") in found
    found = gaz("Officials praised Zhytomyr. Engels wrote the book. Lida Novak met Tuapse Holdings.")
    assert not _places(found)


def test_gazetteer_cued_places_in_a_list_with_a_place(gaz):
    found = _places(gaz("The attack targeted the regions of Sumy, Khmelnytskyi, Vinnytsia, and Poltava. "
                        "Zhytomyr and Kyiv were hit too."))
    assert {"Khmelnytskyi", "Vinnytsya", "Poltava", "Zhytomyr"} <= {name for _, name in found}


def test_gazetteer_cued_places_skip_words_and_names(gaz):
    """Month names, given names, English words and generic geographic words are never
    cued places."""
    found = _places(gaz("Talks resumed in March and in Lida; mediation by the Gulf state went on in Centre. "
                        "The vote ended in Surprise, and in Independence."))
    assert not found


def test_gazetteer_cued_places_are_not_matched_case_blind(nlp):
    from briefextract.rules.gazetteer import lowercase_forms

    entries = build_entries({"cities": [{"name": "Kryvyy Rih", "type": "GPE", "cue": True},
                                        {"name": "Nizhny Novgorod", "type": "GPE"}]})
    assert "KRYVYY RIH" not in [f for e in entries for f, _ in e["forms"]]
    assert list(lowercase_forms(entries).values()) == [["nizhny novgorod"]]


def test_gazetteer_cued_places_after_strike_verbs_facilities_and_their_state(gaz):
    """"struck X", "the X refinery", "Ukraine’s X", "X, Ukraine" are cues; another
    state's possessive is not ("Russia's X" for a Ukrainian city)."""
    found = {name for _, name in _places(gaz(
        "Drones struck Ternopil and hit the Tuapse refinery. Ukraine’s Zhytomyr was quiet; Lutsk, Ukraine, "
        "was hit. Russia's Poltava claims are false."))}
    assert {"Ternopil", "Tuapse", "Zhytomyr", "Lutsk"} <= found
    assert "Poltava" not in found


def test_gazetteer_listed_city_spellings_need_a_cue(gaz):
    """A listed city's other spellings from geonames ("Viciebsk" for Vitebsk) are its
    aliases after a place cue only, never bare (many are names or words elsewhere)."""
    found = _places(gaz("Protests were held in Viciebsk and Kryvyi Rih."))
    assert ("Viciebsk", "Vitebsk") in found and ("Kryvyi Rih", "Kryvyy Rih") in found
    assert all(kind == "alias" for text, _, _, kind in gaz("Protests were held in Viciebsk.") if text == "Viciebsk")
    assert not _places(gaz("Viciebsk said nothing."))


def test_gazetteer_cued_place_in_an_upper_case_dateline(gaz):
    assert ("TERNOPIL", "Ternopil") in _places(gaz("TERNOPIL, Ukraine — Drones hit the city overnight."))


def test_gazetteer_belarusian_latin_spelling_of_a_cued_place(gaz):
    assert ("Navapolatsk", "Novopolotsk") in _places(gaz("He was held at a penal colony in Navapolatsk."))


def test_gazetteer_hand_listed_city_and_its_geonames_spelling_are_one_entry(gaz):
    found = _places(gaz("Protests in Gomel, Homyel' and Homiel; Zaporizhzhya and Zaporizhzhia were shelled."))
    assert {name for text, name in found if text.startswith("Hom") or text == "Gomel"} == {"Gomel"}
    assert {name for text, name in found if text.startswith("Zap")} == {"Zaporizhzhia"}


def test_first_tokens_of_forms_as_the_tokenizer_cuts_them():
    from briefextract.rules.gazetteer import first_tokens

    words = first_tokens(["Kryvyi Rih", "Ivano-Frankivsk", "St. Petersburg", "Homyel'"])
    assert {"Kryvyi", "Ivano", "St.", "Homyel'", "Homyel"} <= words
    assert "Rih" not in words


def test_gazetteer_municipality_as_written_is_a_cued_place(gaz):
    """ISO 3166-2 districts and municipalities count too, as written or ASCII-folded."""
    found = _places(gaz("The crossing at Šalčininkai was closed; voters in the Ungheni district and in Anenii Noi met."))
    assert ("Šalčininkai", "Salcininkai") in found
    assert {"Ungheni", "Anenii Noi"} <= {name for _, name in found}


def test_cued_table_loads_as_the_entries_it_was_made_of():
    """cued_places.json (cued_table) holds the cued entries as matching reads them; loaded
    (CuedPlaces), a place's entry is the one build_entries made, and a form a listed
    entry claims after the build (a hand edit) is dropped at load time."""
    from briefextract.rules.gazetteer import CuedPlaces, cued_table

    data = {"cities": [{"name": "Kyiv", "type": "GPE", "aliases": ["Kiev"], "cued_aliases": ["Kyjiw"]},
                       {"name": "Kryvyy Rih", "type": "GPE", "country": "Ukraine", "aliases": ["Kryvyi Rih", "Kiev"],
                        "cue": True},
                       {"name": "Zhytomyr", "type": "GPE", "country": "Ukraine", "aliases": ["Zhitomir"], "cue": True}]}
    entries = build_entries(data)
    table = cued_table(entries)
    assert table == {"places": {"Kryvyy Rih": "Ukraine", "Zhytomyr": "Ukraine"},
                     "forms": {"Kryvyy Rih": 0, "Kryvyi Rih": 1, "Zhytomyr": 2, "Zhitomir": 3},
                     "first_tokens": ["Kryvyi", "Kryvyy", "Zhitomir", "Zhytomyr"]}
    listed = [e for e in entries if not e.get("cue")]
    cued = CuedPlaces(table, listed)
    for entry in entries[1:]:
        assert cued.entry(entry["name"]) == entry
    assert cued.entry("Kyiv") is None
    cued.add_listed(0, listed[0], ["Kyjiw"])
    assert cued.key(cued.forms["Kyjiw"]) == ("gaz:0:alias", "GPE", "Kyiv", "alias")
    assert cued.key(cued.forms["Kryvyi Rih"])[1:] == ("GPE", "Kryvyy Rih", "alias")
    assert cued.country(cued.forms["Zhitomir"]) == "Ukraine" and cued.max_chars == len("Kryvyy Rih")
    listed[0]["forms"].append(["Zhitomir", "alias"])  # a listed file edited after the build
    assert "Zhitomir" not in CuedPlaces(table, listed).forms
    with pytest.raises(ValueError):
        cued_table(build_entries({"organisations": [{"name": "Tuapse Holdings", "type": "ORG", "cue": True}]}))


@pytest.mark.parametrize(("text", "form", "region"), [
    ("Gas cuts hit Transdniester this winter.", "Transdniester", "Transnistria"),
    ("Pridnestrovie has its own currency.", "Pridnestrovie", "Transnistria"),
    ("Oil flows from Iraqi Kurdistan by pipeline.", "Iraqi Kurdistan", "Kurdistan Region"),
    ("Guyana administers Essequibo.", "Essequibo", "Essequibo"),
    ("Troops were sent to the Far East by rail.", "Far East", "Russian Far East"),
    ("Militants in the North Caucasus were detained.", "North Caucasus", "North Caucasus"),
    ("Voters in Gagauzia backed the bloc.", "Gagauzia", "Gagauzia"),
])
def test_gazetteer_named_regions_and_their_spelling_variants(gaz, text, form, region):
    assert (form, "GPE", region) in {(t, lbl, kb) for t, lbl, kb, _ in gaz(text)}


def test_gazetteer_region_of_a_state_is_one_place_not_two(gaz):
    found = gaz("ERBIL, Kurdistan Region of Iraq - Talks began.")
    assert ("Kurdistan Region of Iraq", "GPE", "Kurdistan Region", "alias") in found
    assert not any(kb == "Iraq" for _, _, kb, _ in found)


def test_gazetteer_a_former_name_of_a_capital_is_the_city(gaz):
    assert ("Nur-Sultan", "GPE", "Astana", "alias") in gaz("Protesters gathered in Nur-Sultan on Monday.")


def test_hand_written_entry_lists_name_each_entry_once():
    # a second row of the same name is a copy that a later edit would update in one place only
    import json
    from collections import Counter
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "models" / "briefextract-en" / "gazetteer"
    for name in ("organisations.jsonl", "regions.jsonl"):
        rows = [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        twice = [key for key, n in Counter((r["name"], r.get("type")) for r in rows).items() if n > 1]
        assert not twice, f"{name}: {twice}"


def test_a_listed_persons_hyphenated_name_written_with_a_space_keeps_the_texts_spelling(extract):
    # "Kassym Jomart Tokayev" (the list: "Kassym-Jomart Tokayev"): the same person, named as written
    brief = extract("President Kassym Jomart Tokayev signed the decree. Tokayev spoke later.", published="2024-05-20")
    persons = [a for a in brief.actors if a.type == "PERSON"]
    assert [(a.name, a.aliases) for a in persons] == [("Kassym Jomart Tokayev", ["Tokayev"])]


def test_a_listed_persons_name_written_without_diacritics_is_the_person(extract):
    # the list spells "Padrino López"; a wire text writes "Padrino Lopez"
    brief = extract("Also named was Minister of Defense Padrino Lopez.", published="2024-05-20")
    assert [(a.name, a.type) for a in brief.actors] == [("Padrino Lopez", "PERSON")]
