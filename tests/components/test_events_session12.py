"""Events, session 12: classes of error that recur over the pool of eleven probes (each in at least
three texts of at least two probes), fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts, of_type


def test_undated_talks_named_but_not_told_are_no_happening(extract):
    # talks as the subject of an aim, a condition, a forum or a list item: named, not reported
    for text in (
        "The talks aim to limit Tehran's enrichment programme, Norway said.",
        "Renewal of the licence depends on progress in negotiations between Caracas and the opposition.",
        "Article 4 of the treaty provides a forum for consultations among the allies, Finland said.",
        "Estonia will offer Georgian officers training and expert consultations.",
        "The fund is meant to help Kyiv as negotiations stall, Latvia's finance minister said.",
    ):
        assert of_type(event_dicts(extract, text), "talks") == [], text


def test_undated_talks_told_as_taking_place_stay_a_happening(extract):
    # a verb of holding, starting, ending or taking part near the noun: the talks are told
    for text, party in (
        ("Finland's prime minister has already begun coalition talks with the Greens.", "Finland"),
        ("Emmanuel Macron was personally involved in the negotiations with Tehran.", "Emmanuel Macron"),
        ("Talks between Armenia and Azerbaijan were held in Almaty.", "Armenia"),
    ):
        ev = of_type(event_dicts(extract, text), "talks")
        assert len(ev) == 1 and party in ev[0]["participants"], (text, ev)
    # dated talks need no such verb
    ev = of_type(event_dicts(extract, "Talks between Armenia and Azerbaijan on Monday in Almaty focused on the border."), "talks")
    assert len(ev) == 1 and ev[0]["date"] == "2024-03-11", ev


def test_an_accord_named_by_its_year_is_no_signing(extract):
    # "the 2015 nuclear deal": the year says which accord, the sentence tells no signing
    for text in (
        "Washington accused Pyongyang of breaching the 2018 Singapore agreement.",
        "Armenia wants Russia to respect its 2020 ceasefire agreement with Azerbaijan, Nikol Pashinyan said.",
        "Compliance with the 2015 Iran nuclear deal was discussed by Germany and France on Tuesday.",
    ):
        assert of_type(event_dicts(extract, text), "agreement") == [], text
    # a signing told, or a date that is not an attributive year, still makes one
    for text, date in (
        ("Iran and the United States signed a deal in 2015.", "2015"),
        ("North Korea and Russia signed a June 2023 mutual defence pact.", "2023-06"),
        ("The 2019 agreement between Armenia and Georgia was signed in Tbilisi.", "2019"),
    ):
        ev = of_type(event_dicts(extract, text), "agreement")
        assert len(ev) == 1, (text, ev)


def test_a_happening_called_for_in_the_ing_form_is_not_reported(extract):
    # "calling for her release", "demanding talks": asked for, not told (as 'called for' already was)
    for text, kind in (
        ("The European Union issued a statement calling for her immediate release.", "release"),
        ("Amnesty International is calling for the release of the Polish journalist Andrzej Nowak.", "release"),
        ("Finland has been demanding talks with Estonia on the border.", "talks"),
        ("Opposition groups are asking for the withdrawal of Russian troops from Transnistria.", "withdrawal"),
    ):
        assert of_type(event_dicts(extract, text), kind) == [], text
    # the act itself, before a participle of saying after a comma, stays
    ev = of_type(event_dicts(extract, "Belarus released 14 prisoners on Monday, the opposition said, calling it a gesture."), "release")
    assert len(ev) == 1 and ev[0]["date"] == "2024-03-11", ev


def test_a_closing_attribution_is_the_source_of_the_happening_it_dates_not_a_second_one(extract):
    # "X did Y, Z said on Monday": Y takes the saying's date; the saying makes no event of its own
    for text, kind in (
        ("Azerbaijan has released 12 Armenian prisoners, the Armenian foreign ministry said on Monday.", "release"),
        ("Latvia has imposed new sanctions on 30 Belarusian officials, the Latvian foreign ministry announced on Monday.",
         "sanctions"),
        ("The United States has launched a strike against a militia depot in Syria, Pete Hegseth announced Monday.",
         "attack"),
    ):
        ev = event_dicts(extract, text)
        assert [e["type"] for e in ev] == [kind] and ev[0]["date"] == "2024-03-11", (text, ev)
    # a saying that reports no happening of its own date stays one
    ev = event_dicts(extract, "Georgia will hold new elections, the Georgian Dream party said on Monday.")
    assert [e["type"] for e in ev] == ["statement"] and ev[0]["date"] == "2024-03-11", ev
    ev = event_dicts(extract, "Estonia expelled a Russian diplomat on Monday, Tallinn said on Wednesday.")
    assert sorted((e["type"], e["date"]) for e in ev) == [("statement", "2024-03-13"), ("transfer", "2024-03-11")], ev


def test_a_happening_someone_is_invited_to_is_not_reported(extract):
    # "X invited Y to visit / to hold talks": the invitation is told, the visit or talks are to come
    for text, kind in (
        ("Aliyev invited Pashinyan to hold talks in Baku.", "talks"),
        ("Erdogan has invited Zelensky to a meeting with Black Sea leaders in Ankara.", "meeting"),
        ("Lukashenko invited Tokayev to pay a state visit to Minsk this year.", "visit"),
    ):
        assert of_type(event_dicts(extract, text), kind) == [], text
    # the invitation as the occasion of a visit told stays one
    ev = of_type(event_dicts(extract, "At the invitation of Kassym-Jomart Tokayev, Xi Jinping visited Astana on Tuesday."), "visit")
    assert len(ev) == 1 and ev[0]["date"] == "2024-03-12", ev
