"""Sanctions (texts written for the tests): coordinated party nouns, where parties are based,
warnings, states of being listed, verbs of degree, trade bans with an origin, nominal actions."""

from __future__ import annotations

from components.sanctions_records import roles, targets


# -- coordinated target nouns: one record each ---------------------------------------------
def test_a_list_of_party_nouns_is_one_target_each(sanctions):
    records = sanctions("Japan announced sanctions on 40 individuals, companies and vessels engaged in the oil trade.")
    assert targets(records) == {"individuals", "companies", "vessels"}


def test_party_nouns_before_a_relative_clause(sanctions):
    records = sanctions("Ministers agreed to impose sanctions on judges and prosecutors the bloc holds responsible for the crackdown.")
    assert targets(records) == {"judges", "prosecutors"}


def test_goods_and_sectors_are_not_split_as_parties(sanctions):
    records = sanctions("Canada imposed sanctions on oil and gas companies.")
    assert targets(records) == {"oil and gas companies"}


def test_not_only_but_also_names_every_part(sanctions):
    records = sanctions("The new sanctions target not only Gazprom Neft and Surgutneftegas but also dozens of their affiliates.")
    assert targets(records) == {"Gazprom Neft", "Surgutneftegas", "affiliates"}


# -- where a party is based is no target ---------------------------------------------------
def test_the_place_a_subject_is_active_in_is_no_target(sanctions):
    records = sanctions("Several firms active in Turkey, Georgia and Armenia were also hit with sanctions, OFAC said.")
    assert targets(records) == {"firms"}


def test_the_place_an_object_is_registered_in_is_no_target(sanctions):
    for text in ("Britain sanctioned four companies registered in Cyprus and Latvia.",
                 "Britain imposed sanctions on four companies operating in Cyprus and Latvia."):
        assert targets(sanctions(text)) == {"companies"}, text


# -- warnings are threats, by the one who warns, on the party warned ------------------------
def test_a_warning_about_sanctions_is_a_threat_per_imposer(sanctions):
    records = sanctions("The US and Britain warn Armenia about the risk of secondary sanctions.")
    assert roles(records, "threaten") == {("United States", "Armenia"), ("United Kingdom", "Armenia")}
    assert all(r["action"] == "threaten" for r in records)


def test_a_warning_that_a_party_faces_sanctions_is_a_threat(sanctions):
    records = sanctions("Germany and France warned Serbia that it would face sanctions.")
    assert roles(records, "threaten") == {("Germany", "Serbia"), ("France", "Serbia")}
    records = sanctions("The EU warned Georgia of new sanctions.")
    assert roles(records, "threaten") == {("European Union", "Georgia")}


def test_a_warning_that_reports_an_imposition_is_no_threat(sanctions):
    records = sanctions("Britain warned that the EU has imposed sanctions on Iran.")
    assert roles(records) == {("European Union", "Iran")}


# -- being listed is a standing state: maintain ----------------------------------------------
def test_a_present_passive_listing_is_maintained(sanctions):
    records = sanctions("So far, 12 people and three companies are blacklisted by the EU, most notably the businessmen Ivan Petrov and Oleg Sidorov.")
    assert {r["action"] for r in records} == {"maintain"}
    assert targets(records, "maintain") == {"people", "companies", "Ivan Petrov", "Oleg Sidorov"}


def test_a_past_or_progressive_passive_is_still_an_imposition(sanctions):
    assert {r["action"] for r in sanctions("Three companies were sanctioned by the EU on Monday.")} == {"impose"}
    assert {r["action"] for r in sanctions("Two more firms are being sanctioned by Britain.")} == {"impose"}


def test_is_also_listed_in_a_sanctions_text(sanctions):
    records = sanctions("The EU imposed sanctions on Ilan Shor last year. Shor's company A7 is also listed.")
    assert ("maintain", "A7") in {(r["action"], r["target"]) for r in records}
    records = sanctions("The EU imposed sanctions on Ilan Shor last year. The company is listed on the Moscow exchange.")
    assert {r["action"] for r in records} == {"impose"}


def test_remaining_on_a_list_is_maintained(sanctions):
    records = sanctions("Three Iranian banks remain on the US sanctions list.")
    assert roles(records, "maintain") == {("United States", "Iranian banks")}


# -- trade bans with an origin: the states the goods come from ---------------------------------
def test_a_ban_on_goods_imports_from_states_targets_the_states(sanctions):
    records = sanctions("Lithuania is banning fuel imports from Russia and Belarus.")
    assert roles(records) == {("Lithuania", "Russia"), ("Lithuania", "Belarus")}
    records = sanctions("Kyiv may ban grain imports from Belarus.")
    assert roles(records, "consider") == {("Ukraine", "Belarus")}


def test_every_origin_after_from_is_a_target(sanctions):
    text = "Estonia backs EU sanctions. Its parliament passed a ban on imports of fertiliser from Russia and Belarus until 2026."
    assert {("Estonia", "Russia"), ("Estonia", "Belarus")} <= roles(sanctions(text))


def test_a_bracketed_aside_in_the_goods_does_not_hide_the_origin(sanctions):
    records = sanctions("Finland decided to implement an embargo on the import of (processed) timber from Russia.")
    assert roles(records) == {("Finland", "Russia")}


def test_exports_to_a_state_keep_the_goods_as_target(sanctions):
    records = sanctions("Washington has long restricted semiconductor exports to China.")
    assert targets(records, "maintain") == {"semiconductor exports"}


def test_not_ruling_out_an_action_is_considering_it(sanctions):
    records = sanctions("Orban has not ruled out that Hungary could impose sanctions on Ukraine.")
    assert roles(records, "consider") == {("Hungary", "Ukraine")}


# -- verbs of degree -----------------------------------------------------------------------
def test_a_measure_that_ratchets_up_pressure_tightens_on_the_party_pressed(sanctions):
    text = "Canada imposed sanctions on Iran. “This new package ratchets up the economic pressure on Khamenei and his regime,” she said."
    records = sanctions(text)
    assert ("tighten", "Ali Khamenei") in {(r["action"], r["target"]) for r in records} or \
        ("tighten", "Khamenei") in {(r["action"], r["target"]) for r in records}
    assert not [r for r in records if r["action"] == "tighten" and r["target"] == "regime"]


def test_pressure_raised_beside_an_imposition_tightens_its_measure(sanctions):
    records = sanctions("Brussels first imposed sanctions on Myanmar in 2018 and stepped up the pressure in 2021.")
    assert roles(records, "tighten") == {("European Union", "Myanmar")}
    assert sanctions("NATO increased the pressure on Moscow.") == []


def test_enforcing_a_measure_keeps_it_and_refusing_to_is_no_action(sanctions):
    records = sanctions("The US will vigorously enforce these sanctions on Cuba.")
    assert roles(records, "maintain") == {("United States", "Cuba")}
    assert sanctions("Turkey said it would not enforce the sanctions.") == []
    assert {r["action"] for r in sanctions("The EU urged its members to enforce sanctions on Russia.")} == {"call_for"}


def test_cracking_down_on_evaders_tightens(sanctions):
    records = sanctions("Japan will also take steps to clamp down on firms evading sanctions.")
    assert roles(records, "tighten") == {("Japan", "firms evading sanctions")}


# -- nominal actions -------------------------------------------------------------------------
def test_a_participle_clause_shares_the_main_clauses_subjects(sanctions):
    text = "Australia, Japan and the EU have condemned the junta, announcing the imposition of sanctions on Myanmar in May."
    assert roles(sanctions(text)) == {("Australia", "Myanmar"), ("Japan", "Myanmar"), ("European Union", "Myanmar")}
    text = "Japan criticised Moscow, announcing the introduction of new tariffs on Russian steel."
    assert {r["imposer"] for r in sanctions(text)} == {"Japan"}


def test_an_imminent_or_upcoming_adoption_is_considered(sanctions):
    records = sanctions("The EU adopted sanctions on Iran. With the imminent adoption of the EU's 5th package, Tehran is isolated.")
    assert ("consider", "European Union") in {(r["action"], r["imposer"]) for r in records}
    records = sanctions("The EU adopted sanctions on Iran. An upcoming adoption of a price cap on Iranian oil is likely.")
    assert ("consider", "Iranian oil") in {(r["action"], r["target"]) for r in records}


def test_a_measure_targeting_a_party_past_a_date(sanctions):
    records = sanctions("The Treasury announced a new set of sanctions this week targeting Iran's shadow fleet.")
    assert targets(records) == {"Iran's shadow fleet"}


def test_a_described_group_is_no_context_target_of_another_bodys_measure(sanctions):
    text = ("OFAC announced sanctions on 40 individuals, companies and vessels engaged in the trade. "
            "Iran exports oil to China. Iran denies it. Despite this, the reimposition of UN Security Council sanctions hurt Iran's economy.")
    unsc = [r for r in sanctions(text) if r["imposer"] == "United Nations Security Council"]
    assert unsc and {r["target"] for r in unsc} == {"Iran"}


# -- more wordings ---------------------------------------------------------------------------
def test_a_warning_of_consequences_including_sanctions(sanctions):
    records = sanctions("The G7 warned Syria of severe consequences, including sanctions.")
    assert roles(records, "threaten") == {("Group of Seven", "Syria")}


def test_a_party_that_risks_sanctions_is_threatened(sanctions):
    records = sanctions("Serbia risks EU sanctions if it does not align its foreign policy.")
    assert roles(records, "threaten") == {("European Union", "Serbia")}
    assert not [r for r in records if r["rule"] == "sanctions.impose.verb"]  # ("EU sanctions if ...": no verb)


def test_a_named_subject_sanctioned_party_nouns(sanctions):
    records = sanctions("The EU sanctioned officials, judges and prosecutors involved in the trials.")
    assert roles(records) == {("European Union", "officials"), ("European Union", "judges"), ("European Union", "prosecutors")}
    assert ("European Union", "companies") not in roles(sanctions("The EU sanctioned companies are barred from trading."))


def test_a_measure_on_goods_imports_from_a_state_targets_the_state(sanctions):
    records = sanctions("The EU adopted sanctions. Vilnius is considering a ban on fertiliser imports from Belarus and Russia.")
    assert roles(records, "consider") == {("Lithuania", "Belarus"), ("Lithuania", "Russia")}


def test_singular_party_nouns_are_coordinated_too(sanctions):
    records = sanctions("The EU imposed sanctions on a bank and an airline.")
    assert targets(records) == {"bank", "airline"}


def test_a_quantifier_standing_for_the_measures_keeps_them(sanctions):
    records = sanctions("The EU lifted some sanctions on Syria; others remain in force.")
    assert roles(records, "maintain") == {("European Union", "Syria")}
    records = sanctions("The move eases some sanctions on Cuba, but most remain in place.")
    assert targets(records, "maintain") == {"Cuba"}


def test_a_proposed_measure_is_considered(sanctions):
    records = sanctions("The Commission proposed new sanctions on Belarus.")
    assert {(r["action"], r["target"]) for r in records} == {("consider", "Belarus")}
    records = sanctions("The EU imposed sanctions on Iran. The proposed new package of sanctions targets 20 Iranian banks.")
    assert ("consider", "sanctions.consider.impose.mention") in {(r["action"], r["rule"]) for r in records}
    records = sanctions("Ivan Petrov is one of the three men proposed for sanctioning by the EU.")
    assert {r["action"] for r in records} == {"consider"}
    records = sanctions("The EU adopted the proposed sanctions on Iran.")
    assert roles(records) == {("European Union", "Iran")}


def test_restricting_a_states_access_further_tightens_on_it(sanctions):
    text = "Canada imposed sanctions. It will cut the money Iran can raise by further restricting Iranian access to Canadian banks."
    assert roles(sanctions(text), "tighten") == {("Canada", "Iran")}
    assert targets(sanctions("The EU imposed sanctions. The bloc is restricting Russia's access to European ports.")) >= {"Russia"}
    assert len(sanctions("The EU imposed sanctions. Police are restricting access to the square.")) == 1


def test_threatening_a_party_with_a_measure(sanctions):
    assert roles(sanctions("The US has threatened Turkey with sanctions over the missile deal."), "threaten") == {("United States", "Turkey")}
    assert roles(sanctions("Washington threatened to hit India with tariffs."), "threaten") == {("United States", "India")}


def test_a_passive_warning_names_the_warned_party(sanctions):
    records = sanctions("Armenia was warned it could face secondary sanctions.")
    assert {(r["action"], r["target"], r["imposer"]) for r in records} == {("threaten", "Armenia", None)}
    records = sanctions("Georgia was warned by the EU about new sanctions.")
    assert roles(records, "threaten") == {("European Union", "Georgia")}


def test_a_warning_about_what_a_party_would_do_to_a_measure_is_no_threat(sanctions):
    records = sanctions("Sandu warned allies that Russia would exploit any easing of sanctions.")
    assert not [r for r in records if r["action"] == "threaten"]


def test_a_licence_that_authorizes_dealings_with_a_party_eases_on_it(sanctions):
    text = ("The Treasury imposed sanctions on Sberbank. "
            "General License 31 authorizes wind down transactions with Sberbank through May 2026.")
    records = sanctions(text)
    assert ("ease", "Sberbank") in {(r["action"], r["target"]) for r in records}
    text = "The US imposed sanctions on Russia's oil firms. GL 5 authorizes activity related to Lukoil stations in Bulgaria."
    assert ("ease", "Lukoil") in {(r["action"], r["target"]) for r in sanctions(text)}
    text = "The US imposed sanctions on Russia's oil firms. GL 7 authorizes, until May 2, transactions involving Lukoil."
    assert ("ease", "Lukoil") in {(r["action"], r["target"]) for r in sanctions(text)}


def test_a_measure_that_extends_another_widens_it(sanctions):
    records = sanctions("The updated sanctions extend export restrictions on semiconductors.")
    assert {(r["action"], r["target"]) for r in records if r["rule"] != "sanctions.impose.mention"} == {("tighten", "semiconductors")}
    # a term after it is a prolongation
    records = sanctions("The updated package extends the sanctions on Belarus until March 2027.")
    assert {r["action"] for r in records if r["rule"] != "sanctions.impose.mention"} == {"extend"}
