"""Actor classes that recur across the pooled probes (session 12): organisations named by a
kind of organisation with lower-case modifiers, lists right after a plural kind."""

from __future__ import annotations


def test_kind_after_a_name_with_lower_case_modifiers(actors):
    found = actors("The ministry named the Mostostroy holding company, and the Zerkalov research "
                   "institute said turnout was low. He headed the “Sokol-Bars” holding company.")
    for name in ("Mostostroy", "Zerkalov", "Sokol-Bars"):
        assert found[name]["type"] == "ORG", name


def test_function_words_are_no_modifiers_of_a_kind(actors):
    found = actors("Officials say the Tarkovsky said the party would win. The Verhovin and its party split.")
    assert "Tarkovsky" not in found and "Verhovin" not in found


def test_descriptor_after_a_state_and_lower_case_modifiers(actors):
    found = actors("Seoul sanctioned North Korean hacker group Lazarhex, and Kyiv named the Iranian "
                   "entity Pars Energetic and the opposition's political party ZOR.")
    for name in ("Lazarhex", "Pars Energetic", "ZOR"):
        assert found[name]["type"] == "ORG", name


def test_list_right_after_a_plural_kind(actors):
    found = actors("The list includes construction companies Baltstroymash and Uralgeoproekt. "
                   "The messaging services Viber and Threema did not work at night.")
    for name in ("Baltstroymash", "Uralgeoproekt", "Viber", "Threema"):
        assert found[name]["type"] == "ORG", name
    # one name after a plural is no list
    assert "Kalmyk" not in actors("Western companies Kalmyk bought were sold.")


def test_outlet_a_speaker_talks_to(actors):
    found = actors("The prime minister said in an interview with TV9 that the border stays shut. "
                   "A Commission spokesperson told Kapitalist. Speaking to Kanal Zet in an exclusive "
                   "interview, the minister said the move was illegal.")
    for name in ("TV9", "Kapitalist", "Kanal Zet"):
        assert found[name]["type"] == "ORG", name


def test_a_person_told_something_is_no_outlet(actors):
    found = actors("The minister told Wierzbicki that the border would close. Anna Malinowska agreed, "
                   "and the envoy later told Malinowska. In an interview with Kasymov, he said no.")
    for name in ("Wierzbicki", "Kasymov"):
        assert name not in found or found[name]["type"] != "ORG", name
    assert found["Anna Malinowska"]["type"] == "PERSON"
    assert "Malinowska" not in found


def test_a_name_placed_inside_a_known_place_is_a_place(actors):
    found = actors("The drone was first detected near Ciobalaccia in southern Moldova. The soldier came "
                   "from Khakassia in Russia. Passage through the crossing at Raigardas, near Vilnius, "
                   "is restricted.")
    for name in ("Ciobalaccia", "Khakassia", "Raigardas"):
        assert found[name]["type"] == "GPE", name


def test_a_name_before_a_lower_case_unit_is_a_place(actors):
    found = actors("The blast was in Valea Mare in the Ungheni district, and debris fell between "
                   "Zarnesti (Cahul district) and the border.")
    for name in ("Valea Mare", "Zarnesti"):
        assert found[name]["type"] == "GPE", name


def test_no_place_from_a_workplace_or_a_person(actors):
    found = actors("He works at Gazprom in Moscow and at Transneftix in Minsk. "
                   "The delegation arrived from Anna in Minsk.")
    assert "Transneftix" not in found and "Anna" not in found


def test_a_person_after_a_kind_of_organisation_stays_a_person(actors):
    found = actors("He was the former CEO of the Yandex search engine Arsen Melkonyan, and the news "
                   "agency Zorkapress reported it.")
    assert found["Arsen Melkonyan"]["type"] == "PERSON"
    assert found["Zorkapress"]["type"] == "ORG"


def test_an_acronym_defines_a_long_name_across_and_in_y(actors):
    found = actors("He headed the Union of Lithuanians in Latvia (ZLL), a minority group. The Treasury named "
                   "the President of the Bolivian Corporation of Mining Industries and Metal Services "
                   "(\u201cCOMIBOL\u201d) and Bolivia-based Agencia Minera Especial Rural y Urbana (AMERU).")
    assert found["Union of Lithuanians in Latvia"]["aliases"] == ["ZLL"]
    assert found["Bolivian Corporation of Mining Industries and Metal Services"]["aliases"] == ["COMIBOL"]
    assert found["Agencia Minera Especial Rural y Urbana"]["aliases"] == ["AMERU"]
    assert "Metal Services" not in found and "Union of Lithuanians" not in found


def test_a_known_acronym_keeps_its_own_body(actors):
    found = actors("Ministers of Poland and Lithuania met the European Union (EU) envoy.")
    assert "Poland and Lithuania" not in " ".join(found)
    assert found["European Union"]["type"] == "ORG"


def test_a_body_named_only_in_an_office_title_is_no_actor(actors):
    found = actors("Treasury Secretary Scott Bessent said the cap works, and Assistant Secretary of the "
                   "Treasury Jane Rowe agreed. NATO Secretary General Mark Rutte spoke.")
    assert "United States Department of the Treasury" not in found
    assert found["Jane Rowe"]["type"] == "PERSON"
    assert "North Atlantic Treaty Organization" in found  # a Secretary General heads the body named
    found = actors("The Treasury imposed sanctions. Treasury Secretary Scott Bessent said so.")
    assert found["United States Department of the Treasury"]["type"] == "ORG"


def test_european_legal_forms_end_a_company_name(actors):
    found = actors("Moscow seized the assets of Unifer SE and of Finland's Fortex Oyj; OFAC delisted a "
                   "director of Naftex Intertrade Company Sarl and Sweden's Volvex AB.")
    for name in ("Unifer SE", "Naftex Intertrade Company Sarl"):
        assert found[name]["type"] == "ORG", name
    orgs = {form for a in found.values() if a["type"] == "ORG" for form in (a["name"], *a["aliases"])}
    assert {"Fortex Oyj", "Volvex AB"} <= orgs
    assert all(a["type"] != "PERSON" for a in found.values())


def test_a_lone_surname_shaped_word_is_a_person(actors):
    found = actors("Early polls showed Wisniewski slightly ahead. No news was released on what Kassymov "
                   "allegedly did. Kazlauskaitė has already begun coalition talks.")
    for name in ("Wisniewski", "Kassymov", "Kazlauskaitė"):
        assert found[name]["type"] == "PERSON", name


def test_no_lone_surname_after_a_locative_an_article_or_in_a_list(actors):
    found = actors("Drones flew toward Tambovsk overnight. The Caspian was calm. Sanctions hit Belshina, "
                   "Lakokraska and Naftan.")
    assert all(a["type"] != "PERSON" for a in found.values()), found
