"""Events, session 10: classes of error found on a held-out probe, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts


def test_a_noun_act_done_by_a_verb_of_doing_takes_the_date_of_a_closing_report_frame(extract):
    for text, kind, date in (
        ("Poland has launched a strike against a Belarusian smuggling boat on the Bug river, Prime Minister "
         "Donald Tusk announced Tuesday.", "attack", "2024-03-12"),
        ("Belarusian forces carried out an attack on a Lithuanian border post, the Lithuanian border guard said "
         "on Monday.", "attack", "2024-03-11"),
        ("Kazakh miners staged a large protest in Zhanaozen, the interior ministry said Sunday.", "protest",
         "2024-03-10"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == kind]
        assert [e["date"] for e in ev] == [date], (text, ev)
    # a noun act nobody did (it is feared, planned, wanted) stays undated: only verbs of doing carry it
    text = "Poland fears a strike against a Belarusian boat, Donald Tusk said Tuesday."
    ev = [e for e in event_dicts(extract, text) if e["type"] == "attack"]
    assert [e["date"] for e in ev] in ([], [None]), ev
