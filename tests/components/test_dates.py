"""Dates component: spans, records and the brief, through the shipped pipeline."""

from __future__ import annotations

import pytest

from briefextract.pipeline import make_doc
from briefextract.records import DateMention


def test_dates_component_spans_carry_iso_value_and_rule(nlp):
    doc = nlp(make_doc(nlp, "On 11 September the envoy met the president.", published="2025-09-12"))
    (span,) = doc.spans["dates"]
    assert (span.text, span.label_, span.kb_id_, span.id_) == ("11 September", "DATE", "2025-09-11", "dates.day.dmy")


def test_dates_component_records_validate_and_offsets_hold(nlp):
    text = "The summit on 12–13 December will follow talks held last week and in June this year."
    doc = nlp(make_doc(nlp, text, published="2025-09-12"))
    values = []
    for rec in doc._.dates:
        DateMention.model_validate(rec)
        s = rec["span"]
        assert text[s["start"]:s["end"]] == s["text"] == rec["text"]
        values.append(rec["value"])
    assert values == ["2025-12-12/2025-12-13", "2025-W36", "2025-06"]


def test_dates_component_refs_are_records_but_not_spans(nlp):
    doc = nlp(make_doc(nlp, "Relations improved in recent years.", published="2025-09-12"))
    assert [r["value"] for r in doc._.dates] == ["PAST_REF"]
    assert list(doc.spans["dates"]) == []


def test_dates_component_without_publication_date_warns(extract):
    brief = extract("He arrived on 11 September and met them on Monday.", published=None)
    assert [d.value for d in brief.dates] == ["XXXX-09-11", "PAST_REF"]
    assert any("no publication date" in w for w in brief.warnings)


def test_dates_component_with_publication_date_does_not_warn(extract):
    brief = extract("He arrived on 11 September.")
    assert [d.value for d in brief.dates] == ["2025-09-11"] and brief.warnings == []


def test_dates_brief_keeps_source_line_stamps_but_not_other_boilerplate_dates(extract):
    text = " date 2023-02-09 MEXICO CITY — The government freed prisoners Thursday.\n2023-02-09\n"
    brief = extract(text, published="2023-02-09")
    assert [(d.text, d.value, d.rule) for d in brief.dates] == [
        ("2023-02-09", "2023-02-09", "dates.stamp.iso"),
        ("Thursday", "2023-02-09", "dates.weekday"),
        ("2023-02-09", "2023-02-09", "dates.stamp.iso"),
    ]


def test_dates_brief_drops_non_stamp_dates_in_credit_lines(extract):
    brief = extract("Talks went on.\nPhoto: John Smith / Reuters, 2019\nMore talks.")
    assert brief.dates == []


def test_dates_component_seed_style_paragraph(extract):
    text = ("On 11 September, the envoy was received in Minsk. It was his second visit this year. "
            "Sanctions imposed in 2022 remain, and 52 prisoners freed in June this year went to Vilnius.")
    assert [(d.text, d.value) for d in extract(text).dates] == [
        ("11 September", "2025-09-11"), ("this year", "2025"), ("2022", "2022"), ("June this year", "2025-06")]


def test_dates_component_data_round_trips_through_disk(nlp, tmp_path):
    from briefextract.components.dates import DateExtractor

    pipe = nlp.get_pipe("dates")
    pipe.to_disk(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign_months.json", "lexicon.json", "patterns.jsonl"]
    copy = DateExtractor(nlp, "dates_copy").from_disk(tmp_path)
    assert copy.rules.regex.pattern == pipe.rules.regex.pattern


def test_dates_component_without_data_emits_nothing(nlp):
    from briefextract.components.dates import DateExtractor

    bare = DateExtractor(nlp, "dates_bare")
    doc = bare(make_doc(nlp, "On 11 September they met.", published="2025-09-12"))
    assert doc._.dates == [] and list(doc.spans["dates"]) == []


def test_dates_brief_keeps_written_out_stamp_but_not_credit_dates(extract):
    text = "Talks resumed in Vienna.\nOriginally published on 12 September 2025\nPhoto: Reuters / 12.09.2025\n"
    brief = extract(text)
    assert [(d.text, d.value, d.rule) for d in brief.dates] == [
        ("12 September 2025", "2025-09-12", "dates.stamp.dmy")]


def test_dates_component_token_span_is_char_span_expand(nlp):
    from briefextract.components.dates import _expand_to_tokens
    from briefextract.rules.tokens import token_arrays

    text = "Talks on 12–13 December,  then\tYahoo01-07-2025 and (mid-June) 2024/25.\n\nEnd "
    doc = nlp.make_doc(text)
    tokens = token_arrays(doc)
    for start in range(-1, len(text) + 1):
        for end in range(start + 1, min(start + 12, len(text) + 2)):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = (-1, -1) if span is None else (span.start, span.end)
            assert _expand_to_tokens(tokens, start, end, len(text)) == expected, (start, end)


def test_dates_sentence_ranges_follow_doc_sents(nlp):
    from briefextract.components.dates import _sentence_ranges

    text = "On 11 September the envoy arrived. He left on Monday!\n\nTalks resume in June 2026 (officials said)."
    doc = nlp(make_doc(nlp, text, published="2025-09-12"))
    starts = [s.start_char for s in doc.sents]
    assert len(starts) > 1
    assert _sentence_ranges(doc, len(text)) == list(zip(starts, starts[1:] + [len(text)]))
    # no sentence boundaries set: one range over the text (what the resolver assumes without ranges)
    assert _sentence_ranges(nlp.make_doc(text), len(text)) == [(0, len(text))]


@pytest.mark.parametrize("contracted", ["they’ll", "they'll"])
def test_a_participle_after_a_contracted_modal_reads_as_future(extract, contracted):
    """The word pattern keeps "they’ll" whole, so "'ll" alone never matched the modals."""
    text = f"The ministers said {contracted} have finished the review in March."
    brief = extract(text, published="2025-06-15")
    assert [(d.text, d.value) for d in brief.dates] == [("March", "2026-03")]
    past = extract("The ministers said they finished the review in March.", published="2025-06-15")
    assert [d.value for d in past.dates] == ["2025-03"]


def test_dates_component_keeps_its_spans_as_tuples_equal_to_the_group(nlp):
    """Counts, sanctions and events read the dates group through ``span_tuples``: the kept
    tuples must say what the Spans say."""
    from briefextract.rules.actor_spans import SpanTuple, span_tuples

    doc = nlp(make_doc(nlp, "On 11 September 2025 and in early 2026, talks resumed.", published="2025-09-12"))
    kept = span_tuples(doc, "dates")
    assert kept and all(isinstance(t, SpanTuple) for t in kept)
    assert kept == [
        SpanTuple(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans["dates"]
    ]


@pytest.mark.parametrize(("stamp", "text"), [
    ("2023.11.07 09:30", "2023.11.07"),
    ("Updated: TASS2023.11.07 09:30", "2023.11.07"),
    ("Filed 2023.11.7.", "2023.11.7"),
])
def test_dates_year_month_day_with_dots_is_a_date(extract, stamp, text):
    # Baltic and East European sites stamp articles "YYYY.MM.DD" (slashes were read already)
    brief = extract(stamp, published="2023-11-08")
    assert [(d.text, d.value) for d in brief.dates] == [(text, "2023-11-07")]


def test_dates_dotted_numbers_that_are_no_date_stay_out(extract):
    assert [d.value for d in extract("Version 2023.11.07.2 shipped; 3.2023.11 too.", published="2023-11-08").dates] == []


@pytest.mark.parametrize(("text", "value"), [
    ("She said in a radio interview in March that pensions will rise.", "2024-03"),
    ("The envoy told reporters in February that talks would resume soon.", "2024-02"),
    ("Officials hope that the treaty will be signed in March.", "2025-03"),  # the future is the date's own
])
def test_dates_a_month_before_that_belongs_to_the_saying_not_the_reported_future(extract, text, value):
    assert [d.value for d in extract(text, published="2024-05-20").dates] == [value]


@pytest.mark.parametrize(("text", "published", "found"), [
    ("Prisoners were freed on Christmas Day and on New Year’s Day.", "2026-01-20",
     [("Christmas Day", "2025-12-25"), ("New Year’s Day", "2026-01-01")]),
    ("The ceasefire will start on Christmas Eve.", "2025-11-03", [("Christmas Eve", "2025-12-24")]),
    ("Protests began on New Year's Eve 2018.", "2025-11-03", [("New Year's Eve 2018", "2018-12-31")]),
])
def test_dates_fixed_date_holidays_are_days(nlp, text, published, found):
    doc = nlp(make_doc(nlp, text, published=published))
    assert [(d["text"], d["value"]) for d in doc._.dates] == found


@pytest.mark.parametrize("text", ["Sales rose before Christmas.", "A new year of talks began in New York."])
def test_dates_a_holiday_season_or_new_is_no_day(nlp, text):
    assert nlp(make_doc(nlp, text, published="2025-11-03"))._.dates == []


@pytest.mark.parametrize(("text", "found"), [
    ("The parliament met after a June referendum on the charter.", [("June", "2024-06")]),
    ("She lost an October party primary to the mayor.", [("October", "2024-10")]),
    ("Observers criticised the February local elections.", [("February", "2024-02")]),
    ("The second round is planned for September.", [("September", "2025-09")]),  # planned: the next one
    ("A June Carter song played. The May Day march went on.", []),  # a name or a holiday, not the month
])
def test_dates_a_month_modifying_a_noun_or_after_for_is_a_date(extract, text, found):
    assert [(d.text, d.value) for d in extract(text, published="2024-11-20").dates] == found


def test_dates_a_month_modifying_a_noun_dates_no_event_of_the_clause(nlp):
    # "a July election" dates the election, not the sanctions the sentence reports
    doc = nlp(make_doc(nlp, "The United States imposed sanctions on ten officials after a July election.",
                       published="2024-11-20"))
    assert [(d["text"], d["value"]) for d in doc._.dates] == [("July", "2024-07")]
    assert [(s["action"], s.get("date")) for s in doc._.sanctions] == [("impose", None)]
    assert doc._.events == []  # an undated sanctions action is no event, and "July" dates none
    # with a date of its own, the action and its event take that date, not the election's
    doc = nlp(make_doc(nlp, "The United States imposed sanctions on ten officials on Monday after a July election.",
                       published="2024-11-20"))
    assert [(s["action"], s.get("date")) for s in doc._.sanctions] == [("impose", "2024-11-18")]
    assert [(ev["type"], ev["date"]) for ev in doc._.events] == [("sanctions", "2024-11-18")]


@pytest.mark.parametrize(("text", "found"), [
    ("The summit was held on March 4 and 5.", [("March 4 and 5", "2024-03-04/2024-03-05")]),
    ("Patrols were seen between May and August last year.", [("May and August last year", "2023-05/2023-08")]),
    ("Strikes went on from January to March this year.", [("January to March this year", "2024-01/2024-03")]),
    ("The ban ends in the middle of June next year.", [("the middle of June next year", "2025-06")]),
    ("The ban ends in early March next year.", [("early March next year", "2025-03")]),
])
def test_dates_ranges_and_months_with_a_relative_year(extract, text, found):
    # a month range or a modified month takes its year from "last/this/next year" after it
    assert [(d.text, d.value) for d in extract(text, published="2024-11-20").dates] == found


@pytest.mark.parametrize(("text", "value"), [
    ("Riots broke out over the weekend in the oil town.", "2024-11-16/2024-11-17"),
    ("Ministers will meet at the weekend.", "2024-11-23/2024-11-24"),
])
def test_dates_over_the_weekend_is_the_weekend_the_tense_points_to(extract, text, value):
    assert [d.value for d in extract(text, published="2024-11-20").dates] == [value]


@pytest.mark.parametrize(("text", "found"), [
    ("Tuesday , 6 June 2023", [("Tuesday , 6 June 2023", "2023-06-06")]),
    ("Monday , June 5, 2023", [("Monday , June 5, 2023", "2023-06-05")]),
])
def test_dates_a_page_stamps_weekday_before_a_spaced_comma_is_part_of_the_date(extract, text, found):
    # scraped stamps put a space before the comma: one date, not a weekday and a date
    assert [(d.text, d.value) for d in extract(text, published="2023-06-07").dates] == found


# -- the tense that places a year-less date -----------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a present-tense preparation looks ahead, past the earlier past verbs of its sentence
    ("Tbilisi condemned the verdict as the country prepares for a runoff on Oct. 4.", [("Oct. 4", "2025-10-04")]),
    ("Officials are preparing for talks in December.", [("December", "2025-12")]),
    # "coming from" / "set up" tell no future
    ("Exports fell, with most of the loss coming from a refinery fire in March.", [("March", "2025-03")]),
    ("The fund was set up in April.", [("April", "2025-04")]),
    ("More strikes are coming in November.", [("November", "2025-11")]),
])
def test_dates_year_from_future_cues(extract, text, expected):
    dates = extract(text, published="2025-08-05").dates
    assert [(d.text, d.value) for d in dates] == expected


@pytest.mark.parametrize("a", ["'", "\u2019", "\u02bc"])
def test_dates_a_contracted_modal_with_any_apostrophe_looks_ahead(extract, a):
    dates = extract(f"They{a}ll meet again in March.", published="2025-08-05").dates
    assert [(d.text, d.value) for d in dates] == [("March", "2026-03")]


def test_dates_a_narrative_year_goes_on_in_the_next_sentences_of_its_paragraph(extract):
    text = ("After the August 2008 war, Moscow recognised the two regions. The first embassy opened on "
            "September 9, with a ceremony in Tskhinvali. On October 20, Russian troops withdrew.\n"
            "On March 3, the ministry said the talks were over.")
    dates = extract(text, published="2022-01-22").dates
    assert [(d.text, d.value) for d in dates] == [
        ("August 2008", "2008-08"), ("September 9", "2008-09-09"), ("October 20", "2008-10-20"),
        ("March 3", "2021-03-03")]


def test_dates_a_narrative_year_does_not_roll_over_across_sentences(extract):
    text = ("The licence was granted in November 2022. It was renewed twice. "
            "The firm produced 242,000 barrels a day in January, a report said.")
    dates = extract(text, published="2025-03-04").dates
    assert [(d.text, d.value) for d in dates] == [("November 2022", "2022-11"), ("January", "2025-01")]


def test_dates_a_hyphenated_participle_after_a_future_auxiliary_is_future(extract):
    dates = extract("Tusk said the crossings will be re-opened from Thursday.", published="2025-09-23").dates
    assert [(d.text, d.value) for d in dates] == [("Thursday", "2025-09-25")]


def test_dates_an_obligation_looks_ahead(extract):
    dates = extract("Washington warned Caracas that it must free the candidates by the end of November.",
                    published="2023-10-19").dates
    assert [(d.text, d.value) for d in dates] == [("the end of November", "2023-11")]


def test_dates_infinitive_prepare_is_no_future_marker(extract):
    """'ordered ... to prepare' in a past narrative looks back: the year-less month is this year's, not next."""
    text = "The minister ordered officials to prepare new sanctions in February, after the verdict."
    dates = extract(text, published="2023-05-29").dates
    assert [(d.text, d.value) for d in dates] == [("February", "2023-02")]
