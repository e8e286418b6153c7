"""Session 14 (sanctions recall, second round): constructions missed on unseen articles (texts written for the tests)."""
import pytest

from briefextract import extract

_TOPIC = "The sanctions were announced on Monday. "


def _recs(text):
    return {(r.action, r.imposer, r.target) for r in extract(text).sanctions}


def _targets(text, rule_part):
    return {(r.action, r.target) for r in extract(text).sanctions if rule_part in r.rule}


# -- cutting a party off SWIFT imposes on each party; the network is no imposer ---------------------
@pytest.mark.parametrize("text, expected", [
    ("Gazprombank, VTB and Alfa-Bank were disconnected from the SWIFT system.",
     {("impose", "Gazprombank"), ("impose", "VTB"), ("impose", "Alfa-Bank")}),
    ("The EU cut off Otkritie and Novikombank from the SWIFT payment system on Friday.",
     {("impose", "Otkritie"), ("impose", "Novikombank")}),
    ("Bank Melli was excluded from SWIFT in 2012.", {("impose", "Bank Melli")}),
])
def test_a_swift_disconnection_imposes_on_each_bank(text, expected):
    assert expected <= _targets(_TOPIC + text, "swift_disconnection")


def test_swift_is_not_the_imposer_of_a_passive_disconnection():
    recs = extract(_TOPIC + "Gazprombank and VTB were cut off from SWIFT.").sanctions
    swift = [r for r in recs if "swift" in r.rule]
    assert swift and all(r.imposer != "SWIFT" for r in swift)


def test_the_active_subject_imposes_a_swift_disconnection():
    assert ("impose", "European Union", "Gazprombank") in _recs(_TOPIC + "The EU disconnected Gazprombank from SWIFT.")


@pytest.mark.parametrize("text", [
    "The bank disconnected its customers from the network.",
    "He was excluded from the talks on Friday.",
    "The firm removed the data from its servers.",
])
def test_no_swift_no_disconnection(text):
    assert not _targets(_TOPIC + text, "swift_disconnection")


# -- a long coordinated object before 'from entering' is still barred, one record per conjunct ----
@pytest.mark.parametrize("text, expected", [
    ("Australia bars senior Russian officials and top FSB members from entering the country.",
     {("impose", "Russian officials"), ("impose", "top FSB members")}),
    ("The order bars thousands of senior Syrian army officers and top ministry officials from entering Japan.",
     {("impose", "Syrian army officers")}),
    ("The EU banned Oleg Ivanov, a deputy minister, and Petr Sidorov, a senior judge, from entering the bloc.",
     {("impose", "Oleg Ivanov"), ("impose", "Petr Sidorov")}),
])
def test_a_long_barred_list_is_barred(text, expected):
    found = _targets(text, "impose.bar")
    assert expected <= found and len(found) == 2


@pytest.mark.parametrize("text", [
    "The court banned the newspaper, which had published the leaks, from publishing more stories.",
    "The law prohibits companies that are based in Russia and Belarus from taking part in tenders.",
])
def test_a_bar_from_other_doings_is_no_entry_ban(text):
    assert not _targets(text, "impose.bar")
