"""Events, session 11: classes of error that recur over the pool of ten probes, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

import pytest

from briefextract.rules.events.lexicon import with_cue_lists
from components.event_records import by_rule, event_dicts


def test_a_trigger_word_list_may_name_a_cue_list_each_entry_by_its_first_word():
    cues = {"platforms": ["facebook", "truth social", "x"]}
    entry = {
        "id": "t", "near_after": "@platforms", "not_near": ["a"],
        "pattern": [{"LOWER": "in"}, {"LOWER": {"IN": "@platforms"}, "OP": "?"}, {"LOWER": "post"}],
    }
    out = with_cue_lists(entry, cues)
    assert out["near_after"] == ["facebook", "truth", "x"] and out["not_near"] == ["a"]
    assert out["pattern"][1] == {"LOWER": {"IN": ["facebook", "truth", "x"]}, "OP": "?"}
    assert entry["near_after"] == "@platforms"  # the data as read is left as it is (to_disk writes it back)
    with pytest.raises(ValueError):
        with_cue_lists({"id": "t", "near": "@nothing"}, cues)
    with pytest.raises(TypeError):
        with_cue_lists({"id": "t", "near": "@platforms"}, {"platforms": "x"})


def test_the_social_post_triggers_read_the_one_platform_list(extract):
    # every platform of cues.json media_platforms: those the triggers' own copies had left out too
    for text in (
        "Maia Sandu wrote on WhatsApp that the count was over.",
        "Ilan Shor posted on Odnoklassniki that his party would return.",
    ):
        ev = by_rule(event_dicts(extract, text), "statement.social_post")
        assert len(ev) == 1, (text, ev)
    ev = by_rule(event_dicts(extract, "Igor Dodon said in a WhatsApp post that he had left the party."), "statement.in_a_post")
    assert len(ev) == 1, ev
    # a platform named by an everyday word is left out of the list: 'the signal' after 'said on Tuesday' is no post
    ev = event_dicts(extract, "Kaja Kallas said on Tuesday the signal to Moscow was clear.")
    assert by_rule(ev, "statement.social_post") == [] and len(by_rule(ev, "statement.said")) == 1, ev


def test_an_invasion_or_aggression_and_the_war_it_began_are_one_happening(extract):
    # a war named as an invasion or an aggression and as a war, undated: one happening, not two
    for text in (
        ("Exports to Armenia rose sharply after the war in Georgia. Moscow's invasion of Georgia had alarmed "
        "the Baltic states, Edgars Rinkevics said."),
        ("Estonia has frozen the assets of twelve Russian firms over Russia's aggression against Ukraine. "
        "The war has cost Ukraine dearly."),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] in ("war", "attack")]
        assert len(ev) == 1, (text, ev)
    # two wars of other dates stay two
    ev = [e for e in event_dicts(extract, "Russia's invasion of Ukraine in 2022 followed the 2008 war in Georgia.")
          if e["type"] in ("war", "attack")]
    assert sorted(e["date"] for e in ev) == ["2008", "2022"], ev


def test_a_meeting_the_words_were_said_during_takes_the_date_of_the_saying(extract):
    # like 'said on Dec. 13 following a meeting with Y': 'during' opens the occasion of a dated speech
    for text, kind in (
        (
            ("“Latvia is not alone,” Lloyd Austin said on Tuesday during a meeting in Brussels with Latvian Defence "
            "Minister Andris Spruds."),
            "meeting",
        ),
        ("Kassym-Jomart Tokayev told reporters on Friday during talks with Xi Jinping that trade would grow.", "talks"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == kind]
        assert [e["date"] for e in ev] == [{"meeting": "2024-03-12", "talks": "2024-03-15"}[kind]], (text, ev)
    # an undated time frame stays one: no meeting is reported from 'during the meeting' alone
    ev = event_dicts(extract, "Prices rose during the meeting, Kaja Kallas said.")
    assert [e for e in ev if e["type"] == "meeting"] == [], ev


def test_a_past_perfect_passive_in_a_relative_clause_tells_who_people_are_not_an_act(extract):
    for text in (
        "Iran on Tuesday released two Danish nationals who had been imprisoned there for more than two years.",
        "The four Estonians who had been detained in Russia flew home to Tallinn.",
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "arrest"]
        assert ev == [], (text, ev)
    # dated, it is still the arrest told; a simple past passive in a relative clause is left as it was
    ev = [e for e in event_dicts(extract, "Minsk freed a journalist who had been arrested in 2021.") if e["type"] == "arrest"]
    assert [e["date"] for e in ev] == ["2021"], ev
    ev = [e for e in event_dicts(extract, "Lithuania protested after Belarus seized a truck that was detained at the border.")
          if e["type"] == "arrest"]
    assert len(ev) == 1, ev


def test_a_dated_theft_of_money_is_a_happening(extract):
    for text, date in (
        ("Plahotniuc was linked to the 2014 theft of $1 billion from three Moldovan lenders.", "2014"),
        ("About $81 million went missing from Bangladesh Bank in February 2016.", "2016-02"),
        ("Hackers linked to Pyongyang stole $600 million from the Ronin network in March 2022.", "2022-03"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "theft"]
        assert [e["date"] for e in ev] == [date], (text, ev)
    # undated, charged, or no money: no theft
    for text in (
        "Lazarus hackers are known for the theft of cryptocurrency.",
        "He was charged with embezzlement of $5 million in 2018.",
        "The boy went missing in 2019.",
        "Switzerland returned $300 million in stolen funds to Nigeria in 2021.",  # 'stolen' as an adjective
    ):
        assert [e for e in event_dicts(extract, text) if e["type"] == "theft"] == [], text


def test_a_person_casting_a_vote_is_a_happening_of_its_own(extract):
    text = "Igor Dodon called on people to protest. After casting her vote, President Maia Sandu warned against interference."
    ev = [e for e in event_dicts(extract, text) if e["type"] == "vote"]
    assert [(e["date"], e["participants"]) for e in ev] == [(None, ["Maia Sandu"])], ev
    ev = [e for e in event_dicts(extract, "Gitanas Nauseda cast his ballot in Vilnius on Saturday, March 9.") if e["type"] == "vote"]
    assert [(e["date"], e["participants"], e["location"]) for e in ev] == [("2024-03-09", ["Gitanas Nauseda"], "Vilnius")], ev
    # a vote someone may cast, or will, is no happening
    for text in ("Each member may cast a vote on the resolution.", "Lukashenko will cast his vote on Sunday."):
        assert [e for e in event_dicts(extract, text) if e["type"] == "vote"] == [], text


def test_a_party_or_candidate_banned_is_a_happening(extract):
    for text, date, who in (
        ("The opposition Revival party was outlawed in 2022.", "2022", "Revival"),
        ("Opposition leader Maria Corina Machado was banned from running for office.", None, "Maria Corina Machado"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "ban"]
        assert [e["date"] for e in ev] == [date] and who in ev[0]["participants"], (text, ev)
    # goods banned are a sanction's business, not a party's ban
    assert [e for e in event_dicts(extract, "Russian oil imports were banned in 2022.") if e["type"] == "ban"] == []
