"""Datelines through the pipeline: the layout component finds them once (``doc._.datelines``),
and persons, actors, sanctions and events read them from there. Texts written for these tests."""

from __future__ import annotations

from briefextract.rules.datelines import dateline_city_starts, dateline_token_ranges


def test_layout_keeps_the_datelines_on_the_doc(nlp):
    text = "Title\n\nRIGA, Latvia (LETA) — Latvia said.\nMore text.\nTALLINN\n\nEstonia agreed."
    doc = nlp(text)
    found = doc._.datelines
    assert [text[d["span"][0]:d["span"][1]] for d in found] == ["RIGA, Latvia (LETA) —", "TALLINN"]
    assert [text[d["agency"][0]:d["agency"][1]] for d in found if d["agency"]] == ["LETA"]
    words = [t.text for t in doc]
    # the tokens before the dash ("RIGA , Latvia ( LETA )"); the place alone on its line
    assert [words[a:b] for a, b in dateline_token_ranges(doc)] == [
        ["RIGA", ",", "Latvia", "(", "LETA", ")"], ["TALLINN"]]
    assert sorted(words[i] for i in dateline_city_starts(doc)) == ["RIGA", "TALLINN"]


def test_a_doc_without_dateline(nlp):
    doc = nlp("Riga — the capital — voted.")
    assert doc._.datelines == [] and dateline_token_ranges(doc) == [] and dateline_city_starts(doc) == set()


def test_an_agency_dateline_takes_no_part_in_the_sanctions(extract):
    # "(Agency) –" with no place before it, and the TASS and Interfax forms, are datelines too
    for opening in ("(Interfax) – ", "MINSK, July 9. /TASS/. ", "MINSK. July 9 (Interfax) - "):
        brief = extract(opening + "Sanctions imposed by Canada on Iran took effect, officials said.")
        assert [(s.imposer, s.target) for s in brief.sanctions] == [("Canada", "Iran")], opening
        assert all("Minsk" not in (e.participants or []) and "Interfax" not in (e.participants or [])
                   for e in brief.events), opening


def test_the_reporter_and_agency_of_a_dateline_after_its_country(extract):
    brief = extract("OSLO, Norway, Brage Tveit (NTB) - The cabinet met on Monday.")
    types = {a.name: a.type for a in brief.actors}
    assert types.get("Brage Tveit") == "PERSON" and types.get("NTB") == "ORG"


def test_capitals_listed_at_a_line_start_stand_for_their_states(extract):
    # not a dateline: "Ottawa, Canberra and Wellington" act for Canada, Australia and New Zealand
    brief = extract("Ottawa, Canberra and Wellington imposed sanctions on Iran on Monday.")
    assert sorted(s.imposer for s in brief.sanctions) == ["Australia", "Canada", "New Zealand"]


def test_a_title_case_dateline_city_is_a_place(extract):
    brief = extract("Riga — Latvia imposed sanctions on Belarus on Monday.")
    actors = {a.name: a for a in brief.actors}
    assert "Riga" in actors and actors["Riga"].type == "GPE" and "Riga" not in actors["Latvia"].aliases


def test_a_cued_city_and_capital_month_of_a_dateline(extract):
    # a city listed only as a cued place needs a cue: the dateline is one; its month may be in capitals
    brief = extract("Talks held\n\nTARAZ, FEBRUARY 3, KAZINFORMPRESS: The government of Kazakhstan met.",
                    published="2025-06-10")
    names = {a.name: a.type for a in brief.actors}
    assert names.get("Taraz") == "GPE" and names.get("KAZINFORMPRESS") == "ORG"
    assert [(d.text, d.value) for d in brief.dates] == [("FEBRUARY 3", "2025-02-03")]


def test_a_capital_of_a_dotted_dateline_is_the_city(extract):
    brief = extract("Leaders met\n\nTallinn. March 4. Postimeesinfo - Estonia's president received a guest.")
    actors = {a.name: a for a in brief.actors}
    assert actors.get("Tallinn") is not None and actors["Tallinn"].type == "GPE"
    assert actors.get("Postimeesinfo") is not None and actors["Postimeesinfo"].type == "ORG"
