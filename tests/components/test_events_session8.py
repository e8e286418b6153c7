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
