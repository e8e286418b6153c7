"""Events, session 8: classes of error that recur across the probe sets, fixed as classes.

Every text is written for the test (other names, countries and wordings than any probe article);
each runs the whole shipped pipeline.
"""

from __future__ import annotations

from components.event_records import by_rule, event_dicts


def test_a_war_is_dated_only_by_its_own_phrase(extract):
    # another act's date in the clause is not the war's ('declared on April 28 ... to mark the end of
    # the war', 'is set on Thursday to decide ... over the war in Ukraine')
    for text in (
        "On Monday the Lithuanian parliament voted to expel diplomats over the war in Ukraine.",
        "Kazakhstan on March 3 declared a day of mourning to honour the victims of the war in Georgia.",
    ):
        wars = [e for e in event_dicts(extract, text) if e["type"] == "war"]
        assert wars and all(e["date"] is None for e in wars), (text, wars)
    # its own date, or its sentence's opening date, still dates it
    for text, date in (
        ("Russia launched a war against Georgia in August 2008.", "2008-08"),
        ("In 2020, Armenia and Azerbaijan fought a war over Karabakh.", "2020"),
    ):
        wars = [e for e in event_dicts(extract, text) if e["type"] == "war"]
        assert [e["date"] for e in wars] == [date], (text, wars)


def test_the_accused_is_a_party_of_an_accusation(extract):
    for text, speaker, accused in (
        ("Poland accused Belarus on Friday of orchestrating the migrant crisis.", "Poland", "Belarus"),
        ("On Monday, Estonian Prime Minister Kristen Michal condemned the Kremlin for its threats.",
         "Kristen Michal", "Russia"),
        ("Kazakhstan's president blamed Kyrgyzstan on Tuesday for the blackout.", "Kazakhstan", "Kyrgyzstan"),
    ):
        ev = by_rule(event_dicts(extract, text), "statement.accused")
        assert len(ev) == 1, (text, ev)
        assert speaker in ev[0]["participants"] and accused in ev[0]["participants"], (text, ev)
    # a verb of saying keeps only its speaker: what the words are about is no party
    ev = by_rule(event_dicts(extract, "Poland said on Friday Belarus had orchestrated the crisis."), "statement.said")
    assert [e["participants"] for e in ev] == [["Poland"]]


def test_one_person_told_by_a_participle_is_no_act_and_leaves_the_date_to_the_main_verb(extract):
    for text, kind, date in (
        ("Iran executed a man convicted over the 2022 protests on Thursday.", "execution", "2024-03-14"),
        ("Belarus hanged a prisoner sentenced for the 2021 bombing on Monday.", "execution", "2024-03-11"),
        ("Saudi Arabia executed a woman convicted of smuggling on Tuesday.", "execution", "2024-03-12"),
    ):
        ev = event_dicts(extract, text)
        assert [(e["type"], e["date"]) for e in ev] == [(kind, date)], (text, ev)
    # a person as the subject of the act is no description ('The minister resigned on Monday')
    ev = event_dicts(extract, "The minister resigned on Monday.")
    assert [e["date"] for e in ev] == ["2024-03-11"]


def test_a_year_between_a_determiner_and_a_word_dates_no_verb(extract):
    # 'the 2014 fraud', 'its 2019 ruling': which thing, not when the clause's act happened
    ev = by_rule(event_dicts(extract, "Vladimir Plahotniuc had been arrested over the 2014 fraud at three banks."), "arrest.verb")
    assert [e["date"] for e in ev] == [None]
    ev = by_rule(event_dicts(extract, "Vladimir Plahotniuc was arrested in 2014 over the fraud at three banks."), "arrest.verb")
    assert [e["date"] for e in ev] == ["2014"]
    # the year's own noun keeps it: 'the disputed 2020 election'
    ev = [e for e in event_dicts(extract, "Tsikhanouskaya fled after the disputed 2020 election.") if e["type"] == "election"]
    assert [e["date"] for e in ev] == ["2020"]


def test_people_who_took_to_the_streets_acted(extract):
    # the people before 'poured/turned into the streets' are the protesters, not people something was
    # done to ('people detained in Minsk' stays a description)
    for text, date in (
        ("Thousands of people poured into the streets of Yerevan on Monday.", "2024-03-11"),
        ("Tens of thousands of people turned to the streets of Tbilisi in 2019.", "2019"),
        ("Students marched through the streets of Bishkek on Friday.", "2024-03-15"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "protest"]
        assert [e["date"] for e in ev] == [date], (text, ev)
    assert [e for e in event_dicts(extract, "Several journalists detained in Minsk on Friday were freed.")
            if e["type"] == "arrest"] == []


def test_an_adverb_before_a_participle_keeps_it_a_description(extract):
    # 'citizens arbitrarily detained in Iran', 'all wrongfully detained nationals': people described, no arrest
    for text in (
        "Borrell urged Tehran on Monday to free EU citizens arbitrarily detained in Iran.",
        "The EU called for the release of all wrongfully detained Swedish nationals on Monday.",
    ):
        assert "arrest" not in [e["type"] for e in event_dicts(extract, text)], text
    # an adverb before an act told with its agent changes nothing
    ev = event_dicts(extract, "Russian forces brutally attacked Kharkiv on Monday.")
    assert [(e["type"], e["date"]) for e in ev] == [("attack", "2024-03-11")]


def test_a_date_stamp_dates_no_happening(extract):
    # the page's date stamp is kept as a date record, but an event dated by it spanned the stamp and
    # was dropped with it: the act's own date ('on Tuesday') dates it
    text = " date 2024-03-12 Canada imposed new sanctions on Belarus on Tuesday, targeting nine judges.\n\nMore follows."
    ev = [e for e in event_dicts(extract, text) if e["type"] == "sanctions"]
    assert [(e["date"], "Canada" in e["participants"]) for e in ev] == [("2024-03-12", True)]
    # an action only the stamp dates ('EU states approved a package', no date of its own) is no dated event
    text = " date 2024-03-12 The European Union approved a fresh sanctions package on Belarus.\n\nMore follows."
    assert [e["date"] for e in event_dicts(extract, text) if e["type"] == "sanctions" and e["date"]] == []


def test_a_photo_released_by_someone_is_no_release(extract):
    for text in (
        "In this undated photo released by the Georgian Interior Ministry on Monday, police stand guard.",
        "A handout picture released by the Kremlin on Friday shows Putin in Minsk.",
    ):
        assert "release" not in [e["type"] for e in event_dicts(extract, text)], text
    ev = event_dicts(extract, "Azerbaijan released two Armenian soldiers on Monday.")
    assert [e["type"] for e in ev] == ["release"]


def test_a_closing_attribution_takes_no_date_from_the_words_said(extract):
    # '..., X said (in a statement)' closing the sentence: a date before its comma is what was said
    ev = by_rule(event_dicts(extract, "The Estonian activist had been arrested in Iran in May 2023 on the sidelines of a "
                                     "rally, Kaja Kallas said in a statement."), "statement.in_a_statement")
    assert [(e["date"], e["participants"]) for e in ev] == [(None, ["Kaja Kallas"])]
    # the closing 'Estonia said' is no statement of its own here, and the hosting keeps its own date
    ev = event_dicts(extract, "Kallas hosted Rinkevics for talks in Tallinn on Wednesday, Estonia said.")
    assert [(e["type"], e["date"], e["participants"]) for e in ev] == [
        ("meeting", "2024-03-13", ["Kaja Kallas", "Edgars Rinkevics"])
    ]
    # a phrase opening the sentence with a preposition or an -ing participle frames the saying
    for text, date in (
        ("Speaking to reporters in Riga on Thursday, Edgars Rinkevics said that the talks had failed.", "2024-03-14"),
        ("On Monday, Edgars Rinkevics told reporters that the talks had failed.", "2024-03-11"),
        ("In a statement on Friday, the Latvian ministry said that Riga had closed the border.", "2024-03-15"),
        ("But late on Thursday, the Kyrgyz trade ministry, the bloc's chair, dismissed the comments.", "2024-03-14"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "statement"]
        assert [e["date"] for e in ev] == [date], (text, ev)


def test_a_sanctions_action_takes_no_date_that_names_another_thing(extract):
    # the sanctions record's date is another thing's when every mention of it stands between a
    # determiner or possessive and a word ('Moscow's February 2022 invasion', 'the 2015 JCPOA')
    text = "The European Union has imposed waves of sanctions on Russian businesses over Moscow's February 2022 invasion."
    assert [e for e in event_dicts(extract, text) if e["type"] == "sanctions" and e["date"] == "2022-02"] == []
    text = "The snapback clause of the 2015 JCPOA was invoked by France, and the EU reimposed sanctions on Iran."
    assert [e for e in event_dicts(extract, text) if e["type"] == "sanctions" and e["date"] == "2015"] == []
    # its own date still dates it
    for text, date in (
        ("Since August 2020, the EU has imposed a series of sanctions on Belarus.", "2020-08"),
        ("The European Union imposed sanctions on Belarus in June 2021.", "2021-06"),
    ):
        ev = [e for e in event_dicts(extract, text) if e["type"] == "sanctions"]
        assert [e["date"] for e in ev] == [date], (text, ev)
