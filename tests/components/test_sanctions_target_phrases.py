"""Sanctions target phrases: a demonym shared by coordinated party nouns, a state's people named
with 'in', 'the same measures for <people>', measures slapped on a party, modal cues of a relative
clause (texts written for the tests)."""

from __future__ import annotations


def targets(records: list[dict], action: str = "impose") -> set[str]:
    return {r["target"] for r in records if r["action"] == action}


# -- a demonym before coordinated party nouns qualifies each -------------------------
def test_a_demonym_qualifies_every_bare_party_noun_of_the_coordination(sanctions):
    records = sanctions("Canada imposed sanctions against Syrian banks and individuals on Monday.")
    assert targets(records) == {"Syrian banks", "Syrian individuals"}
    records = sanctions("Japan sanctioned Iranian officials, entities and vessels.")
    assert targets(records) == {"Iranian officials", "Iranian entities", "Iranian vessels"}


def test_a_counted_or_named_second_conjunct_keeps_its_own_words(sanctions):
    records = sanctions("Japan imposed sanctions on Iranian officials and three entities.")
    assert targets(records) == {"Iranian officials", "entities"}
    records = sanctions("Japan imposed sanctions on Iranian officials and Hezbollah.")
    assert targets(records) == {"Iranian officials", "Hezbollah"}


# -- a state's people named with 'in' ------------------------------------------------
def test_people_in_a_named_state_keep_the_state_in_the_target(sanctions):
    records = sanctions("The EU has extended sanctions against politicians in Abkhazia.")
    assert targets(records, "extend") == {"politicians in Abkhazia"}
    records = sanctions("Canada sanctioned judges and officials in Belarus.")
    assert targets(records) == {"judges", "officials in Belarus"}


def test_parties_only_located_in_a_place_or_in_several_places_do_not_take_it(sanctions):
    records = sanctions("The US sanctioned companies in China and the UAE for helping Iran.")
    assert targets(records) == {"companies"}
    records = sanctions("The Treasury sanctioned four trading firms in Dubai.")
    assert targets(records) == {"trading firms"}
    records = sanctions("The EU sanctioned politicians in March.")
    assert targets(records) == {"politicians"}


# -- 'the same measures' and 'for <people>' -------------------------------------------
def test_same_or_similar_before_a_measure_names_no_target(sanctions):
    records = sanctions("Canada imposed the same sanctions last week.")
    assert targets(records) == {None}
    records = sanctions("Norway imposed similar sanctions on Iran.")
    assert targets(records) == {"Iran"}


def test_the_people_of_a_nationality_after_for_are_the_target(sanctions):
    records = sanctions("Lawmakers will vote on whether to impose the same sanctions for Russians and Belarusians.")
    assert {(r["action"], r["target"]) for r in records} == {("consider", "Russians"), ("consider", "Belarusians")}
    records = sanctions("Riga imposed travel bans for both Russian and Belarusian nationals.")
    assert targets(records) == {"Russian nationals", "Belarusian nationals"}


def test_for_a_reason_or_a_possessor_is_no_target(sanctions):
    records = sanctions("The EU imposed sanctions for human rights abuses.")
    assert targets(records) == {None}
    records = sanctions("The EU imposed sanctions for Christians' persecution.")
    assert targets(records) == {None}


# -- measures slapped or levied on a party --------------------------------------------
def test_measures_slapped_or_levied_on_a_party_are_imposed(sanctions):
    records = sanctions("Financial sanctions have been slapped on two Latvian banks.")
    assert targets(records) == {"Latvian banks"}
    records = sanctions("Tariffs levied on Chinese steel have hurt exporters.")
    assert targets(records) == {"Chinese steel"}


# -- a modal cue inside a relative clause before a passive ----------------------------
def test_a_modal_inside_a_relative_clause_is_not_the_passive_verbs(sanctions):
    records = sanctions("The embargo on drones that could be used for surveillance was extended until June 2026.")
    assert {(r["action"], r["modality"]) for r in records} == {("extend", "asserted")}


def test_a_modal_of_the_passive_itself_still_counts(sanctions):
    records = sanctions("Sanctions that could be lifted next year were discussed.")
    assert {r["action"] for r in records} == {"consider"}
    records = sanctions("The embargo on drones could be extended until June 2026.")
    assert {r["action"] for r in records} == {"consider"}


# -- target-side verbs whose subject is a question word or a measure --------------------
def test_a_question_opening_with_who_names_no_target(sanctions):
    records = sanctions("The EU sanctioned six people. Who is subject to sanctions")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "people")}
    records = sanctions("Iran, which is subject to sanctions, exports oil.")
    assert {(r["action"], r["target"]) for r in records} == {("maintain", "Iran")}


def test_a_measure_subject_to_a_measure_is_no_target(sanctions):
    records = sanctions("Firms subject to the new sanctions are subject to asset freezes.")
    assert "sanctions" not in {r["target"] for r in records}
    assert {r["target"] for r in records} == {"Firms"}


# -- a measure described as targeted is no listed party -------------------------------
def test_targeted_measures_name_no_target_and_leave_the_context_alone(sanctions):
    records = sanctions("The EU extended sanctions against Cuba. These targeted measures are flexible and reversible. "
                        "The EU imposed the arms embargo in November last year.")
    assert {(r["action"], r["target"]) for r in records} == {("extend", "Cuba"), ("impose", "Cuba")}
    records = sanctions("The sanctioned companies include Rosneft and Lukoil.")
    assert {r["target"] for r in records} == {"Rosneft", "Lukoil"}


# -- a frozen money amount -------------------------------------------------------------
def test_a_frozen_money_amount_is_an_asset_freeze_on_its_owner(sanctions):
    records = sanctions("The EU sanctioned Iran. Luxembourg said it had frozen around 40 million euros linked to Iran.")
    assert ("impose", "Luxembourg", "Iran") in {(r["action"], r["imposer"], r["target"]) for r in records}
    records = sanctions("The EU sanctioned Iran. Austria has frozen 12 million Swiss francs belonging to Iranian banks.")
    assert {(r["imposer"], r["target"]) for r in records if r["rule"] == "sanctions.impose.asset_freeze"} == {("Austria", "Iranian banks")}


def test_a_money_amount_not_frozen_as_assets_is_no_freeze(sanctions):
    assert sanctions("Prices froze at 3 billion euros.") == []
    records = sanctions("The EU sanctioned Iran. The government froze spending of 3 billion euros on roads.")
    assert {r["rule"] for r in records} == {"sanctions.impose.verb"}
    records = sanctions("Inflation froze 2 million dollars of savings.")
    assert records == []


def test_a_freeze_target_ends_before_worth(sanctions):
    records = sanctions("The EU sanctioned Russia. France froze assets of Russian oligarchs worth 1 billion euros.")
    assert ("France", "Russian oligarchs") in {(r["imposer"], r["target"]) for r in records}


# -- a weak measure word imposed on a named party ----------------------------------------
def test_restrictions_imposed_on_a_named_party_are_a_measure_in_any_text(sanctions):
    records = sanctions("Later that month, Tallinn imposed movement restrictions on Russian diplomats.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {("impose", "Estonia", "Russian diplomats")}
    records = sanctions("Poland introduced new curbs against Belarus on Friday.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {("impose", "Poland", "Belarus")}


def test_restrictions_on_no_named_party_stay_none_outside_a_sanctions_text(sanctions):
    assert sanctions("Lithuania imposed restrictions on the internet.") == []
    assert sanctions("The city imposed restrictions on traffic in the centre.") == []
    assert sanctions("The government introduced measures on Monday.") == []


# -- a ban on 'its' trade ----------------------------------------------------------------
def test_a_ban_on_its_trade_targets_the_state_whose_trade_it_is(sanctions):
    records = sanctions("The Security Council imposed sanctions on Eritrea, including banning most of its exports and limiting their imports.")
    assert {r["target"] for r in records} == {"Eritrea"}
    records = sanctions("The UN imposed sanctions on Eritrea. The council banned its coal exports.")
    assert {r["target"] for r in records} == {"Eritrea"}


def test_a_ban_on_named_trade_keeps_its_goods(sanctions):
    records = sanctions("The EU banned exports of chips.")
    assert {r["target"] for r in records} == {"chips"}


# -- the body that imposes an organisation's sanctions -----------------------------------
def test_un_sanctions_are_the_security_councils_when_the_text_names_it(sanctions):
    records = sanctions("The UN Security Council met on Monday. UN sanctions against Iran were reinstated on Sunday.")
    assert {(r["imposer"], r["target"]) for r in records} == {("United Nations Security Council", "Iran")}
    records = sanctions("UN sanctions against Iran were reinstated on Sunday.")
    assert {(r["imposer"], r["target"]) for r in records} == {("United Nations", "Iran")}


# -- imposers: the subject of a gerund after 'in', the speaker of a trailing report -----
def test_the_subject_not_the_object_imposes_a_gerund_after_in(sanctions):
    records = sanctions("New Zealand has followed the US in slapping sanctions on cyber criminals.")
    assert {(r["imposer"], r["target"]) for r in records} == {("New Zealand", "cyber criminals")}
    records = sanctions("Britain and Canada joined Washington in imposing sanctions on Iran.")
    assert {r["imposer"] for r in records} == {"United Kingdom", "Canada"}


def test_the_body_announcing_an_agentless_passive_imposes_it(sanctions):
    records = sanctions("Travel bans have been imposed on two entities and one person, the Japanese government announced.")
    assert {r["imposer"] for r in records} == {"Japan"}
    records = sanctions("New sanctions were imposed on three Iranian banks, the Treasury said.")
    assert {r["imposer"] for r in records} == {"United States Department of the Treasury"}


def test_a_target_reporting_its_own_sanctions_imposes_nothing(sanctions):
    records = sanctions("New sanctions were imposed on three Iranian banks, Tehran said.")
    assert {r["imposer"] for r in records} == {None}


# -- an extension told with a dated adjunct or a second coordinated passive --------------
def test_a_dated_adjunct_set_off_by_commas_does_not_part_a_verb_from_its_measure(sanctions):
    records = sanctions("The EU Council extended for a year, until October 31, 2025, the sanctions against the leaders of Abkhazia.")
    assert ("extend", "leaders of Abkhazia") in {(r["action"], r["target"]) for r in records}
    records = sanctions("The EU extended, until March 2026, the sanctions against Belarus.")
    assert {(r["action"], r["target"]) for r in records} == {("extend", "Belarus")}
    assert sanctions("The EU extended, in a statement, the mandate of its monitors. Sanctions exist.") == []


def test_the_second_verb_of_a_coordinated_passive_acts_on_the_measure(sanctions):
    records = sanctions("EU sanctions against the leadership of Abkhazia were introduced in September 2010 and are reviewed and extended annually.")
    assert {r["action"] for r in records} == {"impose", "extend"}
    records = sanctions("The sanctions are reviewed and extended every six months.")
    assert {r["action"] for r in records} == {"extend"}


# -- hyphenated trigger words, flows after a modifier, 'mulling over' ---------------------
def test_a_trigger_word_inside_a_hyphenated_modifier_keeps_the_phrase_whole(sanctions):
    records = sanctions("The EU sanctioned Iran. Latvia's ban on rail transit of EU-sanctioned goods to Kaliningrad began on Saturday.")
    assert ("Latvia", "Kaliningrad") in {(r["imposer"], r["target"]) for r in records}
    records = sanctions("The EU sanctioned Iran. The UK banned maritime transport of Russian oil.")
    assert ("United Kingdom", "Russian oil") in {(r["imposer"], r["target"]) for r in records}


def test_mulling_over_a_measure_considers_it(sanctions):
    records = sanctions("Japan is mulling over new sanctions on Iran.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {("consider", "Japan", "Iran")}


def test_the_possessor_of_a_ban_imposes_it(sanctions):
    records = sanctions("Moscow is threatening retaliatory measures in response to Latvia's ban on rail transit of goods to Kaliningrad.")
    assert ("impose", "Latvia", "Kaliningrad") in {(r["action"], r["imposer"], r["target"]) for r in records}


def test_a_flow_to_a_possessive_states_named_place_targets_the_place(sanctions):
    records = sanctions("The EU sanctioned Russia. The US banned imports of cotton from China's region of Xinjiang.")
    assert ("United States", "Xinjiang") in {(r["imposer"], r["target"]) for r in records}
    records = sanctions("The EU sanctioned Russia. The US banned imports of cotton from China's factories.")
    assert ("United States", "cotton") in {(r["imposer"], r["target"]) for r in records}


def test_so_far_between_the_auxiliary_and_frozen_keeps_the_freeze(sanctions):
    records = sanctions("The EU sanctioned Russia. Austria said it had so far frozen 2 billion euros linked to Russia.")
    assert ("Austria", "Russia") in {(r["imposer"], r["target"]) for r in records if r["rule"] == "sanctions.impose.asset_freeze"}
    assert sanctions("Iran transferred frozen funds to Qatar.") == []


def test_a_freeze_under_sanctions_against_a_party_targets_the_party(sanctions):
    records = sanctions("The EU sanctioned Iran. Norway said it had frozen 3 billion kroner under sanctions against Russians.")
    assert ("Norway", "Russians") in {(r["imposer"], r["target"]) for r in records if r["rule"] == "sanctions.impose.asset_freeze"}


def test_sanctions_after_to_is_the_noun_not_the_verb(sanctions):
    records = sanctions("Officials who are subject to sanctions cannot travel.")
    assert {(r["action"], r["target"]) for r in records} == {("maintain", "Officials")}
    records = sanctions("The EU decided to sanction five officials.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "officials")}


def test_a_colon_after_a_singular_description_names_the_target(sanctions):
    records = sanctions("The EU imposed sanctions on the paramilitary group: Wagner.")
    assert {r["target"] for r in records} == {"Wagner Group"}
    records = sanctions("The EU imposed sanctions on oil firms, Iran and Iraq said.")
    assert {r["target"] for r in records} == {"oil firms"}


def test_a_target_after_the_by_agent_of_a_passive(sanctions):
    records = sanctions("Sanctions were imposed by the EU on the university in 2012.")
    assert {(r["imposer"], r["target"]) for r in records} == {("European Union", "university")}


def test_a_measure_imposed_by_an_agent_that_has_targeted_parties(sanctions):
    records = sanctions("The latest sanctions imposed by Canada have targeted 81 people and nine Iranian organisations.")
    assert {(r["imposer"], r["target"]) for r in records} == {("Canada", "people"), ("Canada", "Iranian organisations")}


def test_a_hyphen_designation_targets_the_name_past_a_demonym_and_a_description(sanctions):
    records = sanctions("The firm traded with UN-designated Syrian entity Qarib Trading.")
    assert {(r["imposer"], r["target"]) for r in records} == {("United Nations", "Qarib Trading")}
    records = sanctions("The firm traded with the EU-designated Russian bank Sberbank.")
    assert {(r["imposer"], r["target"]) for r in records} == {("European Union", "Sberbank")}
    records = sanctions("The firm traded with UN-designated Iranian entities.")
    assert {(r["imposer"], r["target"]) for r in records} == {("United Nations", "Iran")}


def test_measures_along_with_an_acted_on_measure_share_its_action(sanctions):
    records = sanctions("An embargo on arms was extended to May, along with asset freezes and travel bans on 12 officials of the junta.")
    assert {(r["action"], r["instrument"], r["target"]) for r in records} == {
        ("extend", "embargo", "arms"), ("extend", "asset freezes", "officials of the junta"), ("extend", "travel bans", "officials of the junta")}
    records = sanctions("The EU imposed sanctions on Iran, along with new travel bans on ten officials.")
    assert ("impose", "European Union", "officials") in {(r["action"], r["imposer"], r["target"]) for r in records}
    assert sanctions("Russia's economy suffered along with its neighbours.") == []


def test_a_counted_quoted_term_is_the_target(sanctions):
    records = sanctions('The ministers also imposed an asset freeze on one "entity," meaning a company or organization.')
    assert {(r["action"], r["target"]) for r in records} == {("impose", "entity")}
    records = sanctions('The EU imposed sanctions on three "ghost ships."')
    assert {r["target"] for r in records} == {"ghost ships"}
