"""Session 12 (sanctions recall): classes recurring over the pooled probes 1-11 (texts written for the tests)."""
import pytest

from briefextract import extract


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


# -- pausing / freezing a measure stops it (lift); delaying one leaves it planned (consider) ---------
@pytest.mark.parametrize("text, expected", [
    ("Canada paused its sanctions on Guatemalan judges last week.", ("lift", "Canada", "Guatemalan judges")),
    ("Ottawa announced a freeze on sanctions against Nicaragua.", ("lift", "Canada", "Nicaragua")),
    ("The sanctions on Aeroflot were paused in October by Japan.", ("lift", "Japan", "Aeroflot")),
    ("The Council postponed new sanctions against Georgia until March.", ("consider", None, "Georgia")),
    ("Brussels deferred the 20th package of sanctions on Russia.", ("consider", "European Union", "Russia")),
    ("The tariffs on Canadian steel were postponed by the White House.", ("consider", "White House", "Canadian steel")),
])
def test_pausing_lifts_and_delaying_considers(text, expected):
    recs = _recs(text)
    assert expected in recs, recs
    assert all(a != "suspend" for a, _, _ in recs), recs


def test_delay_without_a_measure_is_no_action():
    assert not _recs("Hungary delayed the vote on the new budget. The talks were postponed.")


# -- the groups a sanctions list is said to include: each counted or party-headed group is a target ---
def test_a_list_of_counted_groups_gives_one_record_per_group():
    recs = _recs("Estonia imposed sanctions on 40 Georgian officials. "
                 "The Estonian sanctions list includes 12 judges, nine prosecutors and 19 officers of police and other services.")
    assert {t for a, i, t in recs if a == "impose" and i == "Estonia"} >= {
        "judges", "prosecutors", "officers of police and other services"}, recs


def test_a_list_that_features_or_mentions_its_members():
    recs = _recs("Canada imposed sanctions on Georgian officials. "
                 "The list also features business representatives and people linked to the smuggling of migrants.")
    assert ("impose", "Canada", "business representatives") in recs, recs
    assert any(t and t.startswith("people linked to") for _, _, t in recs), recs
    recs = _recs("Canada imposed sanctions on Georgian officials. The list also mentions the Tbilisi Energy Company and Rustavi Steel.")
    assert ("impose", "Canada", "Rustavi Steel") in recs, recs


def test_groups_then_named_members_after_including():
    recs = _recs("Norway keeps sanctions on Belarus. Currently, the Norwegian list includes 37 organizations, 12 banks and 233 individuals, "
                 "including the Belarusian Defence Minister Viktor Khrenin.")
    targets = {t for a, _, t in recs if a == "maintain"}
    assert {"organizations", "banks", "individuals", "Viktor Khrenin"} <= targets, recs


def test_a_single_group_or_a_list_of_guests_is_no_listing():
    assert {t for _, _, t in _recs("Canada imposed sanctions on Georgian officials. The list includes 37 organizations.")} == {"Georgian officials"}
    recs = _recs("Canada imposed sanctions on Georgian officials. The list of guests included 12 judges and nine prosecutors.")
    assert {t for _, _, t in recs} == {"Georgian officials"}, recs


# -- lists of names with titles and asides: one record per name --------------------------------------
def test_a_subject_list_with_titles_and_parentheses():
    recs = _recs("Canada expanded its sanctions on Thursday. Sovcomflot CEO Igor Tonkovidov, Alrosa chief Pavel Marinychev, "
                 "businessman Arkady Rotenberg (SGM Group) and Chairman of Bank Rossiya board Dmitry Lebedev were placed under sanctions.")
    targets = {t for a, i, t in recs if a == "impose" and i == "Canada"}
    assert {"Igor Tonkovidov", "Pavel Marinychev", "Arkady Rotenberg", "Dmitry Lebedev"} <= targets, recs


def test_a_subject_list_with_relative_asides():
    recs = _recs("Australia imposed sanctions on Russia. Mikhail Gutseriev, who also holds Israeli citizenship, and Alexei Kuzmichev, "
                 "who lives in France, were put on the Australian sanctions list.")
    assert {t for a, _, t in recs if a == "impose"} >= {"Mikhail Gutseriev", "Alexei Kuzmichev"}, recs


def test_a_preposition_phrase_or_an_of_aside_is_no_listed_name():
    recs = _recs("According to Reuters, Sberbank and VTB were sanctioned.")
    assert {t for _, _, t in recs} == {"Sberbank", "VTB"}, recs
    recs = _recs("After talks with Japan, Russia and China were sanctioned by Canada.")
    assert {t for _, _, t in recs} == {"Russia", "China"}, recs


def test_an_object_list_with_appositions_between_semicolons():
    recs = _recs("Britain said it removed Hamid Sadeghi, a director of the Pars Oil Company; Reza Amini, a manager at Caspian "
                 "Trade; and Ali Nouri, a commercial director of Kish Shipping, from one of its sanctions lists.")
    assert {t for a, _, t in recs if a == "lift"} == {"Hamid Sadeghi", "Reza Amini", "Ali Nouri"}, recs
    recs = _recs("Lithuania added Ivan Petrov, the head of the Minsk tractor works; Oleg Sidorov, a judge; "
                 "and Anna Kuzmina, a prosecutor in Grodno, to its sanctions list.")
    assert {t for a, _, t in recs if a == "impose"} == {"Ivan Petrov", "Oleg Sidorov", "Anna Kuzmina"}, recs


# -- proposing or suggesting a measure asks for it (call_for); 'the proposed package' is considered ---
@pytest.mark.parametrize("text, target", [
    ("Estonia imposed sanctions on Russia. Finland backed a proposal to introduce the same restrictions for Russians.", "Russians"),
    ("Brussels will propose to lower the price cap on Russian oil.", "Russian oil"),
    ("Latvia imposed sanctions on Belarus. Several MPs suggested introducing the same restrictions for Belarusian nationals.",
     "Belarusian nationals"),
    ("The Commission is proposing a new package of sanctions against Iran.", "Iran"),
])
def test_proposing_a_measure_is_a_call_for_it(text, target):
    recs = _recs(text)
    assert any(a == "call_for" and t == target for a, _, t in recs), recs


def test_a_reported_possibility_or_a_proposed_package_is_no_call():
    recs = _recs("Polish PM suggests Poland may ban grain imports from Ukraine")
    assert recs and all(a == "consider" for a, _, _ in recs), recs
    recs = _recs("The EU imposed sanctions on Iran. The proposed new package of sanctions targets Iranian drone makers.")
    assert not any(a == "call_for" for a, _, _ in recs), recs


# -- who is on a sanctions list now: a standing listing (maintain) ------------------------------------
def test_named_members_of_a_standing_list_are_kept():
    recs = _recs("Canada imposed sanctions on Iran. There are currently more than 900 individuals and 300 companies "
                 "on Canada's Iran sanctions list, among them Mahan Air.")
    assert ("maintain", "Canada", "Mahan Air") in recs, recs
    assert not any(t in ("individuals", "companies") for _, _, t in recs), recs  # (counts of the whole list: a total)


def test_the_number_of_groups_on_a_list_and_a_copular_listing():
    recs = _recs("Ottawa imposed sanctions on Russia. The move brings the number of Russian banks and insurers "
                 "on Ottawa's sanctions list to 40.")
    assert {("maintain", "Canada", "Russian banks"), ("maintain", "Canada", "insurers")} <= recs, recs
    recs = _recs("Norway imposed sanctions on Belarus. Belarusian judges are currently on the Norwegian sanctions list.")
    assert any(a == "maintain" and t == "Belarusian judges" for a, _, t in recs), recs


def test_an_existential_listing_is_standing_not_new():
    recs = _recs("Poland and Lithuania imposed sanctions on Belarus. There are currently 120 officials from Belarusian "
                 "security structures included in the national blacklists of the two states.")
    assert any(a == "maintain" for a, _, t in recs if t and "security structures" in t), recs
    assert not any(a == "impose" for a, _, t in recs if t and "security structures" in t), recs


def test_no_one_or_no_sanctions_list_is_no_standing_listing():
    recs = _recs("The EU imposed sanctions on Russia. There are no specific names on the sanctions list yet.")
    assert not any(a == "maintain" for a, _, _ in recs), recs
    recs = _recs("The EU imposed sanctions on Russia. There are 30 items on the agenda list.")
    assert not any(a == "maintain" for a, _, _ in recs), recs


def test_an_accompaniment_cue_is_read_only_inside_the_measures_sentence(nlp):
    # a measure opening a sentence has no cue before it, whatever ended the text or the sentence before
    # ('... went on alongside' closing the text was read as the cue of the text's first measure)
    from briefextract.rules.sanctions.triggers import _accompanies
    from briefextract.rules.sanctions.view import Instrument, View

    doc = nlp("Sanctions hit Iran. Talks went on alongside")
    view = View(doc, nlp.get_pipe("sanctions").lexicon)
    assert not _accompanies(view, Instrument(0, 1, "sanctions"), 0)
    doc = nlp("The EU acted alongside sanctions on Iran.")
    view = View(doc, nlp.get_pipe("sanctions").lexicon)
    assert _accompanies(view, Instrument(4, 5, "sanctions"), 0)
