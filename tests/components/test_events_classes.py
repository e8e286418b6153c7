"""Events, session 6: classes of error that recur across the probe sets, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import PUB, by_rule, event_dicts


def test_a_statement_posted_on_social_media_is_a_happening_even_undated(extract):
    for text in (
        "Gabrielius Landsbergis wrote on his Facebook page that the border would stay closed.",
        "Edgars Rinkevics posted on X that Riga would expel the diplomats.",
        "Kaja Kallas said on Telegram that the vote had been rigged.",
    ):
        ev = by_rule(event_dicts(extract, text), "statement.social_post")
        assert len(ev) == 1, (text, ev)
        assert ev[0]["date"] is None and ev[0]["type"] == "statement"
    ev = by_rule(event_dicts(extract, "The talks had failed, Kaja Kallas said in a post on X on Tuesday."), "statement.in_a_post")
    assert [(e["date"], e["participants"]) for e in ev] == [("2024-03-12", ["Kaja Kallas"])]
    # a telegram sent to someone is a message, not a post; a bare 'said on Monday' still needs its date
    assert by_rule(event_dicts(extract, "Xi Jinping said in his telegram to the president that ties were strong."),
                  "statement.social_post") == []
    assert [e for e in event_dicts(extract, "Kaja Kallas said on the sidelines that the talks had failed.")
            if e["type"] == "statement"] == []


def test_police_dispersing_protesters_on_a_date_is_a_protest(extract):
    ev = by_rule(event_dicts(extract, "Riot police dispersed hundreds of demonstrators in Tbilisi on Sunday night."),
                "protest.dispersed")
    assert [(e["type"], e["date"], e["location"]) for e in ev] == [("protest", "2024-03-10", "Tbilisi")]
    ev = by_rule(event_dicts(extract, "In 2019, five workers died when police quelled a protest over unpaid wages."),
                "protest.dispersed")
    assert [e["date"] for e in ev] == ["2019"]
    # undated, or troops surrounding a city: no protest
    assert by_rule(event_dicts(extract, "Police often disperse protesters in Yerevan."), "protest.dispersed") == []
    assert by_rule(event_dicts(extract, "Troops surrounded the town of Bakhmut on Tuesday."), "protest.dispersed") == []


def test_a_scare_quoted_word_does_not_cut_a_happening_from_its_date(extract):
    ev = [e for e in event_dicts(extract, "Tbilisi welcomed the release of Levan Khabeishvili, who had been detained "
                                      "“illegally” by Georgia in March 2019.") if e["type"] == "arrest"]
    assert [e["date"] for e in ev] == ["2019-03"], ev
    ev = [e for e in event_dicts(extract, "Armenia said Azerbaijan had carried out a “provocative” attack on Syunik "
                                      "on 4 March.") if e["type"] == "attack"]
    assert [e["date"] for e in ev] == ["2024-03-04"], ev


def test_a_happening_named_in_scare_quotes_is_someones_label(extract):
    events = event_dicts(extract, "Ilham Aliyev on Monday called the exercise part of a “hybrid war” against Azerbaijan.")
    assert [e for e in events if e["type"] == "war"] == [], events
    # a quoted utterance still ends its clause: the date after it is the saying's
    events = event_dicts(extract, "“We have won the war,” Ilham Aliyev said on Monday.")
    assert [e["date"] for e in events if e["type"] == "war"] in ([], [None]), events


def test_an_election_told_by_a_verb_or_its_own_noun_needs_a_date(extract):
    ev = by_rule(event_dicts(extract, "Ilham Aliyev was re-elected in February 2024 with 92 percent."), "election.elected")
    assert [(e["date"], e["participants"]) for e in ev] == [("2024-02", ["Ilham Aliyev"])]
    ev = by_rule(event_dicts(extract, "Serzh Sargsyan's reelection in 2013 was contested."), "election.reelection")
    assert [e["date"] for e in ev] == ["2013"]
    ev = by_rule(event_dicts(extract, "Salome Zourabichvili won the opposition primary in May 2023."), "election.primary")
    assert [e["date"] for e in ev] == ["2023-05"]
    ev = by_rule(event_dicts(extract, "Nikol Pashinyan came to power in 2018 and still leads the government."), "inauguration.came_to_power")
    assert [(e["date"], e["participants"]) for e in ev] == [("2018", ["Nikol Pashinyan"])]
    # undated, sought, adjectival, or another sense of 'primary': no election
    for text in ("Ilham Aliyev was re-elected with 92 percent.", "Gitanas Nauseda is seeking re-election in May.",
                 "The newly elected parliament met on Monday.", "Armenia is the primary buyer of the gas since 2020."):
        assert [e for e in event_dicts(extract, text) if e["type"] in ("election", "inauguration")] == [], text


def test_more_verbs_of_saying_dated_by_their_own_phrase_are_statements(extract):
    for text, date in (
        ("Speaking in Yerevan, Ararat Mirzoyan insisted on Tuesday that the border was open.", "2024-03-12"),
        ("Georgia's interior ministry reported on Monday that 40 people were detained.", "2024-03-11"),
        ("Azerbaijan boasted early Wednesday that the drill had been a success.", "2024-03-13"),
    ):
        ev = by_rule(event_dicts(extract, text), "statement.said")
        assert [e["date"] for e in ev] == [date], (text, ev)
    # 'a reported landslide' is no saying
    events = event_dicts(extract, "On 7 February 2024, Azerbaijan voted, with a reported landslide for Ilham Aliyev.")
    assert by_rule(events, "statement.said") == [], events


def test_a_happening_told_in_the_present_progressive_is_dated_by_publication(extract):
    for text in ("Nikol Pashinyan is on an official visit to Paris, his first since the vote.",
                 "Ilham Aliyev is meeting with Recep Tayyip Erdogan in Ankara.",
                 "Ararat Mirzoyan, who is on a trip to the Gulf, met the emir."):
        events = event_dicts(extract, text)
        assert PUB in [e["date"] for e in events], (text, events)
    # told in the past with no date: no date is made up
    events = event_dicts(extract, "Nikol Pashinyan visited Paris and met Emmanuel Macron.")
    assert [e["date"] for e in events] == [None] * len(events), events


def test_an_event_with_no_party_named_involves_the_state_of_its_place(extract):
    ev = [e for e in event_dicts(extract, "Four Americans were released in Caracas on Tuesday.") if e["type"] == "release"]
    assert [(e["participants"], e["location"]) for e in ev] == [(["Venezuela"], "Caracas")], ev
    ev = [e for e in event_dicts(extract, "Dozens were arrested in Georgia on Saturday.") if e["type"] == "arrest"]
    assert [e["participants"] for e in ev] == [["Georgia"]], ev
    # a region that is no state adds no one; a named party is kept as it is
    ev = [e for e in event_dicts(extract, "Protests were held in Central Asia on Monday.") if e["type"] == "protest"]
    assert [e["participants"] for e in ev] == [[]], ev
    ev = [e for e in event_dicts(extract, "Azerbaijan released two Armenian soldiers in Baku on Tuesday.")
          if e["type"] == "release"]
    assert ev and "Azerbaijan" in ev[0]["participants"], ev


def test_an_attack_that_killed_people_is_one_happening_dated_by_its_report_frame(extract):
    ev = [e for e in event_dicts(extract, "A Russian missile attack on Kharkiv killed five people on Tuesday.")
          if e["type"] == "attack"]
    assert [(e["date"], e["rule"]) for e in ev] == [("2024-03-12", "events.attack.killed")], ev
    text = ("A Russian drone strike on the city of Sumy killed two civilians and injured 12, regional officials "
            "said Monday.")
    ev = [e for e in event_dicts(extract, text) if e["type"] == "attack"]
    assert [e["date"] for e in ev] == ["2024-03-11"], ev
    # an attack named after a comma is the occasion, not the subject: still told apart
    ev = [e for e in event_dicts(extract, "In the attack on Kharkiv, Russian drones killed three people on Tuesday.")
          if e["type"] == "attack"]
    assert "2024-03-12" in [e["date"] for e in ev], ev
