"""Actor classes that recur across the pooled probes (session 14 / s9 round): organisation name
shapes that the head and legal-form lists missed."""

from __future__ import annotations


def test_administration_is_an_organisation_head(actors):
    found = actors("The National Revenue Administration and the Odesa City Administration said the "
                   "Kharkiv Regional Military Administration confirmed it. The Mineral Survey "
                   "Administration launched a probe.")
    for name in ("National Revenue Administration", "Odesa City Administration",
                 "Kharkiv Regional Military Administration", "Mineral Survey Administration"):
        assert found[name]["type"] == "ORG", name


def test_a_leaders_administration_is_no_body(actors):
    found = actors("Sanctions were imposed by the Trump Administration on Monday.")
    assert "Trump Administration" not in found
    assert found["Donald Trump"]["type"] == "PERSON"


def test_legal_form_after_a_comma_or_in_lower_case(actors):
    found = actors("The Treasury sanctioned Qingdao Haixin Chemical Co., Ltd. and Zhejiang Fengrun "
                   "Trading Co., Ltd for buying oil. He was a director of Tulpar plc – a London-listed "
                   "company, and of Norilsk Holdings plc. Washington also named Norvik, Inc.")
    for name in ("Qingdao Haixin Chemical Co., Ltd.", "Zhejiang Fengrun Trading Co., Ltd",
                 "Tulpar plc", "Norilsk Holdings plc", "Norvik, Inc."):
        assert found[name]["type"] == "ORG", name
    assert "Qingdao Haixin Chemical Co." not in found


def test_administration_in_a_ministers_portfolio_is_no_body(actors):
    found = actors("Jan Nowak, Minister of the Interior and Administration, said the Ministry of "
                   "Digital Affairs and Administration agreed.")
    assert "Interior and Administration" not in found
    assert found["Ministry of Digital Affairs and Administration"]["type"] == "ORG"


def test_site_named_by_an_upper_case_domain(actors):
    found = actors("According to Kompromat.NET, citing local officials, the border closed. "
                   "The portal Vesti.KZ reported it.")
    for name in ("Kompromat.NET", "Vesti.KZ"):
        assert found[name]["type"] == "ORG", name


def test_a_ministers_portfolio_is_no_body_whatever_its_head_word(actors):
    """'Minister of <portfolio>': the portfolio names no body, whether its last word is 'Administration'
    or another organisation head ('Energy', 'Industry')."""
    found = actors("Kazakhstan's Minister of Energy and Mining Industry spoke on Monday in Astana.")
    assert set(found) == {"Kazakhstan", "Astana"}, found
