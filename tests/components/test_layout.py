"""Layout: title, headings, credits and debris are marked; debris is excluded."""

from __future__ import annotations

import pytest

from briefextract.rules.layout import classify_line, layout_ranges


def test_layout_photo_credit_line_is_credit():
    assert classify_line("AA/ABACA / Abaca Press / Forum") == "CREDIT"
    # Polish, German and Italian credit labels
    assert classify_line("fot. PAP/Jan Kowal") == classify_line("Foto: EPA") == classify_line("Bild: dpa") == "CREDIT"


def test_layout_markup_debris():
    assert classify_line(".png)") == "DEBRIS"
    assert classify_line('<image>data:image/s3,"s3://crabby-images/6bd63/6bd633b33a59cc22dcd2b9a5beb6ca2d9b8fa82b" alt="x"</image>') == "DEBRIS"


def test_layout_question_heading():
    assert classify_line("What was the context of the visit?") == "HEADING"


def test_layout_body_sentence_is_body():
    assert classify_line("On 11 September, the envoy was received in Minsk by the president.") is None


def test_layout_first_line_is_title():
    text = "Leaders Meet in Minsk\nThe envoy arrived on Monday.\n"
    assert list(layout_ranges(text))[0] == (0, 21, "TITLE")


def test_layout_date_stamp_prefix_only():
    text = " date 2023-02-09 MEXICO CITY — The government freed prisoners.\n"
    (start, end, label), = [r for r in layout_ranges(text) if r[2] == "BOILERPLATE"]
    assert text[start:end] == " date 2023-02-09 " and label == "BOILERPLATE"


def test_layout_component_excludes_credit_from_records(nlp):
    doc = nlp("Talks went on.\nAA/ABACA / Abaca Press / Forum\nMore talks.")
    (start, end), = doc._.excluded
    assert doc.text[start:end] == "AA/ABACA / Abaca Press / Forum"
    assert "CREDIT" in {s.label_ for s in doc.spans["layout"]}


def test_layout_sentence_starts_after_punct_quotes_and_newlines(nlp):
    doc = nlp("Talks began in Vienna. “They failed.” the envoy said.\nU.S. officials left. 12 diplomats stayed")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks began in Vienna.",
        "“They failed.” the envoy said.",
        "U.S. officials left.",
        "12 diplomats stayed",
    ]


def test_layout_sentences_right_after_the_word_table_starts_again(nlp, monkeypatch):
    from briefextract.rules import tokens

    monkeypatch.setattr(tokens, "_MAX_STRINGS", 10)
    doc = nlp(" ".join(f"Item{i} is listed." for i in range(40)))
    assert sum(1 for _ in doc.sents) == 40
    doc = nlp("Talks went on. They ended.")
    assert len(tokens._LEXEMES) <= 10
    assert [s.text for s in doc.sents] == ["Talks went on.", "They ended."]


def test_layout_token_kinds_equal_token_kind_for_every_word(nlp):
    """The kinds read with the shared token arrays give each token the kind its text has."""
    from briefextract.rules.layout import token_kind
    from briefextract.rules.tokens import token_arrays

    texts = ["Talks began in Vienna. “They failed.” the envoy said.\nU.S. officials left. 12 diplomats stayed",
             "a 😀 B\n\n\tC . ” ) ] x\u00a0\u2028 y ‘w’ 'e' \"r\" 5 ½ Ⅻ ǅ … ! ?", "Talks began in Vienna."]
    for text in texts:
        doc = nlp.make_doc(text)
        assert token_arrays(doc).kinds == "".join(token_kind(t.text, t.is_space) for t in doc), text


def test_layout_refuses_a_parsed_doc_and_counts_long_lines_as_body(nlp):
    import pytest

    doc = nlp.make_doc("Talks went on. They ended.")
    doc[1].dep_ = "ROOT"  # a parse fixes the sentences: the layout may not reset them
    with pytest.raises(ValueError, match="E043"):
        nlp.get_pipe("layout")(doc)
    unparsed = nlp.get_pipe("layout")(nlp.make_doc("Talks went on. They ended."))
    assert [s.text for s in unparsed.sents] == ["Talks went on.", "They ended."]
    # word counting stops at 21: a long first line without a full stop is body, not a title
    long_line = " ".join(["Word"] * 40)
    assert classify_line(long_line, is_first=True) is None
    assert classify_line(" ".join(["Word"] * 20), is_first=True) == "TITLE"


def test_layout_remembered_sentence_starts_match_the_doc(nlp):
    """The starts kept for later components are what ``SENT_START`` reads back; a Doc the
    layout component has not seen is read from its tokens."""
    from spacy.attrs import SENT_START

    from briefextract.rules.layout_sentences import sentence_start_tokens

    text = "  Talks began. “They failed.” the envoy said.\n\nU.S. officials left. 12 stayed"
    doc = nlp.get_pipe("layout")(nlp.make_doc(text))
    assert sentence_start_tokens(doc) == (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
    assert [doc[i].is_sent_start for i in sentence_start_tokens(doc)] == [True] * len(sentence_start_tokens(doc))
    unseen = nlp.make_doc(text)
    unseen[3].is_sent_start = True
    assert sentence_start_tokens(unseen) == (unseen.to_array(SENT_START) == 1).nonzero()[0].tolist()


def test_layout_keeps_its_spans_as_tuples_for_the_readers(nlp):
    """span_tuples(doc, "layout") hands out the layout spans' values without Span objects."""
    from briefextract.rules.actor_spans import span_tuples

    doc = nlp("Big Title Here\n\nPhoto: AP/Reuters\n\nWhat Comes Next?\n\nThe minister said on Monday that talks go on.")
    spans = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in doc.spans["layout"]]
    assert [tuple(t) for t in span_tuples(doc, "layout")] == spans
    assert {s[4] for s in spans} >= {"CREDIT", "HEADING"}


def test_layout_a_caption_closing_credit_is_excluded_but_its_caption_kept(extract):
    text = ("Ministers meet in Geneva, Switzerland, March 3, 2025. Jane Roe via Telegram/IRNA (Islamic Republic "
            "News Agency)/ Handout via REUTERS A\nThe talks went on.")
    brief = extract(text, published="2025-03-10")
    assert {a.name for a in brief.actors} == {"Geneva", "Switzerland"}
    assert [d.value for d in brief.dates] == ["2025-03-03"]


@pytest.mark.parametrize("credit", [
    "Photo: Jan Kowal/Anadolu Agency/ABACAPRESS.COM via PAP",  # a labelled credit after the caption
    "(Bild: AFP/Jan Kowal)",  # German "Bild", Polish "Foto"
    "(Foto: EPA)",
    "Reuters",  # the agency alone closing the caption
])
def test_layout_a_caption_closing_labelled_or_bare_credit_names_no_actor(extract, credit):
    brief = extract(f"Ministers met.\nMinisters meet in Geneva on Monday. {credit}\nThe talks went on.",
                    published="2025-03-10")
    assert {a.name for a in brief.actors} == {"Geneva"}


def test_layout_an_agency_opening_a_sentence_is_no_credit(extract):
    brief = extract("Talks ended. Reuters reported that Tehran would return.", published="2025-03-10")
    assert "Reuters" in {a.name for a in brief.actors}


def test_layout_via_an_agency_inside_a_sentence_is_no_credit(extract):
    brief = extract("Talks ended. Tehran said via Reuters that it would return.", published="2025-03-10")
    assert "Iran" in {a.name for a in brief.actors}


def test_layout_hard_wrapped_lines_continue_their_sentence(nlp):
    # one line break before a lower-case word, not after sentence punctuation: a soft wrap
    text = (
        "Sanctions news\n"
        "OTTAWA — Canada on Tuesday imposed sanctions on the state\n"
        "shipping line of Belarus and on two banks that finance\n"
        "its potash trade.\n"
        "officials in Minsk said nothing.\n\n"
        "the report ends here."
    )
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Sanctions news",
        ("OTTAWA — Canada on Tuesday imposed sanctions on the state\nshipping line of Belarus and on two "
        "banks that finance\nits potash trade."),
        "officials in Minsk said nothing.",  # (after a full stop: a new sentence)
        "the report ends here.",  # (after a blank line: a new sentence)
    ]


def test_hard_wrapped_sanctions_sentences_are_read_whole(extract):
    # split at the wraps, "The European Union and Canada" lost its verb and "sanctions on Iran" its imposer
    text = (
        "The European Union and Canada\nimposed sanctions on Belarusian officials. Britain lifted its\n"
        "sanctions on Iran.\n"
    )
    brief = extract(text, published="2025-03-04")
    assert [(s.action, s.imposer, s.target) for s in brief.sanctions] == [
        ("impose", "European Union", "Belarusian officials"),
        ("impose", "Canada", "Belarusian officials"),
        ("lift", "United Kingdom", "Iran"),
    ]


def test_layout_a_source_line_names_the_articles_sources(extract):
    # "Source: ..." closing an article names its news sources, as a byline does (not a photo credit)
    brief = extract("Latvia expelled two diplomats.\n\nSource: Interfax, Reuters", published="2025-03-10")
    assert {"Interfax", "Reuters"} <= {a.name for a in brief.actors} | {x for a in brief.actors for x in a.aliases}


def test_layout_a_caption_keeps_its_sentence_and_loses_only_its_closing_credit(extract):
    text = ("Talks resumed on Monday.\n\nRiot police detain a man in Tbilisi on March 3, 2025. "
            "Jane Roe/AFP via Getty Images\n\nThe ministry said 40 people were held.")
    brief = extract(text, published="2025-03-05")
    assert "Tbilisi" in [a.name for a in brief.actors]
    assert "Jane Roe" not in [a.name for a in brief.actors]
    assert ("March 3, 2025", "2025-03-03") in [(d.text, d.value) for d in brief.dates]


@pytest.mark.parametrize("link", [
    "Also read: Why Minsk turned to Beijing after the Warsaw talks",
    "SEE ALSO: Kazakh Exporters Turn To China As Sanctions Bite",
    "Read also | Chisinau courts Bucharest for gas",
])
def test_layout_a_link_to_another_story_is_boilerplate(extract, link):
    """The headline of a linked story is not this article's: its places and bodies are no actors."""
    brief = extract(f"Ministers met in Geneva on Monday.\n\n{link}\n\nThe talks went on.", published="2025-03-10")
    assert {a.name for a in brief.actors} == {"Geneva"}


def test_layout_a_long_line_after_a_link_label_stays_body():
    """A page that glued the next paragraph onto the link keeps its body text."""
    line = "See also: Warsaw talks " + "and the ministers of Poland met again in Warsaw on Monday " * 4 + "end"
    assert classify_line(line) is None
