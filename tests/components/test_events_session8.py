"""Events, session 8: classes of error that recur across the probe sets, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts


def _rules(events, rule):
    return [e for e in events if e["rule"] == "events." + rule]


def test_a_war_is_dated_only_by_its_own_phrase(extract):
    # another act's date in the clause is not the war's ('declared on April 28 ... to mark the end of
    # the war', 'is set on Thursday to decide ... over the war in Ukraine')
    for text in (
        "On Monday the Lithuanian parliament voted to expel diplomats over the war in Ukraine.",
        "Kazakhstan on March 3 declared a day of mourning to honour the victims of the war in Georgia.",
    ):
        wars = [e for e in event_dicts(extract, text) if e["type"] == "war"]
        assert wars and all(e["date"] is None for e in wars), (text, wars)
    # its own date, or its sentence's opening date, still dates it
    for text, date in (
        ("Russia launched a war against Georgia in August 2008.", "2008-08"),
        ("In 2020, Armenia and Azerbaijan fought a war over Karabakh.", "2020"),
    ):
        wars = [e for e in event_dicts(extract, text) if e["type"] == "war"]
        assert [e["date"] for e in wars] == [date], (text, wars)


def test_the_accused_is_a_party_of_an_accusation(extract):
    for text, speaker, accused in (
        ("Poland accused Belarus on Friday of orchestrating the migrant crisis.", "Poland", "Belarus"),
        ("On Monday, Estonian Prime Minister Kristen Michal condemned the Kremlin for its threats.",
         "Kristen Michal", "Russia"),
        ("Kazakhstan's president blamed Kyrgyzstan on Tuesday for the blackout.", "Kazakhstan", "Kyrgyzstan"),
    ):
        ev = _rules(event_dicts(extract, text), "statement.accused")
        assert len(ev) == 1, (text, ev)
        assert speaker in ev[0]["participants"] and accused in ev[0]["participants"], (text, ev)
    # a verb of saying keeps only its speaker: what the words are about is no party
    ev = _rules(event_dicts(extract, "Poland said on Friday Belarus had orchestrated the crisis."), "statement.said")
    assert [e["participants"] for e in ev] == [["Poland"]]
