"""Counts: numbers with their counted noun, hedge and source, on texts written for these tests."""

from __future__ import annotations

import pytest

from briefextract.records import Count


def counts(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    return doc._.counts


def brief(nlp, text: str) -> list[tuple]:
    """(value, what, kind) of every count."""
    return [(c["value"], c["what"], c["kind"]) for c in counts(nlp, text)]


def only(nlp, text: str) -> dict:
    found = counts(nlp, text)
    assert len(found) == 1, found
    return found[0]


# -- numbers written as digits and words ---------------------------------------


def test_counts_digits_with_separator_and_noun(nlp):
    assert brief(nlp, "The convoy carried 8,000 rifles and 3000 helmets to the front.") == [
        (8000, "rifles", "cardinal"),
        (3000, "helmets", "cardinal"),
    ]


def test_counts_number_words(nlp):
    assert brief(nlp, "The court freed three journalists and twelve students on Monday.") == [
        (3, "journalists", "cardinal"),
        (12, "students", "cardinal"),
    ]


def test_counts_hyphenated_number_words_sentence_initial(nlp):
    assert brief(nlp, "Fifty-two miners were rescued. Thirty-one volunteers stayed behind.") == [
        (52, "miners", "cardinal"),
        (31, "volunteers", "cardinal"),
    ]


def test_counts_article_with_scale_or_dozen(nlp):
    assert brief(nlp, "Police held a dozen activists and a thousand supporters gathered outside.") == [
        (12, "activists", "cardinal"),
        (1000, "supporters", "cardinal"),
    ]


def test_counts_scaled_digits_count_people(nlp):
    assert brief(nlp, "The floods left 1.5 million residents without power.") == [
        (1_500_000, "residents", "cardinal")
    ]


def test_counts_adjectives_and_capitalised_nouns_stay_in_the_phrase(nlp):
    found = brief(
        nlp,
        "The package includes 82 Long Range Patrol Boats and 60 self-propelled mortars with spare parts.",
    )
    assert found == [(82, "Long Range Patrol Boats", "cardinal"), (60, "self-propelled mortars", "cardinal")]


def test_counts_acronym_is_not_the_pronoun_us(nlp):
    assert brief(nlp, "Beijing blacklisted 15 US drone makers.") == [(15, "US drone makers", "cardinal")]


def test_counts_noun_phrase_ends_at_participle_and_verb(nlp):
    assert brief(nlp, "Around 400 villagers killed by shelling were buried; 12 officials told reporters.") == [
        (400, "villagers", "cardinal"),
        (12, "officials", "cardinal"),
    ]


def test_counts_participle_as_head(nlp):
    assert brief(nlp, "The unrest left 40 dead, and more than 900 detained were moved.") == [
        (40, "dead", "cardinal"),
        (900, "detained", "cardinal"),
    ]


def test_counts_unknown_participle_is_not_a_head(nlp):
    assert counts(nlp, "Of the candidates, more than 900 registered.") == []


# -- ordinals -------------------------------------------------------------------


def test_counts_ordinals_words_and_digits(nlp):
    assert brief(nlp, "It was the fourth round of negotiations and the EU's 21st package of measures.") == [
        (4, "round of negotiations", "ordinal"),
        (21, "package of measures", "ordinal"),
    ]


def test_counts_ordinal_with_possessive(nlp):
    assert brief(nlp, "This was the envoy's second trip to Baku and his first meeting with the president.") == [
        (2, "trip", "ordinal"),
        (1, "meeting", "ordinal"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met for the first time since the war.",
        "First, the junta must hold elections.",
        "It is the second largest economy in the region.",
        "The second-largest party walked out.",
        "He arrived in the first half of the year.",
        "A third of the budget goes to defence.",
        "The First Lady spoke at the Second World War memorial.",
    ],
)
def test_counts_ordinal_idioms_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


# -- money ----------------------------------------------------------------------


def test_counts_money_symbols_scales_and_words(nlp):
    found = counts(nlp, "The fund holds $2bn, a further €300 million and 40 million dollars in bonds.")
    assert [(c["value"], c["what"], c["kind"]) for c in found] == [
        (2_000_000_000, "USD", "money"),
        (300_000_000, "euros", "money"),
        (40_000_000, "USD", "money"),
    ]
    assert [c["span"]["text"] for c in found] == ["$2bn", "€300 million", "40 million dollars"]


def test_counts_money_currency_code_before_number_and_hedge(nlp):
    c = only(nlp, "The court froze approximately USD 750 million of his assets.")
    assert (c["value"], c["what"], c["approximate"], c["qualifier"]) == (750_000_000, "USD", True, "approximately")
    assert c["span"]["text"] == "approximately USD 750 million"


def test_counts_money_decimal_billion(nlp):
    c = only(nlp, "Washington approved a $4.2 billion missile sale.")
    assert c["value"] == 4_200_000_000 and c["kind"] == "money"


# -- ranges ---------------------------------------------------------------------


def test_counts_range_with_en_dash(nlp):
    c = only(nlp, "Analysts expect 5,000–7,000 conscripts this spring.")
    assert (c["value"], c["upper"], c["what"], c["approximate"]) == (5000, 7000, "conscripts", True)
    assert c["span"]["text"] == "5,000–7,000 conscripts"


def test_counts_range_between_and(nlp):
    c = only(nlp, "The drills will involve between 5 and 7 brigades.")
    assert (c["value"], c["upper"], c["what"], c["qualifier"]) == (5, 7, "brigades", "between")
    assert c["span"]["text"] == "between 5 and 7 brigades"


def test_counts_range_with_to(nlp):
    c = only(nlp, "The shadow fleet uses 300 to 1,100 vessels.")
    assert (c["value"], c["upper"], c["what"]) == (300, 1100, "vessels")


def test_counts_from_to_is_two_counts(nlp):
    assert brief(nlp, "The garrison grew from 700 to 1,500 soldiers.") == [
        (700, "soldiers", "cardinal"),
        (1500, "soldiers", "cardinal"),
    ]


# -- percentages ----------------------------------------------------------------


def test_counts_percent_share_of_something(nlp):
    c = only(nlp, "Nearly 60 per cent of districts lost power.")
    assert (c["value"], c["what"], c["kind"], c["approximate"]) == (60, "percent", "percent", True)
    assert c["span"]["text"] == "Nearly 60 per cent of districts"


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on steel were cut from 25% to 15%.",
        "The country imposed a 30% tariff on cars.",
        "Inflation reached 12 percent last year.",
        "He said he had kept “only 40%”.",
    ],
)
def test_counts_rates_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


# -- coordination and elided heads -------------------------------------------------


def test_counts_coordination_gives_two_counts(nlp):
    assert brief(nlp, "The group included four Latvian nationals and nine Estonian nationals.") == [
        (4, "Latvian nationals", "cardinal"),
        (9, "Estonian nationals", "cardinal"),
    ]


def test_counts_coordinated_modifiers_share_the_noun(nlp):
    assert brief(nlp, "These were the first British and Canadian penalties.") == [
        (1, "British and Canadian penalties", "ordinal")
    ]


def test_counts_elided_head_after_ordinal_is_plural(nlp):
    found = counts(nlp, "Geneva hosted the fifth round of talks; the previous four ended without a deal.")
    assert [(c["value"], c["what"]) for c in found] == [(5, "round of talks"), (4, "rounds of talks")]
    assert found[1]["span"]["text"] == "the previous four"


def test_counts_elided_head_after_hedge(nlp):
    found = counts(nlp, "Officials expect about 2,000 marines (other sources say about 5,000).")
    assert [(c["value"], c["what"]) for c in found] == [(2000, "marines"), (5000, "marines")]


def test_counts_partitive(nlp):
    assert brief(nlp, "The army is closing two of its nine forward bases.") == [
        (2, "forward bases", "cardinal"),
        (9, "forward bases", "cardinal"),
    ]


def test_counts_bare_number_without_cue_is_not_a_count(nlp):
    assert counts(nlp, "Maria Ivanova, 44, said she would stay.") == []


# -- hedges and attribution -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("More than 300 sailors were rescued.", "more than"),
        ("Some 90 tanks crossed the border.", "some"),
        ("Up to 40 aircraft took part.", "up to"),
        ("At least 17 journalists were jailed.", "at least"),
        ("The toll could surpass 1,000 victims.", "surpass"),
    ],
)
def test_counts_hedges_make_counts_approximate(nlp, text, qualifier):
    c = only(nlp, text)
    assert c["approximate"] is True and c["qualifier"] == qualifier


def test_counts_exact_count_is_not_approximate(nlp):
    c = only(nlp, "A total of 14 refugees arrived.")
    assert c["approximate"] is False and c["qualifier"] is None


def test_counts_attribution_according_to(nlp):
    c = only(nlp, "According to preliminary figures, around 600 voters were turned away.")
    assert c["attributed_to"] == "preliminary figures"


def test_counts_attribution_reporting_subject(nlp):
    c = only(nlp, "Estonian intelligence estimates that about 12,000 reservists were called up.")
    assert c["attributed_to"] == "Estonian intelligence"


def test_counts_attribution_trailing_source(nlp):
    c = only(nlp, "At least 70 lawyers are in jail, the rights group reported.")
    assert c["attributed_to"] == "rights group"


def test_counts_attribution_nearest_cue_wins(nlp):
    found = counts(
        nlp,
        "According to the ministry, 4,000 reservists will serve (Polish intelligence estimates that there will be about 9,000).",
    )
    assert [c["attributed_to"] for c in found] == ["ministry", "Polish intelligence"]


# -- what is not a count ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions were imposed in 2022 and tightened in 2024.",
        "The talks opened on 26 October and closed on December 30, 2023.",
        "The protest started at 10:30 and ended at 5 p.m.",
        "He was sentenced to 15 years in prison and released 10 days after the vote.",
        "A 30-day truce and a one-year waiver were agreed three months after the war.",
        "The G7 condemned the Zapad-2025 drills and the Covid-19 response.",
        "One of the leaders of the movement was released.",
        "Both sides want a deal.",
        "Hundreds of protesters and dozens of journalists were detained, and tens of thousands fled.",
        "Under Article 5 and Resolution 2231, Decree No. 61 applies.",
        "The report (see page 14) cites [3] earlier studies.",
        "The activist, aged 61, was detained.",
        "The 2020 protests were crushed.",
        "Nobody expected it; no one spoke.",
        "Two-thirds of voters and one third of deputies abstained.",
        "Sanctions resumed 2023-11-04 and were reviewed on 12/05/2024.",
    ],
)
def test_counts_non_counts(nlp, text):
    assert counts(nlp, text) == []


def test_counts_list_markers_are_not_counts(nlp):
    text = "Demands:\n1. Release 20 prisoners.\n2) Open the border."
    assert brief(nlp, text) == [(20, "prisoners", "cardinal")]


# -- record contract ------------------------------------------------------------------


def test_counts_records_validate_and_offsets_hold(nlp):
    text = "About 8,000 guards, $3bn, nearly 45 per cent of farms and the seventh convoy of trucks."
    found = counts(nlp, text)
    assert len(found) == 4
    for c in found:
        Count.model_validate(c)
        assert text[c["span"]["start"] : c["span"]["end"]] == c["span"]["text"]
        assert c["rule"].startswith("counts.")


def test_counts_rule_ids_name_the_form(nlp):
    rules = [c["rule"] for c in counts(nlp, "Six monks, 40 nuns, the third abbot and €2 million.")]
    assert rules == ["counts.cardinal.words", "counts.cardinal.digits", "counts.ordinal.words", "counts.money.digits"]


def test_counts_dates_spans_block_numbers(nlp):
    """A number the dates component claimed is never a count, whatever follows it."""
    text = "Talks resumed with 30 delegates."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "counts":
            break
        doc = proc(doc)
    start = text.index("30")
    doc.spans["dates"] = [doc.char_span(start, start + 2)]
    assert nlp.get_pipe("counts")(doc)._.counts == []


def test_counts_excluded_layout_ranges_are_skipped(nlp):
    text = "Photo: 12 Images / Agency Pix\nThe ministry counted 400 volunteers."
    assert brief(nlp, text) == [(400, "volunteers", "cardinal")]


def test_counts_in_brief_output(extract):
    b = extract("Nicaragua freed 135 detainees on Thursday.")
    assert [(c.value, c.what) for c in b.counts] == [(135, "detainees")]


# -- generalisation cases ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed a crowd of several hundred thousand demonstrators.",
        "Exports to Armenia were more than ten times higher than before the war.",
        "The goods reached Russia through third countries.",
        "Nine in ten voters and three out of four deputies oppose the bill.",
        "The Group of Seven and the Big Three met in Geneva.",
        "The 5th Army moved north.",
        "They will settle it one way or another.",
    ],
)
def test_counts_vague_multipliers_idioms_and_names_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


def test_counts_percent_range_of_something(nlp):
    c = only(nlp, "The bloc could win between 25 and 30 per cent of the vote.")
    assert (c["value"], c["upper"], c["kind"], c["what"]) == (25, 30, "percent", "percent")


def test_counts_coordinated_plural_after_conjunction(nlp):
    assert brief(nlp, "London sanctioned five senior police and security officials.") == [
        (5, "senior police and security officials", "cardinal")
    ]


def test_counts_currency_word_kept_as_written(nlp):
    c = only(nlp, "Oslo pledged 2.5 billion Norwegian kroner to the fund.")
    assert (c["value"], c["kind"], c["what"]) == (2_500_000_000, "money", "Norwegian kroner")


def test_counts_money_range_shares_scale(nlp):
    c = only(nlp, "Rebuilding will cost between 200 and 300 billion dollars.")
    assert (c["value"], c["upper"], c["what"]) == (200_000_000_000, 300_000_000_000, "USD")


def test_counts_partitive_relative_clause_uses_antecedent(nlp):
    found = counts(nlp, "The navy downed 52 drones, of which 45 were over the sea.")
    assert [(c["value"], c["what"]) for c in found] == [(52, "drones"), (45, "drones")]


def test_counts_attribution_possessive_subject(nlp):
    c = only(nlp, "Latvia’s border guard said it turned back 120 migrants.")
    assert c["attributed_to"] == "Latvia’s border guard"


def test_counts_reporting_verb_must_be_lower_case(nlp):
    c = only(nlp, "The Gulf States hold 40 tankers.")
    assert c["attributed_to"] is None


def test_counts_model_number_inside_the_phrase(nlp):
    assert brief(nlp, "The airline leases 12 Airbus 320 jets.") == [(12, "Airbus 320 jets", "cardinal")]


@pytest.mark.parametrize(
    "text",
    [
        "Washington first imposed sanctions in 2006.",
        "The P5+1 talks resumed.",
        "She was first elected in 2015 and ranked fifth overall.",
    ],
)
def test_counts_adverbial_ordinals_and_signed_numbers_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


def test_counts_hedged_year_is_not_an_elided_count(nlp):
    assert brief(nlp, "About 900 marines stayed; the base has been used since at least 2014.") == [
        (900, "marines", "cardinal")
    ]


def test_counts_hedged_year_shaped_number_with_noun_counts(nlp):
    assert brief(nlp, "Around 2000 refugees crossed.") == [(2000, "refugees", "cardinal")]


def test_counts_ordinal_before_cardinal(nlp):
    assert brief(nlp, "The first two rounds freed 70 detainees.") == [
        (2, "rounds", "cardinal"),
        (70, "detainees", "cardinal"),
    ]


def test_counts_determiner_before_participle_means_elided(nlp):
    found = counts(nlp, "Minsk freed 31 hostages. The 31 released were driven to the border.")
    assert [(c["value"], c["what"]) for c in found] == [(31, "hostages"), (31, "hostages")]


def test_counts_half_a_million(nlp):
    c = only(nlp, "The war displaced half a million villagers.")
    assert (c["value"], c["what"], c["span"]["text"]) == (500_000, "villagers", "half a million villagers")


def test_counts_word_range_shares_scale(nlp):
    c = only(nlp, "The region hosts two to three million migrants.")
    assert (c["value"], c["upper"], c["what"]) == (2_000_000, 3_000_000, "migrants")


def test_counts_million_abbreviation_for_people_but_not_metres(nlp):
    assert brief(nlp, "The war uprooted 1.5m refugees behind a 5m wall.") == [(1_500_000, "refugees", "cardinal")]


def test_counts_first_ever(nlp):
    assert brief(nlp, "It was the first-ever summit and the first ever visit.") == [
        (1, "summit", "ordinal"),
        (1, "visit", "ordinal"),
    ]


def test_counts_attribution_needs_a_source_like_subject(nlp):
    c = only(nlp, "Earlier controls announced in April covered seven metals.")
    assert c["attributed_to"] is None


def test_counts_attribution_source_stops_at_relative_clause(nlp):
    c = only(nlp, "About 600 marines will leave, according to a Reuters report that cited an unnamed official.")
    assert c["attributed_to"] == "Reuters"


def test_counts_plural_head_ends_phrase_unless_it_modifies(nlp):
    assert brief(nlp, "Talks between two old rivals matter; three sanctions packages and 40 armed forces personnel.") == [
        (2, "old rivals", "cardinal"),
        (3, "sanctions packages", "cardinal"),
        (40, "armed forces personnel", "cardinal"),
    ]


def test_counts_partitive_with_possessive(nlp):
    assert brief(nlp, "Fighting raged in 12 of Ukraine’s 24 regions.") == [
        (12, "regions", "cardinal"),
        (24, "regions", "cardinal"),
    ]


def test_counts_one_in_idioms_is_not_a_count(nlp):
    assert counts(nlp, "At one point the talks stalled, and one day they resumed.") == []


def test_counts_partitive_pronoun_takes_the_antecedent(nlp):
    found = counts(nlp, "About a dozen monks were held, two of them sentenced to prison.")
    assert [(c["value"], c["what"]) for c in found] == [(12, "monks"), (2, "monks")]
    assert found[1]["span"]["text"] == "two of them"


def test_counts_frame_noun_names_an_elided_count(nlp):
    found = counts(nlp, "Officials listed 9 banks, raising the total number of designations to over 1,900.")
    assert [(c["value"], c["what"]) for c in found] == [(9, "banks"), (1900, "designations")]


def test_counts_of_the_frame_sentence(nlp):
    found = counts(nlp, "Of the 200 detainees freed, 120 were students.")
    assert [(c["value"], c["what"]) for c in found] == [(200, "detainees"), (120, "detainees")]


def test_counts_threshold_prepositions_do_not_elide(nlp):
    assert brief(nlp, "The camp held 400 children; those under 18 and adults over 65 were moved.") == [
        (400, "children", "cardinal")
    ]


def test_counts_title_case_headline(nlp):
    assert brief(nlp, "Azerbaijan Releases 32 Armenians After Talks\nThe talks ended.") == [
        (32, "Armenians", "cardinal")
    ]


def test_counts_quoted_noun(nlp):
    assert brief(nlp, "The regime freed 14 “extremists” on Monday.") == [(14, "extremists", "cardinal")]


def test_counts_pipeline_round_trips_its_data(nlp, tmp_path):
    import spacy

    text = "About 8,000 troops, €2bn and the fourth round of talks."
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline")(text)._.counts == nlp(text)._.counts


def test_counts_lower_case_month_words_are_not_dates(nlp):
    values = [c["value"] for c in counts(nlp, "Police counted 2,000 marchers; about 5,000 march every Sunday.")]
    assert values == [2000, 5000]


def test_counts_non_breaking_hyphen_name(nlp):
    assert counts(nlp, "The COVID\u201119 pandemic hit trade.") == []


def test_counts_number_of_frame_without_hedge(nlp):
    c = only(nlp, "The number of political prisoners now stands at 1,150.")
    assert (c["value"], c["what"]) == (1150, "political prisoners")


def test_counts_ages_are_not_elided_counts(nlp):
    found = counts(nlp, "Two soldiers were captured. One was 20 years old and the other 26.")
    assert [(c["value"], c["what"]) for c in found] == [(2, "soldiers")]


def test_counts_percent_of_pronoun(nlp):
    found = counts(nlp, "The diaspora cast 327,000 votes, and she won 82% of them.")
    assert [(c["value"], c["what"]) for c in found] == [(327000, "votes"), (82, "percent")]


def test_counts_listicle_headline_is_not_a_count(nlp):
    assert brief(nlp, "Five Things to Watch in the Vote\nThe party won 40 seats.") == [(40, "seats", "cardinal")]


def test_counts_number_after_weekday_is_not_a_name(nlp):
    assert brief(nlp, "On Thursday 52 prisoners were freed.") == [(52, "prisoners", "cardinal")]


def test_counts_partitive_pronoun_with_its_own_noun(nlp):
    found = counts(nlp, "At least 900 people died, 300 of them children.")
    assert [(c["value"], c["what"]) for c in found] == [(900, "people"), (300, "children")]


# -- generalisation pass: forms seen in unseen analyses ------------------------------

def test_counts_numbered_day_is_a_label_not_a_count(nlp):
    assert brief(nlp, "Thursday marks day 1,000 of the war. It was day 680.") == []
    # a noun after the number still makes it a count
    assert brief(nlp, "On that day 52 prisoners were freed.") == [(52, "prisoners", "cardinal")]


def test_counts_number_more_without_noun_takes_earlier_noun(nlp):
    got = brief(nlp, "Minsk freed 52 political prisoners in May. In June, 14 more were pardoned.")
    assert got == [(52, "political prisoners", "cardinal"), (14, "political prisoners", "cardinal")]
    # 'more' before a noun is part of the noun phrase
    assert brief(nlp, "By winter 5,000 more troops will arrive.") == [(5000, "more troops", "cardinal")]


def test_counts_coordinated_ordinals_share_the_noun(nlp):
    assert brief(nlp, "The 16th and 17th packages targeted tankers.") == [
        (16, "packages", "ordinal"), (17, "packages", "ordinal")]


def test_counts_ordinal_without_noun_takes_an_earlier_unit(nlp):
    assert brief(nlp, "The EU adopted its 19th package and is preparing a 20th.") == [
        (19, "package", "ordinal"), (20, "package", "ordinal")]
    assert brief(nlp, "Kyiv held five rounds of talks; the sixth is planned.") == [
        (5, "rounds of talks", "cardinal"), (6, "rounds of talks", "ordinal")]
    # no earlier unit: 'the first' is no counted unit
    assert brief(nlp, "Two envoys came. The first was a banker.") == [(2, "envoys", "cardinal")]


def test_counts_bare_number_subject_takes_earlier_noun(nlp):
    assert brief(nlp, "The courts sentenced 40 protesters. Four were hanged, and two died in custody.") == [
        (40, "protesters", "cardinal"), (4, "protesters", "cardinal"), (2, "protesters", "cardinal")]


def test_counts_ordinal_before_a_number_is_no_count(nlp):
    assert brief(nlp, "The EU adopted its 19th package. In the first seven months, exports fell.") == [
        (19, "package", "ordinal")]


def test_counts_people_plural_ends_the_phrase_before_a_verb(nlp):
    assert brief(nlp, "1,500 refugees live in Poland.") == [(1500, "refugees", "cardinal")]
    assert brief(nlp, "About 4,000 troops remain in Belarus.") == [(4000, "troops", "cardinal")]
    assert brief(nlp, "1.5m refugees live in Poland.") == [(1500000, "refugees", "cardinal")]
    # a plural modifier of a thing still continues: "weapons systems"
    assert brief(nlp, "Kyiv got 12 weapons systems.") == [(12, "weapons systems", "cardinal")]


def test_counts_page_furniture_is_not_counted(nlp):
    text = "5 min read\n1 of 5 | Freed prisoners arrive. Photo: AFP\nBelarus freed 52 prisoners."
    assert brief(nlp, text) == [(52, "prisoners", "cardinal")]
    # a partitive inside a sentence still leaves out an earlier noun
    assert brief(nlp, "Belarus freed 52 prisoners. Three of the five stayed.") == [
        (52, "prisoners", "cardinal"), (3, "prisoners", "cardinal"), (5, "prisoners", "cardinal")]


def test_counts_ordinal_after_copula_counts_the_subject(nlp):
    assert brief(nlp, "The exchange was the 60th since 2022.") == [(60, "exchange", "ordinal")]
    assert brief(nlp, "The visit is the third this year.") == [(3, "visit", "ordinal")]
    # a pronoun subject names nothing
    assert brief(nlp, "It was the first since 2020.") == []


def test_counts_prose_full_of_names_is_no_headline(nlp):
    # a sentence ending in a full stop with a lower-case verb is prose: the numbered unit is a name
    assert brief(nlp, "Ukraine's 47th Mechanized Brigade fought in Avdiivka.") == []
    # a headline line still counts its capitalised noun
    assert brief(nlp, "Azerbaijan Releases 32 Armenians After Talks\nThe talks ended.") == [(32, "Armenians", "cardinal")]


def test_counts_bare_number_after_a_verb_is_not_elided(nlp):
    # after a reporting verb the number may count anything: no noun is guessed
    assert brief(nlp, "Kyiv downed 40 drones. Russia said 250 had been killed.") == [(40, "drones", "cardinal")]


# -- held-out pass: shares, partitive antecedents, event names, quoted nouns -----


def test_counts_percent_share_without_noun_counts_in_a_vote_sentence(nlp):
    text = (
        "The ruling party won 48.5 percent of the votes, compared to 21.3 percent for the opposition bloc. "
        "Turnout was about 41%, lower than before. Inflation reached 9% in March."
    )
    assert [(c["value"], c["what"], c["approximate"]) for c in counts(nlp, text)] == [
        (48.5, "percent", False), (21.3, "percent", False), (41, "percent", True),
    ]


def test_counts_percent_share_noun_turnout_counts_but_rate_noun_does_not(nlp):
    assert brief(nlp, "The vote drew a 63% turnout.") == [(63, "percent", "percent")]
    assert brief(nlp, "Washington set a 25% tariff on steel.") == []


def test_counts_percent_without_noun_outside_a_vote_sentence_is_no_count(nlp):
    assert brief(nlp, "Officials said work on the bridge stood at 80%, as planned.") == []


def test_counts_percent_without_noun_right_after_a_vote_sentence_counts(nlp):
    # the share's sentence names no vote, the one before it does
    text = ("Results came in overnight with most ballots counted. The Green Alliance placed third with 11.4 percent, "
            "behind the Farmers' List (8.2%). Officials said the new bridge was 80% finished. It opens in May.")
    assert brief(nlp, text) == [(11.4, "percent", "percent"), (8.2, "percent", "percent")]
    assert brief(nlp, "The voting ended at noon, with turnouts above 70%.") == [(70, "percent", "percent")]
    # two sentences away from the vote, a bare percentage is no count
    assert brief(nlp, "Most ballots were counted. Repairs went on. The new bridge was 80% finished.") == []


def test_counts_partitive_antecedent_is_a_group_at_least_that_large(nlp):
    text = "The release covered 140 detainees, including six foreign citizens. Of those freed, 120 of them went abroad."
    assert brief(nlp, text) == [
        (140, "detainees", "cardinal"), (6, "foreign citizens", "cardinal"), (120, "detainees", "cardinal"),
    ]


def test_counts_partitive_small_part_still_takes_the_nearest_group(nlp):
    text = "Police held 40 students and nine journalists. Two of them were later charged."
    assert brief(nlp, text)[-1] == (2, "journalists", "cardinal")


def test_counts_ordinal_inside_an_event_name_is_no_count(nlp):
    assert brief(nlp, "It was the largest offensive since the second world war.") == []
    assert brief(nlp, "The talks entered a second round in May.") == [(2, "round", "ordinal")]


def test_counts_noun_in_straight_single_quotes_is_the_counted_noun(nlp):
    rec = only(nlp, "The site holds 12 'special units' of enriched material.")
    assert (rec["value"], rec["what"]) == (12, "special units")
    assert rec["span"]["text"].startswith("12 'special units")


def test_counts_percent_share_in_a_runoff_sentence_counts(nlp):
    text = "The president won 55.4% in the runoff, while her rival took 44.6%."
    assert [c["value"] for c in counts(nlp, text)] == [55.4, 44.6]


def test_counts_percent_after_a_name_or_in_parentheses_is_a_share(nlp):
    text = "The ruling party polled 61 percent and the Socialist Party of Moldova 9.4 percent, with 120,300 votes (4.1%) for a smaller list."
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == [
        (61, "percent"), (9.4, "percent"), (120300, "votes"), (4.1, "percent"),
    ]
    assert brief(nlp, "The study cited earlier (3) found 12 cases.") == [(12, "cases", "cardinal")]


def test_counts_plural_head_before_an_ing_clause_ends_the_phrase(nlp):
    assert brief(nlp, "The leader pardoned 30 people serving prison sentences.") == [(30, "people", "cardinal")]
    assert brief(nlp, "Air defences downed 20 drones carrying explosives.") == [(20, "drones", "cardinal")]
    assert brief(nlp, "Kyiv got 50 infantry fighting vehicles.") == [(50, "infantry fighting vehicles", "cardinal")]


def test_counts_percent_before_a_comparative_is_a_difference_not_a_count(nlp):
    assert brief(nlp, "The cap prices crude at 15% below its market level.") == []
    assert brief(nlp, "Food prices were 20 percent higher than in May.") == []
    assert brief(nlp, "Nearly 80 per cent of townships were hit.") == [(80, "percent", "percent")]


def test_counts_number_coordinated_with_a_name_number_is_part_of_the_name(nlp):
    assert brief(nlp, "Deals on the Nord Stream 1 and 2 pipelines were banned.") == []
    assert brief(nlp, "Police held 40 students and 9 journalists.") == [
        (40, "students", "cardinal"), (9, "journalists", "cardinal"),
    ]


def test_counts_partitive_through_all_takes_the_noun(nlp):
    rec = only(nlp, "Officials said over 88% of all executions were never announced.")
    assert (rec["value"], rec["what"], rec["approximate"]) == (88, "percent", True)
    assert rec["span"]["text"] == "over 88% of all executions"
    assert brief(nlp, "Three of all the candidates withdrew.") == [(3, "candidates", "cardinal")]


def test_counts_of_which_number_takes_a_group_at_least_that_large(nlp):
    text = "Russia launched 273 drones and 9 missiles at Ukraine, of which 266 were shot down."
    assert brief(nlp, text)[-1] == (266, "drones", "cardinal")


def test_counts_percent_change_or_rate_is_no_count_even_in_a_vote_sentence(nlp):
    assert brief(nlp, "Prices rose 9% ahead of the vote.") == []
    assert brief(nlp, "Support for the party fell 5% since the election.") == []
    assert brief(nlp, "Sales were up 5% year on year.") == []
    assert brief(nlp, "The party won up to 50% of the votes.") == [(50, "percent", "percent")]


# -- the per-document context reads token arrays, not Token objects -------------------------


_CONTEXT_TEXTS = [
    "Officials said 40 people died, according to the\nUN. As reported\nby the count of Reuters, 12 more were held.",
    (
        "The ministry said—in a statement—that 5 soldiers were hurt.  Police  told AFP 7 protesters were detained.\n\n"
        "According to   local media, three journalists were freed. Rights groups estimated\n300 arrests."
    ),
    "U.S. officials say 2,000 troops remain. In the words of the envoy, “two rounds” are planned.",
]


def _context(nlp, text):
    from briefextract.rules.counts import _DocContext
    from briefextract.rules.spans import doc_text
    from briefextract.rules.tokens import token_arrays

    doc = nlp(text)
    rules = nlp.get_pipe("counts").rules
    matches = rules.numbers.finditer(doc_text(doc), rules._word_starts(token_arrays(doc), doc_text(doc)))
    return doc, rules, _DocContext(doc, rules, matches)


@pytest.mark.parametrize("text", _CONTEXT_TEXTS)
def test_counts_context_token_helpers_agree_with_spacy_tokens(nlp, text):
    doc, _, ctx = _context(nlp, text)
    for i, token in enumerate(doc):
        assert ctx.word(i) == token.text and ctx.lower(i) == token.lower_
        assert ctx.end_char(i) == token.idx + len(token)
        assert ctx.space_after(i) == bool(token.whitespace_)
        assert ctx.span_text(i, min(i + 3, len(doc))) == doc[i : i + 3].text


@pytest.mark.parametrize("text", _CONTEXT_TEXTS)
def test_counts_cues_scanned_per_sentence_match_a_whole_text_scan(nlp, text):
    """The attribution cues of a sentence are those a scan of the whole text finds there."""
    _, rules, ctx = _context(nlp, text)
    whole = []
    for regex, according in ((rules.according_regex, True), (rules.reporting_regex, False)):
        for m in regex.finditer(ctx.text):
            k = ctx.token_at(m.start())
            if ctx.starts[k] == m.start():
                whole.append((k, ctx.token_at(m.end() - 1) + 1 - k, according))
    for lo in ctx.sent_starts:
        hi = ctx.sent_end(lo)
        assert ctx.cues_between(lo, hi) == sorted(c for c in whole if lo <= c[0] < hi)


def test_counts_every_blocked_pattern_needs_one_of_its_separators(nlp):
    """A number's guard window is scanned with the blocked patterns only when it holds one of
    ``blocked_pattern_separators``: no pattern may match a text without them."""
    import random

    rules = nlp.get_pipe("counts").rules
    separators = rules.blocked_separator_regex
    shapes = ["2023-12-13", "10/09/2025", "12.05.24", "12:25", "2022–23", "2019 / 20", "3-4 March", "5 — 6 May"]
    for shape in shapes:  # each shape is blocked, and holds a separator
        assert rules.blocked_regex.search(shape) and separators.search(shape), shape
    alphabet = "0123456789 \n\t,;'()%$abcJanuaryMarchDecember19202"
    randomness = random.Random(8)
    for _ in range(3000):
        text = "".join(randomness.choice(alphabet) for _ in range(randomness.randint(1, 30)))
        assert rules.blocked_regex.search(text) is None, text
    for shape in shapes:  # the same shapes with the separators taken out match nothing
        assert rules.blocked_regex.search(separators.sub(" ", shape)) is None, shape


# -- generalisation fixes (reserved-country probe) -------------------------------


def test_number_after_acronym_or_licence_is_a_name(nlp):
    # "GL 41" at a sentence start is a licence's name, and "authorizes" no counted noun
    assert brief(nlp, "GL 41 authorizes work at the oil fields. The bank said License 8 covers it.") == []


def test_range_with_repeated_currency_keeps_both_ends(nlp):
    c = only(nlp, "The price cap will start somewhere between $45-$50 a barrel.")
    assert (c["value"], c["upper"], c["what"]) == (45, 50, "USD")


def test_change_between_durations_is_no_count(nlp):
    assert brief(nlp, "The amendment raised the term from two to five years.") == []


def test_coordinated_plural_heads_are_counted_together(nlp):
    assert brief(nlp, "The office listed more than 50 individuals and entities on Friday.") == [
        (50, "individuals and entities", "cardinal")
    ]
    # a verb after the conjunction starts a new clause
    assert brief(nlp, "The strike killed 4 soldiers and injured dozens more.") == [(4, "soldiers", "cardinal")]


def test_participle_used_as_noun_after_the_number(nlp):
    assert brief(nlp, "Two girls were among the 30 injured in the blast.") == [
        (2, "girls", "cardinal"),
        (30, "injured", "cardinal"),
    ]


def test_figure_of_n_takes_the_earlier_noun(nlp):
    assert brief(nlp, "A monitor counted 70 detainees. The ministry gave a much lower figure of 45.") == [
        (70, "detainees", "cardinal"),
        (45, "detainees", "cardinal"),
    ]


def test_ordinal_without_noun_in_apposition_or_before_a_preposition(nlp):
    assert brief(nlp, "The measure, the union’s ninth since the coup, bans imports.") == [(9, "measure", "ordinal")]
    assert brief(nlp, "Ministers agreed a 6th round of talks in June. Envoys held the bloc's 7th at Geneva.") == [
        (6, "round of talks", "ordinal"),
        (7, "round of talks", "ordinal"),
    ]


def test_hyphenated_countable_modifier_counts(nlp):
    assert brief(nlp, "They tabled a 14-point plan, not a 30-day truce.") == [(14, "points", "cardinal")]


def test_plural_noun_after_copula_names_the_counted(nlp):
    assert brief(nlp, "The court freed 40 detainees. Of those, 6 were journalists and three were ill.") == [
        (40, "detainees", "cardinal"),
        (6, "journalists", "cardinal"),
        (3, "detainees", "cardinal"),
    ]


def test_unit_noun_of_phrase_stops_before_a_verb(nlp):
    assert brief(nlp, "The bloc's 20th package of sanctions lists 90 tankers.") == [
        (20, "package of sanctions", "ordinal"),
        (90, "tankers", "cardinal"),
    ]


def test_bare_number_after_a_casualty_verb_counts_people(nlp):
    assert brief(nlp, "The shelling of Sumy killed 3 and injured at least 15, the governor said.") == [
        (3, "people", "cardinal"),
        (15, "people", "cardinal"),
    ]


@pytest.mark.parametrize(("text", "what"), [
    ("Treasury named three shipping-related entities.", "shipping-related entities"),
    ("Police held 40 opposition-leaning journalists.", "opposition-leaning journalists"),
])
def test_counts_a_hyphen_compound_opened_by_a_participle_is_a_modifier(nlp, text, what):
    assert [c["what"] for c in counts(nlp, text)] == [what]


def test_counts_a_bare_article_count_does_not_reach_a_paragraph_back(nlp):
    text = ("The alliance sent 3,000 troops to the region. Meanwhile, the cabinet met in the capital. "
            "The premier then phoned the president, and the two discussed trade.")
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == [(3000, "troops")]
    near = "Kyiv and Moscow held three rounds of talks. The three were in Istanbul."
    assert [(c["value"], c["what"]) for c in counts(nlp, near)] == [(3, "rounds of talks")] * 2


@pytest.mark.parametrize("text", [
    "The firm pumps around 35 percent of Kazakhstan’s oil output.",
    "The group controls nearly 25 per cent of the domestic fuel market.",
])
def test_counts_a_percentage_of_an_amount_is_no_count(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text", [
    "About 20% of Georgia’s political prisoners are women.",
    "Some 30 percent of the population fled.",
])
def test_counts_a_percentage_of_people_still_counts(nlp, text):
    assert [c["what"] for c in counts(nlp, text)] == ["percent"]


@pytest.mark.parametrize(("text", "found"), [
    ("The envoy visited Minsk twice this year.", [(2, "times", False)]),
    ("The list is reviewed at least twice a year.", [(2, "times", True)]),
    ("Thrice, police raided the office.", [(3, "times", False)]),
])
def test_counts_twice_and_thrice_count_times(nlp, text, found):
    assert [(c["value"], c["what"], c["approximate"]) for c in counts(nlp, text)] == found


@pytest.mark.parametrize("text", [
    "The army has twice as many tanks.", "The new base is twice the size of the old one.",
    "She backed a twice-failed candidate.",
])
def test_counts_twice_as_a_multiplier_or_in_a_compound_is_no_count(nlp, text):
    assert counts(nlp, text) == []


def test_counts_twice_keeps_text_order_among_other_counts(nlp):
    found = counts(nlp, "Five envoys came twice, and 12 ministers once.")
    assert [(c["value"], c["what"]) for c in found] == [(5, "envoys"), (2, "times"), (12, "ministers"), (1, "time")]


@pytest.mark.parametrize(("text", "found"), [
    ("The clause has been used only once, after the 2014 annexation.", [(1, "time")]),
    ("The presidents have spoken once since the summit.", [(1, "time")]),
    ("The board meets at least once a quarter.", [(1, "time")]),
    ("Rebels shelled the town once before.", [(1, "time")]),
])
def test_counts_once_counts_a_time_where_nothing_else_fits(nlp, text, found):
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == found


@pytest.mark.parametrize("text", [
    "Once the embargo is lifted, exports will resume.",
    "Tehran was once a close partner of Caracas.",
    "The once-powerful cartel collapsed.",
    "The guards left at once.",
    "For once, the ministers agreed.",
    "Prices rose once again in March.",
])
def test_counts_once_as_a_conjunction_or_formerly_is_no_count(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("It is the fifth time Seoul has summoned the envoy.", [(5, "time")]),
    ("For the second time in a month, Iranian boats harassed a tanker.", [(2, "time")]),
    ("This was the 12th time the court has delayed the verdict, and the fourth linked to the new law.",
     [(12, "time"), (4, "time")]),
])
def test_counts_an_ordinal_time_counts_times(nlp, text, found):
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == found


def test_counts_the_first_time_stays_an_idiom(nlp):
    assert counts(nlp, "It marks the first time Hungary has vetoed a package.") == []


@pytest.mark.parametrize(("text", "what"), [
    ("Kyiv said 31 medics and volunteers held in Donetsk were freed.", "medics and volunteers"),
    ("The list adds 55 individuals, firms and tankers involved in the trade.", "individuals, firms and tankers"),
    ("Police detained 14 students, teachers and reporters in Grodno.", "students, teachers and reporters"),
    # a comma-listed item is read as a coordinated one: an irregular plural is a head
    ("The EU listed 40 individuals, people and companies.", "individuals, people and companies"),
])
def test_counts_coordinated_plural_heads_run_past_a_participle_and_commas(nlp, text, what):
    assert [c["what"] for c in counts(nlp, text)] == [what]


def test_counts_a_list_of_separate_counts_is_not_one_coordination(nlp):
    found = counts(nlp, "The EU listed 12 people, 3 banks and 2 firms.")
    assert [(c["value"], c["what"]) for c in found] == [(12, "people"), (3, "banks"), (2, "firms")]


def test_counts_another_n_adds_to_a_cardinal_count_not_an_ordinal_noun(nlp):
    found = counts(nlp, "The Greens may win 14 mandates in the third round while the Liberals could add another 9.")
    assert [(c["value"], c["what"]) for c in found] == [(14, "mandates"), (3, "round"), (9, "mandates")]


@pytest.mark.parametrize("text", [
    "The drone flew 1,200 kilometres before it crashed.",
    "The town lies about 250km (155 miles) from the border.",
    "The tanker was stopped 30 nautical miles off the coast.",
])
def test_counts_a_distance_is_an_extent_not_a_count(nlp, text):
    assert counts(nlp, text) == []


def test_counts_weights_of_goods_still_count(nlp):
    assert [(c["value"], c["what"]) for c in counts(nlp, "Belarus shipped 40 tonnes of potash.")] == [(40, "tonnes of potash")]


def test_counts_a_text_cut_mid_word_takes_the_noun_of_an_earlier_count(nlp):
    found = counts(nlp, "The group freed 65 detained journalists. About 300 jo\n")
    assert [(c["value"], c["what"]) for c in found] == [(65, "detained journalists"), (300, "detained journalists")]


def test_counts_a_short_plural_at_the_text_end_is_a_head(nlp):
    assert [c["what"] for c in counts(nlp, "The army sent 5,000 men")] == ["men"]


@pytest.mark.parametrize(("text", "found"), [
    ("Turnout may rise in the Nov. 9 second round of the vote.", [(2, "round")]),
    ("The June 24 fourth package was adopted.", [(4, "package")]),
    # the date as the dates component found it, weekday and year included
    ("Voters return for the Tuesday, Oct. 27 second round of the vote.", [(2, "round")]),
    ("Voters return for the Oct. 27, 2025 second round of the vote.", [(2, "round")]),
])
def test_counts_an_ordinal_after_a_date_keeps_the_determiner_before_the_date(nlp, text, found):
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == found


def test_counts_an_ordinal_adverb_after_a_date_is_no_count(nlp):
    assert counts(nlp, "On May 5 first reports came in.") == []


@pytest.mark.parametrize(("text", "found"), [
    ("Police detained three Lithuanian and two Polish citizens.",
     [(3, "Lithuanian citizens"), (2, "Polish citizens")]),
    ("Tehran freed one Swedish or two Austrian-Iranian citizens.",
     [(1, "Swedish citizens"), (2, "Austrian-Iranian citizens")]),
    ("The two American and three British journalists left.",
     [(2, "American journalists"), (3, "British journalists")]),
])
def test_counts_a_modifier_before_and_another_count_shares_its_head(extract, text, found):
    # "three Lithuanian and two Polish citizens": the first count counts citizens too
    assert [(c.value, c.what) for c in extract(text, published="2024-05-20").counts] == found


def test_counts_a_coordinated_irregular_plural_closes_the_phrase(extract):
    # "people" ends "five firms and people" as a plural head would
    brief = extract("The Treasury listed five firms and people linked to the bank.", published="2024-05-20")
    assert [(c.value, c.what) for c in brief.counts] == [(5, "firms and people")]


def test_counts_a_vote_tally_after_abstained_or_voted_counts_the_voters(extract):
    text = "In all, 88 senators voted for the bill, 9 were against, and 21 abstained."
    assert [(c.value, c.what) for c in extract(text, published="2024-05-20").counts] == [
        (88, "senators"), (9, "senators"), (21, "senators")]


# -- a dollar of another country: its letters before or after the sign ------------------


@pytest.mark.parametrize("text, value, currency", [
    ("Fraudsters took $NZ4 million from pensioners.", 4_000_000, "NZD"),
    ("The fund lost A$250 million last year.", 250_000_000, "AUD"),
    ("Exports reached C$3.5 billion.", 3_500_000_000, "CAD"),
    ("Ottawa pledged CA$12 million in aid.", 12_000_000, "CAD"),
    ("The hackers laundered $US2.3 billion ($A3.6 billion).", 2_300_000_000, "USD"),
])
def test_counts_country_dollars(nlp, text, value, currency):
    first = counts(nlp, text)[0]
    assert (first["value"], first["what"], first["kind"]) == (value, currency, "money")


def test_counts_dollar_letters_glued_to_the_number_do_not_open_a_word(nlp):
    assert brief(nlp, "Thieves stole $US2.3 billion ($A3.6 billion) in crypto.") == [
        (2_300_000_000, "USD", "money"), (3_600_000_000, "AUD", "money")]
    assert brief(nlp, "The B52 and the Q1 report.") == []


# -- a partitive past a longer owner: "N of <owner>’s <noun>" -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Brussels froze the assets of two of Iranian President Masoud Pezeshkian’s advisers.", [(2, "advisers")]),
    ("Minsk expelled three of the Lithuanian embassy's military attachés.", [(3, "military attachés")]),
    ("Kyiv and Moscow exchanged 84 of each other’s soldiers.", [(84, "soldiers")]),
    ("Baku and Yerevan freed four of one another's detainees.", [(4, "detainees")]),
    ("Four of the guards and Navalny's lawyer spoke.", [(4, "guards")]),
])
def test_counts_partitive_past_an_owner(nlp, text, expected):
    assert [(c["value"], c["what"]) for c in counts(nlp, text)] == expected


# -- rankings with their noun: "in third place" ------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Sinn Fein is in third place in the latest poll.", [(3, "place")]),
    ("Her list was in fourth place, behind the Greens.", [(4, "place")]),
    ("The Liberal Party came second with 24% of the vote.", []),  # no counted noun written
    ("The newcomer took second position.", [(2, "position")]),
    ("In the first place, the deal was never signed.", []),
    ("He was first elected in 2019.", []),
])
def test_counts_rankings(nlp, text, expected):
    assert [(c["value"], c["what"]) for c in counts(nlp, text) if c["kind"] == "ordinal"] == expected


# -- measures of area, collectives, exchange-rate notes ---------------------------------------


@pytest.mark.parametrize("text", [
    "The occupied zone spans 42,000 km2 along the river.",
    "Wildfires burned 300 hectares near Brest.",
    "Kyiv regained 20 square miles in a week.",
])
def test_counts_areas_are_no_counts(nlp, text):
    assert brief(nlp, text) == []


def test_counts_collective_before_of_is_what_is_counted(nlp):
    found = [(c["value"], c["what"], c["approximate"]) for c in counts(nlp, "Abkhazia has a population of just under 250,000.")]
    assert found == [(250_000, "population", True)]


@pytest.mark.parametrize("text, expected", [
    ("The bank froze 12 million francs.\n($1 = 0.9346 Swiss francs)", [(12_000_000, "francs", "money")]),
    ("Kyiv received 5 billion euros (1 euro = $1.08) for reconstruction.", [(5_000_000_000, "euros", "money")]),
])
def test_counts_exchange_rate_notes_are_no_amounts(nlp, text, expected):
    assert brief(nlp, text) == expected


def test_counts_acronym_ending_in_s_is_a_modifier_not_the_head(nlp):
    # a system's acronym ("NASAMS", "HIMARS") is no plural head: the phrase goes on to its noun
    got = brief(nlp, "Oslo will send two NASAMS anti-air systems and four HIMARS launchers to Kyiv.")
    assert (2, "NASAMS anti-air systems") in [(v, w) for v, w, *_ in got]
    assert (4, "HIMARS launchers") in [(v, w) for v, w, *_ in got]
    # a mixed-case plural stays the head
    assert (20, "MPs") in [(v, w) for v, w, *_ in brief(nlp, "Some 20 MPs voted against it.")]


def test_counts_an_ordinal_ending_the_text_is_read_without_a_next_word(extract):
    # a text cut off right after an ordinal ("... relocated to a third"): no word follows it (an IndexError before)
    assert extract("Its embassy in Tehran closed, with all Australian diplomats relocated to a third").counts == []
    assert extract("Ministers met again, for the third").counts == []  # nor after "the"
