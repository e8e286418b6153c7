"""Events: triggers -> dated events with participants, place, counts; anchors; coreference.

Most tests feed the events component hand-made actor and date spans (what the
actors and dates components hand over, per docs/ARCHITECTURE.md), so they test
the event rules alone; the last ones run the whole shipped pipeline.
"""

from __future__ import annotations

import pytest

from briefextract.rules.events.anchors import shift_day
from briefextract.rules.events.resolve import dates_compatible

MINSK = [
    ("John Cole", "PERSON", "John Cole"),
    ("Cole", "PERSON", "John Cole"),
    ("Alexander Lukashenka", "PERSON", "Alexander Lukashenka"),
    ("Minsk", "GPE", "Minsk"),
]


def test_events_meeting_received_has_date_participants_location(run_events):
    text = "On 11 September, the envoy John Cole was received in Minsk by Alexander Lukashenka."
    (ev,) = run_events(text, MINSK, [("11 September", "2025-09-11")])
    assert ev["type"] == "meeting" and ev["plover"] == "CONSULT"
    assert ev["trigger"] == "received"
    assert ev["date"] == "2025-09-11"
    assert ev["participants"] == ["John Cole", "Alexander Lukashenka"]
    assert ev["location"] == "Minsk"
    assert ev["rule"] == "events.meeting.received"


def test_events_repeated_mentions_merge_into_one_happening(run_events):
    text = (
        "On 11 September, the envoy John Cole was received in Minsk by Alexander Lukashenka. "
        "The meeting in Minsk was the fourth round of talks. Cole's visit was short."
    )
    events = run_events(text, MINSK, [("11 September", "2025-09-11")])
    assert [e["type"] for e in events] == ["meeting"]


def test_events_release_takes_date_of_coreferent_meeting_and_its_counts(run_events):
    text = (
        "On 11 September, the envoy John Cole was received in Minsk by Alexander Lukashenka. "
        "The immediate result of the meeting was the release of 52 political prisoners."
    )
    events = run_events(text, MINSK, [("11 September", "2025-09-11")], counts=["52 political prisoners"])
    release = next(e for e in events if e["type"] == "release")
    assert release["date"] == "2025-09-11"
    assert release["counts"] == ["52 political prisoners"]
    assert release["plover"] == "CONCEDE"


ANCHORED = (
    "On 3 March, the foreign ministers of Austria and Hungary met in Vienna. "
    "The meeting took place the day after a missile attack on Kyiv, "
    "on the eve of the start of joint military exercises of Russia and Belarus, "
    "and a few days after the conclusion of the naval manoeuvres of Turkey."
)
ANCHORED_ACTORS = [
    ("Austria", "GPE", "Austria"),
    ("Hungary", "GPE", "Hungary"),
    ("Vienna", "GPE", "Vienna"),
    ("Kyiv", "GPE", "Kyiv"),
    ("Russia", "GPE", "Russia"),
    ("Belarus", "GPE", "Belarus"),
    ("Turkey", "GPE", "Turkey"),
]


def test_events_day_after_anchor_dates_the_earlier_event(run_events):
    events = run_events(ANCHORED, ANCHORED_ACTORS, [("3 March", "2025-03-03")])
    attack = next(e for e in events if e["type"] == "attack")
    assert attack["date"] == "2025-03-02"
    assert attack["participants"] == ["Kyiv"]
    assert attack["rule"].endswith(".anchored")


def test_events_eve_of_anchor_dates_the_next_day(run_events):
    events = run_events(ANCHORED, ANCHORED_ACTORS, [("3 March", "2025-03-03")])
    exercises = [e for e in events if e["type"] == "exercise"]
    assert exercises[0]["date"] == "2025-03-04"
    assert exercises[0]["participants"] == ["Russia", "Belarus"]
    assert exercises[0]["plover"] == "MOBILIZE"


def test_events_vague_anchor_gives_no_date(run_events):
    events = run_events(ANCHORED, ANCHORED_ACTORS, [("3 March", "2025-03-03")])
    turkey = next(e for e in events if e["type"] == "exercise" and "Turkey" in e["participants"])
    assert turkey["date"] is None


def test_events_anchor_without_dated_anchor_gives_no_date(run_events):
    text = "The ministers met the day after a missile attack on Kyiv."
    events = run_events(text, ANCHORED_ACTORS)
    assert all(e["date"] is None for e in events)


def test_events_hypothetical_meeting_is_left_out(run_events):
    text = "Both sides will likely seek to organise a meeting between Cole and Lukashenka in Minsk."
    assert run_events(text, MINSK) == []


def test_events_modal_after_nominal_trigger_is_left_out(run_events):
    text = "Further negotiations between Cole and Lukashenka can be expected in the near future."
    assert run_events(text, MINSK) == []


def test_events_negated_release_is_left_out(run_events):
    text = "However, Alexander Lukashenka did not release the journalist in Minsk."
    assert run_events(text, MINSK) == []


def test_events_sanction_trigger_needs_a_sanction_word(run_events):
    actors = [("EU", "ORG", "European Union"), ("Syria", "GPE", "Syria")]
    assert run_events("On 2 May, oil prices lifted in Syria.", actors, [("2 May", "2025-05-02")]) == []
    (ev,) = run_events("On 2 May, the EU lifted sanctions on Syria.", actors, [("2 May", "2025-05-02")])
    assert (ev["type"], ev["plover"], ev["trigger"]) == ("sanctions", "CONCEDE", "lifted")
    assert ev["participants"] == ["European Union", "Syria"]


def test_events_announced_lifting_is_one_lifting_not_a_statement(run_events):
    actors = [("U.S.", "GPE", "United States"), ("Belavia", "ORG", "Belavia")]
    events = run_events(
        "On 11 September, the U.S. announced the lifting of sanctions on Belavia.", actors,
        [("11 September", "2025-09-11")],
    )
    assert [(e["type"], e["trigger"]) for e in events] == [("sanctions", "lifting")]


def test_events_statement_only_when_dated(run_events):
    actors = [("Ortega", "PERSON", "Daniel Ortega")]
    assert run_events("Ortega said the prisoners were traitors.", actors) == []
    (ev,) = run_events("On Monday, Ortega said the prisoners were traitors.", actors, [("Monday", "2025-09-08")])
    assert (ev["type"], ev["date"], ev["participants"]) == ("statement", "2025-09-08", ["Daniel Ortega"])


def test_events_participle_used_as_adjective_is_no_event(run_events):
    actors = [("Boeing", "ORG", "Boeing")]
    assert run_events("Sanctioned companies include Boeing.", actors) == []


def test_events_date_between_two_triggers_belongs_to_the_first(run_events):
    actors = [("Armenia", "GPE", "Armenia"), ("Karabakh", "GPE", "Karabakh")]
    text = "Eight soldiers of Armenia captured in 2020 and one captured in Karabakh in September were freed."
    events = run_events(text, actors, [("2020", "2020"), ("September", "2025-09")])
    captures = [e for e in events if e["type"] == "capture"]
    assert [(e["date"], e["plover"]) for e in captures] == [("2020", "COERCE"), ("2025-09", "COERCE")]


def test_events_location_after_in_is_not_a_participant(run_events):
    actors = [("Hamas", "ORG", "Hamas"), ("Israel", "GPE", "Israel")]
    (ev,) = run_events("On 7 October, attacks by Hamas in Israel killed hundreds.", actors,
                       [("7 October", "2023-10-07")], published="2023-10-10")
    assert (ev["type"], ev["location"], ev["participants"]) == ("attack", "Israel", ["Hamas"])


def test_events_prisoners_of_war_is_no_war(run_events):
    actors = [("Armenia", "GPE", "Armenia")]
    events = run_events("In November, Armenia counted 55 prisoners of war.", actors, [("November", "2025-11")])
    assert [e for e in events if e["type"] in ("attack", "war")] == []


def test_events_heading_mentions_are_not_events(run_events):
    text = "What was the context of the visit of Cole to Minsk?\nCole arrived late.\n"
    assert run_events(text, MINSK) == []


def test_events_pronoun_takes_the_last_named_person(run_events):
    actors = [("Ivanishvili", "PERSON", "Bidzina Ivanishvili")]
    text = "Ivanishvili was well aware of it. On December 30, 2023, upon announcing his return, he spoke."
    events = run_events(text, actors, [("December 30, 2023", "2023-12-30")], published="2024-12-20")
    assert [(e["type"], e["date"], e["participants"]) for e in events] == [
        ("statement", "2023-12-30", ["Bidzina Ivanishvili"])
    ]


def test_events_shift_day_and_date_compatibility():
    assert shift_day("2025-09-11", -1) == "2025-09-10"
    assert shift_day("2025-12-31", 1) == "2026-01-01"
    assert shift_day("2025-09", 1) is None
    assert dates_compatible("2025", "2025-09-11") and dates_compatible(None, "2022")
    assert not dates_compatible("2022", "2025-09-11")


def test_events_component_data_round_trip(nlp, tmp_path):
    pipe = nlp.get_pipe("events")
    pipe.to_disk(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == {"triggers.jsonl", "anchors.jsonl", "cues.json", "plover.json", "fallback.json"}
    from briefextract.components.events import EventExtractor

    copy = EventExtractor(nlp, "events_copy").from_disk(tmp_path)
    assert copy.lexicon.triggers.keys() == pipe.lexicon.triggers.keys()


def test_events_full_pipeline_on_countries(extract):
    brief = extract("On 10 September 2025, Russia attacked Poland with drones.")
    (ev,) = [e for e in brief.events if e.type == "attack"]
    assert ev.date == "2025-09-10"
    assert set(ev.participants) >= {"Russia", "Poland"}


def test_events_sample_drone_attack_and_zapad_resolve_through_anchors(sample_brief):
    by_type = {}
    for ev in sample_brief.events:
        by_type.setdefault(ev.type, []).append(ev)
    assert "2025-09-10" in [e.date for e in by_type["attack"] if "Poland" in e.participants]
    assert "2025-09-12" in [e.date for e in by_type["exercise"] if "Russia" in e.participants]
    meeting = by_type["meeting"][0]
    assert (meeting.date, meeting.location) == ("2025-09-11", "Minsk")
    assert {"John Cole", "Alexander Lukashenka"} <= set(meeting.participants)


def test_events_plural_trigger_with_place_date_pairs_gives_one_event_each(run_events):
    actors = [("Niger", "GPE", "Niger"), ("Mali", "GPE", "Mali"), ("Guinea", "GPE", "Guinea")]
    text = "Relations soured after the coups in Niger in July 2023, Guinea in 2021 and Mali in August 2020."
    events = run_events(text, actors, [("July 2023", "2023-07"), ("2021", "2021"), ("August 2020", "2020-08")])
    assert [(e["date"], e["location"]) for e in events] == [
        ("2023-07", "Niger"), ("2021", "Guinea"), ("2020-08", "Mali")
    ]
    assert all(e["rule"] == "events.coup.noun.each" and e["type"] == "coup" for e in events)


def test_events_dated_event_without_clause_actors_takes_the_sentence_actors(run_events):
    actors = [("China", "GPE", "China")]
    text = "China was pleased (and the export controls announced in April stayed)."
    (ev,) = run_events(text, actors, [("April", "2025-04")])
    assert (ev["type"], ev["date"], ev["participants"]) == ("sanctions", "2025-04", ["China"])


def test_events_anchor_does_not_reach_past_a_comma(run_events):
    actors = [("Cuba", "GPE", "Cuba")]
    text = "On 20 January, Cuba released 50 prisoners. Cuba began releasing them five days before, freeing 150 people."
    events = run_events(text, actors, [("20 January", "2025-01-20")])
    assert not any(e["rule"].endswith(".anchored") for e in events)


def test_events_promised_release_is_left_out(run_events):
    actors = [("Cuba", "GPE", "Cuba")]
    events = run_events("The deal was exchanged for a promise by Cuba to release 553 people.", actors)
    assert [e for e in events if e["type"] == "release"] == []


def test_events_word_sequence_matcher_handles_optional_words_and_lists():
    from briefextract.rules.events.matcher import WordSequenceMatcher

    matcher = WordSequenceMatcher({
        "eve": [{"LOWER": "on", "OP": "?"}, {"LOWER": "the"}, {"LOWER": "eve"}, {"LOWER": "of"}],
        "call": [{"LOWER": {"IN": ["phone", "telephone"]}}, {"LOWER": "call"}],
    })
    found = matcher("it was on the eve of a telephone call".split())
    assert ("eve", 2, 6) in found and ("eve", 3, 6) in found
    assert ("call", 7, 9) in found
    assert matcher("the eve".split()) == []
    with pytest.raises(ValueError):
        WordSequenceMatcher({"bad": [{"LOWER": "x", "OP": "+"}]})


def test_events_dangling_hyphen_still_meets_the_lexicon(run_events):
    actors = [("Niger", "GPE", "Niger"), ("Mali", "GPE", "Mali")]
    text = "Ties soured after the military coups- Niger in July 2023 and Mali in August 2020."
    events = run_events(text, actors, [("July 2023", "2023-07"), ("August 2020", "2020-08")])
    assert [(e["type"], e["date"], e["location"]) for e in events] == [
        ("coup", "2023-07", "Niger"), ("coup", "2020-08", "Mali")
    ]


def test_events_token_lowers_strip_only_dangling_hyphens(nlp):
    from briefextract.rules.events.document import token_lowers
    from briefextract.rules.tokens import token_arrays

    text = "The coups- and -strikes -- a long-planned x- exercise, -ab and - end-"
    doc = nlp.make_doc(text)
    lower = token_arrays(doc).lower
    expected = [w.strip("-") if len(w) > 2 and (w[0] == "-" or w[-1] == "-") else w for w in lower]
    before = list(lower)
    assert token_lowers(doc) == expected and "coups" in expected
    assert lower == before  # the shared token arrays are left as they were
    plain = nlp.make_doc("No hyphen here.")
    assert token_lowers(plain) == token_arrays(plain).lower


def test_events_quoted_words_do_not_take_the_opening_date(run_events):
    actors = [("ECOWAS", "ORG", "Economic Community of West African States")]
    text = "The same day, in response, ECOWAS stated: “the members negotiated in good faith.”"
    events = run_events(text, actors, [("The same day", "2024-01-28")], published="2024-02-01")
    assert [(e["type"], e["date"]) for e in events] == [("statement", "2024-01-28")]


def test_events_place_of_a_later_clause_is_not_the_location(run_events):
    actors = [("U.S.", "GPE", "United States"), ("Belarus", "GPE", "Belarus"), ("Poland", "GPE", "Poland")]
    text = "On 11 September, the U.S.-Belarus talks ended, with proposals directed at Poland."
    (ev,) = run_events(text, actors, [("11 September", "2025-09-11")])
    assert ev["type"] == "talks" and ev["location"] is None


def test_events_relative_clause_dates_the_noun_before_it(run_events):
    actors = [("RSF", "ORG", "Rapid Support Forces"), ("SAF", "ORG", "Sudanese Armed Forces")]
    text = "Aid agencies left during the war between the SAF and the RSF that started in 2023."
    events = run_events(text, actors, [("2023", "2023")])
    war = next(e for e in events if e["trigger"] == "war")
    assert war["date"] == "2023" and war["participants"] == ["Sudanese Armed Forces", "Rapid Support Forces"]


def test_events_clause_after_but_takes_the_opening_date_and_subject(run_events):
    actors = [("Jim Smith", "PERSON", "Jim Smith"), ("Tbilisi", "GPE", "Tbilisi"), ("Kobakhidze", "PERSON", "Irakli Kobakhidze")]
    text = "During his visit to Tbilisi in May 2024, Jim Smith was snubbed but met with Kobakhidze."
    events = run_events(text, actors, [("May 2024", "2024-05")], published="2024-12-20")
    met = next(e for e in events if e["trigger"] == "met")
    assert met["date"] == "2024-05"
    assert {"Jim Smith", "Irakli Kobakhidze"} <= set(met["participants"])


def test_events_trigger_inside_a_name_is_no_event(run_events):
    actors = [("Collective Security Treaty Organisation", "ORG", "Collective Security Treaty Organisation")]
    text = "In 2024, the Collective Security Treaty Organisation grew."
    assert run_events(text, actors, [("2024", "2024")]) == []


def test_events_arrival_and_phone_call_with(run_events):
    actors = [("Washington", "GPE", "Washington"), ("Macron", "PERSON", "Emmanuel Macron"), ("Trump", "PERSON", "Donald Trump")]
    text = "On 9 February, the plane landed in Washington. On 10 February, Macron held a call with Trump."
    events = run_events(text, actors, [("9 February", "2025-02-09"), ("10 February", "2025-02-10")])
    assert [(e["type"], e["date"]) for e in events] == [("visit", "2025-02-09"), ("phone_call", "2025-02-10")]
    assert events[0]["location"] == "Washington"
    assert events[1]["participants"] == ["Emmanuel Macron", "Donald Trump"]


def test_events_in_exchange_for_is_no_exchange(run_events):
    actors = [("Azerbaijan", "GPE", "Azerbaijan")]
    text = "In 2023, Azerbaijan handed over 32 men in exchange for two soldiers."
    assert [e for e in run_events(text, actors, [("2023", "2023")]) if e["type"] in ("release", "exchange")] == []


def test_events_later_mention_adds_only_actors_at_its_trigger(run_events):
    actors = MINSK + [("Poland", "GPE", "Poland")]
    text = (
        "On 11 September, the envoy John Cole was received in Minsk by Alexander Lukashenka. "
        "In the background of the talks, further proposals directed at Poland are coming."
    )
    (ev,) = run_events(text, actors, [("11 September", "2025-09-11")])
    assert "Poland" not in ev["participants"]


def test_events_repression_is_its_own_coerce_event(run_events):
    actors = [("Ortega", "PERSON", "Daniel Ortega")]
    text = "Ortega rigged elections, violently repressed protests and jailed journalists."
    events = run_events(text, actors)
    assert [(e["type"], e["plover"], e["trigger"]) for e in events] == [
        ("election", None, "elections"), ("arrest", "COERCE", "repressed"), ("arrest", "COERCE", "jailed")
    ]
    assert all(e["participants"] == ["Daniel Ortega"] for e in events)


def test_events_statement_verbs_carry_their_plover_category(run_events):
    actors = [("Nigeria", "GPE", "Nigeria"), ("Kabba", "PERSON", "Timothy Musa Kabba")]
    text = "On 30 January, Nigeria accused the juntas. On 29 January, Kabba denied it. On 28 January, Kabba said more."
    events = run_events(text, actors, [("30 January", "2024-01-30"), ("29 January", "2024-01-29"), ("28 January", "2024-01-28")],
                        published="2024-02-01")
    assert [(e["trigger"], e["plover"]) for e in events] == [("accused", "ACCUSE"), ("denied", "REJECT"), ("said", None)]


def test_events_further_and_next_do_not_make_a_happening_hypothetical(run_events):
    actors = [("EU", "ORG", "European Union"), ("Iran", "GPE", "Iran")]
    text = "The next day, the EU imposed further sanctions on Iran."
    (ev,) = run_events(text, actors, [("The next day", "2025-05-03")])
    assert (ev["type"], ev["date"], ev["participants"]) == ("sanctions", "2025-05-03", ["European Union", "Iran"])


def test_events_modal_after_a_comma_belongs_to_the_next_clause(run_events):
    actors = [("China", "GPE", "China")]
    text = "Under the export controls China announced on 9 October, foreign firms will need licences."
    (ev,) = run_events(text, actors, [("9 October", "2025-10-09")], published="2025-10-12")
    assert (ev["type"], ev["date"], ev["participants"]) == ("sanctions", "2025-10-09", ["China"])


@pytest.mark.parametrize(
    ("text", "etype", "plover", "trigger"),
    [
        ("In March 2021, the army of Mali toppled the president.", "coup", "COERCE", "toppled"),
        ("In March 2021, the army of Mali seized power.", "coup", "COERCE", "seized power"),
        ("In March 2021, Mali and Niger fought a short war.", "war", "FIGHT", "fought"),
        ("In March 2021, thousands in Mali protested against the junta.", "protest", "PROTEST", "protested"),
        ("In March 2021, mass protests swept Mali.", "protest", "PROTEST", "protests"),
        ("In March 2021, Mali captured two soldiers.", "capture", "COERCE", "captured"),
        ("In March 2021, Mali and Niger carried out a prisoner swap.", "exchange", "CONCEDE", "prisoner swap"),
        ("In March 2021, Mali withdrew its ambassador.", "withdrawal", "RETREAT", "withdrew"),
        ("In March 2021, Mali deployed 500 troops to the border.", "deployment", "MOBILIZE", "deployed"),
        ("In March 2021, Mali issued an executive order on mining.", "order", None, "executive order"),
        ("In March 2021, the new president of Mali was sworn in.", "inauguration", None, "sworn in"),
        ("In March 2021, two activists were handed over to Mali.", "transfer", None, "handed over"),
        ("In March 2021, Mali deported two journalists.", "transfer", "COERCE", "deported"),
        ("In March 2021, Mali executed two prisoners.", "execution", "COERCE", "executed"),
    ],
)
def test_events_widened_types_have_triggers_and_plover_defaults(run_events, text, etype, plover, trigger):
    events = run_events(text, [("Mali", "GPE", "Mali"), ("Niger", "GPE", "Niger")], [("March 2021", "2021-03")])
    assert [(e["type"], e["plover"], e["trigger"], e["date"]) for e in events] == [(etype, plover, trigger, "2021-03")]


@pytest.mark.parametrize(
    "text",
    [
        "In March 2021, Mali executed the plan flawlessly.",
        "In March 2021, Mali withdrew cash from its reserves.",
        "In March 2021, a corporate takeover of a firm in Mali failed.",
        "In March 2021, Mali walked out in protest at the ruling.",
        "In March 2021, Mali deployed new software in its ministries.",
        "In March 2021, Mali transferred funds to its central bank.",
        "Since Mali's president took office, prices rose.",
    ],
)
def test_events_widened_types_ignore_look_alikes(run_events, text):
    assert run_events(text, [("Mali", "GPE", "Mali")], [("March 2021", "2021-03")]) == []


def test_events_transfer_takes_place_after_to_as_location(run_events):
    actors = [("Vilnius", "GPE", "Vilnius")]
    (ev,) = run_events("In June, the two men were taken to Vilnius.", actors, [("June", "2025-06")])
    assert (ev["type"], ev["date"], ev["location"], ev["participants"]) == ("transfer", "2025-06", "Vilnius", [])


def test_events_noun_after_content_verb_is_its_object(run_events):
    actors = [("Armenia", "GPE", "Armenia"), ("Azerbaijan", "GPE", "Azerbaijan")]
    text = "In May, Armenia and Azerbaijan were discussing the withdrawal of troops from the border."
    events = run_events(text, actors, [("May", "2025-05")])
    assert [(e["type"], e["trigger"]) for e in events] == [("talks", "discussing")]


def test_events_noun_object_with_preposition_between_is_its_own_event(run_events):
    actors = [("Armenia", "GPE", "Armenia"), ("Azerbaijan", "GPE", "Azerbaijan")]
    text = "In 2020, Armenia captured soldiers during the war with Azerbaijan."
    events = run_events(text, actors, [("2020", "2020")])
    assert [e["type"] for e in events] == ["capture", "war"]


def test_events_verb_after_conjunction_is_a_new_act_not_a_participle(run_events):
    actors = [("Ortega", "PERSON", "Daniel Ortega")]
    text = "Ortega broke up protests and jailed journalists."
    events = run_events(text, actors)
    assert [(e["type"], e["trigger"]) for e in events] == [("protest", "protests"), ("arrest", "jailed")]


def test_events_short_bracketed_abbreviation_does_not_break_the_clause(run_events):
    actors = [("National League for Democracy", "ORG", "National League for Democracy"), ("NLD", "ORG", "National League for Democracy")]
    text = "Leaders of the National League for Democracy (NLD) were arrested on Monday."
    events = run_events(text, actors, [("Monday", "2021-02-01")], published="2021-02-03")
    assert [(e["type"], e["date"], e["participants"]) for e in events] == [
        ("arrest", "2021-02-01", ["National League for Democracy"])
    ]


def test_events_long_bracketed_aside_still_breaks_the_clause(run_events):
    actors = [("Mali", "GPE", "Mali")]
    text = "The leaders (some of them close to Mali, analysts say) were arrested."
    assert run_events(text, actors) == []


def test_events_non_aggression_pact_is_an_agreement_not_an_attack(run_events):
    actors = [("Germany", "GPE", "Germany"), ("Poland", "GPE", "Poland")]
    events = run_events("In 1934, Germany and Poland signed a non-aggression pact.", actors, [("1934", "1934")])
    assert [e["type"] for e in events] == ["agreement"]


def test_events_scheduled_happening_is_left_out(run_events):
    actors = [("Mali", "GPE", "Mali")]
    assert run_events("The elections in Mali are scheduled for March 2026.", actors, [("March 2026", "2026-03")]) == []


def test_events_generic_quantifier_makes_a_kind_not_a_happening(run_events):
    actors = [("Russia", "GPE", "Russia")]
    assert run_events("In 2016, Russia held more military exercises.", actors, [("2016", "2016")]) == []
    assert run_events("In 2016, Russia ruled out any attack.", actors, [("2016", "2016")]) == []
    (ev,) = run_events("In 2016, Russia held military exercises.", actors, [("2016", "2016")])
    assert ev["type"] == "exercise"


def test_events_infinitive_after_to_is_no_nominal_happening(run_events):
    actors = [("Russia", "GPE", "Russia"), ("Ukraine", "GPE", "Ukraine")]
    text = "In 2023, Russia used the area to attack targets in Ukraine."
    assert run_events(text, actors, [("2023", "2023")]) == []


def test_events_clause_after_after_does_not_take_the_opening_date(run_events):
    actors = [("Russia", "GPE", "Russia"), ("Crimea", "GPE", "Crimea"), ("Kyiv", "GPE", "Ukraine")]
    text = "Russia annexed Crimea in March 2014 after the government in Kyiv was ousted."
    events = run_events(text, actors, [("March 2014", "2014-03")], published="2017-06-20")
    assert [(e["type"], e["date"]) for e in events] == [("capture", "2014-03"), ("coup", None)]


def test_events_troops_sent_is_a_deployment_with_its_place(run_events):
    actors = [("Russia", "GPE", "Russia"), ("Ukraine", "GPE", "Ukraine")]
    text = "Russia sent tens of thousands of troops to Ukraine in February 2022."
    (ev,) = run_events(text, actors, [("February 2022", "2022-02")], published="2024-08-24")
    assert (ev["type"], ev["plover"], ev["date"], ev["location"], ev["participants"]) == (
        "deployment", "MOBILIZE", "2022-02", "Ukraine", ["Russia"]
    )


def test_events_date_after_since_is_a_bound_not_the_date_of_what_follows(run_events):
    actors = [("China", "GPE", "China")]
    text = "Xi met no one since 2019 - China announced new export controls."
    assert run_events(text, actors, [("2019", "2019")], published="2025-10-10") == []


def test_events_perfect_killed_is_a_toll_not_an_attack(run_events):
    actors = [("Sudan", "GPE", "Sudan")]
    text = "The war in Sudan since 2023 has killed thousands of people."
    assert [e["type"] for e in run_events(text, actors, [("2023", "2023")])] == ["war"]
    text = "In 2023, gunmen killed ten people in Sudan."
    assert [e["type"] for e in run_events(text, actors, [("2023", "2023")])] == ["attack"]


def test_events_content_of_a_charge_is_no_happening(run_events):
    actors = [("Rahnavard", "PERSON", "Majid Reza Rahnavard")]
    text = "In December 2022, Rahnavard was sentenced to death for waging war against God."
    events = run_events(text, actors, [("December 2022", "2022-12")], published="2022-12-12")
    assert [e for e in events if e["type"] == "war"] == []
    text = "In December 2022, Rahnavard was hanged in public."
    (ev,) = run_events(text, actors, [("December 2022", "2022-12")], published="2022-12-12")
    assert (ev["type"], ev["plover"], ev["participants"]) == ("execution", "COERCE", ["Majid Reza Rahnavard"])


def test_events_person_sworn_in_twice_in_the_text_is_one_inauguration(run_events):
    actors = [("Hernandez", "PERSON", "Juan Orlando Hernandez")]
    text = (
        "Hernandez was sworn in for a second term on Saturday. "
        "An hour before Hernandez was sworn in, police dispersed a demonstration."
    )
    events = run_events(text, actors, [("Saturday", "2018-01-27")], published="2018-01-28")
    assert [(e["type"], e["date"]) for e in events if e["type"] == "inauguration"] == [("inauguration", "2018-01-27")]


def test_events_two_people_met_twice_are_two_meetings(run_events):
    actors = [("Cole", "PERSON", "John Cole"), ("Lukashenka", "PERSON", "Alexander Lukashenka")]
    text = "In June, Cole met Lukashenka. In September, Cole met Lukashenka again."
    events = run_events(text, actors, [("June", "2025-06"), ("September", "2025-09")])
    assert [(e["type"], e["date"]) for e in events] == [("meeting", "2025-06"), ("meeting", "2025-09")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("In May, thousands joined a demonstration in Minsk.", 1),
        ("In May, Minsk staged a demonstration of force.", 0),
        ("In May, the rally in oil prices lifted Minsk.", 0),
    ],
)
def test_events_singular_demonstration_is_a_protest_unless_of_something(run_events, text, n):
    events = run_events(text, [("Minsk", "GPE", "Minsk")], [("May", "2025-05")])
    assert [e["type"] for e in events] == ["protest"] * n


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("In August 2012, a drone of the United States launched four missiles on a village.", ["attack"]),
        ("In August 2012, the United States fired rockets at a convoy.", ["attack"]),
        ("In August 2012, the United States fired its defence secretary.", []),
        ("In August 2012, the United States launched a satellite.", []),
    ],
)
def test_events_fired_or_launched_munitions_is_an_attack(run_events, text, types):
    events = run_events(text, [("United States", "GPE", "United States")], [("August 2012", "2012-08")])
    assert [e["type"] for e in events] == types


def test_events_dated_definite_mention_without_shared_actor_is_its_own_happening(run_events):
    actors = [("Lavrov", "PERSON", "Sergey Lavrov"), ("Mirzoyan", "PERSON", "Ararat Mirzoyan"), ("Macron", "PERSON", "Emmanuel Macron")]
    text = "Lavrov and Mirzoyan discussed trade. During the meeting of the presidents on May 29, Macron spoke."
    events = run_events(text, actors, [("May 29", "2025-05-29")], published="2025-06-10")
    assert [(e["type"], e["date"]) for e in events] == [("talks", None), ("meeting", "2025-05-29")]


def test_events_dated_anaphoric_mention_dates_the_earlier_happening(run_events):
    actors = [("Washington", "GPE", "United States"), ("Taiwan", "GPE", "Taiwan"), ("Trump", "PERSON", "Donald Trump")]
    text = "China condemned the weapons deal of Washington with Taiwan. The latest deal, announced by Trump on December 17, is large."
    events = run_events(text, actors, [("December 17", "2025-12-17")], published="2025-12-27")
    assert [(e["type"], e["date"]) for e in events] == [("agreement", "2025-12-17")]


def test_events_habitual_act_is_no_single_happening(run_events):
    actors = [("China", "GPE", "China"), ("Taiwan", "GPE", "Taiwan")]
    assert run_events("In 2024, China repeatedly attacked ships of Taiwan.", actors, [("2024", "2024")]) == []
    (ev,) = run_events("In 2024, China attacked ships of Taiwan.", actors, [("2024", "2024")])
    assert (ev["type"], ev["participants"]) == ("attack", ["China", "Taiwan"])


def test_events_crowds_pouring_into_the_streets_is_a_protest(run_events):
    actors = [("Yerevan", "GPE", "Yerevan")]
    text = "Thousands of people in Yerevan poured into the streets on Wednesday."
    (ev,) = run_events(text, actors, [("Wednesday", "2020-11-11")], published="2020-11-12")
    assert (ev["type"], ev["plover"], ev["trigger"], ev["date"]) == ("protest", "PROTEST", "poured into the streets", "2020-11-11")


def test_events_relative_clause_with_a_deal_verb_dates_the_deal(run_events):
    actors = [("Russia", "GPE", "Russia")]
    text = "An earlier truce, which Russia brokered on Tuesday, was short-lived."
    (ev,) = run_events(text, actors, [("Tuesday", "2020-11-10")], published="2020-11-12")
    assert (ev["type"], ev["date"]) == ("agreement", "2020-11-10")


def test_events_participle_after_a_comma_retells_the_act_before_it(run_events):
    actors = [("Cuba", "GPE", "Cuba"), ("Trump", "PERSON", "Donald Trump")]
    text = "Cuba began releasing them days before the order of Trump, freeing about 150 prisoners."
    events = run_events(text, actors)
    assert [(e["type"], e["trigger"]) for e in events] == [("release", "releasing")]
    text = "Cuba released ten men. Later, Cuba freed 20 others."
    assert [e["type"] for e in run_events(text, actors)] == ["release", "release"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025, the UN told states to prevent the transfer of arms to Iran.",
        "In 2025, Iran stayed below the threshold of armed conflict.",
        "In 2025, Iran accuses the West of trying to drag it into the war.",
        "In 2025, Iran warned of the risk of a war.",
    ],
)
def test_events_prevented_feared_or_alleged_happenings_are_left_out(run_events, text):
    actors = [("Iran", "GPE", "Iran"), ("UN", "ORG", "United Nations")]
    assert [e for e in run_events(text, actors, [("2025", "2025")]) if e["type"] != "statement"] == []


def test_events_dated_after_publication_are_planned_not_reported(run_events):
    actors = [("Greenland", "GPE", "Greenland")]
    text = "Greenland held an election in March 2025. The next election in Greenland is due in 2029."
    events = run_events(text, actors, [("March 2025", "2025-03"), ("2029", "2029")], published="2025-10-01")
    assert [(e["type"], e["date"]) for e in events] == [("election", "2025-03")]


def test_events_after_publication_compares_at_the_given_granularity():
    from briefextract.rules.events.resolve import after_publication

    assert after_publication("2025-11", "2025-10-01")
    assert after_publication("2025-10-02/2025-10-05", "2025-10-01")
    assert not after_publication("2025-10", "2025-10-01")
    assert not after_publication("2025", "2025-10-01")
    assert not after_publication("2025-W50", "2025-10-01")
    assert not after_publication("2029", None)


def test_events_reward_for_an_arrest_is_no_arrest(run_events):
    actors = [("Maduro", "PERSON", "Nicolás Maduro")]
    text = "In August, Washington doubled the reward for information leading to the arrest of Maduro."
    assert run_events(text, actors, [("August", "2025-08")], published="2025-10-01") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In March, 60 schools in Belgrade joined the strike.", "protest"),
        ("In March, teachers in Belgrade went on strike.", "protest"),
        ("In March, a drone strike hit Belgrade.", "attack"),
    ],
)
def test_events_labour_strike_is_a_protest_and_a_military_strike_an_attack(run_events, text, etype):
    events = run_events(text, [("Belgrade", "GPE", "Belgrade")], [("March", "2025-03")], published="2025-10-01")
    assert [(e["type"], e["date"]) for e in events] == [(etype, "2025-03")]


def test_events_preparing_for_a_vote_is_no_election(run_events):
    actors = [("SNS", "ORG", "Serbian Progressive Party")]
    assert run_events("The SNS is preparing for a vote.", actors) == []


def test_events_reported_clause_after_that_keeps_the_opening_date(run_events):
    actors = [("US", "GPE", "United States"), ("RSF", "ORG", "Rapid Support Forces")]
    text = "In January, the US determined that the RSF had committed genocide, and it imposed sanctions on its leader."
    events = run_events(text, actors, [("January", "2025-01")], published="2025-10-01")
    assert ("sanctions", "2025-01") in [(e["type"], e["date"]) for e in events]


def test_events_relative_that_after_a_noun_does_not_take_the_opening_date(run_events):
    actors = [("US", "GPE", "United States"), ("Iran", "GPE", "Iran")]
    text = "In January, the US named officials that imposed sanctions on Iran."
    events = run_events(text, actors, [("January", "2025-01")], published="2025-10-01")
    assert [e for e in events if e["type"] == "sanctions"] == []


def test_events_assault_and_recapture(run_events):
    actors = [("RSF", "ORG", "Rapid Support Forces"), ("El Fasher", "GPE", "El Fasher"), ("Khartoum", "GPE", "Khartoum")]
    text = "On Friday, the RSF launched a new assault on El Fasher. In March, the army recaptured Khartoum."
    events = run_events(text, actors, [("Friday", "2025-09-26"), ("March", "2025-03")], published="2025-10-01")
    assert [(e["type"], e["date"]) for e in events] == [("attack", "2025-09-26"), ("capture", "2025-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 29 January, Mali formally left the Economic Community of West African States.", [("withdrawal", "2025-01-29")]),
        ("On 29 January, Mali left the room early.", []),
        ("On 29 January, the Wagner Group deployed to Mali.", [("deployment", "2025-01-29")]),
        ("On 29 January, the junta concluded that the bloc was hostile to Mali.", []),
    ],
)
def test_events_leaving_a_bloc_and_deploying_to_a_place(run_events, text, expected):
    actors = [("Mali", "GPE", "Mali"), ("Wagner Group", "ORG", "Wagner Group"),
              ("Economic Community of West African States", "ORG", "Economic Community of West African States")]
    events = run_events(text, actors, [("29 January", "2025-01-29")], published="2025-10-01")
    assert [(e["type"], e["date"]) for e in events] == expected


# -- third pass: held-out error patterns (own texts) ---------------------------------

def test_events_date_modifying_later_noun_trigger_is_not_taken(run_events):
    text = "Dozens of detainees were transferred to Lithuania, among them Olga Petrova, a rival in the rigged 2019 election."
    actors = [("Lithuania", "GPE", "Lithuania"), ("Olga Petrova", "PERSON", "Olga Petrova")]
    events = run_events(text, actors, [("2019", "2019")])
    transfer = next(e for e in events if e["type"] == "transfer")
    assert transfer["date"] is None
    election = next(e for e in events if e["type"] == "election")
    assert election["date"] == "2019"


def test_events_participle_after_determiner_is_not_an_act(run_events):
    text = "All freed Georgian sailors are now in Turkey. Those released will fly home."
    actors = [("Turkey", "GPE", "Turkey"), ("Georgian", "GPE", "Georgia")]
    assert [e for e in run_events(text, actors) if e["type"] == "release"] == []


def test_events_gerund_after_determiner_is_still_an_act(run_events):
    text = "On 3 March, the lifting of EU sanctions on the Serbian bank Komercijalna took effect."
    actors = [("EU", "ORG", "European Union"), ("Komercijalna", "ORG", "Komercijalna")]
    events = run_events(text, actors, [("3 March", "2025-03-03")])
    assert [(e["type"], e["date"]) for e in events] == [("sanctions", "2025-03-03")]


def test_events_stance_prefix_actor_is_no_participant(run_events):
    text = "On 2 May, pro-NATO Prime Minister Ivan Kolev met anti-Kremlin activists in Sofia."
    actors = [("NATO", "ORG", "NATO"), ("Kremlin", "ORG", "Kremlin"), ("Ivan Kolev", "PERSON", "Ivan Kolev"),
              ("Sofia", "GPE", "Sofia")]
    (ev,) = run_events(text, actors, [("2 May", "2025-05-02")])
    assert ev["participants"] == ["Ivan Kolev"]
    assert ev["location"] == "Sofia"


def test_events_time_frame_definite_noun_is_no_new_event(run_events):
    text = "Qatar, a close partner of France, has kept ties with Kyiv throughout the war."
    actors = [("Qatar", "GPE", "Qatar"), ("France", "GPE", "France"), ("Kyiv", "GPE", "Ukraine")]
    assert run_events(text, actors) == []
    # the same noun without the time-frame preposition is still reported
    text2 = "Qatar, a close partner of France, has mediated in the war with Kyiv."
    assert [e["type"] for e in run_events(text2, actors)] == ["war"]


def test_events_location_after_the_is_the_place(run_events):
    text = "On 4 June, the soldiers were captured in the Belgorod region by Ukraine."
    actors = [("Belgorod", "GPE", "Belgorod"), ("Ukraine", "GPE", "Ukraine")]
    (ev,) = run_events(text, actors, [("4 June", "2025-06-04")])
    assert ev["type"] == "capture" and ev["location"] == "Belgorod"
    assert "Belgorod" not in ev["participants"]


def test_events_casting_a_vote_is_not_an_election(run_events):
    text = (
        "Turnout was low in the 2022 elections, which the ruling party won easily. "
        "After casting her vote, Premier Ana Brnabic warned critics."
    )
    actors = [("Ana Brnabic", "PERSON", "Ana Brnabic")]
    events = run_events(text, actors, [("2022", "2022")])
    assert [(e["type"], e["date"]) for e in events if e["date"]] == [("election", "2022")]


def test_events_dated_report_notification_and_licence(run_events):
    text = (
        "Poland and Lithuania notified the OSCE on May 5 of their concerns. "
        "Analysts cited the agency's June 2 report. "
        "In January, exports rose, according to a report by the ministry. "
        "Shell received a general license in March 2023."
    )
    actors = [("Poland", "GPE", "Poland"), ("Lithuania", "GPE", "Lithuania"), ("OSCE", "ORG", "OSCE"),
              ("Shell", "ORG", "Shell")]
    dates = [("May 5", "2025-05-05"), ("June 2", "2025-06-02"), ("January", "2025-01"), ("March 2023", "2023-03")]
    got = {(e["type"], e["date"]) for e in run_events(text, actors, dates)}
    assert ("statement", "2025-05-05") in got
    assert ("statement", "2025-06-02") in got
    assert ("sanctions", "2023-03") in got
    assert not any(d == "2025-01" for _, d in got)  # a report cited as a source is no happening


def test_events_concluded_process_is_no_agreement(run_events):
    text = "The review process concluded on 7 September, reimposing UN sanctions on Eritrea."
    actors = [("UN", "ORG", "United Nations"), ("Eritrea", "GPE", "Eritrea")]
    events = run_events(text, actors, [("7 September", "2025-09-07")])
    assert [(e["type"], e["date"]) for e in events] == [("sanctions", "2025-09-07")]


def test_events_meeting_after_dated_speech_takes_its_date(run_events):
    text = "The minister Petr Novak said on 9 May following a meeting with Viktor Orban in Budapest that trade would grow."
    actors = [("Petr Novak", "PERSON", "Petr Novak"), ("Viktor Orban", "PERSON", "Viktor Orban"),
              ("Budapest", "GPE", "Budapest")]
    events = run_events(text, actors, [("9 May", "2025-05-09")])
    meeting = next(e for e in events if e["type"] == "meeting")
    assert meeting["date"] == "2025-05-09"
    # without a verb of saying before the date, the clause after 'following' keeps no date
    text2 = "Grain prices rose on 9 May following a meeting with Viktor Orban in Budapest."
    meeting2 = next(e for e in run_events(text2, actors, [("9 May", "2025-05-09")]) if e["type"] == "meeting")
    assert meeting2["date"] is None


def test_events_since_clause_is_a_time_bound_not_a_report(run_events):
    text = "It is the fifth swap Qatar has brokered since Armenia attacked Azerbaijan."
    actors = [("Qatar", "GPE", "Qatar"), ("Armenia", "GPE", "Armenia"), ("Azerbaijan", "GPE", "Azerbaijan")]
    assert [e for e in run_events(text, actors) if e["type"] == "attack"] == []
    text2 = "Last night Armenia attacked Azerbaijan."
    assert [e["type"] for e in run_events(text2, actors)] == ["attack"]


def test_events_undated_act_told_again_merges(run_events):
    actors = [("Lithuania", "GPE", "Lithuania"), ("Poland", "GPE", "Poland"), ("Ana Kova", "PERSON", "Ana Kova"),
              ("Mark Rutte", "PERSON", "Mark Rutte"), ("Riga", "GPE", "Riga"), ("Ivo Berg", "PERSON", "Ivo Berg")]
    # the same act at the same place
    text = "Dozens of detainees were transferred to Lithuania. Of them, 40 were transferred to Lithuania by bus."
    assert len([e for e in run_events(text, actors) if e["type"] == "transfer"]) == 1
    # more of the same: 'also'
    text = "Poland freed 20 detainees. The activist Ana Kova was also released."
    assert len([e for e in run_events(text, actors) if e["type"] == "release"]) == 1
    # the same person meeting again in an undated retelling
    text = "Mark Rutte is in Riga for meetings with Baltic leaders. Mark Rutte met with Ivo Berg, discussing drones."
    assert len([e for e in run_events(text, actors) if e["type"] == "meeting"]) == 1
    # different places stay apart
    text = "Dozens of detainees were transferred to Lithuania. Others were transferred to Poland."
    assert len([e for e in run_events(text, actors) if e["type"] == "transfer"]) == 2


def test_events_called_on_people_is_a_dated_appeal(run_events):
    text = "On 3 May, the opposition leader Ivan Petrov called on people to stay at home."
    (ev,) = run_events(text, [("Ivan Petrov", "PERSON", "Ivan Petrov")], [("3 May", "2025-05-03")])
    assert (ev["type"], ev["date"], ev["trigger"], ev["plover"]) == ("statement", "2025-05-03", "called on", "REQUEST")
    assert ev["participants"] == ["Ivan Petrov"]
    # a one-word participle before such a noun is still an adjective
    text2 = "On 3 May, sanctioned people were listed by Ivan Petrov."
    assert run_events(text2, [("Ivan Petrov", "PERSON", "Ivan Petrov")], [("3 May", "2025-05-03")]) == []


def test_events_opening_after_clause_keeps_no_main_clause_date(run_events):
    text = "After the contested election, the candidate Ana Kova left for Spain and resurfaced in August."
    actors = [("Ana Kova", "PERSON", "Ana Kova"), ("Spain", "GPE", "Spain")]
    events = run_events(text, actors, [("August", "2025-08")])
    assert not any(e["type"] == "election" and e["date"] == "2025-08" for e in events)
    # without the opening 'After', the same noun still takes its clause's date
    text2 = "The contested election was held in August, the candidate Ana Kova said."
    assert any(e["type"] == "election" and e["date"] == "2025-08" for e in run_events(text2, actors, [("August", "2025-08")]))


def test_events_arrest_told_again_as_seizure_is_one_detention(run_events):
    text = (
        "Rights groups condemned the arrest of Ivo Berg, the head of a press-freedom group, "
        "who was seized by masked men. The government also issued an arrest warrant for Ana Kova."
    )
    actors = [("Ivo Berg", "PERSON", "Ivo Berg"), ("Ana Kova", "PERSON", "Ana Kova")]
    events = run_events(text, actors)
    assert [(e["type"], e["participants"]) for e in events] == [("arrest", ["Ivo Berg"])]


def test_events_participle_describing_people_is_no_act(run_events):
    actors = [("Georgia", "GPE", "Georgia"), ("Azerbaijan", "GPE", "Azerbaijan"), ("Qatar", "GPE", "Qatar")]
    text = "On 4 June, Georgia freed 40 soldiers captured near the border. The captives exchanged through Qatar now number 900."
    events = run_events(text, actors, [("4 June", "2025-06-04")])
    assert [e["type"] for e in events] == ["release"]
    # an active verb after the same noun is an act
    text2 = "On 4 June, Azerbaijani troops captured two villages in Georgia."
    assert [e["type"] for e in run_events(text2, actors, [("4 June", "2025-06-04")])] == ["capture"]


def test_events_opening_date_frames_following_phrase_and_bans(run_events):
    text = (
        "In 2018, following the imposition of EU sanctions on Myanmar, the government of Canada "
        "prohibited all transactions with Myawaddy Bank."
    )
    actors = [("EU", "ORG", "European Union"), ("Myanmar", "GPE", "Myanmar"), ("Canada", "GPE", "Canada"),
              ("Myawaddy Bank", "ORG", "Myawaddy Bank")]
    events = run_events(text, actors, [("2018", "2018")])
    assert [(e["type"], e["date"], e["trigger"]) for e in events] == [
        ("sanctions", "2018", "imposition"), ("sanctions", "2018", "prohibited"),
    ]
    # a 'since' phrase is a bound, not framed by the opening date
    text2 = "In 2018, since the imposition of EU sanctions on Myanmar, trade fell."
    assert run_events(text2, actors, [("2018", "2018")]) == []


def test_events_hyphenated_planned_is_no_modal_cue(run_events):
    actors = [("Serbia", "GPE", "Serbia"), ("Hungary", "GPE", "Hungary")]
    text = "Serbia and Hungary on 5 May began a long-planned joint military exercise."
    events = run_events(text, actors, [("5 May", "2025-05-05")])
    assert [(e["type"], e["date"]) for e in events] == [("exercise", "2025-05-05")]
    text2 = "Serbia and Hungary planned on 5 May a joint military exercise."
    assert run_events(text2, actors, [("5 May", "2025-05-05")]) == []


def test_events_meeting_after_speech_with_listener_takes_its_date(run_events):
    actors = [("Viktor Orban", "PERSON", "Viktor Orban"), ("Ivo Berg", "PERSON", "Ivo Berg"), ("Vienna", "GPE", "Vienna")]
    text = "Viktor Orban told journalists late Thursday after meeting with Ivo Berg in Vienna."
    events = run_events(text, actors, [("Thursday", "2025-09-11")])
    meeting = next(e for e in events if e["type"] == "meeting")
    assert meeting["date"] == "2025-09-11" and meeting["location"] == "Vienna"


def test_events_the_following_day_is_a_date_not_a_clause_break(run_events):
    actors = [("Iran", "GPE", "Iran")]
    text = "Iran launched a satellite on 3 May. The country fired a ballistic missile the following day, but it failed."
    events = run_events(text, actors, [("3 May", "2025-05-03"), ("the following day", "2025-05-04")])
    assert ("attack", "2025-05-04") in [(e["type"], e["date"]) for e in events]
    # 'following' as a preposition still opens a clause of its own time
    text2 = "Iran fired a missile following the drills on 3 May."
    fired = next(e for e in run_events(text2, actors, [("3 May", "2025-05-03")]) if e["type"] == "attack")
    assert fired["date"] is None
