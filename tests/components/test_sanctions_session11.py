"""Session 11 (sanctions): one last-person lookup for 'he' and 'him', classes recurring over the pooled probes."""
from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


def test_him_is_the_last_person_even_past_a_body():
    # 'him' and 'he' use the same lookup: the last person named, past a body named in between
    recs = _recs("Viktor Petrenko founded the Ural Steel Works. The European Union lifted sanctions against him in March.")
    assert ("lift", "European Union", "Viktor Petrenko") in recs
    recs = _recs("Marta Kowal leads the Baltic Grain Company. Canada imposed sanctions on her.")
    assert ("impose", "Canada", "Marta Kowal") in recs


def test_he_subject_and_so_far_before_the_verb():
    recs = _recs("Donald Trump told reporters in Ohio that he would lift sanctions on Venezuela.")
    assert any(a in ("lift", "consider") and i == "United States" and t == "Venezuela" for a, i, t in recs)
    recs = _recs("Japan said it had so far frozen the assets of 30 Russian banks.")
    assert any(a == "impose" and i == "Japan" for a, i, t in recs)


def test_advocacy_and_support_for_a_measure_are_calls():
    assert ("call_for", "Finland", "Russia") in _recs("Finland has long advocated tougher sanctions against Russia.")
    assert ("call_for", "Poland", "Belarus") in _recs("Poland voiced support for new sanctions on Belarus.")
    recs = _recs("Moldova has stepped up its advocacy for tougher sanctions on Transnistria's leaders.")
    assert recs and all(a == "call_for" for a, _, _ in recs)


def test_support_or_a_call_in_an_opening_phrase_is_no_call_for_the_main_clause():
    for text in (
        "Despite US support for Kyiv, the EU imposed sanctions on Russia.",
        "Despite calls for restraint, the EU imposed sanctions on Russia.",
        "Amid growing support for a deal, Japan lifted sanctions on Iran.",
        "The US provided military support for Ukraine and imposed sanctions on Russia.",
    ):
        recs = _recs(text)
        assert recs and all(a in ("impose", "lift") for a, _, _ in recs), text


def test_implicit_imposer_after_coordinated_imposers_is_each_of_them():
    recs = _recs("Norway, Iceland and Denmark imposed sanctions on 20 Georgian officials on Monday. "
                 "The blacklists are to be expanded to include 30 more officials.")
    assert {i for a, i, _ in recs if a == "tighten"} == {"Norway", "Iceland", "Denmark"}
    recs = _recs("The US and the EU imposed sanctions on Russia in 2022. Canada imposed sanctions on Belarus in 2023. "
                 "The blacklists are to be expanded to include 30 more officials.")
    assert {i for a, i, _ in recs if a == "tighten"} == {"Canada"}


def test_a_measure_that_extends_or_applies_to_a_party_targets_it():
    recs = _recs("Belarus has announced a ban on entry for 120 Polish citizens. "
                 "The ban also extends to two former ministers, Tomasz Zielinski and Anna Kowalska.")
    assert ("impose", "Belarus", "Tomasz Zielinski") in recs and ("impose", "Belarus", "Anna Kowalska") in recs
    recs = _recs("Canada imposed sanctions on Moldova's oligarchs. These restrictions apply to 12 companies.")
    assert ("impose", "Canada", "companies") in recs
    recs = _recs("The EU imposed sanctions on Syria's airlines. The sanctions extend to members of the Syrian Air Force.")
    assert any(a == "impose" and t and "Air Force" in t for a, _, t in recs)


def test_a_measure_extending_to_a_date_or_a_weak_word_alone_names_no_target():
    for text in (
        "The EU imposed sanctions on Belarus in 2021. The sanctions extend to 2026.",
        "The EU imposed sanctions on Belarus in 2021. The sanctions extend to the end of next year.",
        "The EU imposed sanctions on Belarus in 2021. The sanctions extend to February 28, 2026.",
    ):
        assert {t for _, _, t in _recs(text)} == {"Belarus"}, text
    assert not _recs("A smoking ban extends to all restaurants in Warsaw.")


def test_named_members_after_including_stand_beside_the_counted_group():
    recs = _recs("Britain will impose sanctions on thirty Georgian officials, including Irakli Kobakhidze, the ministry said.")
    targets = {t for a, _, t in recs if a in ("impose", "threaten")}
    assert "Irakli Kobakhidze" in targets and any(t and "Georgian officials" in t for t in targets)
    recs = _recs("The EU has sanctioned more than 40 Belarusian judges since 2020, including Natalia Petrova last year.")
    targets = {t for a, _, t in recs if a == "impose"}
    assert "Natalia Petrova" in targets and any(t and "judges" in t for t in targets)
    # 'namely' names all of them: the names replace the description
    recs = _recs("The EU sanctioned three Russian banks, namely Sberbank, VTB and Alfa-Bank.")
    assert {t for _, _, t in recs} == {"Sberbank", "VTB", "Alfa-Bank"}


def test_named_members_after_including_join_coordinated_descriptions():
    recs = _recs("The new sanctions imposed by Canada have targeted 40 people and six Iranian companies, "
                 "including shipping firm IRISL, drone maker Qods Aviation Industries and Bank Melli.")
    targets = {t for a, _, t in recs if a == "impose"}
    assert {"people", "Qods Aviation Industries", "Bank Melli"} <= targets
    # a possessor names no member
    recs = _recs("Britain sanctioned a further 100 individuals and entities, including two of President Aliyev's relatives.")
    assert all("Aliyev" not in (t or "") for _, _, t in recs)


def test_implicit_imposer_is_the_one_body_of_its_state_the_text_names():
    recs = _recs("The National Security and Defense Council of Ukraine imposed sanctions on Viktor Medvedchuk on Friday. "
                 "The sanctions were also imposed on Taras Kozak.")
    assert ("impose", "National Security and Defense Council of Ukraine", "Taras Kozak") in recs
    # two bodies of the state: no unambiguous body, the state
    recs = _recs("The US Treasury sanctioned Viktor Vekselberg on Friday. The State Department imposed visa bans on "
                 "Oleg Deripaska. The sanctions were also imposed on Taras Kozak.")
    assert ("impose", "United States", "Taras Kozak") in recs


def test_a_headline_infinitive_is_an_announced_step_unless_conditional():
    recs = _recs("Canada to impose sanctions on Nicaragua over election fraud\n\nThe measures follow the November vote.")
    assert ("impose", "Canada", "Nicaragua") in recs and not any(a == "threaten" for a, _, _ in recs)
    recs = _recs("EU to Sanction Iranian Airlines if Missiles Reach Russia\n\nThe EU has warned Iran about sanctions.")
    assert any(a == "threaten" and t and "Airlines" in t for a, _, t in recs)
