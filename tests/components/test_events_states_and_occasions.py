"""Events: a state's happenings (elections, coups, executions) involve their state; statements
made at a press conference are happenings even undated.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts


def _of_type(events, type_):
    found = [e for e in events if e["type"] == type_]
    assert len(found) == 1, events
    return found[0]


def test_a_statement_at_a_press_conference_is_a_happening_even_undated(extract):
    for text, speaker in (
        ("Prime Minister Edi Rama said at a news conference that Albania would respond.", "Edi Rama"),
        ("\u201cWe will not yield,\u201d Foreign Minister Ana Brnabic told a press conference.", "Ana Brnabic"),
        ("Spokesman Dmitry Peskov told reporters at a press briefing in Moscow.", "Dmitry Peskov"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["rule"] == "events.statement.press_conference"]
        assert len(ev) == 1 and ev[0]["date"] is None and ev[0]["participants"] == [speaker], (text, ev)
    # planned or habitual press conferences are still none
    for text in ("Aleksandar Vucic will hold a press conference tomorrow.", "Edi Rama often speaks at news conferences."):
        assert not [e for e in event_dicts(extract, text) if e["type"] == "statement"], text


def test_a_coup_involves_the_state_of_its_place_beside_the_actors_of_its_clause(extract):
    ev = _of_type(event_dicts(extract, "After the February 2008 coup in Georgia, the authorities of Abkhazia held a vote."), "coup")
    assert ev["date"] == "2008-02" and "Georgia" in ev["participants"], ev


def test_an_election_with_no_state_named_is_the_articles_state(extract):
    text = (
        "Armenia is counting the ballots. Bank of England officials said the disputed elections in 2018 "
        "were unfair. Armenia's opposition protested."
    )
    ev = _of_type(event_dicts(extract, text), "election")
    assert ev["date"] == "2018" and "Armenia" in ev["participants"], ev
    text = "Azerbaijan votes often. The Central Referendum Commission announced the results of the Oct. 6 national referendum."
    ev = [e for e in event_dicts(extract, text) if e["date"] == "2023-10-06"]
    assert len(ev) == 1 and "Azerbaijan" in ev[0]["participants"], ev
    # a state among the parties already: no second one is added
    text = "Georgia is in the news. Armenia held parliamentary elections on 20 June 2021, which Nikol Pashinyan won."
    ev = [e for e in event_dicts(extract, text) if e["type"] == "election"]
    assert len(ev) == 1 and "Georgia" not in ev[0]["participants"], ev


def test_a_war_or_protest_involves_the_state_of_its_place(extract):
    ev = _of_type(event_dicts(extract, "Russia's war in Georgia in August 2008 lasted five days."), "war")
    assert {"Russia", "Georgia"} <= set(ev["participants"]), ev
    text = "Serbia is tense. Police said protests in Novi Sad on 3 March 2024 drew thousands of students."
    ev = _of_type(event_dicts(extract, text), "protest")
    assert "Serbia" in ev["participants"], ev


def test_missiles_fired_past_a_count_and_hyphenated_modifiers_are_an_attack(extract):
    for text, date in (
        ("Iran fired two short-range ballistic missiles on Wednesday.", "2024-03-13"),
        ("Iran launched about a dozen medium-range cruise missiles at the base on 8 January 2020.", "2020-01-08"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["rule"] == "events.attack.fired"]
        assert len(ev) == 1 and ev[0]["date"] == date and ev[0]["participants"] == ["Iran"], (text, ev)
    # firing a person is no attack, missiles later in the sentence or not
    assert not event_dicts(extract, "Volodymyr Zelensky fired his defence minister on Friday after a row over missiles.")


def test_a_second_conjunct_takes_its_own_date_not_the_first_ones(extract):
    text = "Iran tested a rocket engine on 2 March, and also fired two short-range ballistic missiles on Wednesday."
    ev = [e for e in event_dicts(extract, text) if e["rule"] == "events.attack.fired"]
    assert len(ev) == 1 and ev[0]["date"] == "2024-03-13", ev
    # with no date of its own, the conjunct still shares the sentence's opening date
    ev = [e for e in event_dicts(extract, "On Monday, Russia fired missiles at Kyiv, and also launched drones at Lviv.") if e["type"] == "attack"]
    assert ev and all(e["date"] == "2024-03-11" for e in ev), ev


def test_who_after_a_he_or_she_sentence_is_the_last_person_named(extract):
    text = "Ihar Losik spoke to reporters. He is a 30-year-old blogger who became a dissident and fled the country in 2019."
    ev = [e for e in event_dicts(extract, text) if e["rule"] == "events.transfer.fled"]
    assert len(ev) == 1 and ev[0]["participants"] == ["Ihar Losik"] and ev[0]["date"] == "2019", ev
    # a plural 'who' ('Protesters who fled') is no person named before
    text = "Ihar Losik spoke. Protesters who fled the country in 2020 were jailed."
    assert all("Ihar Losik" not in e["participants"] for e in event_dicts(extract, text))


def test_an_invasion_is_dated_by_its_own_phrase_or_its_sentences_opening_date(extract):
    def invasion(text):
        ev = [e for e in event_dicts(extract, text) if e["rule"] == "events.attack.invasion"]
        assert len(ev) == 1 and {"Russia", "Ukraine"} <= set(ev[0]["participants"]), (text, ev)
        return ev[0]["date"]

    assert invasion("Moscow's February 2022 full-scale invasion of Ukraine shocked Europe.") == "2022-02"
    assert invasion("Russia's full-scale invasion of Ukraine began in 2022.") == "2022"
    assert invasion("On 24 February 2022, Russia launched a full-scale invasion of Ukraine.") == "2022-02-24"
    # the date of another act in its clause is not the invasion's
    assert invasion("Georgia applied for membership this year and strongly condemned Russia's invasion of Ukraine.") is None
    assert invasion("Britain sanctioned Belarus on Thursday for its role in facilitating Russia's invasion of Ukraine.") is None
    assert invasion("Tuesday was day 62 of the Russian invasion of Ukraine.") is None
