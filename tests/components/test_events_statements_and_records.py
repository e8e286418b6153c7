"""Events, round 4 of the generalisation fixes: the sanctions component's actions as events,
statements by named speakers, and happenings dated by their own phrase.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts, of_type, one_by_rule


def test_a_dated_sanctions_action_read_by_the_sanctions_component_is_an_event(extract):
    ev = of_type(event_dicts(extract, "Since March 2019, Canada has imposed a series of sanctions on Nicaragua."), "sanctions")
    assert [(e["date"], set(e["participants"])) for e in ev] == [("2019-03", {"Canada", "Nicaragua"})]
    ev = of_type(event_dicts(extract, "Australia added Viktor Medvedchuk to its sanctions list in October 2022."), "sanctions")
    assert [(e["date"], set(e["participants"])) for e in ev] == [("2022-10", {"Australia", "Viktor Medvedchuk"})]
    # considered, undated or later (a deadline) actions are no happening of their own
    assert of_type(event_dicts(extract, "Canada may impose sanctions on Nicaragua in 2023."), "sanctions") == []
    assert of_type(event_dicts(extract, "Canada has imposed sanctions on Nicaragua."), "sanctions") == []


def test_a_sanctions_event_takes_the_imposer_and_target_of_the_action_it_tells(extract):
    text = "The Biden administration sanctioned Serbia's two largest banks, Komercijalna and Intesa, on Monday."
    events = event_dicts(extract, text)
    assert len(of_type(events, "sanctions")) == 1, events
    assert "United States" in of_type(events, "sanctions")[0]["participants"]  # 'the Biden administration'


def test_praise_and_a_press_conference_dated_by_their_own_phrase_are_statements(extract):
    ev = one_by_rule(event_dicts(extract, "On Tuesday, Gabrielius Landsbergis hailed the decision as a victory."), "statement.welcomed")
    assert ev["date"] == "2024-03-12" and "Gabrielius Landsbergis" in ev["participants"]
    ev = one_by_rule(event_dicts(extract, "Edgars Rinkevics spoke during a press conference in Riga on 12 March."), "statement.press_conference")
    assert ev["date"] == "2024-03-12" and ev["participants"] == ["Edgars Rinkevics"] and ev["location"] == "Riga"
    # undated: no happening of its own (a press conference in general)
    assert event_dicts(extract, "Edgars Rinkevics often speaks at a news conference.") == []


def test_flight_founding_law_and_resignation_dated_by_their_own_phrase(extract):
    ev = one_by_rule(event_dicts(extract, "Mikheil Saakashvili fled Georgia in 2013 to avoid prosecution."), "transfer.fled")
    assert ev["date"] == "2013" and "Mikheil Saakashvili" in ev["participants"]
    events = event_dicts(extract, "The Georgian Dream party, founded in 2012, won the vote.")
    ev = one_by_rule(events, "inauguration.founded")
    assert ev["date"] == "2012" and ev["participants"] == ["Georgian Dream"]
    assert all(e["date"] is None for e in events if e["type"] == "election")  # 2012 is the founding's
    ev = one_by_rule(event_dicts(extract, "A law passed by Hungary's parliament in January banned foreign funding."), "order.law_passed")
    assert ev["date"] == "2024-01" and ev["participants"] == ["Hungary"]
    ev = one_by_rule(event_dicts(extract, "On March 4, Nikol Pashinyan accepted the cabinet's resignation."), "appointment.resignation")
    assert ev["date"] == "2024-03-04"
    # undated, or a founding member, or people fleeing the fighting: no such happening
    assert event_dicts(extract, "Mikheil Saakashvili fled Georgia to avoid prosecution.") == []
    assert event_dicts(extract, "Latvia was a founding member of the alliance in 2004.") == []
    assert [e for e in event_dicts(extract, "Thousands of civilians fled Sudan in 2023.") if e["type"] == "transfer"] == []


def test_a_declared_state_of_emergency_is_an_order(extract):
    ev = one_by_rule(event_dicts(extract, "Shavkat Mirziyoyev declared a month-long state of emergency in Karakalpakstan."), "order.state_of_emergency")
    assert "Shavkat Mirziyoyev" in ev["participants"]
    assert event_dicts(extract, "The hospital was in a state of emergency readiness.") == []


def test_a_decision_taken_on_a_sanctions_action_is_an_event_a_plan_is_not(extract):
    text = "On Monday, the Council of the European Union decided to extend its sanctions against Belarus."
    ev = of_type(event_dicts(extract, text), "sanctions")
    assert [e["date"] for e in ev] == ["2024-03-11"] and "Belarus" in ev[0]["participants"]
    text = "On Monday, the Council of the European Union said it plans to extend its sanctions against Belarus."
    assert of_type(event_dicts(extract, text), "sanctions") == []


def test_a_date_right_after_a_verb_of_saying_dates_the_saying(extract):
    ev = one_by_rule(event_dicts(extract, "Maia Sandu, who was elected in 2020, said on Monday that Moldova would join."), "statement.said")
    assert ev["date"] == "2024-03-11"
    text = "Ilham Aliyev, president of Azerbaijan since 2003, told reporters on Thursday that the forces would leave."
    assert one_by_rule(event_dicts(extract, text), "statement.said")["date"] == "2024-03-14"


def test_what_was_discussed_is_no_party_to_the_talks(extract):
    text = "Kassym-Jomart Tokayev and Shavkat Mirziyoyev discussed the situation surrounding Afghanistan and Iran."
    ev = one_by_rule(event_dicts(extract, text), "talks.verb")
    assert ev["participants"] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert event_dicts(extract, "They discussed the situation surrounding Afghanistan and Iran.") == []
    ev = one_by_rule(event_dicts(extract, "On Monday, Tokayev discussed with Mirziyoyev the war in Afghanistan."), "talks.verb")
    assert "Shavkat Mirziyoyev" in ev["participants"] and "Afghanistan" not in ev["participants"]


def test_a_dated_weapons_test_is_a_happening(extract):
    text = "Iran on Sunday tested what appears to be its longest-range ballistic missile."
    ev = one_by_rule(event_dicts(extract, text), "exercise.weapon_test")
    assert ev["date"] == "2024-03-10" and ev["participants"] == ["Iran"]
    assert one_by_rule(event_dicts(extract, "Pakistan test-fired a cruise missile on Tuesday."), "exercise.weapon_test")["date"] == "2024-03-12"
    assert event_dicts(extract, "Iran tested a new engine for its cars in 2021.") == []
    assert event_dicts(extract, "Iran has never carried out a nuclear test.") == []


def test_a_failed_coup_happened_a_coup_failed_to_be_staged_did_not(extract):
    ev = one_by_rule(event_dicts(extract, "In 2016 Turkey crushed a failed coup against Erdogan."), "coup.noun")
    assert ev["date"] == "2016"
    assert event_dicts(extract, "The military failed to stage a coup in 2016.") == []
    ev = one_by_rule(event_dicts(extract, "In 2018 rebels staged a failed drone attack against Nicolas Maduro."), "attack.noun")
    assert ev["date"] == "2018"
    assert event_dicts(extract, "In 2018 rebels failed to attack Nicolas Maduro.") == []


def test_recognition_admission_tour_and_a_convened_council_dated_by_their_own_phrase(extract):
    ev = one_by_rule(event_dicts(extract, "In 2019 Canada recognized Juan Guaido as interim president."), "statement.recognized")
    assert ev["date"] == "2019" and set(ev["participants"]) == {"Canada", "Juan Guaido"}
    ev = one_by_rule(event_dicts(extract, "Belarus acknowledged last month that it had hosted the troops."), "statement.acknowledged")
    assert ev["date"] == "2024-02" and ev["participants"] == ["Belarus"]
    ev = one_by_rule(event_dicts(extract, "Putin and Lukashenko then toured the factory on Friday."), "visit.verb")
    assert ev["date"] == "2024-03-15" and len(ev["participants"]) == 2
    ev = one_by_rule(event_dicts(extract, "The UN Security Council convened on Wednesday."), "meeting.convened")
    assert ev["date"] == "2024-03-13"
    assert event_dicts(extract, "The UN Security Council convened to discuss the matter.") == []


def test_a_sanctions_action_is_not_dated_by_a_relative_clause_after_it(extract):
    events = event_dicts(extract, "Canada has blacklisted four associates of Ilan Shor, who moved to Israel in 2019.")
    assert [e for e in events if e["type"] == "sanctions" and e["date"] == "2019"] == []


def test_a_date_inside_what_was_said_does_not_date_the_saying(extract):
    assert event_dicts(extract, "The soldier said he was born in 2003 in Tuva.") == []
    assert of_type(event_dicts(extract, "Kaja Kallas said that Estonia had joined NATO in 2004."), "statement") == []
    ev = one_by_rule(event_dicts(extract, "Kaja Kallas said on Monday that Estonia had joined NATO in 2004."), "statement.said")
    assert ev["date"] == "2024-03-11"
