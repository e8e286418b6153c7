"""Sanctions component: actions, modality, word orders, imposers, targets (texts written for the tests)."""

from __future__ import annotations

import pytest


def only(records: list[dict]) -> dict:
    assert len(records) == 1, records
    return records[0]


def find(records: list[dict], **kw) -> dict:
    hits = [r for r in records if all(r.get(k) == v for k, v in kw.items())]
    assert hits, (kw, records)
    return hits[0]


# -- actions and word orders ------------------------------------------------------
def test_sanctions_impose_verbal_with_date(sanctions):
    r = only(sanctions("The European Union imposed sanctions on Russia in March 2022."))
    assert (r["action"], r["imposer"], r["target"], r["instrument"]) == ("impose", "European Union", "Russia", "sanctions")
    assert r["rule"] == "sanctions.impose.verbal"
    assert r["date"] == "2022-03"
    assert r["span"]["text"] == "imposed sanctions on Russia"


def test_sanctions_lift_nominal_possessive_imposer(sanctions):
    text = "The talks ended with the lifting of U.S. sanctions on the Iranian airline Mahan Air."
    r = only(sanctions(text))
    assert (r["action"], r["imposer"], r["rule"]) == ("lift", "United States", "sanctions.lift.nominal")
    assert r["target"] in ("Mahan Air", "Iran")
    assert r["span"]["text"].startswith("lifting of U.S. sanctions")


def test_sanctions_lift_passive(sanctions):
    r = only(sanctions("Sanctions on Iran were lifted in 2016."))
    assert (r["action"], r["target"], r["rule"], r["date"]) == ("lift", "Iran", "sanctions.lift.passive", "2016")


def test_sanctions_past_imposition_in_relative_clause_is_its_own_record(sanctions):
    records = sanctions("Trump lifted US sanctions on Syria, which were imposed in 2011.")
    lift = find(records, action="lift")
    impose = find(records, action="impose")
    assert lift["imposer"] == impose["imposer"] == "United States"
    assert lift["target"] == impose["target"] == "Syria"
    assert impose["date"] == "2011" and lift["date"] is None


def test_sanctions_remain_in_place_is_maintain_and_including_inherits(sanctions):
    text = (
        "Canada lifted its travel ban on Ruritania. However, other restrictions on Ruritania remain in place, "
        "including an embargo on timber exports, introduced in 2019 by Canada."
    )
    records = sanctions(text)
    maintain = [r for r in records if r["action"] == "maintain"]
    assert {r["instrument"] for r in maintain} == {"restrictions", "embargo"}
    embargo_impose = find(records, action="impose", instrument="embargo")
    assert embargo_impose["imposer"] == "Canada"
    assert "timber exports" in embargo_impose["target"]
    assert embargo_impose["date"] == "2019"


def test_sanctions_infinitival_after_opportunity_is_consider(sanctions):
    text = "For Minsk this is an opportunity to lift further sanctions, especially on the potash sector."
    r = only(sanctions(text))
    assert (r["action"], r["modality"], r["target"]) == ("consider", "possible", "potash sector")


def test_sanctions_sanctions_as_verb_splits_counted_objects(sanctions):
    records = sanctions("Iran sanctions 15 US arms makers and 6 executives over the deal.")
    assert {r["target"] for r in records} == {"US arms makers", "executives"}
    assert {r["imposer"] for r in records} == {"Iran"}
    assert {r["rule"] for r in records} == {"sanctions.impose.verb"}


def test_sanctions_perfect_sanctioned_verb(sanctions):
    r = only(sanctions("The United Kingdom has sanctioned 12 Russian oligarchs."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United Kingdom", "Russian oligarchs")


def test_sanctions_noun_sanctions_after_actor_is_not_a_verb(sanctions):
    r = only(sanctions("New U.S. sanctions on Iran took effect on Monday."))
    assert r["rule"] != "sanctions.impose.verb"
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", "Iran")


def test_sanctions_extend_with_term_and_tighten_when_scope_grows(sanctions):
    ext = only(sanctions("The UK extended its sanctions on Syria until June 2026."))
    assert (ext["action"], ext["imposer"], ext["target"]) == ("extend", "United Kingdom", "Syria")
    wider = only(sanctions("Japan expanded its export restrictions on chip equipment."))
    assert (wider["action"], wider["imposer"], wider["target"]) == ("tighten", "Japan", "chip equipment")


def test_sanctions_generic_measures_need_a_sanctions_text(sanctions):
    assert sanctions("The government introduced new measures to fight inflation. Beijing lifted COVID restrictions.") == []
    records = sanctions("The EU imposed sanctions on Iran. It later lifted the restrictions.")
    assert {r["action"] for r in records} == {"impose", "lift"}


def test_sanctions_ease_suspend_delist(sanctions):
    assert only(sanctions("The EU eased sanctions on Syria."))["action"] == "ease"
    sus = only(sanctions("The EU suspended sanctions on Belarusian potash for six months."))
    assert (sus["action"], sus["imposer"]) == ("lift", "European Union")  # GUIDELINES have no suspend action: a suspension lifts
    # nor a delist action: delisting removes the sanctions on the party, as removing it from a list does
    assert only(sanctions("The Treasury delisted two shipping firms."))["action"] == "lift"


def test_sanctions_remove_from_blacklist_is_lift_and_reversal_is_impose(sanctions):
    records = sanctions("Trump signed an order reversing a decision to remove Cuba from the terror blacklist.")
    assert {r["action"] for r in records} == {"lift", "impose"}
    assert {r["target"] for r in records} == {"Cuba"}


def test_sanctions_threaten_wraps_the_action(sanctions):
    r = only(sanctions("Canada threatened to impose tariffs on China."))
    assert (r["action"], r["imposer"], r["target"]) == ("threaten", "Canada", "China")
    assert r["span"]["text"] == "threatened to impose tariffs on China"


def test_sanctions_consider_verb(sanctions):
    r = only(sanctions("Japan is considering new export controls on semiconductor equipment."))
    assert (r["action"], r["imposer"], r["target"]) == ("consider", "Japan", "semiconductor equipment")


def test_sanctions_call_for_imposer_is_the_sanctioning_party(sanctions):
    r = only(sanctions("Activists urged Washington to lift sanctions on Syria."))
    assert (r["action"], r["imposer"], r["target"]) == ("call_for", "United States", "Syria")


def test_sanctions_target_side_face_sanctions(sanctions):
    records = sanctions("Russia announced that 12 European firms and 4 individuals will face sanctions.")
    assert {r["target"] for r in records} == {"European firms", "individuals"}
    assert {(r["action"], r["imposer"], r["modality"]) for r in records} == {("impose", "Russia", "planned")}


def test_sanctions_asset_freeze_and_entry_ban_frames(sanctions):
    text = "China sanctioned 20 US defense firms. The sanctions freeze the assets of the firms and bar the executives from entering China."
    records = sanctions(text)
    freeze = find(records, rule="sanctions.impose.asset_freeze")
    bar = find(records, rule="sanctions.impose.bar")
    assert freeze["imposer"] == bar["imposer"] == "China"
    assert freeze["target"] == "firms" and bar["target"] == "executives"


def test_sanctions_listed_companies_one_record_each(sanctions):
    text = "Beijing sanctioned several firms. The sanctioned companies include Lockheed Martin, Raytheon and General Dynamics."
    listed = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.listed"]
    assert {r["target"] for r in listed} == {"Lockheed Martin", "Raytheon", "General Dynamics"}
    assert {r["imposer"] for r in listed} == {"China"}


# -- modality -----------------------------------------------------------------------
def test_sanctions_modality_planned(sanctions):
    r = only(sanctions("The United States will lift sanctions on Venezuela next month."))
    assert (r["action"], r["modality"], r["target"]) == ("lift", "planned", "Venezuela")


def test_sanctions_modality_possible_turns_lift_into_consider(sanctions):
    r = only(sanctions("Washington could ease sanctions on Cuba."))
    assert (r["action"], r["modality"], r["imposer"]) == ("consider", "possible", "United States")


def test_sanctions_modality_negated(sanctions):
    # a removal not made keeps the measure in place (the probe gold: "does not revoke oil licenses" -> maintain)
    r = only(sanctions("The EU did not lift its embargo on arms sales to China."))
    assert (r["action"], r["modality"], r["instrument"]) == ("maintain", "asserted", "embargo")
    r = only(sanctions("Japan will not ease its sanctions on North Korea."))
    assert (r["action"], r["target"]) == ("maintain", "North Korea")
    # "not only ... but also" is no negation
    r = find(sanctions("OFAC not only designated Sovcomflot but also its chief executive."), target="Sovcomflot")
    assert (r["action"], r["modality"]) == ("impose", "asserted")


def test_sanctions_denial_is_not_an_action(sanctions):
    assert sanctions("“I don't expect any sanctions or for anyone to be sanctioned,” the minister said.") == []


# -- imposers, targets and attributes -------------------------------------------------
def test_sanctions_coordinated_imposers_one_record_each(sanctions):
    records = sanctions("The European Union and United Kingdom have also imposed new sanctions on Iran.")
    assert {r["imposer"] for r in records} == {"European Union", "United Kingdom"}
    assert {r["target"] for r in records} == {"Iran"}


def test_sanctions_adjective_imposers_on_bare_new_measure(sanctions):
    records = sanctions("The country was hit after the announcement of the first European and American sanctions.")
    assert {r["imposer"] for r in records} >= {"United States"}
    assert {r["action"] for r in records} == {"impose"}


def test_sanctions_possessive_package_program(sanctions):
    text = "Brussels keeps tightening its sanctions. The EU’s 19th package targets Russian liquefied natural gas."
    r = find(sanctions(text), program="19th package")
    assert (r["action"], r["imposer"], r["program"]) == ("impose", "European Union", "19th package")
    assert r["target"] == "Russian liquefied natural gas"


def test_sanctions_goods_modifier_is_the_target_of_export_controls(sanctions):
    r = only(sanctions("The Ministry of Commerce implements the strictest gallium export controls to date."))
    assert r["action"] == "impose" and r["target"] == "gallium"


def test_sanctions_reason_and_authority(sanctions):
    text = "OFAC imposed sanctions on two Venezuelan officials because of their role in election fraud."
    r = only(sanctions(text))
    assert r["reason"] == "because of their role in election fraud"
    assert r["authority"] == "OFAC"
    assert r["target"] == "Venezuelan officials"


def test_sanctions_unmarked_background_mention_is_not_an_action(sanctions):
    assert sanctions("There is more context for sanctions against Iran. The severity of the sanctions is clear.") == []
    assert sanctions("Weapons reached the group in spite of a UN arms embargo.") == []


def test_sanctions_instrument_used_as_modifier_is_not_the_measure(sanctions):
    assert sanctions("The deal brought Chinese tariff levels closer to those of Japan.") == []


def test_sanctions_context_target_for_pronoun_and_anaphor(sanctions):
    text = "Washington imposed sanctions on Syria in 2011. Activists now advocate for lifting sanctions on the country."
    call = find(sanctions(text), action="call_for")
    assert (call["imposer"], call["target"]) == ("United States", "Syria")


def test_sanctions_repeated_headline_counted_once(sanctions):
    text = "Iran Sanctions British Officials\n\nIran Sanctions British Officials\n\nThe move came on Monday."
    records = sanctions(text)
    assert len(records) == 1 and records[0]["target"] == "British Officials"


def test_sanctions_records_skip_excluded_layout_ranges(nlp):
    # the words give a record in the body, none inside a photo caption (an excluded range)
    body = nlp("Talks went on.\nEU sanctions on Russia imposed.\nMore talks.")
    assert [(r["action"], r["imposer"], r["target"]) for r in body._.sanctions] == [
        ("impose", "European Union", "Russia")
    ]
    caption = nlp("Talks went on.\nPhoto: EU sanctions on Russia imposed / Reuters\nMore talks.")
    assert caption._.excluded == [[15, 62]] and caption._.sanctions == []


def test_sanctions_lexicon_is_data_and_roundtrips(nlp, tmp_path):
    pipe = nlp.get_pipe("sanctions")
    assert set(pipe.data) == {"lexicon", "frames", "authorities"}
    pipe.to_disk(tmp_path)
    assert (tmp_path / "lexicon.json").exists()
    again = type(pipe)(nlp, "sanctions").from_disk(tmp_path)
    assert again.data["lexicon"]["triggers"] == pipe.data["lexicon"]["triggers"]


def test_sanctions_extending_a_ban_to_new_targets_is_tighten(sanctions):
    r = only(sanctions("The package extends the transaction ban to 13 Russian banks."))
    assert (r["action"], r["target"]) == ("tighten", "Russian banks")


def test_sanctions_target_after_passive_verb(sanctions):
    r = only(sanctions("Tough sanctions were imposed on Iran in 2012."))
    assert (r["action"], r["target"], r["date"]) == ("impose", "Iran", "2012")


def test_sanctions_ban_on_imports_targets_the_goods(sanctions):
    r = only(sanctions("President Biden signed an executive order banning imports of Russian oil."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", "Russian oil")


def test_sanctions_implicit_target_follows_the_same_imposer(sanctions):
    text = (
        "Canada imposed sanctions on Ruritania in May. Japan imposed sanctions on Freedonia. "
        "Canada later tightened the sanctions."
    )
    tighten = find(sanctions(text), action="tighten")
    assert (tighten["imposer"], tighten["target"]) == ("Canada", "Ruritania")


def test_sanctions_relief_is_easing_and_its_for_phrase_the_target(sanctions):
    r = only(sanctions("Washington is weighing sanctions relief for Venezuela."))
    assert (r["action"], r["imposer"], r["target"]) == ("consider", "United States", "Venezuela")
    granted = only(sanctions("The EU granted sanctions relief to Syria."))
    assert granted["action"] == "ease"


def test_sanctions_licence_granted_eases_and_revoked_tightens(sanctions):
    text = "The US imposed sanctions on Iran. The Treasury issued a licence allowing Iraq to buy power. Later it revoked the waiver."
    records = sanctions(text)
    assert find(records, rule="sanctions.ease.licence")["target"] == "Iraq"
    assert find(records, rule="sanctions.tighten.licence")["action"] == "tighten"
    # outside a text about sanctions a licence is just a licence
    assert sanctions("The city issued a licence allowing the bar to open late.") == []


def test_sanctions_targeted_with_measures(sanctions):
    text = "The European Union, which has targeted 54 Iranian officials with asset freezes, will review the measures."
    records = sanctions(text)
    impose = find(records, action="impose")
    assert (impose["imposer"], impose["target"]) == ("European Union", "Iranian officials")
    assert find(records, action="consider")["imposer"] == "European Union"


def test_sanctions_called_on_to_reimpose_is_call_for(sanctions):
    r = only(sanctions("Senators called on Washington to reimpose sanctions on Venezuela."))
    assert (r["action"], r["imposer"], r["target"]) == ("call_for", "United States", "Venezuela")


def test_sanctions_political_bar_is_not_a_sanction(sanctions):
    records = sanctions("The EU imposed sanctions on Belarus. The opposition was barred from the election.")
    assert [r["action"] for r in records] == ["impose"]


def test_sanctions_background_mention_with_imposer_but_nothing_new_is_not_an_action(sanctions):
    assert sanctions("Experts say US sanctions have hurt ordinary Iranians more than the regime.") == []
    assert sanctions("Russia has found ways to circumvent EU sanctions.") == []


def test_sanctions_arrival_verbs_report_an_imposition(sanctions):
    r = only(sanctions("US sanctions come after months of delay"))
    assert (r["action"], r["imposer"]) == ("impose", "United States")
    r = only(sanctions("Trump’s tariffs came into force on 1 August."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", None)


def test_sanctions_long_gap_through_two_of_phrases_does_not_bind(sanctions):
    assert sanctions("The council renewed the mandate of the panel of experts monitoring sanctions on Iran.") == []


def test_sanctions_scope_and_reason_belong_to_their_own_clause(sanctions):
    text = (
        "The U.S. lifted sanctions on Belavia, which were imposed in 2022 in connection with the war. "
        "Other restrictions remain in place, including an embargo on the purchase of potash and timber, "
        "introduced by the United States because of human rights violations."
    )
    records = sanctions(text)
    lift = find(records, action="lift")
    past = find(records, action="impose", instrument="sanctions")
    assert lift["reason"] is None
    assert past["reason"] == "in connection with the war"
    embargo = find(records, action="impose", instrument="embargo")
    assert embargo["target"] == embargo["scope"] == "potash and timber"
    assert embargo["reason"] == "because of human rights violations"
    assert find(records, action="maintain", instrument="restrictions")["reason"] is None


def test_sanctions_passive_agent_then_predicate_gives_two_records(sanctions):
    records = sanctions("Sanctions imposed by the EU on Belarus in 2021 remain in force.")
    impose, maintain = find(records, action="impose"), find(records, action="maintain")
    assert impose["imposer"] == maintain["imposer"] == "European Union"
    assert (impose["date"], maintain["date"]) == ("2021", None)


def test_sanctions_agent_of_another_verb_is_not_the_imposer(sanctions):
    r = only(sanctions("The lifting of sanctions against Syria was welcomed by the Arab League."))
    assert r["imposer"] != "Arab League"
    r = only(sanctions("The imposition of sanctions on Iran by the EU was expected."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "European Union", "Iran")


def test_sanctions_adding_to_a_list_and_joining_controls(sanctions):
    r = only(sanctions("The Commerce Department added 140 Chinese firms to the Entity List on Monday."))
    assert (r["action"], r["target"], r["program"]) == ("impose", "Chinese firms", "Entity List")
    records = sanctions("Seoul and Tokyo have both joined the export controls.")
    assert {r["imposer"] for r in records} == {"South Korea", "Japan"}


def test_sanctions_tariff_raises_delays_and_exemptions(sanctions):
    r = only(sanctions("Trump raised tariffs on Chinese goods to 145% in April."))
    assert (r["action"], r["imposer"], r["target"]) == ("tighten", "United States", "Chinese goods")
    # a delayed measure is still planned, not taken: consider (GUIDELINES have no 'suspend' action)
    assert only(sanctions("The tariffs on Mexico were delayed by a month."))["action"] == "consider"
    r = only(sanctions("The administration exempted smartphones and computers from the new tariffs."))
    assert (r["action"], r["target"]) == ("ease", "smartphones and computers")


def test_sanctions_hit_with_measures_one_record_and_no_date_target(sanctions):
    r = only(sanctions("Washington hit Moscow with fresh sanctions on Friday."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", "Russia")
    assert r["span"]["text"] == "hit Moscow with fresh sanctions"


def test_sanctions_pronoun_subject_of_a_predicate(sanctions):
    records = sanctions("The EU imposed sanctions on Iran in 2012, and they remain in place.")
    m = find(records, action="maintain")
    assert (m["imposer"], m["target"], m["date"], m["rule"]) == ("European Union", "Iran", None, "sanctions.maintain.pronoun")
    assert m["span"]["text"] == "they remain in place"


def test_sanctions_unnamed_agent_leaves_the_imposer_empty(sanctions):
    text = (
        "The US imposed sanctions on Myanmar. Whatever sanctions achieve, officials say "
        "they are likely to remain a feature of the response by Western countries."
    )
    m = find(sanctions(text), action="maintain")
    assert (m["imposer"], m["target"], m["modality"]) == (None, "Myanmar", "possible")


def test_sanctions_headline_goods_defer_to_the_body_phrase(sanctions):
    text = (
        "Japan’s New Gallium and Chip Restrictions\n\n"
        "Japan announced that it has expanded its export controls on gallium and advanced chip exports."
    )
    records = sanctions(text)
    head = find(records, action="impose")
    assert head["target"] == "gallium and advanced chip exports"
    assert find(records, action="tighten")["target"] == "gallium and advanced chip exports"


def test_sanctions_predicate_after_a_subordinate_clause_is_not_bound(sanctions):
    records = sanctions("UN sanctions on Iran were reimposed on 28 September after the mechanism expired.")
    assert [r["action"] for r in records] == ["impose"]


def test_sanctions_hypothetical_any_new_sanctions_is_not_an_imposition(sanctions):
    assert sanctions("“We will respond to any new sanctions,” the minister said.") == []


def test_sanctions_noun_ban_is_an_instrument_for_lift(sanctions):
    text = "The US imposed sanctions on Iran. The Biden administration lifted a ban on arms sales to Vietnam."
    lift = find(sanctions(text), action="lift")
    assert lift["instrument"] == "ban" and lift["target"] == "arms sales"


def test_sanctions_passive_listing_target_is_the_subject(sanctions):
    r = only(sanctions("Gazprombank was added to the SDN list in November."))
    assert (r["action"], r["target"], r["program"]) == ("impose", "Gazprombank", "SDN list")
    assert r["imposer"] != "Gazprombank"


def test_sanctions_asset_freeze_target_from_demonym(sanctions):
    r = only(sanctions("The United States has frozen some $300 billion of Russian central bank assets."))
    assert (r["action"], r["imposer"]) == ("impose", "United States")
    # the actors component may name the bank itself; either way it is Russia's, not a sector phrase
    assert r["target"] in ("Russia", "Central Bank of Russia")


@pytest.mark.parametrize("text", ["", "   ", "sanctions", "China sanctions", "“sanctions”", "lifted the"])
def test_sanctions_fragments_give_no_record(sanctions, text):
    assert sanctions(text) == []


def test_sanctions_fragment_with_a_verb_gives_a_record_without_parties(sanctions):
    assert [(r["action"], r["imposer"], r["target"]) for r in sanctions("imposed sanctions on")] == [
        ("impose", None, None)
    ]


def test_sanctions_headline_noun_or_verb(sanctions):
    verb = only(sanctions("US Sanctions Chinese Refineries Over Iranian Oil"))
    assert (verb["rule"], verb["imposer"], verb["target"]) == ("sanctions.impose.verb", "United States", "Chinese Refineries")
    noun = only(sanctions("New US Sanctions Target Russian Oil Giants"))
    assert (noun["rule"], noun["imposer"], noun["target"]) == ("sanctions.impose.mention", "United States", "Russian Oil Giants")


def test_sanctions_adjective_sanctioned_is_background(sanctions):
    assert sanctions("Satellite images showed two sanctioned Russian tankers near the port.") == []


def test_sanctions_should_and_asked_to_are_calls(sanctions):
    r = only(sanctions("The EU should impose sanctions on Georgian Dream leaders, the MEPs argued."))
    assert (r["action"], r["imposer"], r["modality"]) == ("call_for", "European Union", "possible")
    r = only(sanctions("The opposition has asked the EU to sanction judges involved in the trials."))
    assert (r["action"], r["imposer"], r["target"]) == ("call_for", "European Union", "judges")


def test_sanctions_unlikely_and_any_are_possible(sanctions):
    r = only(sanctions("Washington is unlikely to ease the embargo on Cuba."))
    assert (r["action"], r["modality"]) == ("consider", "possible")
    assert only(sanctions("Any lifting of sanctions must be conditional."))["action"] == "consider"


def test_sanctions_licence_beneficiary_is_not_carried_to_later_records(sanctions):
    text = (
        "The US imposed sanctions on Venezuela in 2019. The Treasury issued a licence allowing Chevron to operate. "
        "Senators urged the administration to reimpose the sanctions."
    )
    call = find(sanctions(text), action="call_for")
    assert call["target"] == "Venezuela"


def test_sanctions_generic_blocking_is_not_a_sanction(sanctions):
    assert sanctions("Israel blocks aid deliveries to Gaza. The Pentagon will limit the number of troops in Syria.") == []


def test_sanctions_brussels_as_imposer_is_the_eu(sanctions):
    r = only(sanctions("Brussels imposed sanctions on Belarus."))
    assert (r["imposer"], r["target"]) == ("European Union", "Belarus")


def test_sanctions_coordinated_measures_share_their_predicate(sanctions):
    text = "An arms embargo, a ban on enrichment and an asset freeze on Iranian banks will apply again from October."
    records = sanctions(text)
    assert {r["instrument"] for r in records} == {"arms embargo", "ban", "asset freeze"}
    assert {r["action"] for r in records} == {"impose"}
    assert find(records, instrument="ban")["target"] == "enrichment"


def test_sanctions_restore_and_past_lifting(sanctions):
    records = sanctions("The process will restore all UN sanctions lifted ten years ago.")
    restore = find(records, action="impose")
    lifted = find(records, action="lift")
    assert (restore["modality"], lifted["modality"]) == ("planned", "asserted")


def test_sanctions_questions(sanctions):
    assert sanctions("Who has been sanctioned by the United States?") == []
    r = only(sanctions("Will the EU lift sanctions on Syria?"))
    assert (r["action"], r["modality"]) == ("consider", "possible")


def test_sanctions_possessor_of_a_decision_is_the_imposer(sanctions):
    text = "Trump lifted sanctions on Syria after the European Union’s decision a week earlier to end its restrictions on the country."
    end = sanctions(text)[-1]
    assert (end["action"], end["imposer"], end["target"]) == ("lift", "European Union", "Syria")


def test_sanctions_programme_is_the_measure(sanctions):
    r = only(sanctions("Trump signed an order terminating the Syria sanctions programme."))
    assert (r["action"], r["imposer"], r["target"]) == ("lift", "United States", "Syria")


def test_sanctions_context_imposer_follows_the_majority_of_recent_imposers(sanctions):
    text = (
        "The US lifted sanctions on Syria. Washington also ended its export ban. "
        "The EU’s decision to end its restrictions followed. The remaining measures stay in place."
    )
    last = sanctions(text)[-1]
    assert last["imposer"] == "United States"


def test_sanctions_aid_package_is_not_a_measure(sanctions):
    text = "The US threatened tariffs on Danish goods. Copenhagen announced a package worth 14 billion kroner and a second package in autumn."
    assert [r["action"] for r in sanctions(text)] == ["threaten"]


def test_sanctions_joining_someone_elses_sanctions_makes_the_joiner_the_imposer(sanctions):
    r = only(sanctions("Serbia still refuses to join EU sanctions against Russia."))
    assert (r["action"], r["imposer"], r["target"], r["modality"]) == ("impose", "Serbia", "Russia", "negated")


def test_sanctions_pronoun_subject_and_parenthesis_are_skipped(sanctions):
    text = "ECOWAS suspended all three countries after their coups (Mali in 2020, Niger in 2023) and imposed sanctions on Mali in 2022."
    r = find(sanctions(text), action="impose", target="Mali")
    assert r["imposer"] == "Economic Community of West African States"


def test_sanctions_verb_bans_versus_noun_ban(sanctions):
    r = only(sanctions("The package bans imports of Russian aluminium."))
    assert (r["action"], r["target"]) == ("impose", "Russian aluminium")
    records = sanctions("The US imposed sanctions on Syria in 2011. The order ends the general ban on investment in Syria.")
    lift = find(records, action="lift")
    assert (lift["instrument"], lift["target"]) == ("ban", "investment")


def test_sanctions_placed_under_sanctions(sanctions):
    r = only(sanctions("NIS is owned by Gazprom Neft, which the United States placed under sanctions in January."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", "Gazprom Neft")
    r = only(sanctions("The EU placed five Russian generals under sanctions."))
    assert (r["imposer"], r["target"]) == ("European Union", "Russian generals")


def test_sanctions_regime_for_target_and_its_owner(sanctions):
    text = "The EU ended its training missions, and its sanctions regime for Mali, adopted in December 2021, now covers five men."
    r = only(sanctions(text))
    assert (r["action"], r["imposer"], r["target"], r["date"]) == ("impose", "European Union", "Mali", "2021-12")


def test_sanctions_under_sanctions_imposed_by_several(sanctions):
    text = "Ilan Shor was sentenced in absentia, and he is under sanctions imposed by the EU and the United States."
    records = sanctions(text)
    imposed = [r for r in records if r["action"] == "impose"]
    assert {r["imposer"] for r in imposed} == {"European Union", "United States"}
    assert {r["target"] for r in records} == {"Ilan Shor"}
    assert find(records, action="maintain")["imposer"] in ("European Union", "United States")


def test_sanctions_the_administration_is_the_last_leaders_state(sanctions):
    r = only(sanctions("Trump wants Greenland. The administration has also threatened tariffs on Danish goods."))
    assert (r["action"], r["imposer"]) == ("threaten", "United States")


def test_sanctions_electoral_list_is_not_a_sanctions_list(sanctions):
    text = "The EU imposed sanctions on Serbia. The opposition is divided over whether to join such a list."
    assert [r["action"] for r in sanctions(text)] == ["impose"]


def test_sanctions_announced_intention_is_planned_and_expected_is_possible(sanctions):
    r = only(sanctions("The United States announced its intention to lift sanctions on Belavia."))
    assert (r["action"], r["modality"], r["imposer"], r["target"]) == ("lift", "planned", "United States", "Belavia")
    r = only(sanctions("The EU is expected to extend its sanctions on Russia."))
    assert (r["action"], r["modality"]) == ("consider", "possible")


def test_sanctions_eu_council_authority(sanctions):
    r = only(sanctions("The EU Council adopted new sanctions against Iran."))
    assert (r["action"], r["authority"], r["target"]) == ("impose", "EU Council", "Iran")


# -- second pass: headlines, reduced relatives, "remain in effect" -------------------
def test_sanctions_title_case_headline_participle_is_the_action(sanctions):
    r = only(sanctions("Venezuela Sanctions Eased; Caracas Frees 7 Detainees"))
    assert (r["action"], r["target"], r["instrument"]) == ("ease", "Venezuela", "Sanctions")
    assert r["span"]["text"] == "Sanctions Eased"


def test_sanctions_title_case_action_word_is_never_a_target(sanctions):
    records = sanctions("North Korea Sanctions Lifted")
    r = only(records)
    assert (r["action"], r["target"]) == ("lift", "North Korea")
    assert all(x["target"] != "Lifted" for x in records)


def test_sanctions_reduced_relative_keeps_the_main_verb(sanctions):
    text = "Trade restrictions imposed on Moldova by Russia, Belarus and Kazakhstan have been lifted."
    records = sanctions(text)
    lifts = [r for r in records if r["action"] == "lift"]
    imposes = [r for r in records if r["action"] == "impose"]
    assert sorted(r["imposer"] for r in lifts) == ["Belarus", "Kazakhstan", "Russia"]
    assert sorted(r["imposer"] for r in imposes) == ["Belarus", "Kazakhstan", "Russia"]
    assert {r["target"] for r in records} == {"Moldova"}
    assert all(r["span"]["text"].endswith("have been lifted") for r in lifts)


def test_sanctions_remain_in_effect_toward_target_is_maintain(sanctions):
    text = "Putin spoke in Moscow. United Kingdom sanctions and policies toward Russia remain in effect."
    r = only(sanctions(text))
    assert (r["action"], r["imposer"], r["target"]) == ("maintain", "United Kingdom", "Russia")
    assert r["span"]["text"].endswith("remain in effect")


def test_sanctions_remain_in_force_is_maintain_not_impose(sanctions):
    records = sanctions("Japanese sanctions towards Iran remain in force.")
    r = only(records)
    assert (r["action"], r["imposer"], r["target"]) == ("maintain", "Japan", "Iran")


def test_sanctions_subject_of_an_after_clause_is_the_imposer(sanctions):
    text = "Iran freed two sailors after the United Kingdom agreed to ease sanctions on its shipping sector."
    r = only(sanctions(text))
    assert (r["action"], r["imposer"]) == ("ease", "United Kingdom")


def test_sanctions_headline_as_clause_subject_is_the_imposer(sanctions):
    r = only(sanctions("Minsk frees 40 prisoners as EU eases fertiliser sanctions"))
    assert (r["action"], r["imposer"]) == ("ease", "European Union")


def test_sanctions_coordinated_subjects_with_articles_each_impose(sanctions):
    records = sanctions("The UK and the European Union imposed sanctions on Iran in 2023.")
    assert sorted(r["imposer"] for r in records) == ["European Union", "United Kingdom"]
    assert {r["target"] for r in records} == {"Iran"}


def test_sanctions_prepositional_object_before_comma_is_not_a_coordinated_imposer(sanctions):
    r = only(sanctions("After talks with Japan, the EU lifted sanctions on Moldova."))
    assert (r["imposer"], r["target"]) == ("European Union", "Moldova")


def test_sanctions_object_list_of_a_preposition_is_not_the_subject(sanctions):
    text = "The step follows talks between Washington and Minsk and the lifting of sanctions on Belavia."
    r = only(sanctions(text))
    assert r["action"] == "lift"
    assert r["imposer"] not in ("Belarus",)
    assert r["target"] == "Belavia"


def test_sanctions_target_list_gives_one_record_per_actor(sanctions):
    records = sanctions("Canada imposed sanctions on Russia, Belarus and Iran on Friday.")
    assert sorted(r["target"] for r in records) == ["Belarus", "Iran", "Russia"]
    assert {r["imposer"] for r in records} == {"Canada"}
    negative = sanctions("Canada imposed sanctions on Russia, Belarus said.")
    assert [r["target"] for r in negative] == ["Russia"]


def test_sanctions_target_list_before_remain_in_place(sanctions):
    records = sanctions("Sanctions on Cuba, Syria and North Korea remain in place.")
    assert sorted(r["target"] for r in records) == ["Cuba", "North Korea", "Syria"]
    assert {r["action"] for r in records} == {"maintain"}


def test_sanctions_appositive_names_the_target(sanctions):
    r = only(sanctions("Washington ended sanctions on Belarus's national airline, Belavia, in November."))
    assert (r["action"], r["target"]) == ("lift", "Belavia")


def test_sanctions_numbered_package_modifiers_are_not_goods(sanctions):
    text = "Russia invaded Ukraine. The EU adopted its far-reaching 18th package of sanctions against Russia."
    r = find(sanctions(text), instrument="package of sanctions")
    assert r["target"] == "Russia"
    assert all("18th" not in (x["target"] or "") for x in sanctions(text))


def test_sanctions_hyphenated_related_modifier_keeps_its_noun(sanctions):
    r = only(sanctions("Washington lifted its oil-related sanctions."))
    assert (r["action"], r["target"]) == ("lift", "oil")
    r = only(sanctions("Japan imposed sweeping technology sanctions."))
    assert r["target"] == "technology"


def test_sanctions_reported_would_is_planned_not_possible(sanctions):
    r = only(sanctions("The envoy told reporters that Canada would lift sanctions on Belarusian potash."))
    assert (r["action"], r["modality"], r["imposer"]) == ("lift", "planned", "Canada")
    r = only(sanctions("Officials said Canada would lift sanctions on Belarus if Minsk freed prisoners."))
    assert (r["action"], r["modality"]) == ("consider", "possible")
    r = only(sanctions("The United States would lift sanctions on Belarus."))
    assert r["modality"] == "possible"  # 'States' is a name, not a reporting verb


def test_sanctions_participle_target_after_a_date_is_shared_with_the_main_verb(sanctions):
    text = "The US blacklisted Belaruskali. Washington lifted sanctions imposed in 2021 on the Belarusian airline Belavia."
    records = sanctions(text)
    lift = find(records, action="lift")
    impose = find(records, target="Belavia", action="impose")
    assert lift["target"] == "Belavia"
    assert impose["date"] == "2021"


def test_sanctions_unleash_is_an_imposition(sanctions):
    r = only(sanctions("Britain unleashed its biggest sanctions package on Russia's shadow fleet."))
    assert (r["action"], r["imposer"]) == ("impose", "United Kingdom")


def test_sanctions_previously_lifted_is_a_past_lift_beside_the_reimposition(sanctions):
    # the guidelines: a past action mentioned with a current one is its own entry
    text = "The EU will proceed with the re-imposition of all previously lifted sanctions on Iran."
    records = sanctions(text)
    r = find(records, action="impose")
    assert (r["modality"], r["target"]) == ("planned", "Iran")
    past = find(records, action="lift")
    assert (past["modality"], past["target"], past["rule"]) == ("asserted", "Iran", "sanctions.lift.past_participle")
    assert len(records) == 2


def test_sanctions_previously_lifted_splits_coordinated_imposers(sanctions):
    text = "Brussels must now enforce the reinstatement of the previously lifted UN and EU sanctions on Syria."
    lifts = [r for r in sanctions(text) if r["action"] == "lift"]
    assert sorted(r["imposer"] for r in lifts) == ["European Union", "United Nations"]
    assert {r["target"] for r in lifts} == {"Syria"}


def test_sanctions_comma_after_a_prepositional_list_does_not_coordinate_imposers(sanctions):
    text = "Officials at the Treasury and the Foreign Office said the United States and the UK can impose sanctions on Kazakhstan."
    records = sanctions(text)
    assert sorted(r["imposer"] for r in records) == ["United Kingdom", "United States"]
    assert {r["action"] for r in records} == {"consider"}


def test_sanctions_desire_to_ease_is_not_an_asserted_easing(sanctions):
    r = only(sanctions("China pushed for a review, reflecting its desire to ease sanctions on North Korea."))
    assert (r["action"], r["modality"], r["imposer"]) == ("ease", "planned", "China")


def test_sanctions_reported_would_in_a_passive_is_planned(sanctions):
    text = "Washington lifted some sanctions on Cuba, and said more sanctions on the country would be lifted soon."
    r = find(sanctions(text), rule="sanctions.lift.passive")
    assert (r["action"], r["modality"], r["target"]) == ("lift", "planned", "Cuba")


def test_sanctions_government_of_a_state_is_the_state(sanctions):
    text = "The EU is drawing up new sanctions against the government of Belarus President Alexander Lukashenko."
    r = only(sanctions(text))
    assert (r["imposer"], r["target"]) == ("European Union", "Belarus")


def test_sanctions_progressive_sanctioning_is_active_with_subject_imposer(sanctions):
    r = only(sanctions("Canada is sanctioning Russia's largest shipping company, Sovcomflot."))
    assert (r["action"], r["imposer"]) == ("impose", "Canada")
    assert r["target"] != "Canada"


def test_sanctions_time_word_and_participle_are_not_targets(sanctions):
    text = "The EU sanctioned Sovcomflot. All those listed today are subject to an asset freeze."
    records = sanctions(text)
    assert all(r["target"] not in ("today", "listed", "listed today") for r in records)


def test_sanctions_by_the_west_is_an_unnamed_imposer(sanctions):
    r = find(sanctions("Belarus has been under sanctions imposed by the West since 2020."), action="impose")
    assert r["imposer"] is None
    assert r["target"] == "Belarus"


def test_sanctions_vetoed_or_blocked_measure_is_negated(sanctions):
    r = only(sanctions("Slovakia vetoed the extension of EU sanctions on Russia."))
    assert (r["action"], r["modality"]) == ("extend", "negated")
    assert sanctions("Slovakia blocked the EU's new sanctions package against Russia.") == []


def test_sanctions_negation_stays_with_its_own_coordinated_verb(sanctions):
    records = sanctions("The sanctions on Cuba were not renewed and expired in October.")
    assert find(records, action="extend")["modality"] == "negated"
    assert find(records, action="lift")["modality"] == "asserted"


def test_sanctions_participle_after_the_is_a_reference_not_an_action(sanctions):
    assert sanctions("Russia and China said they do not recognise the reimposed UN sanctions on Iran.") == []
    r = only(sanctions("Caracas asked Washington to lift the reinstated sanctions on Venezuela."))
    assert (r["action"], r["target"]) == ("call_for", "Venezuela")


def test_sanctions_rate_does_not_lengthen_the_trigger_gap(sanctions):
    r = only(sanctions("Washington announced a 25% tariff on Venezuelan oil."))
    assert (r["action"], r["imposer"], r["instrument"]) == ("impose", "United States", "tariff")


def test_sanctions_he_subject_is_the_last_person_state(sanctions):
    r = only(sanctions("Donald Trump said he would lift sanctions on Syria."))
    assert (r["action"], r["modality"], r["imposer"], r["target"]) == ("lift", "planned", "United States", "Syria")


def test_sanctions_pronoun_head_with_preposition_is_no_target(sanctions):
    r = only(sanctions("Sandu asked the EU to sanction those behind the vote-buying scheme."))
    assert (r["action"], r["imposer"]) == ("call_for", "European Union")
    assert r["target"] != "behind the vote-buying scheme"


def test_sanctions_list_noun_after_to_is_not_a_sanctioning_verb(sanctions):
    r = only(sanctions("Warsaw will add several hundred Belarusian officials to sanctions lists."))
    assert (r["action"], r["modality"], r["imposer"]) == ("impose", "planned", "Poland")
    assert r["target"] == "Belarusian officials"


def test_sanctions_snapback_triggered_is_an_imposition_by_each_state(sanctions):
    text = "The nuclear talks failed after France, Britain and Germany triggered the snapback mechanism against Iran."
    records = sanctions(text)
    assert sorted(r["imposer"] for r in records) == ["France", "Germany", "United Kingdom"]
    assert {(r["action"], r["target"], r["rule"]) for r in records} == {("impose", "Iran", "sanctions.impose.snapback")}


def test_sanctions_snapback_of_a_named_measure_keeps_the_measure(sanctions):
    r = only(sanctions("Britain triggered the snapback of UN sanctions on Iran."))
    assert (r["action"], r["instrument"], r["target"]) == ("impose", "sanctions", "Iran")


def test_sanctions_came_back_into_force_is_an_imposition(sanctions):
    r = only(sanctions("UN sanctions on Iran came back into force on Sunday."))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United Nations", "Iran")


def test_sanctions_hypothetical_new_sanctions_are_not_an_imposition(sanctions):
    assert sanctions("Tehran warned that new sanctions would not force it to negotiate.") == []


def test_sanctions_participle_aside_does_not_hide_the_main_verb(sanctions):
    text = ("EU sanctions on Belarusian potash, introduced in 2021 after the forced landing of a passenger jet, "
            "remain in force.")
    records = sanctions(text)
    impose = find(records, action="impose")
    maintain = find(records, action="maintain")
    assert impose["date"] == "2021" and maintain["date"] is None
    assert impose["imposer"] == maintain["imposer"] == "European Union"


def test_sanctions_licence_allowing_transactions_with_names_the_beneficiary(sanctions):
    text = "Sanctions on Belarus remain. OFAC issued a general license allowing transactions with Belavia."
    r = find(sanctions(text), action="ease")
    assert r["target"] == "Belavia"


# -- third pass: held-out error patterns (texts written for the tests) ---------------------
def test_sanctions_generic_capability_statement_is_no_action(sanctions):
    text = "The directorate is usually responsible for imposing sanctions on banks, traders and shipping firms."
    assert sanctions(text) == []
    # the same verb reported as an act still counts
    r = only(sanctions("The directorate imposed sanctions on three shipping firms."))
    assert r["action"] == "impose"


def test_sanctions_hyphenated_modifier_does_not_cut_the_target(sanctions):
    r = only(sanctions("Canada sanctioned four Tehran-based companies on Friday."))
    assert r["target"] == "Tehran-based companies"
    assert r["imposer"] == "Canada"


def test_sanctions_appositive_people_after_a_counted_description_are_the_targets(sanctions):
    text = "The U.S. sanctioned two Riga-based Belarusians, Anton Kovalev and his sister, Irina Kovaleva, on Tuesday."
    records = sanctions(text)
    assert sorted(r["target"] for r in records) == ["Anton Kovalev", "Irina Kovaleva"]
    assert {r["imposer"] for r in records} == {"United States"}
    assert {r["action"] for r in records} == {"impose"}


def test_sanctions_description_with_relative_clause_keeps_the_description(sanctions):
    r = only(sanctions("Japan sanctioned two trading houses, which shipped parts to Moscow."))
    assert r["target"] == "trading houses"


_UNDER = "Ruritania has been under U.S. sanctions since 2019. "


def test_sanctions_licence_received_eases_for_its_holder(sanctions):
    records = sanctions(_UNDER + "The miner Arcolux received General License 12 to resume exports in May 2021.")
    r = find(records, action="ease")
    assert r["rule"] == "sanctions.ease.licence_held"
    assert r["target"] == "Arcolux"
    assert r["imposer"] == "United States"  # the document's imposer


def test_sanctions_licences_held_by_companies_listed_after_a_colon(sanctions):
    text = _UNDER + "Two Italian firms also hold OFAC licenses to operate in Ruritania: Valmonte, Sorrento Energia and Tesoro."
    eases = [r for r in sanctions(text) if r["action"] == "ease"]
    assert sorted(r["target"] for r in eases) == ["Sorrento Energia", "Tesoro", "Valmonte"]
    assert {r["imposer"] for r in eases} == {"Office of Foreign Assets Control"}


def test_sanctions_licence_held_needs_a_text_about_sanctions(sanctions):
    assert sanctions("The broadcaster Arcolux received a licence to operate in Ruritania in May 2021.") == []


def test_sanctions_licence_replaced_in_the_passive_tightens(sanctions):
    text = _UNDER + "Arcolux received General License 12 in 2022. General License 12 is being replaced by General License 12B."
    r = find(sanctions(text), action="tighten")
    assert r["rule"] == "sanctions.tighten.licence_passive"
    assert r["instrument"] == "General License 12"
    assert r["target"] == "Arcolux"


def test_sanctions_forced_wind_down_tightens_on_the_company(sanctions):
    text = _UNDER + "The Office of Foreign Assets Control said Arcolux will have until June 5 to wind down its operations."
    r = find(sanctions(text), action="tighten")
    assert (r["target"], r["imposer"], r["instrument"]) == ("Arcolux", "Office of Foreign Assets Control", None)
    assert r["rule"] == "sanctions.tighten.wind_down"


def test_sanctions_voluntary_wind_down_is_no_action(sanctions):
    records = sanctions("Russia has been under EU sanctions since 2014. Shell will wind down its operations in Russia next year.")
    assert [r["action"] for r in records] == ["maintain"]


def test_sanctions_nominal_snapback_activation_imposes(sanctions):
    text = "The Security Council restored sanctions on Syria in May after the activation of the snapback mechanism."
    snap = find(sanctions(text), rule="sanctions.impose.snapback")
    assert (snap["action"], snap["target"]) == ("impose", "Syria")


def test_sanctions_reinstating_council_resolutions_imposes(sanctions):
    text = "UN sanctions on Syria returned on Friday. The process ended at midnight, reinstating UN Security Council Resolutions 2118 and 2254."
    r = find(sanctions(text), rule="sanctions.impose.resolutions")
    assert (r["action"], r["target"]) == ("impose", "Syria")
    assert r["imposer"] == "United Nations Security Council"


def test_sanctions_resolutions_without_a_reinstating_verb_are_no_action(sanctions):
    text = "UN sanctions on Syria remain in place. The council adopted Resolutions 2118 and 2254 years ago."
    assert [r["action"] for r in sanctions(text)] == ["maintain"]


def test_sanctions_offered_snapback_extension_is_consider(sanctions):
    text = "Sanctions on Syria were lifted in 2020. France and Germany offered Syria a short snapback delay in June."
    r = find(sanctions(text), action="consider")
    assert r["target"] == "Syria"
    assert r["rule"] == "sanctions.consider.snapback_offer"


def test_sanctions_definite_re_mention_takes_the_main_action_target(sanctions):
    text = (
        "The EU lifted sanctions on Ruritanian timber on Monday. "
        "\"We will be lifting sanctions on timber,\" an EU official said. "
        "The move follows the lifting of EU sanctions on the airline Belavia in May. "
        "The lifting of sanctions was welcomed by exporters."
    )
    lifts = [r for r in sanctions(text) if r["action"] == "lift"]
    assert len(lifts) == 4
    assert lifts[2]["target"] == "Belavia"
    assert "timber" in lifts[3]["target"]  # not the background lifting named last


def test_sanctions_definite_re_mention_after_one_lifting_takes_it(sanctions):
    text = "The EU lifted sanctions on the airline Belavia in May. The lifting of sanctions was welcomed by travellers."
    lifts = [r for r in sanctions(text) if r["action"] == "lift"]
    assert [r["target"] for r in lifts] == ["Belavia", "Belavia"]


def test_sanctions_passive_asset_freeze_resolves_a_counted_re_mention(sanctions):
    text = (
        "Britain sanctioned two Riga-based Belarusians, Anton Kovalev and Irina Kovaleva, on Friday. "
        "The Foreign Office said any assets the two Belarusians may hold in Britain have been frozen."
    )
    freezes = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.asset_freeze_passive"]
    assert sorted(r["target"] for r in freezes) == ["Anton Kovalev", "Irina Kovaleva"]
    # "may hold" belongs to the relative clause; the freeze itself is reported as done
    assert {(r["action"], r["modality"], r["instrument"]) for r in freezes} == {("impose", "asserted", "frozen")}


def test_sanctions_passive_asset_freeze_owner_after_by(sanctions):
    text = "The Treasury sanctioned the Ruritanian bank Ruribank on Monday. All funds held by Ruribank in Europe were frozen."
    r = find(sanctions(text), rule="sanctions.impose.asset_freeze_passive")
    assert r["target"] == "Ruribank"


def test_sanctions_passive_asset_freeze_modal_of_its_own_verb_counts(sanctions):
    text = "The Treasury sanctioned the bank Ruribank on Monday. The assets of Ruribank could be frozen next week."
    r = find(sanctions(text), rule="sanctions.consider.impose.asset_freeze_passive")
    assert (r["action"], r["modality"]) == ("consider", "possible")


def test_sanctions_licence_revoked_with_a_modal_is_consider(sanctions):
    text = _UNDER + "Arcolux received General License 12 in 2022. General License 12 could be revoked by June."
    r = find(sanctions(text), rule="sanctions.consider.tighten.licence_passive")
    assert r["target"] == "Arcolux"


def test_sanctions_elliptic_implementation_by_a_second_actor_imposes(sanctions):
    text = "The UN Security Council has reimposed sanctions on Syria after a vote, with Britain announcing immediate implementation."
    r = find(sanctions(text), rule="sanctions.impose.elliptic")
    assert (r["action"], r["imposer"], r["target"], r["instrument"]) == ("impose", "United Kingdom", "Syria", None)
    assert r["span"]["text"] == "Britain announcing immediate implementation"


def test_sanctions_implementation_without_an_imposition_beside_it_is_no_action(sanctions):
    text = "Sanctions on Syria were discussed for months, with Britain announcing immediate implementation of a new tax."
    assert not [r for r in sanctions(text) if r["rule"] == "sanctions.impose.elliptic"]


def test_sanctions_unqualified_business_licence_is_no_sanctions_licence(sanctions):
    text = "Russia has been under U.S. sanctions since 2014. Gazprom received a licence to drill in the Arctic in 2010."
    assert [r["action"] for r in sanctions(text)] == ["maintain"]
    text = "Russia has been under U.S. sanctions since 2014. Raiffeisen received a U.S. licence to sell its unit."
    assert find(sanctions(text), action="ease")["target"] == "Raiffeisen"


def test_sanctions_generic_cue_in_another_clause_does_not_drop_the_action(sanctions):
    r = only(sanctions("Washington, which typically consults its allies, imposed sanctions on Belarus on Monday."))
    assert (r["action"], r["target"]) == ("impose", "Belarus")


def test_sanctions_wind_down_by_a_generic_subject_takes_the_context_target(sanctions):
    text = (
        "U.S. sanctions on Ruritania were eased in 2023. "
        "Under the new licence, U.S. persons have until May 31 to wind down their transactions."
    )
    r = find(sanctions(text), rule="sanctions.tighten.wind_down")
    assert r["target"] == "Ruritania"  # not "United States" from "U.S. persons"
    assert r["modality"] == "asserted"  # "May" is the month


def test_sanctions_month_may_is_not_a_modal(sanctions):
    r = only(sanctions("The EU imposed sanctions on Belarus in May 2021."))
    assert (r["action"], r["modality"]) == ("impose", "asserted")
    r = only(sanctions("The EU may impose sanctions on Belarus."))
    assert r["action"] == "consider"


def test_sanctions_what_a_measure_aims_to_do_is_no_action_on_it(sanctions):
    text = "The Treasury sanctioned the bank Ruribank on Monday. These sanctions aim to cut the flow of money to Pyongyang."
    assert [r["action"] for r in sanctions(text)] == ["impose"]


def test_sanctions_whether_makes_the_action_a_possibility(sanctions):
    r = only(sanctions("Diplomats debated whether to impose sanctions on Belarus."))
    assert r["action"] == "consider"


def test_sanctions_participle_after_a_preposition_is_an_adjective(sanctions):
    text = "UN sanctions on Iran were reimposed in September. Iran enriched uranium beyond agreed limits."
    assert [r["action"] for r in sanctions(text)] == ["impose"]


def test_sanctions_the_snapback_sanctions_names_the_measure(sanctions):
    text = "UN sanctions on Iran returned in September. Russia tried to delay the snapback sanctions."
    records = sanctions(text)
    assert [r["action"] for r in records] == ["impose", "consider"]  # "tried to": an attempt
    assert records[1]["target"] == "Iran"


def test_sanctions_an_attempt_or_bid_is_a_possibility(sanctions):
    text = "UN sanctions on Iran returned in September. A bid by Russia and China to delay the sanctions failed on Friday."
    records = sanctions(text)
    assert [r["action"] for r in records] == ["impose", "consider"]
    assert records[1]["modality"] == "possible"


def test_sanctions_by_with_a_gerund_is_no_agent(sanctions):
    text = "The E3 started the countdown to the reimposition of sanctions by accusing Iran of violations."
    r = only(sanctions(text))
    assert r["imposer"] != "Iran"
    assert r["target"] == "Iran"


def test_sanctions_reintroduce_imposes(sanctions):
    r = only(sanctions("The UN is set to reintroduce punitive measures against Iran on Saturday."))
    assert (r["action"], r["modality"], r["target"]) == ("impose", "planned", "Iran")


def test_sanctions_alias_word_ends_the_target(sanctions):
    r = only(sanctions("The E3 moved to reimpose UN sanctions on Iran aka snapback."))
    assert r["target"] == "Iran"


def test_sanctions_imposing_body_is_no_implicit_target(sanctions):
    text = "The UN Security Council met on Friday. The Security Council said the sanctions were reinstated."
    r = only(sanctions(text))
    assert r["action"] == "impose"
    assert r["target"] not in ("United Nations Security Council", "United Nations")


def test_sanctions_quoted_snapback_modifier_keeps_the_body_as_imposer(sanctions):
    text = "Tehran recalled its envoys to Britain and Germany ahead of the imposition of UN \"snapback\" sanctions on Iran."
    r = only(sanctions(text))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United Nations", "Iran")


def test_sanctions_active_sanctioned_with_an_unknown_capitalised_object(sanctions):
    r = only(sanctions('In August 2021, the United States sanctioned JSC "Ruriphos", a large fertilizer producer.'))
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "United States", "Ruriphos")


def test_sanctions_coordinated_unknown_names_are_one_target_each(sanctions):
    records = sanctions("The Treasury sanctioned Ruribank and Ruritrade on Monday.")
    assert sorted(r["target"] for r in records) == ["Ruribank", "Ruritrade"]


def test_sanctions_sanctioned_before_a_weekday_names_no_target(sanctions):
    assert sanctions("Companies that Canada sanctioned Tuesday include many banks.") == []


def test_sanctions_fallen_under_sanctions_is_an_imposition_on_the_subject(sanctions):
    r = find(sanctions("Several firms from Armenia have already fallen under EU sanctions."), action="impose")
    assert (r["imposer"], r["target"]) == ("European Union", "Armenia")


def test_sanctions_readying_a_package_is_consider(sanctions):
    r = only(sanctions("The EU is readying the 20th package of sanctions against Russia."))
    assert (r["action"], r["imposer"], r["target"]) == ("consider", "European Union", "Russia")


def test_sanctions_included_in_a_sanctions_list_imposes(sanctions):
    text = "Ruritrade, a company based in Armenia, was included in the EU sanctions list last year."
    r = find(sanctions(text), rule="sanctions.impose.listing")
    assert r["imposer"] == "European Union"


def test_sanctions_the_republic_is_a_country_anaphor(sanctions):
    text = "The EU is considering sanctions against Kazakhstan. The republic may be banned from importing machine tools."
    r = find(sanctions(text), rule="sanctions.consider.impose.bar")
    assert r["target"] == "Kazakhstan"


def test_sanctions_ending_a_licence_granted_to_a_company_tightens_on_it(sanctions):
    text = (
        "Ruritania is under U.S. sanctions. The administration said it is ending a license "
        "that it had granted to U.S. oil producer Arcolux since 2022 to operate in Ruritania."
    )
    r = find(sanctions(text), rule="sanctions.tighten.licence")
    assert r["target"] == "Arcolux"


def test_sanctions_wind_down_forced_by_an_expiring_licence(sanctions):
    text = _UNDER + "The license will expire on March 1, forcing Arcolux to wind down operations."
    r = find(sanctions(text), rule="sanctions.tighten.wind_down")
    assert r["target"] == "Arcolux"


def test_sanctions_must_be_wound_down_is_the_order_not_a_call(sanctions):
    text = _UNDER + "All transactions under the licence must be wound down no later than May 31, OFAC said."
    r = find(sanctions(text), rule="sanctions.tighten.wind_down")
    assert (r["action"], r["modality"]) == ("tighten", "asserted")


def test_sanctions_agreed_to_a_ban_imposes(sanctions):
    text = "The EU imposed sanctions on Russia in 2022. The EU has agreed to a gradual ban on Russian LNG imports."
    r = find(sanctions(text), instrument="ban")
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "European Union", "Russian LNG imports")
    # "agreed to lift" stays a planned lift
    r = only(sanctions("The EU agreed to lift sanctions on Syria."))
    assert (r["action"], r["modality"]) == ("lift", "planned")


def test_sanctions_among_those_sanctioned_names_the_people(sanctions):
    text = "The EU imposed sanctions on 40 individuals. Among those sanctioned is the Russian singer Anton Kovalev."
    r = find(sanctions(text), rule="sanctions.impose.listed")
    assert (r["target"], r["imposer"]) == ("Anton Kovalev", "European Union")
    text = "The EU imposed sanctions on 40 individuals. Among those sanctioned are several singers."
    assert [r["rule"] for r in sanctions(text)] == ["sanctions.impose.verbal"]


def test_sanctions_counted_description_stands_beside_the_names_after_including(sanctions):
    # the named are some of the five: each is a target, and so is the group (session 11: the pooled
    # probe gold keeps both in 5 texts of 3 probes, the names alone in 2)
    text = "The EU imposed sanctions on five people accused of unrest in Moldova, including businessman Anton Kovalev, who fled."
    recs = sanctions(text)
    assert {(r["imposer"], r["target"]) for r in recs} == {("European Union", "people"), ("European Union", "Anton Kovalev")}
    # a named target is kept
    r = only(sanctions("The EU imposed sanctions on Moldova, including on its central bank governor Anton Kovalev."))
    assert r["target"] == "Moldova"


def test_sanctions_present_passive_ban_by_a_body_is_maintain(sanctions):
    text = (
        "The U.S. sanctioned two North Koreans on Friday. "
        "North Korea's ballistic missile programs are banned by UN Security Council resolutions."
    )
    r = find(sanctions(text), rule="sanctions.maintain.banned_by")
    assert (r["action"], r["target"], r["imposer"]) == ("maintain", "North Korea", "United Nations Security Council")


def test_sanctions_past_passive_ban_is_not_a_standing_ban(sanctions):
    text = "The U.S. sanctioned two North Koreans on Friday. The book was banned by the government in 2019."
    assert [r["rule"] for r in sanctions(text)] == ["sanctions.impose.verb"]


def test_sanctions_replaced_licence_takes_the_last_licensing_authority(sanctions):
    text = _UNDER + (
        "The Office of Foreign Assets Control said Arcolux will have until June 5 to wind down its operations. "
        "General License 12 is being replaced by General License 12B."
    )
    r = find(sanctions(text), rule="sanctions.tighten.licence_passive")
    assert (r["target"], r["imposer"]) == ("Arcolux", "Office of Foreign Assets Control")


def test_sanctions_second_verb_with_a_number_word_ends_the_target(sanctions):
    records = sanctions("The State Department sanctioned six companies and identified six vessels as blocked.")
    assert find(records, instrument="sanctioned")["target"] == "companies"
    # (identifying vessels as blocked is OFAC's designation wording: its own imposition, session 13)
    assert find(records, instrument="identified")["target"] == "vessels"


def test_sanctions_an_allowed_imposition_is_a_possibility(sanctions):
    text = "Treasury issued a determination that will allow it to impose sanctions on any firm in Iran's oil sector."
    r = find(sanctions(text), instrument="sanctions")
    assert r["action"] == "consider"


def test_sanctions_announced_a_new_round_binds_past_the_article_and_novelty_word(sanctions):
    r = only(sanctions("The Treasury announced a new round of sanctions targeting Iran."))
    assert (r["action"], r["imposer"], r["target"], r["rule"]) == (
        "impose", "United States Department of the Treasury", "Iran", "sanctions.impose.verbal")
    r = only(sanctions("The Treasury announced a new set of sanctions this week targeting Iran."))
    assert (r["action"], r["instrument"]) == ("impose", "set of sanctions")


def test_sanctions_brussels_as_the_eu_stays_the_eu_in_later_implicit_imposers(sanctions):
    text = ("Brussels extended its sanctions on Iran on Monday. Ten Iranian officials have been banned "
            "from entering the bloc and their assets have been frozen.")
    records = sanctions(text)
    assert {r["imposer"] for r in records} == {"European Union"}
    assert find(records, action="impose", instrument="frozen")["imposer"] == "European Union"


def test_sanctions_plural_sector_head_is_shared_one_record_per_sector(sanctions):
    records = sanctions("Penalties will be relaxed on Iran's copper, timber and fishing industries.")
    assert [r["target"] for r in records] == ["copper industry", "timber industry", "fishing industry"]
    assert {r["action"] for r in records} == {"ease"}
    assert {r["span"]["text"] for r in records} == {"Penalties will be relaxed on Iran's copper, timber and fishing industries"}


def test_sanctions_sector_list_after_in_gives_one_record_per_sector(sanctions):
    text = "Syria faces broad economic sanctions, including restrictions in the banking sector, shipping, aviation and insurance."
    records = [r for r in sanctions(text) if r["instrument"] == "restrictions"]
    assert [r["target"] for r in records] == ["banking sector", "shipping", "aviation", "insurance"]


def test_sanctions_compound_sector_with_singular_head_is_one_target(sanctions):
    r = only(sanctions("The EU imposed sanctions on the oil and gas sector."))
    assert r["target"] == "oil and gas sector"
    # "in" with a year is no sector list: the measure keeps its own target
    r = only(sanctions("The EU imposed sanctions in 2021 on Iran, its oil and gas sectors."))
    assert r["target"] == "Iran"


def test_sanctions_is_subject_to_sanctions_is_a_standing_state(sanctions):
    text = "Iran is also subject to broad sanctions, including restrictions in the banking sector, shipping and insurance."
    records = sanctions(text)
    assert {r["action"] for r in records} == {"maintain"}
    assert find(records, instrument="sanctions")["target"] == "Iran"
    assert [r["target"] for r in records if r["instrument"] == "restrictions"] == ["banking sector", "shipping", "insurance"]
    r = only(sanctions("Twelve firms were subjected to sanctions by the EU in 2020."))
    assert (r["action"], r["imposer"]) == ("impose", "European Union")


def test_sanctions_under_sanctions_in_a_relative_clause_targets_the_antecedent(sanctions):
    text = "The minister said Cuba, which had been under heavy sanctions since 1962, would hold talks."
    r = only(sanctions(text))
    assert (r["action"], r["target"], r["imposer"]) == ("maintain", "Cuba", None)


def test_sanctions_a_sector_list_is_no_context_target_for_later_measures(sanctions):
    text = ("Iran is also subject to broad sanctions, including restrictions in the banking sector, shipping and insurance. "
            "The EU extended its sanctions last week.")
    assert find(sanctions(text), action="extend")["target"] == "Iran"


def test_sanctions_x_and_n_other_people_gives_x_and_the_group(sanctions):
    text = ("The EU renewed its sanctions on Syria. Assad and 40 other officials close to his family have been "
            "banned from entering the EU and their assets have been frozen.")
    records = sanctions(text)
    assert [r["target"] for r in records if r["instrument"] == "banned from"] == ["Bashar Assad", "officials close to his family"]
    # "their assets": the owners are every target of the ban, one entry each
    assert [r["target"] for r in records if r["instrument"] == "frozen"] == ["Bashar Assad", "officials close to his family"]


def test_sanctions_x_and_other_people_without_a_count_is_also_a_group(sanctions):
    text = "The EU renewed its sanctions on Syria. Assad and other senior officials have been banned from entering the EU."
    assert [r["target"] for r in sanctions(text) if r["instrument"] == "banned from"] == ["Bashar Assad", "senior officials"]


def test_sanctions_measure_as_subject_of_target_verb_imposes_on_its_object(sanctions):
    text = "The EU extended its sanctions on Iran. The sanctions also target 12 companies."
    r = find(sanctions(text), rule="sanctions.impose.measure_targets")
    assert (r["action"], r["imposer"], r["target"]) == ("impose", "European Union", "companies")
    assert r["span"]["text"] == "sanctions also target 12 companies"
    # a measure that already has its own action word is not read again
    records = sanctions("The sanctions targeting Iran were lifted.")
    assert [r["action"] for r in records] == ["lift"]


def test_sanctions_licence_issued_by_an_authority_eases_on_the_authorised_party(sanctions):
    text = "Washington extended sanctions on Cuba. A new general license issued by the US Treasury authorised Cuba to export sugar."
    r = find(sanctions(text), rule="sanctions.ease.licence_issued")
    assert (r["action"], r["target"], r["imposer"]) == ("ease", "Cuba", "United States Department of the Treasury")
    assert r["span"]["text"] == "license issued by the US Treasury authorised Cuba"
    # without an agent or auxiliary, 'licence issued' is no granting
    assert not [r for r in sanctions("Washington extended sanctions on Cuba. The licence issued last year expired.")
                if r["rule"] == "sanctions.ease.licence_issued"]


def test_sanctions_relief_that_could_be_reversed_is_a_considered_reimposition(sanctions):
    text = "The US eased sanctions on Cuba on Monday. Officials warned that the easing could be reversed if talks fail."
    r = find(sanctions(text), rule="sanctions.consider.impose.relief_reversed")
    assert (r["action"], r["target"], r["imposer"], r["instrument"]) == ("consider", "Cuba", "United States", None)
    assert r["span"]["text"] == "easing could be reversed"
    r = find(sanctions("The US eased sanctions on Cuba on Monday. The lifting was reversed in March."), rule="sanctions.impose.relief_reversed")
    assert r["action"] == "impose"


def test_sanctions_duration_adjunct_between_verb_and_measure(sanctions):
    r = only(sanctions("The EU said it had extended by one year sanctions on Iran."))
    assert (r["action"], r["imposer"], r["target"]) == ("extend", "European Union", "Iran")
    assert r["span"]["text"] == "extended by one year sanctions on Iran"
    # any other prepositional phrase still separates them
    assert not sanctions("The EU extended by a vote its sanctions.")


def test_sanctions_passive_ban_on_funding_to_an_anaphor_imposes_on_the_last_target(sanctions):
    text = "The EU extended its sanctions on Iran. The sanctions also target 12 companies and all European funding to them is banned."
    records = sanctions(text)
    assert find(records, rule="sanctions.impose.measure_targets")["target"] == "companies"
    r = find(records, rule="sanctions.impose.ban_passive")
    assert (r["action"], r["target"], r["imposer"], r["instrument"]) == ("impose", "companies", "European Union", "banned")
    # a ban on a flow in a text that names no sanctions is not a sanctions action
    assert not sanctions("All funding to the club is banned.")


def test_sanctions_under_sanctions_after_a_relative_pronoun_without_a_name_takes_the_phrase(sanctions):
    r = only(sanctions("The firms that are under EU sanctions sold oil."))
    assert (r["action"], r["imposer"], r["target"]) == ("maintain", "European Union", "firms")
