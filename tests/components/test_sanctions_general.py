"""Sanctions, general classes of error found on fresh text (texts written for the tests): names after
a description, agentless and nominal impositions, deliberation, reversed roles, licences."""

from __future__ import annotations


def roles(records: list[dict], action: str = "impose") -> set[tuple]:
    return {(r["imposer"], r["target"]) for r in records if r["action"] == action}


def targets(records: list[dict], action: str = "impose") -> set:
    return {r["target"] for r in records if r["action"] == action}


# -- 1. a description gives way to the names after it -------------------------------
def test_names_in_apposition_after_a_counted_description_are_each_a_target(sanctions):
    records = sanctions("The EU sanctioned three Belarusian state banks, Belarusbank, Belinvestbank and Priorbank, on Monday.")
    assert roles(records) == {("European Union", "Belarusbank"), ("European Union", "Belinvestbank"), ("European Union", "Priorbank")}


def test_names_in_apposition_after_a_possessed_description_on_phrase(sanctions):
    records = sanctions("Washington imposed sanctions on Iran's biggest shipping firms, IRISL and Mahan Air.")
    assert targets(records) == {"Islamic Republic of Iran Shipping Lines", "Mahan Air"}


def test_names_in_apposition_after_the_subject_of_target(sanctions):
    text = "The new sanctions target Venezuela's two main gold traders, Orotrade and Minerven, along with their owners."
    assert targets(sanctions(text)) == {"Orotrade", "Minerven"}


def test_description_named_later_stands_for_its_names_elsewhere(sanctions):
    text = ("The UK on Tuesday imposed sanctions on Belarus's two largest potash producers. "
            "The sanctions cover Belarus's two largest potash producers, Grodno Azot and Naftan, and their directors.")
    records = sanctions(text)
    first = {r["target"] for r in records if r["span"]["start"] < text.index("The sanctions")}
    assert first == {"Grodno Azot", "Naftan"}


def test_no_apposition_when_the_names_are_a_new_clause(sanctions):
    records = sanctions("Canada imposed sanctions on oil tankers, Russia and Iran said on Friday.")
    assert not targets(records) & {"Russia", "Iran"}


def test_including_still_names_the_members(sanctions):
    text = "The EU imposed sanctions on five people accused of unrest in Moldova, including businessman Anton Kovalev, who fled."
    assert targets(sanctions(text)) == {"Anton Kovalev"}
