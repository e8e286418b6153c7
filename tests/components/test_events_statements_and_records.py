"""Events, round 4 of the generalisation fixes: the sanctions component's actions as events,
statements by named speakers, and happenings dated by their own phrase.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

PUB = "2024-03-15"


def _events(extract, text, published=PUB):
    return [e.model_dump() for e in extract(text, published=published).events]


def _of_type(events, type_):
    return [e for e in events if e["type"] == type_]


def test_a_dated_sanctions_action_read_by_the_sanctions_component_is_an_event(extract):
    ev = _of_type(_events(extract, "Since March 2019, Canada has imposed a series of sanctions on Nicaragua."), "sanctions")
    assert [(e["date"], set(e["participants"])) for e in ev] == [("2019-03", {"Canada", "Nicaragua"})]
    ev = _of_type(_events(extract, "Australia added Viktor Medvedchuk to its sanctions list in October 2022."), "sanctions")
    assert [(e["date"], set(e["participants"])) for e in ev] == [("2022-10", {"Australia", "Viktor Medvedchuk"})]
    # considered, undated or later (a deadline) actions are no happening of their own
    assert _of_type(_events(extract, "Canada may impose sanctions on Nicaragua in 2023."), "sanctions") == []
    assert _of_type(_events(extract, "Canada has imposed sanctions on Nicaragua."), "sanctions") == []


def test_a_sanctions_event_takes_the_imposer_and_target_of_the_action_it_tells(extract):
    text = "The Biden administration sanctioned Serbia's two largest banks, Komercijalna and Intesa, on Monday."
    events = _events(extract, text)
    assert len(_of_type(events, "sanctions")) == 1, events
    assert "United States" in _of_type(events, "sanctions")[0]["participants"]  # 'the Biden administration'
