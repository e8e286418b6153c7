"""Sanctions: trigger words, state words, target phrase bounds and datelines (texts written for the tests)."""

from __future__ import annotations

import pytest


def find(records: list[dict], **kw) -> dict:
    hits = [r for r in records if all(r.get(k) == v for k, v in kw.items())]
    assert hits, (kw, records)
    return hits[0]


# -- datelines -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "BRUSSELS (Reuters) - The bloc's ministers said it had imposed sanctions on five people.",
    "KYIV, Ukraine — Officials said it would impose sanctions on Ruritania.",
    "WASHINGTON, Jane Roe (dpa) - It imposed sanctions on five people.",
    "WASHINGTON, Jane Roe (dpa)- It imposed sanctions on five people.",
    "MOSCOW\nIt imposed sanctions on five people.",
])
def test_sanctions_dateline_place_is_never_imposer_or_target(sanctions, text):
    # one impose on the body's party; the dateline's place is neither its imposer nor its target
    target = "Ruritania" if "Ruritania" in text else "people"
    assert [(r["action"], r["imposer"], r["target"]) for r in sanctions(text)] == [("impose", None, target)]


def test_sanctions_dateline_does_not_hide_the_sentence_subject(sanctions):
    r = find(sanctions("WASHINGTON (AP) - The European Union imposed sanctions on Belarus."), action="impose")
    assert (r["imposer"], r["target"]) == ("European Union", "Belarus")


def test_sanctions_capital_opening_a_normal_sentence_still_acts(sanctions):
    r = find(sanctions("Washington imposed sanctions on Cuba in 1962."), action="impose")
    assert r["imposer"] == "United States"


# -- where a target phrase ends ------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("A sanctions package on Russia formally adopted on Monday was imposed by the EU.", "Russia"),
    ("The EU imposed sanctions on goods used in drone production.", "goods"),
    ("The EU imposed sanctions on fuels made from Ruritanian crude.", "fuels"),
    ("The US imposed sanctions on entities owned by the oligarch.", "entities"),
    ("Treasury imposed sanctions on network members pursuant to an executive order.", "network members"),
    ("The US announced new sanctions on Iran alleging a smuggling scheme.", "Iran"),
    ("Russia imposed sanctions on Belarus - a first for the allies.", "Belarus"),
])
def test_sanctions_target_ends_before_adverb_participle_or_dash(sanctions, text, target):
    assert find(sanctions(text), action="impose")["target"] == target


@pytest.mark.parametrize("text, target", [
    ("The EU imposed sanctions on the newly listed firms.", "newly listed firms"),
    ("The EU imposed sanctions on Russian liquefied natural gas.", "Russian liquefied natural gas"),
    ("The EU imposed sanctions on the family of the general.", "family of the general"),
    ("The EU imposed sanctions on state-owned banks.", "state-owned banks"),
    ("The EU imposed sanctions on 20 flagged vessels.", "flagged vessels"),
])
def test_sanctions_modifiers_before_the_head_stay_in_the_target(sanctions, text, target):
    assert find(sanctions(text), action="impose")["target"] == target


# -- trade-flow bans: the named party, else the goods ------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("The bloc is banning imports of steel from Belarus, officials said.", "Belarus"),
    ("The EU prohibited the purchase, import or transfer from Belarus of petroleum goods.", "petroleum goods"),
    ("The US banned all trade with Iran in 1995.", "Iran"),
    ("The EU banned import and transportation of two kinds of potash.", "potash"),
    ("The EU also banned transportation of nitrogen fertilizers.", "nitrogen fertilizers"),
    ("The EU imposed sanctions, including bans on trade and transit of potash fertilizers.", "potash fertilizers"),
    ("The EU imposed an embargo on the purchase of steel from Russia.", "Russia"),
])
def test_sanctions_trade_ban_targets_the_party_else_the_goods(sanctions, text, target):
    # (goods named after the party are what is banned: "the transfer from Belarus of petroleum goods")
    records = sanctions(text)
    assert any(r["action"] == "impose" and r["target"] == target for r in records), records
    assert not any((r["target"] or "").split(" ")[0] in ("on", "of", "from", "imports", "the") for r in records), records


def test_sanctions_progressive_ban_is_active_its_subject_imposes(sanctions):
    r = find(sanctions("The European Union is banning imports of timber from Belarus."), action="impose")
    assert (r["imposer"], r["target"]) == ("European Union", "Belarus")


def test_sanctions_goods_named_before_the_flow_noun_stay_the_target(sanctions):
    r = find(sanctions("Washington moved to restrict semiconductor exports to China in October."), action="impose")
    assert r["target"] == "semiconductor exports"


# -- state words: unfreezing, released assets, vetoes, conditions, evasion, threats ------------
def test_sanctions_unfreezing_funds_eases(sanctions):
    text = "Despite US sanctions, the deal allowed the unfreezing of $6 billion of Iranian funds held in Seoul."
    r = find(sanctions(text), rule="sanctions.ease.unfreeze")
    assert (r["action"], r["target"]) == ("ease", "Iran")


def test_sanctions_releasing_frozen_assets_eases_not_imposes(sanctions):
    records = sanctions("Under the sanctions deal, Washington agreed to release frozen Iranian assets.")
    assert find(records, action="ease")["target"] == "Iran"
    assert not any(r["action"] == "impose" for r in records), records


def test_sanctions_frozen_as_an_adjective_is_no_freeze(sanctions):
    records = sanctions("Despite sanctions, Seoul moved $6 billion in frozen Iranian funds to banks in Doha.")
    assert not any(r["action"] == "impose" and r["rule"].startswith("sanctions.impose.asset_freeze") for r in records), records


def test_sanctions_has_frozen_assets_still_imposes(sanctions):
    r = find(sanctions("Britain has frozen the assets of Roman Abramovich."), action="impose")
    assert r["target"] == "Roman Abramovich"


def test_sanctions_vetoing_a_package_is_no_imposition(sanctions):
    records = sanctions("Hungary threatened to veto the 16th package of EU sanctions against Russia.")
    assert not any(r["action"] == "impose" for r in records), records


def test_sanctions_planned_action_under_a_condition_is_considered(sanctions):
    r = find(sanctions("Washington will lift sanctions on Belavia if Minsk frees more prisoners."), target="Belavia")
    assert r["action"] == "consider"
    r = find(sanctions("Washington will lift sanctions on Belavia next month."), target="Belavia")
    assert r["action"] == "lift"


def test_sanctions_evaded_measure_is_not_acted_on(sanctions):
    text = "Berlin fears schemes aimed at circumventing the sanctions regime against Russia."
    assert not any(r["action"] == "call_for" for r in sanctions(text))


def test_sanctions_more_sanctions_coming_is_a_threat(sanctions):
    records = sanctions('"There will be more sanctions coming," the secretary told reporters.')
    r = find(records, action="threaten")
    assert r["target"] is None or "will" not in r["target"]
    r = find(sanctions("The new sanctions are coming into force on Monday."), instrument="sanctions")
    assert r["action"] == "impose"


def test_sanctions_licence_named_with_brackets_eases_on_the_authorised_party(sanctions):
    text = ("Under US sanctions, the Office of Foreign Assets Control issued Venezuela General License (GL) 41, "
            "authorizing Chevron to resume limited operations.")
    r = find(sanctions(text), action="ease")
    assert (r["imposer"], r["target"]) == ("Office of Foreign Assets Control", "Chevron")


def test_sanctions_restored_to_a_sanctions_list_imposes(sanctions):
    text = "Several Iranian bodies, including the Ministry of Defence, have been restored to the Security Council's sanctions list."
    r = find(sanctions(text), action="impose")
    assert (r["imposer"], r["target"]) == ("United Nations Security Council", "Ministry of Defence")


# -- a target named in the sentence beats one carried over -----------------------------------
def test_sanctions_assets_belonging_to_a_party_target_it(sanctions):
    records = sanctions("The EU imposed sanctions on Belarus. It also froze assets belonging to Belavia abroad.")
    assert find(records, rule="sanctions.impose.asset_freeze")["target"] == "Belavia"


def test_sanctions_flow_into_a_named_sector_banned_in_the_passive_targets_it(sanctions):
    records = sanctions("The UN reimposed sanctions on Iran. Investment in Iran's energy sector is banned.")
    assert find(records, rule="sanctions.impose.ban_passive")["target"] == "Iran's energy sector"


def test_sanctions_state_possessor_of_unfrozen_funds_is_the_target(sanctions):
    records = sanctions("The EU imposed sanctions on Belavia. Under the sanctions deal, the unfreezing of $6 billion of Tehran's funds was allowed.")
    assert find(records, rule="sanctions.ease.unfreeze")["target"] == "Iran"


def test_sanctions_upper_case_abbreviation_opening_a_headline_is_no_dateline(sanctions):
    r = find(sanctions("EU adopts new sanctions on Russia alleging 'shadow-fleet' evasion"), action="impose")
    assert (r["imposer"], r["target"]) == ("European Union", "Russia")


# -- more action words ---------------------------------------------------------------------
def test_sanctions_named_members_of_an_including_list_impose(sanctions):
    text = "Russia stood by Minsk. The international community, including the EU and the United States, previously imposed sanctions on Belarus."
    imposers = {r["imposer"] for r in sanctions(text) if r["action"] == "impose"}
    assert imposers == {"European Union", "United States"}


def test_sanctions_narrowing_the_scope_eases(sanctions):
    r = find(sanctions("In 2023 the EU narrowed the scope of some of the sanctions on Belarus."), instrument="sanctions")
    assert r["action"] == "ease"


def test_sanctions_a_package_that_adds_bans_imposes_them(sanctions):
    r = find(sanctions("The latest set of sanctions also adds import bans on Russian steel."), instrument="import bans")
    assert (r["action"], r["target"]) == ("impose", "Russian steel")


def test_sanctions_authority_targeting_a_party_imposes(sanctions):
    r = find(sanctions("In 2022, OFAC targeted Bitriver, a crypto miner."), action="impose")
    assert (r["imposer"], r["target"]) == ("Office of Foreign Assets Control", "Bitriver")
    r = find(sanctions("The Treasury also targets a shipping network run by Hezbollah."), action="impose")
    assert r["target"] == "shipping network"
    assert not sanctions("Treasury said Russian drones targeted Kyiv.")


def test_sanctions_regime_in_a_state_targets_the_state(sanctions):
    assert find(sanctions("The EU imposed sanctions on the autocratic regime in Belarus."), action="impose")["target"] == "Belarus"


def test_sanctions_designated_as_a_category_targets_the_designated(sanctions):
    r = find(sanctions("Hezbollah was designated as a terrorist group by the EU."), action="impose")
    assert (r["imposer"], r["target"]) == ("European Union", "Hezbollah")
    records = sanctions("The oil is moved by Hamas and Hezbollah, both designated as foreign terrorist organizations by the United States.")
    assert {(r["imposer"], r["target"]) for r in records} == {("United States", "Hamas"), ("United States", "Hezbollah")}


def test_sanctions_coordinated_measures_share_the_action_verb(sanctions):
    records = sanctions("The resolutions impose travel bans and asset freezes on dozens of Iranian individuals.")
    assert {(r["action"], r["instrument"], r["target"]) for r in records} >= {
        ("impose", "travel bans", "Iranian individuals"), ("impose", "asset freezes", "Iranian individuals")}


def test_sanctions_a_mechanism_that_allowed_for_a_reimposition_makes_it_possible(sanctions):
    records = sanctions("The UN imposed sanctions on Iran. The deal allowed for the automatic reimposition of earlier sanctions.")
    assert find(records, instrument="sanctions", rule="sanctions.consider.impose.nominal")["action"] == "consider"


def test_sanctions_retaliation_with_a_measure_imposes_it(sanctions):
    r = find(sanctions("Moscow responded with countermeasures against EU officials."), action="impose")
    assert (r["imposer"], r["target"]) == ("Russia", "EU officials")
    assert not sanctions("Russia responded with a statement.")


def test_sanctions_a_verb_particle_is_no_target(sanctions):
    records = sanctions("The US imposed tariffs on China. Beijing hit back with tariffs on US soybeans.")
    assert all(r["target"] != "back" for r in records), records


def test_sanctions_phasing_out_imports_is_a_trade_ban(sanctions):
    r = find(sanctions("The EU agreed to phase out imports of Russian gas by 2027."), action="impose")
    assert r["target"] == "Russian gas"


def test_sanctions_retaliation_takes_its_own_target_never_the_retaliator(sanctions):
    records = sanctions("The US imposed tariffs on China. Beijing hit back with tariffs on US soybeans.")
    assert find(records, imposer="China")["target"] == "US soybeans"
    records = sanctions("The US imposed tariffs on China. Beijing hit back with new tariffs.")
    assert find(records, imposer="China")["target"] != "China"


def test_sanctions_measure_with_an_aside_targets_the_object_of_its_target_verb(sanctions):
    r = find(sanctions("The sanctions, imposed after the 2020 election, target Belarusian officials accused of fraud."), action="impose")
    assert r["target"] == "Belarusian officials"


def test_sanctions_lowering_a_price_cap_tightens_raising_it_eases(sanctions):
    r = find(sanctions("The G7 agreed to lower the price cap on Russian crude to $47.60 a barrel."), instrument="price cap")
    assert (r["action"], r["rule"]) == ("tighten", "sanctions.tighten.verbal")
    assert find(sanctions("The EU raised the oil price cap on Russian oil."), target="Russian oil")["action"] == "ease"
    assert find(sanctions("The US lowered tariffs on Chinese goods."), target="Chinese goods")["action"] == "ease"


def test_sanctions_coming_after_reports_not_threatens(sanctions):
    records = sanctions("The sanctions, coming after months of debate, hit Russian banks.")
    assert not any(r["action"] == "threaten" for r in records), records


def test_sanctions_named_restriction_kinds_are_measures_without_a_sanctions_word(sanctions):
    r = find(sanctions("The US imposed visa restrictions on 100 Belarusian officials."), action="impose")
    assert (r["instrument"], r["target"]) == ("visa restrictions", "Belarusian officials")
    assert find(sanctions("China imposed export curbs on gallium."), action="impose")["target"] == "gallium"


# -- trade-flow bans: listed goods, goods after the parties ------------------------------------
@pytest.mark.parametrize("text, targets", [
    ("The package bans the import of copper, nickel, timber and cement from Russia.", {"copper", "nickel", "timber", "cement"}),
    ("Ottawa banned the export to Iran of drones, engines and radars.", {"drones", "engines", "radars"}),
    ("Japan is blocking exports to North Korea from Japan of luxury cars.", {"luxury cars"}),
    ("Seoul prohibited the sale to Pyongyang of machine tools.", {"machine tools"}),
])
def test_sanctions_trade_ban_listed_goods_or_goods_after_the_party(sanctions, text, targets):
    records = [r for r in sanctions(text) if r["action"] == "impose"]
    assert {r["target"] for r in records} == targets, records


def test_sanctions_trade_ban_single_good_before_the_party_targets_the_party(sanctions):
    r = find(sanctions("The bloc banned imports of cobalt from Venezuela and Iran."), action="impose")
    assert r["target"] in ("Venezuela", "Iran")


@pytest.mark.parametrize(
    "text",
    [
        "Astana banned the export to Russia of 106 goods last year.",
        "Seoul restricted exports to North Korea of several hundred items.",
    ],
)
def test_sanctions_trade_ban_goods_only_counted_after_the_party_target_the_party(sanctions, text):
    """'106 goods' counts what is banned without naming it: the flow's party is the target."""
    records = [r for r in sanctions(text) if r["action"] in ("impose", "tighten")]
    assert records and {r["target"] for r in records} <= {"Russia", "North Korea"}, records


def test_sanctions_relieving_sanctions_eases_them(sanctions):
    recs = sanctions("In 2016 Canada relieved sanctions against Belshina and Naftan for six months.")
    assert {r["action"] for r in recs} == {"ease"}
    assert {r["target"] for r in recs} == {"Belshina", "Naftan"}


def test_every_word_list_a_rule_reads_is_loaded(nlp):
    """``view.w(name)`` of a list the lexicon does not load is silently empty (WordLists): a rule
    reading a list added to lexicon.json but not registered in ``compile_lexicon``, or misspelt,
    would never fire. Every name the sanctions rules ask for must be loaded."""
    import re
    from pathlib import Path

    import briefextract.rules.sanctions as package

    loaded = set(nlp.get_pipe("sanctions").lexicon.words.keys())
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py"))
    asked = set()
    for call, args in re.findall(r'\bw(_union|_without)?\(((?:\s*"[a-z_]+"\s*,?)+)', source):
        names = re.findall(r'"([a-z_]+)"', args)
        asked |= set(names[:1] if call == "_without" else names)  # w_without(name, *excluded words)
    assert len(asked) > 50
    assert sorted(asked - loaded) == []
