"""Events: new happenings (listed for sanctions, a plane's forced
diversion, a contract's termination, an endorsement, an appeal for help), anchors in hours, places
that say where rather than who, sources that are not parties, nouns that only modify a noun.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import event_dicts, one_by_rule


def test_hours_after_anchor_dates_the_later_happening_on_the_same_day(extract):
    text = (
        "The opposition leader Maria Kolesnikova was freed on Tuesday. The pardons came hours after "
        "Austrian Chancellor Karl Nehammer held talks with Alexander Lukashenko in Minsk."
    )
    events = event_dicts(extract, text)
    talks = one_by_rule(events, "talks")
    assert talks["date"] == "2024-03-12" and talks["rule"].endswith(".anchored")
    assert "Alexander Lukashenko" in talks["participants"] and talks["location"] == "Minsk"
    assert [e["type"] for e in events].count("release") == 1  # "The pardons" is the release again


def test_added_to_a_sanctions_list_is_a_sanctions_event(extract):
    ev = one_by_rule(event_dicts(extract, "Sovcombank was added to the EU sanctions list in February 2023."), "sanctions.listed")
    assert ev["type"] == "sanctions" and ev["date"] == "2023-02"
    assert set(ev["participants"]) == {"Sovcombank", "European Union"}
    # a list of candidates is no sanction; people described by the listing are no new happening
    assert event_dicts(extract, "Oleg Sidorov was added to the list of candidates in February 2023.") == []
    assert event_dicts(extract, "The two officials added to the sanctions list are Ivan Petrov and Oleg Sidorov.") == []


def test_forced_landing_and_diversion_of_a_plane(extract):
    ev = one_by_rule(event_dicts(extract, "The forced landing of a Lufthansa flight in Tbilisi angered Germany."), "diversion")
    assert ev["location"] == "Tbilisi" and "Lufthansa" in ev["participants"] and ev["plover"] == "COERCE"
    ev = one_by_rule(event_dicts(extract, "Authorities diverted a Wizz Air passenger plane on Monday."), "diversion")
    assert ev["date"] == "2024-03-11"
    assert event_dicts(extract, "The debate was a diversion from the real budget problems of Latvia.") == []


def test_termination_of_a_contract(extract):
    ev = one_by_rule(event_dicts(extract, "Kazakhstan has cancelled its gas supply contract with Gazprom."), "termination")
    assert set(ev["participants"]) == {"Kazakhstan", "Gazprom"}
    assert event_dicts(extract, "Kazakhstan cancelled the concert of a Russian singer.") == []


def test_endorsement_and_appeal_for_help(extract):
    ev = one_by_rule(event_dicts(extract, "The candidate was endorsed by the Civic Platform party."), "endorsement")
    assert ev["participants"] == ["Civic Platform"] and ev["plover"] == "SUPPORT"
    ev = one_by_rule(event_dicts(extract, "The mayor sought help from European Commission President Ursula von der Leyen."),
              "appeal")
    assert "Ursula von der Leyen" in ev["participants"] and ev["plover"] == "REQUEST"


def test_cities_after_a_preposition_are_places_not_participants(extract):
    ev = one_by_rule(event_dicts(extract, "Police detained dozens of protesters in Grodno and Brest on Sunday."), "arrest")
    assert ev["location"] == "Grodno" and not {"Grodno", "Brest"} & set(ev["participants"])
    ev = one_by_rule(event_dicts(extract, "After his release, Ales Bialiatski travelled to Warsaw, Poland."), "visit")
    assert ev["location"] == "Warsaw" and ev["participants"] == ["Ales Bialiatski"]


def test_a_visit_to_the_country_is_the_meeting_in_its_capital(extract):
    text = (
        "On 4 March, the envoy Richard Moore was received in Minsk by Alexander Lukashenko. "
        "Moore's latest visit to Belarus was short."
    )
    assert [e["type"] for e in event_dicts(extract, text)] == ["meeting"]


def test_a_source_after_according_to_is_not_a_participant(extract):
    text = "A North Korean battalion arrived in Kursk on Wednesday, according to Ukrainian military intelligence."
    ev = one_by_rule(event_dicts(extract, text), "visit")
    assert ev["participants"] == ["North Korea"] and ev["location"] == "Kursk"


def test_a_war_noun_modifying_a_noun_names_no_war(extract):
    assert event_dicts(extract, "Millions of war refugees from Syria have found shelter in Germany.") == []


def test_a_date_before_joined_nouns_dates_each(extract):
    text = "Last month's raid on the newspaper and the arrest of its editor in Tbilisi shocked Georgia."
    events = event_dicts(extract, text)
    assert one_by_rule(events, "attack")["date"] == "2024-02"
    assert one_by_rule(events, "arrest")["date"] == "2024-02"


def test_a_verb_of_saying_has_its_speaker_not_what_the_words_are_about(extract):
    # (a saying that closes a sentence telling a happening of its date is that happening's source, no
    # event of its own: test_events_session12; here the words tell none)
    text = "Georgia should free the journalist Mzia Amaglobeli, the rights group Transparency International said on Monday."
    said = one_by_rule(event_dicts(extract, text), "statement.said")
    assert said["participants"] == ["Transparency International"]
    text = "On Monday, Alexander Stubb warned that Russia could test NATO in Estonia."
    warned = one_by_rule(event_dicts(extract, text), "statement.warned")
    assert warned["participants"] == ["Alexander Stubb"]


def test_a_singular_who_clause_takes_the_last_person_named(extract):
    text = (
        "Poland has freed the journalist Andrzej Poczobut. The reporter, who was sentenced in 2023 to eight years, "
        "had spent three years in custody."
    )
    sentencing = one_by_rule(event_dicts(extract, text), "sentencing")
    assert sentencing["date"] == "2023" and sentencing["participants"] == ["Andrzej Poczobut"]


def test_an_undated_agreement_is_an_event_only_when_told_as_made(extract):
    text = "Zelensky said the agreement strengthens Ukraine's hand against Russia."
    assert [e for e in event_dicts(extract, text) if e["type"] == "agreement"] == []
    text = "Turkey brokered the deal between Armenia and Azerbaijan."
    (ev,) = [e for e in event_dicts(extract, text) if e["type"] == "agreement"]
    assert "Turkey" in ev["participants"]
    text = "Armenia and Azerbaijan signed a peace agreement on 8 August 2023."
    assert [e["date"] for e in event_dicts(extract, text) if e["type"] == "agreement"] == ["2023-08-08"]


def test_an_anchor_reaches_past_an_apposition_to_the_clause_it_opens(extract):
    text = (
        "Georgia freed the journalist Mzia Amaglobeli on Tuesday. The release came hours after "
        "Charles Michel, the president of the European Council, held talks with Irakli Kobakhidze in Tbilisi."
    )
    talks = one_by_rule(event_dicts(extract, text), "talks")
    assert talks["date"] == "2024-03-12" and talks["rule"].endswith(".anchored")


def test_the_same_persons_meeting_in_the_same_month_is_one_meeting(extract):
    text = (
        "Vladimir Putin and Kim Jong Un held a meeting in Vladivostok last September. "
        "In September last year, Putin met Kim at the Vostochny Cosmodrome."
    )
    meetings = [e for e in event_dicts(extract, text) if e["type"] == "meeting"]
    assert len(meetings) == 1 and meetings[0]["date"] == "2023-09", meetings


def test_a_possessor_before_adjectives_is_the_agent_of_the_nominal_trigger(extract):
    text = (
        "Trade has grown since Russia's full-scale invasion of Ukraine began in 2022, "
        "with Iran accused of selling drones to Moscow to aid its aggression."
    )
    attacks = [e for e in event_dicts(extract, text) if e["type"] == "attack"]
    assert len(attacks) == 1 and attacks[0]["date"] == "2022", attacks
    assert {"Russia", "Ukraine"} <= set(attacks[0]["participants"])


def test_a_poll_or_survey_released_is_no_release_of_people(extract):
    text = "An exit poll released on Sunday evening suggested that Maia Sandu had won."
    assert [e for e in event_dicts(extract, text) if e["type"] == "release"] == []
    text = "Belarus released the journalist Ihar Losik on Sunday."
    assert [e["type"] for e in event_dicts(extract, text)] == ["release"]


def test_an_undated_happening_after_during_a_or_amid_the_is_a_time_frame(extract):
    text = "Polish jets were scrambled during a wave of attacks in western Ukraine."
    assert [e for e in event_dicts(extract, text) if e["type"] == "attack"] == []
    text = "Polish jets were scrambled during a wave of attacks in western Ukraine on 7 March."
    assert [e["date"] for e in event_dicts(extract, text) if e["type"] == "attack"] == ["2024-03-07"]


def test_said_in_a_statement_is_a_statement_even_undated(extract):
    text = "European Council President Antonio Costa said in a statement that Georgia had violated its promises."
    (ev,) = [e for e in event_dicts(extract, text) if e["type"] == "statement"]
    assert "Antonio Costa" in ev["participants"] and "Georgia" not in ev["participants"] and ev["date"] is None
    text = "In a joint statement, Kaja Kallas and Marta Kos condemned the arrests."
    (ev,) = [e for e in event_dicts(extract, text) if e["type"] == "statement"]
    assert {"Kaja Kallas", "Marta Kos"} <= set(ev["participants"])


def test_congratulations_and_diplomatic_summons_are_happenings(extract):
    text = "Xi Jinping congratulated Shavkat Mirziyoyev on his re-election."
    ev = one_by_rule(event_dicts(extract, text), "statement.congratulated")
    assert set(ev["participants"]) == {"Xi Jinping", "Shavkat Mirziyoyev"} and ev["plover"] == "SUPPORT"
    text = "The Russian ambassador was summoned to the Polish Foreign Ministry."
    (ev,) = event_dicts(extract, text)
    assert ev["rule"] == "events.statement.summoned" and "Russia" in ev["participants"]
    assert event_dicts(extract, "The court summoned three witnesses from Gomel.") == []


def test_a_bracketed_aside_between_subject_and_verb_keeps_the_subject(extract):
    text = (
        "The Collective Security Treaty Organization (a Russia-led alliance of six former "
        "Soviet states) deployed 2,000 troops to Kazakhstan, mostly Russian paratroopers."
    )
    ev = one_by_rule(event_dicts(extract, text), "deployment")
    assert any(p.startswith("Collective Security Treaty Organi") for p in ev["participants"]), ev


def test_a_reunion_is_a_meeting_of_the_pronoun_subject_and_the_person_after_it(extract):
    text = "After his release, Maksim Znak flew to Warsaw, Poland, where he was reunited with his mother, Olga Znak."
    ev = one_by_rule(event_dicts(extract, text), "meeting.reunited")
    assert ev["participants"] == ["Maksim Znak", "Olga Znak"] and ev["location"] == "Warsaw"


def test_a_pronoun_speaker_is_the_participant_not_the_country_spoken_of(extract):
    text = "Robert Fico spoke in Bratislava. On 3 March, he claimed Ukraine was losing."
    ev = one_by_rule(event_dicts(extract, text), "statement.said")
    assert ev["participants"] == ["Robert Fico"]


def test_a_day_is_kept_over_an_interval_it_lies_in_when_mentions_merge():
    from briefextract.rules.events.resolve import _more_specific

    assert _more_specific("2024-03-09", "2024-03-09/2024-03-10") == "2024-03-09"
    assert _more_specific("2024-03-09/2024-03-10", "2024-03-09") == "2024-03-09"
    assert _more_specific("2024", "2024-03-09/2024-03-10") == "2024-03-09/2024-03-10"
    assert _more_specific("2024-03", "2024-03-09") == "2024-03-09"


def test_a_dated_caption_keeps_its_day_when_last_weekend_tells_it_again(extract):
    text = (
        "Sergei Lavrov takes part in talks with the US in Riyadh, Saudi Arabia, March 9, 2024. "
        "Last weekend, the talks in Riyadh ended without a deal."
    )
    talks = [e for e in event_dicts(extract, text) if e["type"] == "talks"]
    assert [t["date"] for t in talks] == ["2024-03-09"], talks


def test_a_war_named_as_the_goal_of_ending_it_starts_no_event(extract):
    text = "Olaf Scholz praised the efforts to end the war in Ukraine."
    assert [e for e in event_dicts(extract, text) if e["type"] == "war"] == []
    text = "Azerbaijan and Armenia fought a war in 2020. Macron's talks with Aliyev aimed at ending the war."
    wars = [e for e in event_dicts(extract, text) if e["type"] == "war"]
    assert len(wars) == 1 and wars[0]["date"] == "2020", wars


def test_received_a_visitor_is_a_meeting_but_received_a_letter_is_not(extract):
    text = "On Tuesday, Alexander Lukashenko received U.S. envoy Keith Kellogg in Minsk."
    ev = one_by_rule(event_dicts(extract, text), "meeting.received_visitor")
    assert ev["date"] == "2024-03-12" and ev["location"] == "Minsk"
    assert {"Alexander Lukashenko", "Keith Kellogg"} <= set(ev["participants"])
    text = "Viktor Orban received a letter from the Polish president on Monday."
    assert [e for e in event_dicts(extract, text) if e["type"] == "meeting"] == []
    assert event_dicts(extract, "Ukraine received the first F-16 jets in July 2023.") == []


def test_the_reporter_of_a_closing_frame_is_no_party_to_the_act_reported(extract):
    text = "Azerbaijan released two Armenian soldiers on Wednesday, the Russian foreign ministry said on Thursday."
    ev = one_by_rule(event_dicts(extract, text), "release")
    assert "Russia" not in ev["participants"] and "Azerbaijan" in ev["participants"]
    said = one_by_rule(event_dicts(extract, text), "statement.said")
    assert said["participants"] == ["Russia"]
    # the closing frame's own date dates it, not the act's before its comma (session 8)
    assert said["date"] == "2024-03-14"


def test_a_mobilisation_of_troops_is_a_deployment_but_of_opinion_is_not(extract):
    ev = one_by_rule(event_dicts(extract, "Russia mobilised 300,000 reservists in September 2022."), "deployment")
    assert ev["date"] == "2022-09" and ev["participants"] == ["Russia"]
    assert event_dicts(extract, "The government mobilised public opinion against the reform in 2023.") == []


def test_a_quote_gives_no_participants_its_pronoun_speaker_does(extract):
    text = (
        "Estonian Foreign Minister Margus Tsahkna says the sanctions target the Vladimir Putin regime. "
        "“China will have to pay for everything that Russia loses,” he told reporters after arriving at the "
        "ministerial meeting in Luxembourg on 22 April 2023."
    )
    meeting = one_by_rule(event_dicts(extract, text), "meeting")
    assert meeting["date"] == "2023-04-22" and meeting["participants"] == ["Margus Tsahkna"], meeting


def test_a_package_receiving_approval_is_a_sanctions_event(extract):
    text = "The package of sanctions on Iran received approval from EU foreign ministers in Brussels on Monday."
    ev = one_by_rule(event_dicts(extract, text), "sanctions.approval")
    assert ev["date"] == "2024-03-11" and "European Union" in ev["participants"]


def test_a_passive_accused_of_without_agent_is_no_statement(extract):
    text = "Trade grew in 2023, with Iran accused of supplying drones to Russia."
    assert [e for e in event_dicts(extract, text) if e["type"] == "statement"] == []
    text = "On 6 April 2023, Konstantin Malofeyev was accused of evading sanctions by the US Justice Department."
    assert [e["date"] for e in event_dicts(extract, text) if e["type"] == "statement"] == ["2023-04-06"]


def test_a_city_or_region_is_never_a_participant(extract):
    text = "On Sunday, the bombardment hit the regions of Zaporizhzhia, Sumy and Chernihiv, Volodymyr Zelensky said."
    for ev in event_dicts(extract, text):
        assert not {"Zaporizhzhia", "Sumy", "Chernihiv"} & set(ev["participants"]), ev


def test_forty_eight_hours_after_is_no_same_day_anchor(extract):
    text = (
        "Georgia freed the journalist Mzia Amaglobeli on Tuesday. The release came 48 hours after "
        "Charles Michel held talks with Irakli Kobakhidze in Tbilisi."
    )
    talks = one_by_rule(event_dicts(extract, text), "talks")
    assert talks["date"] is None


def test_ninety_minutes_after_is_a_same_day_anchor(extract):
    # the day's bound is for hours; any number of minutes keeps the same day
    text = "Belarus released two prisoners 90 minutes after the talks in Minsk on 5 March."
    release = one_by_rule(extract(text, published="2025-03-10").model_dump()["events"], "release")
    assert release["date"] == "2025-03-05"
