"""Sanctions story types the earlier probes had few of: court rulings that annul listings, the
serial comma in coordinated imposers and targets."""

from __future__ import annotations

from tests.components.sanctions_records import roles


def test_a_serial_comma_coordinates_every_imposer(sanctions):
    records = sanctions("Canada, Australia, and New Zealand imposed sanctions on Iran.")
    assert roles(records) == {("Canada", "Iran"), ("Australia", "Iran"), ("New Zealand", "Iran")}
    records = sanctions("Norway, Iceland, and Switzerland have agreed to expand their sanctions on Belarus.")
    assert roles(records, "tighten") == {("Norway", "Belarus"), ("Iceland", "Belarus"), ("Switzerland", "Belarus")}


def test_a_serial_comma_coordinates_every_passive_target(sanctions):
    records = sanctions("Romania, Bulgaria, and Greece were sanctioned by Moscow.")
    assert {r["target"] for r in records if r["action"] == "impose"} == {"Romania", "Bulgaria", "Greece"}


def test_a_court_that_annuls_or_quashes_a_measure_lifts_it(sanctions):
    records = sanctions("A British court on Tuesday quashed the asset freeze on Gazprombank and Sberbank.")
    assert {(r["action"], r["target"]) for r in records} == {("lift", "Gazprombank"), ("lift", "Sberbank")}
    records = sanctions("The EU sanctions against Oleg Deripaska were annulled by the General Court.")
    assert {(r["action"], r["target"]) for r in records} == {("lift", "Oleg Deripaska")}


def test_a_listing_takes_its_party_after_of(sanctions):
    text = "The EU imposed sanctions on Iran in 2012. In May the General Court annulled the listings of Bank Mellat and Bank Saderat."
    records = sanctions(text)
    assert {(r["action"], r["target"]) for r in records if r["action"] == "lift"} == {("lift", "Bank Mellat"), ("lift", "Bank Saderat")}


def test_a_variant_spelling_reads_as_the_usual_one(sanctions):
    records = sanctions("The EU targetted Serbian oligarchs with sanctions.")
    assert roles(records) == {("European Union", "Serbian oligarchs")}


def test_a_stock_market_listing_is_no_sanctions_measure(sanctions):
    """An exchange suspending the listing of shares acts on securities, not on a sanctions list."""
    for text in (
        "The EU imposed sanctions on Russia. The Moscow Exchange then suspended the listing of Rosneft shares.",
        "As sanctions mounted, the London Stock Exchange suspended the listings of Russian depositary receipts.",
    ):
        assert not [r for r in sanctions(text) if r["action"] in ("suspend", "lift")], text
    records = sanctions("The EU imposed sanctions on Russia. Brussels suspended the listing of Oleg Ivanov pending review.")
    assert ("lift", "Oleg Ivanov") in {(r["action"], r["target"]) for r in records}


def test_added_onto_a_blacklist_is_a_listing(sanctions):
    records = sanctions("Poland added the Belarusian interior minister onto its blacklist on Monday.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "Belarusian interior minister")}


def test_placed_under_sanctions_past_a_long_object(sanctions):
    records = sanctions("Canada put Oleg Petrov and his trading company of the same name under sanctions in 2023.")
    assert roles(records) >= {("Canada", "Oleg Petrov")}


def test_plural_announcements_of_sanctions_impose(sanctions):
    records = sanctions("Canada and Australia made back-to-back announcements of sanctions against Iran.")
    assert roles(records) == {("Canada", "Iran"), ("Australia", "Iran")}


def test_a_word_between_a_measure_and_its_target_intro(sanctions):
    records = sanctions("Canada unleashed its strongest sanctions yet against Serbia's arms makers.")
    assert roles(records) == {("Canada", "Serbia's arms makers")}


def test_a_list_of_counted_groups_is_one_target_each(sanctions):
    records = sanctions("Australia has sanctioned 40 Iranians, 12 firms, and three banks.")
    assert roles(records) == {("Australia", "Iranians"), ("Australia", "firms"), ("Australia", "banks")}
    records = sanctions("Australia imposed sanctions on 40 Iranians, 12 firms and three banks.")
    assert roles(records) == {("Australia", "Iranians"), ("Australia", "firms"), ("Australia", "banks")}


def test_targeted_under_or_in_a_measure_is_a_target_side_verb(sanctions):
    records = sanctions("Three Serbian banks were targeted in the new round of sanctions.")
    assert {(r["action"], r["target"]) for r in records} == {("impose", "Serbian banks")}
    records = sanctions("Oleg Petrov and Ivan Sidorov are also targeted under the latest sanctions.")
    assert {r["target"] for r in records if r["action"] == "impose"} == {"Oleg Petrov", "Ivan Sidorov"}


def test_a_described_conjunct_of_a_target_subject_is_a_target(sanctions):
    records = sanctions("TV host Maria Petrova, former gymnast Alina Ivanova and Chechen leader Ramzan Petrov were sanctioned.")
    assert {r["target"] for r in records} == {"Maria Petrova", "Alina Ivanova", "Ramzan Petrov"}


def test_a_personal_pronoun_target_is_the_people_last_named(sanctions):
    records = sanctions("Oleg Sokolov lost his appeal on Monday. The court upheld the sanctions against him.")
    assert {(r["action"], r["target"]) for r in records} == {("maintain", "Oleg Sokolov")}
    records = sanctions("Ivan Petrov and Oleg Sokolov challenged the decision. The Council renewed the sanctions against them.")
    assert {(r["action"], r["target"]) for r in records} == {("extend", "Ivan Petrov"), ("extend", "Oleg Sokolov")}


def test_a_price_cap_per_unit_of_goods_targets_the_goods(sanctions):
    records = sanctions("The G7 instituted a price cap of $50 per tonne of Iranian steel.")
    assert {(r["action"], r["imposer"], r["target"]) for r in records} == {("impose", "Group of Seven", "Iranian steel")}


def test_a_day_before_a_passive_subject_is_no_part_of_it(sanctions):
    records = sanctions("On Friday the Serbian defence and interior ministers were sanctioned.")
    assert {r["target"] for r in records} == {"Serbian defence and interior ministers"}


def test_a_list_of_unfriendly_countries_that_includes_a_state_lists_it(sanctions):
    text = "Western sanctions hit Belarus hard. Belarus published a list of unfriendly countries that includes Canada and Norway."
    records = sanctions(text)
    assert {(r["action"], r["imposer"], r["target"]) for r in records if r["rule"].endswith("list_members")} == {
        ("impose", "Belarus", "Canada"), ("impose", "Belarus", "Norway")}
    records = sanctions("Western sanctions hit Belarus hard. Belarus's list of unfriendly countries includes Canada.")
    assert ("impose", "Belarus", "Canada") in {(r["action"], r["imposer"], r["target"]) for r in records}
    assert not [r for r in sanctions("Western sanctions hit Belarus hard. A list of speakers included Ivan Petrov.") if r["target"] == "Ivan Petrov"]


def test_the_country_as_a_target_falls_back_to_a_state_not_a_company(sanctions):
    text = ("Gazprom said on Monday it would resume exports. The EU has granted Gazprom a limited licence to restart "
            "pumping gas in Serbia in the most significant easing of sanctions on the country since 2019.")
    records = sanctions(text)
    assert ("ease", "Serbia") in {(r["action"], r["target"]) for r in records if r["rule"].endswith("nominal")}


def test_a_denied_action_is_no_action(sanctions):
    """GUIDELINES: claims or denials of sanctions are not actions; a denial of something else is no cue."""
    for text in (
        "The Kremlin denied that Moscow had imposed sanctions on Kazakhstan.",
        "Astana denies having banned exports of dual-use goods to Russia.",
        "The ministry denied it had frozen the assets of Russian banks.",
    ):
        assert sanctions(text) == [], text
    records = sanctions("Minsk denied the charges after the EU sanctioned 12 judges.")
    assert [(r["action"], r["imposer"]) for r in records] == [("impose", "European Union")]


def test_an_entry_ban_told_by_its_verb_targets_the_people_after_to(sanctions):
    records = sanctions("The EU imposed sanctions on Belarus. Lithuania banned entry to 30 Belarusian officials.")
    assert ("Lithuania", "Belarusian officials") in roles(records)
    records = sanctions("The sanctions bite. Latvia has denied entry to 12 Russian judges and prosecutors.")
    assert {("Latvia", "Russian judges"), ("Latvia", "Russian prosecutors")} <= roles(records)  # (the demonym qualifies both)
    # outside a text about sanctions a refused entry is a border matter
    assert sanctions("Moldova's border police denied entry to a Russian journalist on Monday.") == []


def test_adopting_another_powers_measures_imposes_them(sanctions):
    """The state that adopts or implements a measure applies it, whoever drew it up."""
    assert roles(sanctions("Norway adopted the EU sanctions against Belarus on Friday.")) == {("Norway", "Belarus")}
    assert roles(sanctions("Switzerland adopted the EU's latest sanctions against Russia.")) == {("Switzerland", "Russia")}
    assert roles(sanctions("The EU adopted its 14th package of sanctions against Russia.")) == {("European Union", "Russia")}


def test_a_speaker_after_a_counted_description_is_no_member_of_it(sanctions):
    """'..., Foreign Minister Melanie Joly said' attributes the news; it does not name the officials."""
    for text in (
        "Ottawa sanctioned 10 Russian officials, Foreign Minister Melanie Joly said.",
        "Ottawa will sanction 10 more Russian officials, Melanie Joly said.",
    ):
        assert {r["target"] for r in sanctions(text)} == {"Russian officials"}, text
    records = sanctions("Ottawa sanctioned two Russian officials, Ivan Petrov and Oleg Sidorov.")
    assert {r["target"] for r in records} == {"Ivan Petrov", "Oleg Sidorov"}
