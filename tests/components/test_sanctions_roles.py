"""Sanctions roles: coordinated targets and imposers, passive designations, 'by' agents,
coordinated instruments (texts written for the tests)."""

from __future__ import annotations


def roles(records: list[dict], action: str = "impose") -> set[tuple]:
    return {(r["imposer"], r["target"]) for r in records if r["action"] == action}


# -- passive subjects: each conjunct is a target -------------------------------------
def test_coordinated_passive_subjects_are_each_a_target(sanctions):
    records = sanctions("Roman Abramovich and Oleg Deripaska were sanctioned by the UK on Thursday.")
    assert roles(records) == {("United Kingdom", "Roman Abramovich"), ("United Kingdom", "Oleg Deripaska")}


# -- passive designations --------------------------------------------------------
def test_passive_designation_of_coordinated_names(sanctions):
    records = sanctions("The new sanctions target two lenders. Ruribank and Ruritradebank were designated.")
    assert {t for _, t in roles(records) if t in ("Ruribank", "Ruritradebank")} == {"Ruribank", "Ruritradebank"}


def test_designation_aside_with_both_and_by_agent(sanctions):
    records = sanctions("Hezbollah and Hamas — both designated as foreign terrorist organizations by the US — received the money.")
    assert roles(records) == {("United States", "Hezbollah"), ("United States", "Hamas")}


def test_designation_in_relative_clause_targets_the_antecedent(sanctions):
    records = sanctions("Konstantin Malofeyev, a Russian tycoon who was designated by OFAC in 2014, funded the network.")
    assert roles(records) == {("Office of Foreign Assets Control", "Konstantin Malofeyev")}


def test_designated_as_a_category_is_not_a_target(sanctions):
    records = sanctions("The US designated Hezbollah and Hamas as terrorist groups.")
    assert roles(records) == {("United States", "Hezbollah"), ("United States", "Hamas")}


def test_designated_as_a_successor_is_no_sanction(sanctions):
    assert sanctions("The sanctions stayed. Ahmad Rahimi was designated as his successor.") == []


# -- lists of named targets --------------------------------------------------------
def test_three_names_the_actor_lists_do_not_know_are_each_a_target(sanctions):
    records = sanctions("The United States sanctioned Zarvan Bank, Kestrel Air and Ostrova Lines on Monday.")
    assert {t for _, t in roles(records)} == {"Zarvan Bank", "Kestrel Air", "Ostrova Lines"}


def test_list_with_appositions_semicolon_and_dashes(sanctions):
    text = (
        "The Office of Foreign Assets Control (OFAC) sanctioned Bureau 77 of the Ministry of Light Industry, a state "
        "trading entity; two of its front companies — Ryonghwa Shipping and Sonbong Trading — and Dandong Harbour "
        "Logistics, a China-based firm."
    )
    records = sanctions(text)
    assert roles(records) == {
        ("Office of Foreign Assets Control", t)
        for t in ("Bureau 77 of the Ministry of Light Industry", "Ryonghwa Shipping", "Sonbong Trading", "Dandong Harbour Logistics")
    }


def test_copular_list_after_listing_names_the_targets(sanctions):
    text = (
        "OFAC imposed sanctions on two people on Friday. The two individuals added to the sanctions list are "
        "Ri Kwang-chol, the head of a trading office in Dandong, and Kim Song-il, its deputy."
    )
    listed = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.listing"]
    assert {r["target"] for r in listed} == {"Ri Kwang-chol", "Kim Song-il"}


def test_a_described_name_is_no_list(sanctions):
    records = sanctions("OFAC sanctioned Zarvan Bank, Iran's largest private lender, on Friday.")
    assert {t for _, t in roles(records)} == {"Zarvan Bank"}


# -- imposers named in an 'including' aside ------------------------------------------
def test_members_listed_after_including_are_the_imposers(sanctions):
    records = sanctions("Western governments, including the European Union and Canada, imposed sanctions on Belarus.")
    assert roles(records) == {("European Union", "Belarus"), ("Canada", "Belarus")}


def test_including_inside_an_adjunct_does_not_make_imposers(sanctions):
    records = sanctions("In talks with Russia, including Moscow, the EU imposed sanctions on Iran.")
    assert roles(records) == {("European Union", "Iran")}


# -- coordinated instruments ---------------------------------------------------------
def test_coordinated_instruments_are_one_record_each_sharing_imposer_and_target(sanctions):
    records = sanctions("The EU adopted import bans and export restrictions on Russia.")
    assert {(r["action"], r["imposer"], r["target"], r["instrument"]) for r in records} == {
        ("impose", "European Union", "Russia", "import bans"),
        ("impose", "European Union", "Russia", "export restrictions"),
    }


def test_coordinated_instruments_keep_the_modality(sanctions):
    records = sanctions("The EU will consider sanctions and tariffs on China.")
    assert {(r["action"], r["instrument"]) for r in records} == {("consider", "sanctions"), ("consider", "tariffs")}


# -- snapback: the states that trigger it impose --------------------------------------
def test_states_that_trigger_a_snapback_impose_it(sanctions):
    records = sanctions("France, Britain and Germany triggered the snapback of UN sanctions on Iran.")
    assert roles(records) == {("France", "Iran"), ("United Kingdom", "Iran"), ("Germany", "Iran")}


def test_snapback_invoked_by_states_in_a_reduced_relative(sanctions):
    text = (
        "UN sanctions on Iran returned on Sunday. The move ended the snapback mechanism — a clause of the 2015 "
        "deal — invoked by France, Britain, and Germany in August."
    )
    snap = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.snapback_invoked"]
    assert {(r["imposer"], r["instrument"]) for r in snap} == {
        ("France", "snapback"), ("United Kingdom", "snapback"), ("Germany", "snapback")
    }


def test_adding_to_a_list_of_sanctions_against_a_state_targets_the_state(sanctions):
    text = "The US lifted sanctions on Syria in May. In June the United States added to its long list of sanctions against Iran."
    assert roles(sanctions(text)) == {("United States", "Iran")}


def test_measures_listed_as_part_of_an_adopted_package_share_its_action(sanctions):
    text = (
        "Oil prices will be capped in addition to extra trade restrictions and travel bans as part of a ninth "
        "sanctions package on Russia adopted by EU countries on Thursday."
    )
    records = sanctions(text)
    assert {(r["action"], r["imposer"], r["instrument"]) for r in records} >= {
        ("impose", "European Union", "trade restrictions"),
        ("impose", "European Union", "travel bans"),
        ("impose", "European Union", "sanctions package"),
    }
    assert {r["target"] for r in records if r["instrument"] in ("trade restrictions", "travel bans")} == {"Russia"}


def test_members_named_after_including_in_a_passive_listing_are_each_a_target(sanctions):
    text = (
        "UN sanctions on Iran returned on Sunday. Dozens of officials and entities, including senior figures in the "
        "Revolutionary Guard, the Ministry of Defence and the Atomic Energy Organisation, have been restored to the "
        "Security Council's sanctions list."
    )
    listed = [r for r in sanctions(text) if r["rule"] == "sanctions.impose.listing"]
    assert {r["target"] for r in listed} == {"Revolutionary Guard", "Ministry of Defence", "Atomic Energy Organisation"}
    assert {r["imposer"] for r in listed} == {"United Nations Security Council"}


def test_passive_with_an_adverb_and_a_described_subject(sanctions):
    text = "The EU adopted new sanctions on Russia. A large oil refinery in India, part-owned by Rosneft, was also blacklisted."
    records = [r for r in sanctions(text) if r["instrument"] == "blacklisted"]
    assert [(r["action"], r["target"]) for r in records] == [("impose", "large oil refinery in India")]


def test_a_snapback_activated_in_a_condition_is_no_imposition(sanctions):
    text = "Iran said it would end its cooperation with inspectors if the snapback mechanism were activated."
    assert [r for r in sanctions(text) if r["rule"] == "sanctions.impose.snapback_invoked"] == []


def test_designated_description_stands_beside_the_name_after_including(sanctions):
    # the named bank is one of the two: both are targets (session 11: the group is kept after 'including')
    text = (
        "OFAC designated two major financial institutions, including the Public Joint Stock Company Ruritbank "
        "(RTB), a privately owned commercial bank."
    )
    records = sanctions(text)
    assert roles(records) == {("Office of Foreign Assets Control", "Public Joint Stock Company Ruritbank"),
                              ("Office of Foreign Assets Control", "institutions")}


def test_the_mechanism_triggered_by_states_in_a_text_about_the_snapback(sanctions):
    text = "The snapback restores UN sanctions on Iran. The mechanism was triggered by France, Germany and the United Kingdom."
    snap = [r for r in sanctions(text) if r["instrument"] == "snapback"]
    assert {(r["action"], r["imposer"]) for r in snap} == {("impose", "France"), ("impose", "Germany"), ("impose", "United Kingdom")}


def test_a_mechanism_triggered_in_a_text_without_a_snapback_is_no_sanction(sanctions):
    text = "The EU sanctions on Iran stay. The dispute mechanism was triggered by France and Germany."
    assert [r for r in sanctions(text) if r["instrument"] == "snapback"] == []


def test_snapback_triggering_states_are_not_the_implicit_imposer_of_the_returned_measures(sanctions):
    text = (
        "UN sanctions against Iran were reinstated on Sunday under the snapback mechanism. The mechanism was "
        "triggered by France, Germany and the United Kingdom. The measures impose a blanket ban on arms exports."
    )
    ban = [r for r in sanctions(text) if r["instrument"] == "ban"]
    assert {r["imposer"] for r in ban} == {"United Nations"}


def test_passive_subject_list_of_names_across_commas(sanctions):
    records = sanctions("Zarvan Bank, Kestrel Air and Ostrova Lines were sanctioned by the UK.")
    assert roles(records) == {("United Kingdom", t) for t in ("Zarvan Bank", "Kestrel Air", "Ostrova Lines")}


def test_object_list_with_a_possessive_apposition(sanctions):
    records = sanctions("OFAC sanctioned Rosneft, Russia's largest oil company, and Lukoil on Friday.")
    assert roles(records) == {("Office of Foreign Assets Control", "Rosneft"), ("Office of Foreign Assets Control", "Lukoil")}


def test_sanctions_on_a_list_of_names_the_actor_lists_do_not_know(sanctions):
    records = sanctions("The US imposed sanctions on Zarvan Bank, Kestrel Air and Ostrova Lines on Monday.")
    assert roles(records) == {("United States", t) for t in ("Zarvan Bank", "Kestrel Air", "Ostrova Lines")}


def test_a_relative_clause_after_a_target_is_no_list(sanctions):
    records = sanctions("The EU imposed sanctions on Russia, which denied wrongdoing.")
    assert roles(records) == {("European Union", "Russia")}


def test_a_quoted_term_in_the_target_phrase_is_the_target(sanctions):
    records = sanctions("Canada imposed sanctions on a “ghost fleet” of eight Iranian tankers.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "ghost fleet")}
    records = sanctions("Japan imposed sanctions on the so-called 'dark fleet' of Venezuelan tankers.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "dark fleet")}


def test_every_member_of_a_listed_antecedent_imposes_in_its_relative_clause(sanctions):
    text = "The move follows a statement from Canada, Japan and Australia, who announced sanctions on Iran."
    records = sanctions(text)
    assert {(r["imposer"], r["target"]) for r in records} == {("Canada", "Iran"), ("Japan", "Iran"), ("Australia", "Iran")}


def test_taking_part_in_a_measure_imposes_it(sanctions):
    records = sanctions("Norway and Switzerland have participated in EU-led sanctions on Russian gas.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} >= {
        ("impose", "Norway", "Russian gas"), ("impose", "Switzerland", "Russian gas")}


def test_a_coordinated_antecedent_of_a_target_side_relative_is_every_target(sanctions):
    records = sanctions("The pipeline deal was signed by Iran and Syria, which face Western sanctions.")
    assert {r["target"] for r in records} == {"Iran", "Syria"}
    assert not {r["imposer"] for r in records} & {"Iran", "Syria"}


def test_the_antecedent_of_on_whom_is_the_target(sanctions):
    records = sanctions("Marat Ivanov, on whom Canada imposed sanctions in 2023, left for Dubai.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {("impose", "Canada", "Marat Ivanov")}
    records = sanctions("The two firms against which the EU imposed sanctions include Rosneft and Lukoil.")
    assert {r["target"] for r in records} == {"Rosneft", "Lukoil"}


def test_the_people_of_a_body_as_subject_are_the_target_not_the_body(sanctions):
    records = sanctions("Commanders of Hezbollah were sanctioned by Canada on Monday.")
    assert {r["target"] for r in records} == {"Commanders of Hezbollah"}
    records = sanctions("All members of the ruling council are under Japanese sanctions.")
    assert {(r["action"], r["target"]) for r in records} == {("maintain", "members of the ruling council")}


def test_an_authority_that_says_it_is_targeting_imposes(sanctions):
    records = sanctions("The Treasury said it was also targeting three shipping firms in Dubai.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {
        ("impose", "United States Department of the Treasury", "shipping firms")}
    assert sanctions("Moscow said it targeted energy sites near Kharkiv.") == []
