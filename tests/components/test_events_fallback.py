"""Events: the dated fallback (rules/events/fallback.py) for happenings no trigger names.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import PUB


def _fallback(extract, text, published=PUB):
    return [e.model_dump() for e in extract(text, published=published).events if e.rule == "dated_fallback"]


def test_a_dated_past_happening_told_by_an_unknown_verb_is_an_event(extract):
    cases = (
        ("The Constitutional Court of Georgia invalidated the results on 12 February 2024.", "invalidation", "2024-02-12"),
        ("Estonia nationalised the port in November 2023.", "nationalization", "2023-11"),
        ("Armenia has invoked the defence clause on Monday.", "invocation", "2024-03-11"),
        ("In January 2022, Mikheil Saakashvili dissolved the party.", "dissolution", "2022-01"),
        ("Serbian troops counterattacked in October 2023.", "counterattack", "2023-10"),
    )
    for text, type_, date in cases:
        ev = _fallback(extract, text)
        assert len(ev) == 1, (text, ev)
        assert (ev[0]["type"], ev[0]["date"]) == (type_, date), (text, ev)
        assert ev[0]["participants"], (text, ev)
    # the clause's subject comes first
    ev = _fallback(extract, "On 3 May 2023, Edgars Rinkevics recalled the ambassador of Hungary.")
    assert ev[0]["participants"][0] == "Edgars Rinkevics"


def test_no_fallback_event_for_a_plan_a_deadline_a_span_or_a_negation(extract):
    for text in (
        "Estonia will ratify the border treaty in November 2024.",  # future
        "Estonia plans to ratify the border treaty in May.",  # planned, infinitive
        "Estonia has until 30 April to ratify the border treaty.",  # a deadline
        "Estonia has ratified nothing since 2019.",  # since
        "Georgia annulled decrees between 2019 and 2021.",  # a span
        "Estonia did not ratify the border treaty in November 2023.",  # negated
        "Estonia never ratified the border treaty in 2023.",  # negated
        "Armenia ratified the accord in the last three years.",  # a duration, no calendar date
        "The Georgian parliament reportedly ratified the accord in May 2024.",  # after publication
        "Aliyev confirmed Sunday's resignation of the cabinet.",  # a noun's date, a verb of saying
        "Pashinyan said he was born in 1975.",  # the reported clause's date
        "The treaty was signed by nobody.",  # no date
        "In 2019, Azerbaijan ruled out any concession.",  # 'ruled out' is no ruling
        "On 4 June 2022, Bulgaria executed the plan.",  # a trigger's verb: its checks decide
    ):
        assert _fallback(extract, text) == [], text


def test_no_fallback_event_beside_a_trigger_event_of_that_date(extract):
    # 'met' is a trigger: the meeting is the sentence's dated event, no second one beside it
    events = extract("Ilham Aliyev met Nikol Pashinyan in Prague on 5 October 2022 and signed a statement.",
                     published=PUB).events
    assert [e.rule for e in events if e.date == "2022-10-05" and e.rule == "dated_fallback"] == []
    assert any(e.type == "meeting" and e.date == "2022-10-05" for e in events)


def test_no_fallback_event_without_an_actor(extract):
    assert _fallback(extract, "The document was annulled on 12 February 2024.") == []


def test_more_general_verbs_of_happening(extract):
    for text, type_ in (
        ("Kassym-Jomart Tokayev renamed the capital in September 2022.", "renaming"),
        ("The Supreme Court of Ukraine overturned the verdict on 2 February 2023.", "reversal"),
        ("Irakli Kobakhidze testified in court on 8 August 2023.", "testimony"),
    ):
        ev = _fallback(extract, text)
        assert [e["type"] for e in ev] == [type_], (text, ev)


def test_fallback_lists_no_verb_a_trigger_already_has(nlp):
    """A verb some trigger has is left to that trigger (build_fallback drops it at load): listing it
    in fallback.json would be data that never takes effect."""
    import json

    from briefextract.pipeline import model_path
    from briefextract.rules.events.fallback import trigger_words

    events = nlp.get_pipe("events")
    lex = getattr(events, "lex", None) or events.lexicon
    data = json.loads((model_path() / "events" / "fallback.json").read_text(encoding="utf-8"))
    known = trigger_words(lex)
    assert sorted(v for v in data["verbs"] if v.lower() in known) == []
    assert set(data["not_after"]) <= set(data["verbs"])
