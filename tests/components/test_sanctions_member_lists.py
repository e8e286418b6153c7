"""Sanctions (texts written for the tests): a description followed by its members is one record per
member, common nouns (sectors, goods, services) as well as names, whatever introduces them."""

from __future__ import annotations

import pytest


def targets(records: list[dict]) -> list[str]:
    return sorted(r["target"] for r in records)


# -- 1. a description's common-noun members ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions target several sectors, including banking, shipping and mining.",
         ["banking", "mining", "shipping"]),
        ("Australia imposed sanctions on three sectors: forestry, fisheries and telecoms.",
         ["fisheries", "forestry", "telecoms"]),
        ("Japan imposed export controls on items like semiconductors, machine tools and drones.",
         ["drones", "machine tools", "semiconductors"]),
        ("Canada imposed export controls on goods such as steel pipes, fertiliser and timber.",
         ["fertiliser", "steel pipes", "timber"]),
        ("The new sanctions target specific sectors of the Syrian economy, including banking, insurance, and aviation.",
         ["aviation", "banking", "insurance"]),
    ],
)
def test_description_members_are_one_record_each(sanctions, text, expected):
    records = sanctions(text)
    assert targets(records) == expected
    assert {r["action"] for r in records} == {"impose"}


def test_names_after_such_as_are_one_record_each(sanctions):
    records = sanctions("Britain imposed sanctions on Iran's banks, such as Bank Melli and Bank Sepah.")
    assert targets(records) == ["Bank Melli", "Bank Sepah"]


def test_a_list_that_runs_on_into_a_clause_keeps_the_description(sanctions):
    records = sanctions("Japan imposed export controls on items like semiconductors and drones that are used in war.")
    assert targets(records) == ["items"]


def test_goods_listed_under_a_trade_verb_stay_silent(sanctions):
    assert sanctions("Canada sells goods such as steel, aluminium and timber to Japan.") == []


# -- 3. the citizens of coordinated states: one group per state ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia imposed entry restrictions on citizens of Russia, Belarus and Iran.",
         ["citizens of Belarus", "citizens of Iran", "citizens of Russia"]),
        ("Estonia imposed sanctions on nationals of Syria and Iran.", ["nationals of Iran", "nationals of Syria"]),
        ("Latvia banned Russian and Belarusian citizens from entering the country.",
         ["Belarusian citizens", "Russian citizens"]),
    ],
)
def test_citizens_of_coordinated_states_are_one_group_each(sanctions, text, expected):
    assert targets(sanctions(text)) == expected


def test_citizens_of_one_state_stay_one_target(sanctions):
    assert targets(sanctions("Finland imposed sanctions on citizens of Russia.")) == ["citizens of Russia"]


# -- 2. follow-up sentences naming more targets of the action before ----------------------
def acts(records: list[dict]) -> set[tuple]:
    return {(r["action"], r["imposer"], r["target"]) for r in records}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain imposed sanctions on Gazprom Neft. The order also named Surgutneftegas and Rosneft.",
         {("impose", "United Kingdom", "Surgutneftegas"), ("impose", "United Kingdom", "Rosneft")}),
        ("The US Treasury sanctioned Ivan Petrov on Monday. Also named were Vice Premier Olga Ivanova and Deputy Minister Pavel Orlov.",
         {("impose", "United States Department of the Treasury", "Olga Ivanova"),
          ("impose", "United States Department of the Treasury", "Pavel Orlov")}),
        ("The EU sanctioned 12 firms on Friday. Among them were Alpha Trade LLC and Beta Shipping Ltd.",
         {("impose", "European Union", "Alpha Trade LLC"), ("impose", "European Union", "Beta Shipping Ltd.")}),
        ("Canada sanctioned Ivan Petrov. He denied wrongdoing. The designations also include Pavel Orlov.",
         {("impose", "Canada", "Pavel Orlov")}),
    ],
)
def test_follow_up_sentence_names_more_targets(sanctions, text, expected):
    records = [r for r in sanctions(text) if r["rule"].endswith(".continued")]
    assert acts(records) == expected
    assert all(r["instrument"] is None for r in records)


@pytest.mark.parametrize(
    "text",
    [
        # a report naming someone, and a fronted 'among' far from the action, continue nothing
        "The EU sanctioned Alpha Trade LLC. The report also named Emmanuel Macron.",
        "The EU sanctioned Alpha Trade LLC. Ministers met in Brussels. The talks lasted hours. Among those attending were Emmanuel Macron and Olaf Scholz.",
        # no action before: nothing to continue
        "Also named were Emmanuel Macron and Olaf Scholz.",
    ],
)
def test_no_continuation_without_a_measure_subject_or_a_near_action(sanctions, text):
    assert not [r for r in sanctions(text) if r["rule"].endswith(".continued")]


# -- 1b. goods listed after a trade-flow noun, in an active or a passive ban ---------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada banned imports of copper, nickel and timber.", ["copper", "nickel", "timber"]),
        ("Norway imposed sanctions on Syria. Exports of drones, chips and radars are now prohibited.", ["chips", "drones", "radars"]),
        ("Norway imposed sanctions on Syria. Imports of phosphate, cotton and wheat, which fund the army, are banned.",
         ["cotton", "phosphate", "wheat"]),
    ],
)
def test_listed_goods_of_a_ban_are_one_target_each(sanctions, text, expected):
    records = [r for r in sanctions(text) if r["target"] != "Syria" or r["instrument"] != "sanctions"]
    assert targets(records) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two items without a comma may be one phrase or share a head: left whole
        ("Canada banned imports of gold and diamonds.", ["gold and diamonds"]),
        ("Canada banned imports of potash fertilisers and petroleum products.", ["potash fertilisers and petroleum products"]),
        ("Canada banned imports of oil and gas equipment.", ["oil and gas equipment"]),
        ("Japan imposed export controls on items such as oil and gas equipment.", ["items"]),
    ],
)
def test_two_items_that_may_share_a_head_stay_whole(sanctions, text, expected):
    assert targets(sanctions(text)) == expected


# -- 1c. the members a measure's target description includes; a verb's listed objects --------
def test_members_a_measure_now_includes_widen_it(sanctions):
    records = sanctions(
        "Ottawa imposed sanctions on Minsk. Restrictions on services now include legal advice, architecture and consulting."
    )
    widened = [r for r in records if r["action"] == "tighten"]
    assert targets(widened) == ["architecture", "consulting", "legal advice"]
    assert {r["imposer"] for r in widened} == {"Canada"}


def test_names_a_measure_includes_are_imposed_on(sanctions):
    records = sanctions("UK sanctions on Russian lenders include Alfa Bank and Sovcombank.")
    assert {(r["action"], r["imposer"]) for r in records} == {("impose", "United Kingdom")}
    assert len(records) == 2 and "Sovcombank" in targets(records)


def test_objects_listed_after_a_measure_verb_are_one_target_each(sanctions):
    records = sanctions("Ottawa imposed sanctions on Minsk. The export ban now covers drones, chips and engines.")
    assert targets([r for r in records if r["instrument"] == "export ban"]) == ["chips", "drones", "engines"]


def test_inclusions_outside_a_sanctions_text_stay_silent(sanctions):
    assert sanctions("Restrictions on travel include long queues, delays and closures.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU imposed sanctions on members of Hamas and Hezbollah.", ["members of Hamas", "members of Hezbollah"]),
        ("Ottawa imposed sanctions on leaders of the Tigray Defence Force and the Fano Militia.",
         ["leaders of the Fano Militia", "leaders of the Tigray Defence Force"]),
    ],
)
def test_people_of_coordinated_bodies_are_one_group_each(sanctions, text, expected):
    assert targets(sanctions(text)) == expected


def test_names_after_a_counted_list_are_listed(sanctions):
    records = sanctions(
        "Ottawa extended sanctions on Minsk. Currently, the list includes 12 organizations and 80 individuals, "
        "including the Interior Minister of Belarus, Ivan Kubrakov."
    )
    assert ("maintain", "Ivan Kubrakov") in {(r["action"], r["target"]) for r in records}


def test_a_counted_list_without_names_lists_nobody(sanctions):
    records = sanctions("Ottawa extended sanctions on Minsk. The list includes 12 organizations and 80 individuals.")
    assert [r["action"] for r in records] == ["extend"]


def test_a_measure_that_applies_to_a_party_is_imposed_on_it(sanctions):
    records = sanctions("The sanctions apply to Rosneft and Lukoil.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "Rosneft"), ("impose", "Lukoil")}
    records = sanctions("The sanctions, agreed by the ministers, apply to Sovcomflot.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "Sovcomflot")}


def test_a_measures_second_predicate_after_and_can_target(sanctions):
    text = "The sanctions were agreed by the ministers and target three sectors: mining, banking and shipping."
    records = sanctions(text)
    assert {r["target"] for r in records if r["action"] == "impose"} >= {"mining", "banking", "shipping"}
    text = "The sanctions are coordinated with London and target Sovcomflot and Rosneft."
    assert {r["target"] for r in sanctions(text)} >= {"Sovcomflot", "Rosneft"}
