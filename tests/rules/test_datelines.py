"""The one dateline detector (``rules.layout.datelines`` with ``constants.DATELINE``), without a pipeline.

The texts are written for these tests: agencies and forms of several wire services, and
line openings that are no dateline.
"""

from __future__ import annotations

import pytest

from briefextract import constants as C
from briefextract.rules.layout import datelines


def parts(text: str) -> list[dict]:
    """Each dateline of ``text`` as {part: text} (absent parts left out)."""
    out = []
    for found in datelines(C.DATELINE, text):
        assert set(found) == {"span", "dash", "city", "country", "date", "reporter", "agency"}
        out.append({k: text[v[0]:v[1]] for k, v in found.items() if v is not None})
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TBILISI, Georgia (AP) -- The ruling party said", {
            "span": "TBILISI, Georgia (AP) --", "dash": "--", "city": "TBILISI", "country": "Georgia", "agency": "AP"}),
        ("ASTANA, Oct. 2 (Reuters) - Kazakhstan said", {
            "span": "ASTANA, Oct. 2 (Reuters) -", "dash": "-", "city": "ASTANA", "date": "Oct. 2", "agency": "Reuters"}),
        ("RIGA —The Baltic states agreed", {"span": "RIGA —", "dash": "—", "city": "RIGA"}),
        ("Chisinau (Moldpres) — The parliament voted", {
            "span": "Chisinau (Moldpres) —", "dash": "—", "city": "Chisinau", "agency": "Moldpres"}),
        ("OTTAWA, Anna Kowalska (dpa)- Canada listed", {
            "span": "OTTAWA, Anna Kowalska (dpa)-", "dash": "-", "city": "OTTAWA", "reporter": "Anna Kowalska",
            "agency": "dpa"}),
        ("PRAGUE, Czech Republic, Petr Novak (CTK) - The cabinet met", {
            "span": "PRAGUE, Czech Republic, Petr Novak (CTK) -", "dash": "-", "city": "PRAGUE",
            "country": "Czech Republic", "reporter": "Petr Novak", "agency": "CTK"}),
        ("(Interfax-Ukraine) – The ministry said", {
            "span": "(Interfax-Ukraine) –", "dash": "–", "agency": "Interfax-Ukraine"}),
        ("SOFIA, 14 May 2024 (BTA) – Bulgaria said", {
            "span": "SOFIA, 14 May 2024 (BTA) –", "dash": "–", "city": "SOFIA", "date": "14 May 2024", "agency": "BTA"}),
        ("ST. PETERSBURG, July 9. /TASS/. The forum opened", {
            "span": "ST. PETERSBURG, July 9. /TASS/.", "dash": ".", "city": "ST. PETERSBURG", "date": "July 9",
            "agency": "TASS"}),
        ("YEREVAN. Nov 5 (Interfax) - Armenia said", {
            "span": "YEREVAN. Nov 5 (Interfax) -", "dash": "-", "city": "YEREVAN", "date": "Nov 5", "agency": "Interfax"}),
        ("Baku, Azerbaijan — The talks", {"span": "Baku, Azerbaijan —", "dash": "—", "city": "Baku",
                                           "country": "Azerbaijan"}),
        ("KRAKÓW, Poland (PAP) — Poland said", {
            "span": "KRAKÓW, Poland (PAP) —", "dash": "—", "city": "KRAKÓW", "country": "Poland", "agency": "PAP"}),
        # a month in capitals; a source named after the date, before a colon
        ("GYUMRI, MARCH 3, ARMENPRESSINFO: The mayor said", {
            "span": "GYUMRI, MARCH 3, ARMENPRESSINFO:", "dash": ":", "city": "GYUMRI", "date": "MARCH 3",
            "agency": "ARMENPRESSINFO"}),
        ("LVIV, Feb 9, Ukrinform: The council said", {
            "span": "LVIV, Feb 9, Ukrinform:", "dash": ":", "city": "LVIV", "date": "Feb 9", "agency": "Ukrinform"}),
        # a title-case city, a dotted date and a bare agency before a spaced dash
        ("Shymkent. May 12. Kazpravda - The akim said", {
            "span": "Shymkent. May 12. Kazpravda -", "dash": "-", "city": "Shymkent", "date": "May 12",
            "agency": "Kazpravda"}),
        ("Daily Courier, May 2, 2024. The office said", {
            "span": "Daily Courier, May 2, 2024.", "dash": ".", "city": "Daily Courier", "agency": "Daily Courier",
            "date": "May 2, 2024"}),
    ],
)
def test_a_dateline_and_its_parts(line, expected):
    assert parts("Some title\n\n" + line + " more.\n") == [expected]


def test_a_place_alone_on_its_line_is_a_dateline():
    assert parts("HELSINKI\n\nFinland said.") == [{"span": "HELSINKI", "dash": "", "city": "HELSINKI"}]
    assert parts("HELSINKI, Finland\nFinland said.") == []  # a heading, not a stamp


@pytest.mark.parametrize(
    "line",
    [
        "Sanctions — the bloc's favoured tool — failed.",  # a capitalised word and a dash: a sentence
        "Tokayev - who has ruled since 2019 - said so.",
        "Georgia — a candidate since 2023 — voted.",
        "Armenia: EU monitors extend their mission",  # a headline
        "UK — ministers said",  # an upper-case word of three letters opens a headline
        "Yerevan, a city of a million, voted.",  # a comma apposition
        "Yerevan, Armenia's capital, voted.",
        "Tbilisi, Baku and Yerevan met.",
        "- a list item",
        "(a bracketed aside) and more",
        "BREAKING NEWS TODAY IS HERE and more",
        "RIGA, Latvia. The Saeima (LETA) - voted",  # the parts do not run across a sentence end
        "Shymkent. May 12. The akim - who was new - said",  # a sentence after the date, no agency
        "Oslo. Norway agreed - and more",
    ],
)
def test_no_dateline(line):
    assert parts("Some title\n\n" + line + "\n") == []


def test_only_line_starts_are_tried():
    assert parts("The minister said in RIGA (AP) — no stamp here.") == []
    assert [p["city"] for p in parts("RIGA (AP) — One.\nVILNIUS (AP) — Two.")] == ["RIGA", "VILNIUS"]
