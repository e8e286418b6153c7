"""Events, session 7 round 2: classes of error found on a held-out probe, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts


def test_a_quoted_abbreviation_in_brackets_does_not_cut_the_subject_from_its_date(extract):
    for text in (
        "On March 3, the Polish Internal Security Agency (“ABW”) detained a Belarusian citizen in Gdansk.",
        'On 3 March, the State Security Service ("SBU") detained two officers in Kharkiv.',
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "arrest"]
        assert [e["date"] for e in ev] == ["2024-03-03"], (text, ev)
    # a longer bracketed aside still ends the clause: its date is not the act's
    text = "Poland (which had warned of “hybrid attacks” since May) detained a Belarusian citizen in Gdansk."
    ev = [e for e in event_dicts(extract, text) if e["type"] == "arrest"]
    assert [e["date"] for e in ev] in ([], [None]), ev
