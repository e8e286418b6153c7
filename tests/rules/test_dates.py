"""Date rules: matching and TIMEX3 resolution on texts written for these tests (no pipeline)."""

from __future__ import annotations

from datetime import date

import pytest
import srsly

from briefextract.pipeline import model_path
from briefextract.rules.date_patterns import _icase_trie
from briefextract.rules.dates import compile_rules, find_dates, infer_year
from briefextract.rules.timex import fallback_parse

DCT = date(2025, 9, 12)  # a Friday


@pytest.fixture(scope="module")
def rules():
    folder = model_path() / "dates"
    return compile_rules(list(srsly.read_jsonl(folder / "patterns.jsonl")), srsly.read_json(folder / "lexicon.json"),
                         srsly.read_json(folder / "foreign_months.json"))


def found(rules, text, dct=DCT, excluded=()):
    mentions, _ = find_dates(rules, text, dct, excluded=excluded)
    return [(text[m.start:m.end], m.value) for m in mentions if not m.value.endswith("_REF")]


def one(rules, text, dct=DCT):
    mentions, _ = find_dates(rules, text, dct)
    mentions = [m for m in mentions if not m.value.endswith("_REF")]
    assert len(mentions) == 1, [(text[m.start:m.end], m.value) for m in mentions]
    return mentions[0]


# -- calendar forms ---------------------------------------------------------------

def test_dates_day_month_takes_publication_year(rules):
    m = one(rules, "On 11 September the envoy arrived in the capital.")
    assert (m.value, m.granularity, m.resolved_from) == ("2025-09-11", "day", "published")


def test_dates_month_day_year_is_explicit(rules):
    m = one(rules, "The order was signed on January 20, 2025, by the president.")
    assert (m.value, m.resolved_from) == ("2025-01-20", "text")


def test_dates_abbreviated_month_with_period(rules):
    assert found(rules, "Troops trained there on Feb. 7, 2025, and again on Sept. 3.") == [
        ("Feb. 7, 2025", "2025-02-07"), ("Sept. 3", "2025-09-03")]


def test_dates_sentence_period_after_month_is_not_part_of_the_date(rules):
    assert found(rules, "The truce held until 10 May. Then fighting resumed.") == [("10 May", "2025-05-10")]


def test_dates_month_and_year(rules):
    m = one(rules, "Protests broke out in July 2021 across the island.")
    assert (m.value, m.granularity) == ("2021-07", "month")


def test_dates_month_relative_year(rules):
    assert found(rules, "They were moved in June this year and released in March last year.") == [
        ("June this year", "2025-06"), ("March last year", "2024-03")]


def test_dates_bare_year_and_in_year(rules):
    assert found(rules, "Sanctions imposed in 2022 replaced the ones from 1998.") == [("2022", "2022"), ("1998", "1998")]


def test_dates_iso_and_numeric_stamps(rules):
    assert found(rules, "Posted 2024-03-05. Updated 03/06/2024.", dct=date(2024, 3, 6)) == [
        ("2024-03-05", "2024-03-05"), ("03/06/2024", "2024-03-06")]


def test_dates_numeric_ambiguity_prefers_the_publication_day(rules):
    # day-month with a hyphen when that reading is the DCT
    assert found(rules, "Wire04-11-2023", dct=date(2023, 11, 4)) == [("04-11-2023", "2023-11-04")]


# -- intervals, modifiers, decades, parts ------------------------------------------

def test_dates_day_range_with_en_dash_is_interval(rules):
    m = one(rules, "The summit will be held on 12–13 December in Brussels.")
    assert (m.value, m.granularity) == ("2025-12-12/2025-12-13", "interval")


def test_dates_month_day_range(rules):
    assert one(rules, "Talks are scheduled for September 8-10 in Geneva.").value == "2025-09-08/2025-09-10"


def test_dates_year_range(rules):
    assert found(rules, "He was held in 2020-2023 and again in 2024–25.") == [("2020-2023", "2020/2023"), ("2024–25", "2024/2025")]


def test_dates_early_month_keeps_month_with_start_mod(rules):
    m = one(rules, "The rules changed in early October and nobody noticed.", dct=date(2025, 10, 30))
    assert (m.value, m.mod) == ("2025-10", "START")


def test_dates_late_year_and_mid_year(rules):
    got = find_dates(rules, "Fighting peaked in late 2021 and eased by mid-2024.", DCT)[0]
    assert [(m.value, m.mod) for m in got] == [("2021", "END"), ("2024", "MID")]


def test_dates_decades(rules):
    assert found(rules, "In the 1990s and the '80s reform stalled.") == [("the 1990s", "199"), ("the '80s", "198")]


def test_dates_half_and_quarter(rules):
    assert found(rules, "Output fell in the first half of 2024 and in Q3 2023.") == [
        ("the first half of 2024", "2024"), ("Q3 2023", "2023-Q3")]
    # a half in words is a part of its year, as "late 2021" is; a code stays a code
    assert found(rules, "Exports rose in the second half of 2019 and in H2 2020.") == [
        ("the second half of 2019", "2019"), ("H2 2020", "2020-H2")]


def test_dates_question_label_is_not_a_quarter(rules):
    assert found(rules, "Q1: What changed? A1: Nothing.") == []


# -- relative to the publication date ----------------------------------------------

def test_dates_relative_units(rules):
    assert found(rules, "Prices rose last year, will rise next month and fell this week; last week they were flat.") == [
        ("last year", "2024"), ("next month", "2025-10"), ("this week", "2025-W37"), ("last week", "2025-W36")]


def test_dates_late_last_year_has_end_mod(rules):
    m = one(rules, "The regime fell late last year.")
    assert (m.value, m.mod) == ("2024", "END")


def test_dates_later_this_month(rules):
    assert one(rules, "He will travel to Seoul later this month.").value == "2025-09"


def test_dates_seasons_resolve_to_their_year(rules):
    assert found(rules, "Talks failed last fall.", dct=date(2025, 1, 7)) == [("last fall", "2024")]
    assert found(rules, "Drills were held this spring and in the summer of 2023.") == [
        ("this spring", "2025"), ("the summer of 2023", "2023")]


def test_dates_today_yesterday_tomorrow(rules):
    assert found(rules, "Yesterday he met the envoy; today he spoke; tomorrow he leaves.") == [
        ("Yesterday", "2025-09-11"), ("today", "2025-09-12"), ("tomorrow", "2025-09-13")]


def test_dates_weekday_is_latest_on_or_before_publication(rules):
    assert one(rules, "The president on Monday signed the order.").value == "2025-09-08"
    assert one(rules, "The ministry announced on Friday that talks ended.").value == "2025-09-12"


def test_dates_weekday_in_future_tense_is_ahead(rules):
    assert one(rules, "The ministers will meet on Tuesday in Vienna.").value == "2025-09-16"


def test_dates_last_and_next_weekday(rules):
    assert found(rules, "They met last Friday and meet again next Friday.") == [
        ("last Friday", "2025-09-05"), ("next Friday", "2025-09-19")]


def test_dates_weekday_names_in_proper_names_are_not_dates(rules):
    assert found(rules, "The Good Friday Agreement was quoted by the Sunday Times.") == []


# -- year inference ------------------------------------------------------------------

def test_dates_year_inference_month_after_publication_in_past_tense(rules):
    assert found(rules, "The elections held on 26 October were rigged.", dct=date(2025, 1, 15)) == [
        ("26 October", "2024-10-26")]


def test_dates_year_inference_future_tense_goes_forward(rules):
    assert found(rules, "Trump said he would visit Beijing in April.", dct=date(2025, 10, 31)) == [("April", "2026-04")]
    assert found(rules, "The controls announced in April stay.", dct=date(2025, 10, 31)) == [("April", "2025-04")]


def test_dates_coordinated_month_inherits_year(rules):
    assert found(rules, "He spoke in June and December 2024.", dct=date(2025, 1, 15)) == [
        ("June", "2024-06"), ("December 2024", "2024-12")]


def test_dates_infer_year_closest_without_tense():
    assert infer_year(date(2025, 1, 15), 12, 20, None) == 2024
    assert infer_year(date(2025, 9, 12), 12, 12, None) == 2025
    assert infer_year(date(2025, 9, 12), 12, 12, "past") == 2024


def test_dates_no_publication_date_leaves_year_unknown(rules):
    mentions, missing = find_dates(rules, "He arrived on 11 September and left last week.", None)
    assert [m.value for m in mentions] == ["XXXX-09-11", "PAST_REF"]
    assert mentions[0].resolved_from == "none" and missing == 2


# -- anchored -------------------------------------------------------------------------

def test_dates_offset_before_a_dated_anchor(rules):
    text = ("Among the orders signed on January 20, 2025, was a reversal. "
            "Prisoners were freed five days before Trump's order took effect.")
    mentions, _ = find_dates(rules, text, date(2025, 3, 1))
    m = mentions[-1]
    assert (text[m.start:m.end], m.value, m.resolved_from, m.anchor) == (
        "five days before", "2025-01-15", "event", "Trump's order")


def test_dates_offset_after_an_undated_indefinite_anchor_is_not_placed(rules):
    mentions, _ = find_dates(rules, "On 11 September they met, the day after a drone attack on the border.", DCT)
    assert [(m.value, m.anchor) for m in mentions] == [("2025-09-11", None), ("PAST_REF", "a drone attack on the border")]


def test_dates_same_day_takes_the_previous_date(rules):
    assert found(rules, "On 28 January the three states quit. The same day, the bloc replied.", dct=date(2024, 2, 1)) == [
        ("28 January", "2024-01-28"), ("The same day", "2024-01-28")]


def test_dates_following_year_counts_from_previous_year(rules):
    assert found(rules, "The war began in 2014. The following year a truce was signed.") == [
        ("2014", "2014"), ("The following year", "2015")]


# -- not dates ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He was sentenced to 15 years for a 30-day protest.",
    "The meeting started at 12:25 and lasted three months.",
    "About 2000 soldiers and some 1,500 tanks moved north.",
    "The ministry issued Announcement No. 61 of 2025 on rare earths.",
    "The Zapad-2025 exercises drew 2030 troops.",
    "May this be the last time; the March on Washington was huge.",
    "Relations improved in recent years and will improve further.",
    "Sales reached 2024 percent of target.",
])
def test_dates_non_dates_are_not_found(rules, text):
    assert found(rules, text) == []


def test_dates_vague_spans_are_refs(rules):
    mentions, _ = find_dates(rules, "In recent years and in the near future.", DCT)
    assert [m.value for m in mentions] == ["PAST_REF", "FUTURE_REF"]


def test_dates_excluded_ranges_keep_only_numeric_stamps(rules):
    text = "Yahoo01-07-2025\nOn 11 September talks began."
    mentions, _ = find_dates(rules, text, date(2025, 7, 1), excluded=[(0, 15), (16, 31)])
    assert [(m.value, m.rule) for m in mentions] == [("2025-07-01", "dates.stamp.dmy_mdy")]


def test_dates_fallback_parse_keeps_only_given_fields():
    assert fallback_parse("October the 9th, 2025", None) == ("2025-10-09", "day")
    assert fallback_parse("no date here", "2025-09-12") is None


def test_dates_repeated_headline_counts_once(rules):
    text = "Talks resume on 3 March in Geneva\nTalks resume on 3 March in Geneva\nThe envoys met on 1 March."
    assert found(rules, text) == [("3 March", "2025-03-03"), ("1 March", "2025-03-01")]


def test_dates_ago_counts_back_from_publication(rules):
    assert found(rules, "Two years ago the regime fell; three weeks ago talks began; 10 days ago he left.") == [
        ("Two years ago", "2023"), ("three weeks ago", "2025-08-22"), ("10 days ago", "2025-09-02")]


def test_dates_year_after_a_name_word_is_not_a_date(rules):
    assert found(rules, "Saudi Vision 2030 was cited. In 2030 things change. Since 2022 nothing.") == [
        ("2030", "2030"), ("2022", "2022")]


def test_dates_parts_of_today(rules):
    assert found(rules, "This morning the minister spoke; last night he flew.") == [
        ("This morning", "2025-09-12"), ("last night", "2025-09-11")]


def test_dates_tense_is_read_in_the_clause_first(rules):
    text = "Trump, who returned to office on 20 January, will meet Putin soon."
    assert found(rules, text, dct=date(2025, 3, 4)) == [("20 January", "2025-01-20")]


def test_dates_participle_after_modal_is_future_but_unrelated_due_is_not(rules):
    assert found(rules, "Talks will be held on 3 February.", dct=date(2025, 3, 4)) == [("3 February", "2026-02-03")]
    text = 'He said it would respond "in due time". Prices fell in January.'
    mentions, _ = find_dates(rules, text, date(2025, 3, 4), sentences=[(0, 40), (41, len(text))])
    assert [m.value for m in mentions] == ["2025-01"]


def test_dates_expression_does_not_cross_a_line_break(rules):
    assert found(rules, "Talks ended on 20\nJanuary was cold.") == []


def test_dates_later_counts_from_the_previous_date(rules):
    assert found(rules, "The war began on 24 February 2022. Two weeks later, talks opened; a year later they collapsed.") == [
        ("24 February 2022", "2022-02-24"), ("Two weeks later", "2022-03-10"), ("a year later", "2023")]


def test_dates_later_without_a_previous_date_is_not_placed(rules):
    assert found(rules, "Three days earlier, nothing had happened.") == []


def test_dates_end_of_the_year_is_narrative_or_publication_year(rules):
    assert found(rules, "By the end of the year the plant will close.") == [("the end of the year", "2025")]
    text = "In March 2022 prices soared. At the end of the month they fell."
    mentions, _ = find_dates(rules, text, DCT, sentences=[(0, 29), (29, len(text))])
    assert [(m.value, m.mod) for m in mentions] == [("2022-03", None), ("2022-03", "END")]


def test_dates_end_point_after_until_runs_ahead(rules):
    assert found(rules, "The E3 have until 18 October to act.", dct=date(2025, 4, 14)) == [("18 October", "2025-10-18")]
    assert found(rules, "The EU extended the measures until 31 December.") == [("31 December", "2025-12-31")]
    assert found(rules, "He was detained until 3 June.") == [("3 June", "2025-06-03")]


def test_dates_sentence_opening_year_sets_later_year_less_dates(rules):
    text = "In 2023, Azerbaijan attacked on 19 September and won in October."
    assert found(rules, text) == [("2023", "2023"), ("19 September", "2023-09-19"), ("October", "2023-10")]
    # a year inside the sentence is not its topic: the sample's "imposed in 2022 ... lifted on 11 September"
    assert found(rules, "Sanctions imposed in 2022 were lifted on 11 September.") == [
        ("2022", "2022"), ("11 September", "2025-09-11")]


def test_dates_centuries(rules):
    assert found(rules, "Borders drawn in the 20th century and the early 21st century.") == [
        ("the 20th century", "19XX"), ("early 21st century", "20XX")]


def test_dates_page_and_hour_numbers_are_not_years(rules):
    assert found(rules, "See page 2019 of the report; the curfew starts at 1900 hours.") == []


def test_dates_number_glued_to_a_word_is_not_a_year(rules):
    assert found(rules, "The 2000-strong unit left; it arrived in 2019-Russia stayed.") == [("2019", "2019")]


def test_dates_names_ending_in_ed_are_not_past_verbs(rules):
    # no past verb here: the United States would otherwise pull April back to 2025
    assert found(rules, "The United States will host the summit in April.", dct=date(2025, 10, 31)) == [
        ("April", "2026-04")]
    assert found(rules, "The United States summit in April.", dct=date(2025, 10, 31)) == [("April", "2026-04")]


def test_dates_anchor_noun_is_the_event_not_start_or_end(rules):
    text = "Talks opened on 9 June. The war started on 3 July. A day after the start of the talks, shelling resumed."
    mentions, _ = find_dates(rules, text, DCT, sentences=[(0, 24), (24, 51), (51, len(text))])
    assert [(m.value, m.anchor) for m in mentions][-1] == ("2025-06-10", "the start of the talks")


def test_dates_month_or_day_with_relative_year_is_one_expression(rules):
    assert found(rules, "It happened in March of this year, on 11 September last year and on May 2 of next year.") == [
        ("March of this year", "2025-03"), ("11 September last year", "2024-09-11"), ("May 2 of next year", "2026-05-02")]


def test_dates_weekday_without_tense_word_is_the_nearer_one(rules):
    # published Friday 26 September 2025: Sunday the 28th is nearer than Sunday the 21st
    assert found(rules, "Moldovans vote on Sunday.", dct=date(2025, 9, 26)) == [("Sunday", "2025-09-28")]
    assert found(rules, "Nicaragua frees prisoners Thursday.", dct=date(2025, 9, 26)) == [("Thursday", "2025-09-25")]


def test_dates_anchor_takes_the_date_nearest_its_noun(rules):
    text = "CHISINAU, Sept. 26 - Moldovans vote on Sunday. Two days before the vote, a bloc was barred."
    mentions, _ = find_dates(rules, text, date(2025, 9, 26), sentences=[(0, 47), (47, len(text))])
    assert [(text[m.start:m.end], m.value) for m in mentions][-1] == ("Two days before", "2025-09-26")


def test_dates_inside_urls_are_not_mentions(rules):
    text = "See [the report](https://example.org/news/2025-09-12/minsk-talks) and https://x.org/2024/05/01/a."
    assert found(rules, text) == []


# -- generalisation pass: forms seen in unseen analyses ------------------------------

def test_dates_bounded_offset_is_not_a_point(rules):
    text = "The plant opened in 2019. Less than a year later it shut; more than two weeks later it reopened."
    assert found(rules, text) == [("2019", "2019")]
    # an approximate offset is still a point
    assert found(rules, "The plant opened in 2019. About a year later it shut.") == [
        ("2019", "2019"), ("a year later", "2020")]


def test_dates_bounded_ago_is_not_a_point(rules):
    assert found(rules, "Over two years ago the mine closed.") == []
    assert found(rules, "Two years ago the mine closed.") == [("Two years ago", "2023")]


def test_dates_possessive_next_year_is_a_point_not_a_duration(rules):
    assert found(rules, "He is campaigning for next year's election.") == [("next year", "2026")]
    assert found(rules, "Prices rose for the last year.") == []


def test_dates_reported_future_near_publication_is_recent_past(rules):
    dct = date(2025, 8, 23)
    text = "The ministry confirmed on July 21 that it would attend talks scheduled for July 25."
    assert found(rules, text, dct=dct) == [("July 21", "2025-07-21"), ("July 25", "2025-07-25")]
    # a plain future stays ahead, and a reported future far from publication too
    assert found(rules, "Talks will be held on 25 July.", dct=dct) == [("25 July", "2026-07-25")]
    assert found(rules, "He said the vote would take place in March.", dct=dct) == [("March", "2026-03")]


def test_dates_from_to_years_is_an_interval(rules):
    assert found(rules, "She led the agency from 2010 to 2014 and again between 2016 and 2019.") == [
        ("2010 to 2014", "2010/2014"), ("2016 and 2019", "2016/2019")]
    # without 'from'/'between' two years stay two dates
    assert found(rules, "Turnout fell in 2010 and 2014.") == [("2010", "2010"), ("2014", "2014")]


def test_dates_between_months_of_a_year_is_an_interval(rules):
    assert found(rules, "The ban applied between March and May 2023, then from June until August 2023.") == [
        ("March and May 2023", "2023-03/2023-05"), ("June until August 2023", "2023-06/2023-08")]
    # "in March and May 2023" is two months, not a span
    assert found(rules, "Talks were held in March and May 2023.") == [("March", "2023-03"), ("May 2023", "2023-05")]


def test_dates_since_the_start_of_the_year_is_the_publication_year(rules):
    text = "At the end of 2024 the regime freed dozens. Since the start of the year, 200 more have been freed."
    assert found(rules, text) == [("the end of 2024", "2024"), ("the start of the year", "2025")]
    # without 'since' the year of the previous sentence is the anchor
    text = "At the end of 2024 the regime freed dozens. By the end of the year, 200 more were freed."
    assert found(rules, text) == [("the end of 2024", "2024"), ("the end of the year", "2024")]


def test_dates_day_range_across_months_is_one_interval(rules):
    dct = date(2025, 9, 15)
    assert found(rules, "Talks were held from 28 September to 2 October.", dct=dct) == [
        ("28 September to 2 October", "2025-09-28/2025-10-02")]
    assert found(rules, "Drills ran September 28–October 2.", dct=dct) == [
        ("September 28–October 2", "2025-09-28/2025-10-02")]
    # the end of a range over New Year is in the next year
    assert found(rules, "The truce lasted from 28 December to 3 January 2024.", dct=dct) == [
        ("28 December to 3 January 2024", "2023-12-28/2024-01-03")]


def test_dates_the_following_week_is_a_calendar_week(rules):
    text = "The deal was reached on 15 August and took effect the following week. The previous day, talks ended."
    assert found(rules, text) == [("15 August", "2025-08-15"), ("the following week", "2025-W34"),
                                  ("The previous day", "2025-08-14")]
    # a duration is no date
    assert found(rules, "The deal was reached on 15 August. Over the previous week, prices fell.") == [
        ("15 August", "2025-08-15")]


def test_dates_future_weekday_named_on_that_day_is_today(rules):
    dct = date(2025, 9, 11)  # a Thursday
    assert found(rules, "The envoy will arrive on Thursday.", dct=dct) == [("Thursday", "2025-09-11")]
    assert found(rules, "Tusk said on Tuesday that the border would close on Thursday night.", dct=dct) == [
        ("Tuesday", "2025-09-09"), ("Thursday", "2025-09-11")]
    assert found(rules, "The envoy will arrive next Thursday.", dct=dct) == [("next Thursday", "2025-09-18")]


def test_dates_year_less_date_after_a_dated_month_continues_its_year(rules):
    assert found(rules, "Protests erupted in August 2020 and were crushed by December.") == [
        ("August 2020", "2020-08"), ("December", "2020-12")]
    assert found(rules, "He was arrested in May 2021 and sentenced in March.") == [
        ("May 2021", "2021-05"), ("March", "2022-03")]
    # 'since April' and a future reading keep the publication-based year
    assert found(rules, "They were captured in December 2020, while two soldiers were held since April.") == [
        ("December 2020", "2020-12"), ("April", "2025-04")]
    assert found(rules, "He was jailed in May 2021 and will be freed in October.") == [
        ("May 2021", "2021-05"), ("October", "2025-10")]


def test_dates_between_month_day_and_day_is_an_interval(rules):
    assert found(rules, "Talks were held between Sept. 9 and 10.") == [("Sept. 9 and 10", "2025-09-09/2025-09-10")]
    # 'and' without 'between' joins a date and a count
    assert found(rules, "On Sept. 9 and 10 people were hurt.") == [("Sept. 9", "2025-09-09")]


# -- held-out pass: document-number lists and same-day phrases -------------------


def test_dates_resolution_number_list_is_no_year_list(rules):
    text = "The council reaffirmed Resolutions 1540, 1718, 1874 and 2094 in 2013."
    assert found(rules, text) == [("2013", "2013")]


def test_dates_year_list_after_a_preposition_stays_years(rules):
    text = "Elections held in 2019, 2020 and 2021 were disputed."
    assert [v for _, v in found(rules, text)] == ["2019", "2020", "2021"]


def test_dates_earlier_in_the_day_takes_the_sentence_day(rules):
    text = "The navy fired two rockets on Tuesday in answer to drills held earlier in the day."
    assert found(rules, text) == [("Tuesday", "2025-09-09"), ("earlier in the day", "2025-09-09")]


def test_dates_later_that_day_takes_the_previous_sentence_day(rules):
    text = "The envoy landed on 3 September. Later that day he met the minister."
    assert found(rules, text) == [("3 September", "2025-09-03"), ("Later that day", "2025-09-03")]


def test_dates_earlier_in_the_day_without_a_day_is_the_publication_day(rules):
    text = "A court ruled in 2021 that the ban was lawful.\n\nThe minister said earlier in the day that talks would go on."
    assert found(rules, text) == [("2021", "2021"), ("earlier in the day", "2025-09-12")]


def test_dates_long_digit_list_before_a_year_resolves_quickly(rules):
    import time

    text = "Codes " + ",".join(str(i % 10) for i in range(40)) + " x and in 2019 it changed."
    t0 = time.perf_counter()
    assert found(rules, text) == [("2019", "2019")]
    assert time.perf_counter() - t0 < 0.5


def test_dates_later_in_the_month_takes_the_month_of_a_nearby_date(rules):
    text = "On 2 May the envoy met the minister; later in the month a deal was signed."
    assert found(rules, text) == [("2 May", "2025-05-02"), ("later in the month", "2025-05")]


def test_dates_earlier_in_the_week_without_a_fine_enough_date_is_the_publication_week(rules):
    text = "He resigned in March and talks were held earlier in the week."
    assert found(rules, text) == [("March", "2025-03"), ("earlier in the week", "2025-W37")]


def test_dates_trie_lookahead_accepts_the_same_words_as_the_alternation():
    """The prefix-tree lookahead is a speed-up only: the same words (and prefixes of words) match."""
    import re as _re

    from briefextract.rules.date_patterns import _alt, _trie

    words = ["may", "mar", "march", "sep", "sept", "september", "mid", "a week", "the"]
    trie, alt = _re.compile(rf"{_trie(words)}\b"), _re.compile(rf"{_alt(words)}\b")
    for probe in ["may", "mar", "marc", "march", "marches", "sep", "sept", "septe", "september",
                  "mid", "midst", "a  week", "a weekly", "them", "the", "ma", "x"]:
        assert bool(trie.fullmatch(probe)) == bool(alt.fullmatch(probe)), probe
    assert trie.match("march 3") and not trie.match("marx")



def test_dates_icase_trie_matches_as_the_longest_first_alternation():
    """The case-insensitive prefix tree is a speed-up only: same match, same preference (the longer
    word first, also when what follows fails and the engine backtracks), same Unicode case folding."""
    import re as _re

    words = ["early", "earlier", "late", "later", "the end of", "the end", "the start of", "mid", "a", "an", "six"]
    ordered = sorted(set(words), key=len, reverse=True)
    plain = "(?i:" + "|".join(_re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
    tree = _icase_trie(ordered)
    for tail in ("", r"\b", r"\s+(?:year|of)", r"(?P<rest>r?)\s+2024"):
        a, b = _re.compile(plain + tail), _re.compile(tree + tail)
        for probe in ["EARLIER 2024", "Early 2024", "Later of", "later year", "The  End of year", "the end year",
                      "THE START OF year", "an year", "a year", "Six", "ſix", "\u212aate", "Mid", "ear", "x", "laters"]:
            ma, mb = a.match(probe), b.match(probe)
            assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups())), (tail, probe)


# -- the fast matcher ---------------------------------------------------------------

_MATCHER_TEXTS = [
    "On 11 September the envoy arrived; talks on 12–13 December 2024 and in mid-September.",
    "Yahoo01-07-2025 reported it. 2025-12-26: the date 2023-02-09 and 3/4/2025 or 2024/25.",
    "11 September, the same day, a year later, two weeks after the vote, in the '90s, Q1 2025.",
    "the end of the year, early 2024, the first half of 2023, last week, next Monday, H2 2026",
    "٣ May 2025 and abc٣ May; “On 5 June” and ‘Sept. 9’; THE SAME DAY; ſeptember; 2024\n2025",
    "",
    "2024",
    "In 2023, Azerbaijan attacked on 19 September; between March and May 2022; 1696, 1737 and 1929.",
]


@pytest.mark.parametrize("text", _MATCHER_TEXTS)
def test_matcher_finds_what_the_whole_regex_finds(rules, text):
    def key(m):
        return m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}

    assert [key(m) for m in rules.matcher.finditer(text)] == [key(m) for m in rules.regex.finditer(text)]


def test_matcher_tries_only_the_patterns_that_can_start_with_a_character(rules):
    subsets = rules.matcher.subsets
    assert subsets["x"] == ()  # no pattern starts with "x"
    assert 0 < len(subsets["2"]) < len(rules.patterns)
    assert all(rules.patterns[i]["id"].startswith("dates.") for i in subsets["S"])


@pytest.mark.parametrize("line", ["Plain line, one space each.", "  lead", "trail ", "two  spaces", "tab\there",
                                  "nbsp\u00a0here", "thin\u2009space", "cr\r", "soft\u00adhyphen", "x"])
def test_repeated_line_key_is_the_whitespace_normalised_line(line):
    from briefextract.rules.dates import _line_key

    assert _line_key(line) == " ".join(line.split())


# -- generalisation fixes (reserved-country probe) ---------------------------------

MONDAY = date(2025, 12, 1)


def test_this_weekday_follows_the_tense(rules):
    # published on a Monday: the vote "held this Sunday" was the day before
    assert found(rules, "The party won the vote held this Sunday, officials said.", MONDAY) == [
        ("this Sunday", "2025-11-30")
    ]
    assert found(rules, "The country will vote this Sunday.", MONDAY) == [("this Sunday", "2025-12-07")]


def test_hedged_year_after_a_preposition_of_time_is_a_year(rules):
    assert found(rules, "The unit has worked abroad since at least 2019.") == [("2019", "2019")]
    assert found(rules, "The mine produced about 2000 tonnes.") == []


def test_duration_for_an_offset_is_not_anchored(rules):
    text = "The floods began on 3 August. The road stayed shut for a month after the floods began."
    assert found(rules, text) == [("3 August", "2025-08-03")]


def test_numbered_list_in_brackets_after_a_label_is_no_year(rules):
    assert found(rules, "The council revived its resolutions (1803, 1835, and 1929) last week.") == [
        ("last week", "2025-W36")
    ]


def test_weekend_is_the_saturday_sunday_interval(rules):
    assert found(rules, "Negotiators drafted the text last weekend in Geneva.", MONDAY) == [
        ("last weekend", "2025-11-29/2025-11-30")
    ]
    assert found(rules, "The envoy will travel this weekend.", MONDAY) == [
        ("this weekend", "2025-12-06/2025-12-07")
    ]


def test_month_between_possessive_and_noun_is_a_date(rules):
    assert found(rules, "Moscow was caught off guard by Kyiv's August offensive.", date(2025, 1, 10)) == [
        ("August", "2024-08")
    ]
    assert found(rules, "The general's March was long.") == []


def test_a_month_in_capitals(rules):
    # a wire dateline or a headline in capitals; "MAY" without a day stays a verb
    assert found(rules, "ODESSA, FEBRUARY 3 - the port reopened on MARCH 8.") == [
        ("FEBRUARY 3", "2025-02-03"), ("MARCH 8", "2025-03-08")]
    assert found(rules, "EU MAY LIFT SANCTIONS ON CUBA") == []


def test_foreign_month_stamp_is_a_date(rules):
    # a site's stamp in its own language inside an English text (dates/foreign_months.json)
    text = "Posted 7 мая 2024, 14:11. Updated 3. März 2024 and 15 marca 2023; 12 de diciembre de 2021."
    got = set(found(rules, text))
    assert ("7 мая 2024", "2024-05-07") in got
    assert ("3. März 2024", "2024-03-03") in got
    assert ("15 marca 2023", "2023-03-15") in got
    assert ("12 de diciembre de 2021", "2021-12-12") in got
    # a foreign month name alone, or without its year, is no date
    assert not [v for _, v in found(rules, "The Mai festival opened on 7 мая.") if v.startswith("20")]


def test_foreign_month_stamp_is_no_count(extract):
    brief = extract("Posted 28 декабря 2022, 14:11. Russia said it would expel a Lithuanian diplomat.",
                    published="2022-12-28")
    assert [d.value for d in brief.dates] == ["2022-12-28"]
    assert not [c for c in brief.counts if c.value == 28]


def test_between_two_dates_is_one_interval(rules):
    assert found(rules, "Output fell between January 1 and January 12 compared to the average.") == \
        [("January 1 and January 12", "2025-01-01/2025-01-12")]
    assert found(rules, "Flights stopped between 28 September and 2 October.") == \
        [("28 September and 2 October", "2025-09-28/2025-10-02")]
    assert found(rules, "Wages rose between early 2019 and late 2021.") == [("early 2019 and late 2021", "2019/2021")]
    # the same day twice is no interval
    assert ("March 3 and March 3", "2025-03-03/2025-03-03") not in found(rules, "between March 3 and March 3")


def test_possessive_month_is_a_month(rules):
    assert found(rules, "Output dropped by a third compared to December's average.") == [("December", "2024-12")]
    # "May's" is mostly Theresa May's
    assert found(rules, "He joined in May's cabinet.") == []


def test_month_of_the_same_year_takes_the_year_of_the_date_before(rules):
    text = ("The ban was eased in May and November 2019. It came after the amnesty of 2018, "
            "a quiet vote in September of the same year and talks in June of the following year.")
    got = found(rules, text)
    assert ("September of the same year", "2018-09") in got
    assert ("June of the following year", "2019-06") in got
    assert not [t for t, _ in got if t in ("September", "the same year")]


def test_end_point_of_a_renewal_lies_ahead(rules):
    dct = date(2024, 5, 13)
    assert ("Feb. 20", "2025-02-20") in found(rules, "Ottawa extended its measures against Minsk through Feb. 20, an official said.", dct)
    assert ("15 March", "2025-03-15") in found(rules, "The council prolonged the asset freezes until 15 March.", dct)
    # a past end point without a renewal stays the closest
    assert ("January 5", "2024-01-05") in found(rules, "He was held until January 5.", dct)


def test_in_n_years_after_is_a_span_not_a_date(rules):
    # "the first ... in 12 years": how long since, not a year 12 years after the anchor
    got = found(rules, "The vote brought the first opposition MPs in the assembly in 12 years after the elections of 2016.")
    assert got == [("2016", "2016")]
    assert ("Two years after", "2016") in found(rules, "Two years after the 2014 annexation, talks resumed.")


def test_ed_word_after_a_determiner_is_no_past_verb(rules):
    dct = date(2023, 10, 19)
    text = "Washington told Caracas it must set out a plan for the expedited release of all prisoners by the end of November."
    assert ("the end of November", "2023-11") in found(rules, text, dct)


def test_irregular_past_verb_sets_the_past(rules):
    dct = date(2025, 11, 6)
    assert found(rules, "Hackers stole the coins from the exchange in February.", dct) == [("February", "2025-02")]
    assert found(rules, "The minister flew to Minsk in December.", dct) == [("December", "2024-12")]


def test_offset_after_a_coarser_date_is_unresolved(rules):
    dct = date(2023, 5, 29)
    text = ("On Friday the minister spoke. He ordered sanctions in February, right after the verdict. "
            "Two days later, the crossing closed. On 3 March talks began. Two days later they ended.")
    got = found(rules, text, dct)
    assert ("Two days later", "2023-05-28") not in got
    assert ("Two days later", "2023-03-05") in got
