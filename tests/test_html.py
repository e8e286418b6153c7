"""The HTML view (``render_html`` / ``briefextract show --html``), checked as markup.

What the browser makes of the page is checked in ``test_browser.py``.
"""

from __future__ import annotations

import hashlib
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from typer.testing import CliRunner

from briefextract.cli import app
from briefextract.records import Brief
from briefextract.render_html import CATEGORY_STYLES, Mark, assign_slots, collect_marks, render_html

from conftest import CORPUS, SAMPLE_ID

runner = CliRunner()

TEXT = (
    "Estonia & Latvia <agree>\n"
    "On 3 May 2024 Estonia imposed sanctions on Nordline, a shipping firm.\n"
    "Maria Keller said 14 fishing boats were held in Tallinn in 2023.\n"
)


def _span(text: str, phrase: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def make_brief(text: str = TEXT) -> Brief:
    """A Brief over ``text`` with every kind of record, overlapping spans included."""
    return Brief(
        doc_id="html-test",
        title="Baltic <sanctions> & boats",
        published="2024-05-10",
        source="Test Wire",
        url="https://example.org/a?b=1&c=2",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        pipeline="briefextract-en test",
        actors=[
            {"id": "a1", "name": "Estonia", "type": "GPE", "aliases": [], "rule": "t",
             "mentions": [_span(text, "Estonia"), _span(text, "Estonia", 1)]},
            {"id": "a2", "name": "Nordline", "type": "ORG", "rule": "t", "mentions": [_span(text, "Nordline")]},
            {"id": "a3", "name": "Maria Keller", "type": "PERSON", "roles": ["minister"], "rule": "t",
             "mentions": [_span(text, "Maria Keller")]},
        ],
        counts=[{"value": 14, "what": "fishing boats", "span": _span(text, "14 fishing boats"), "rule": "t"}],
        sanctions=[{"action": "impose", "instrument": "sanctions", "imposer": "Estonia", "target": "Nordline",
                    "span": _span(text, "imposed sanctions on Nordline"), "rule": "t"}],
        dates=[
            {"text": "3 May 2024", "value": "2024-05-03", "granularity": "day", "span": _span(text, "3 May 2024"), "rule": "t"},
            {"text": "2023", "value": "2023", "granularity": "year", "span": _span(text, "2023"), "rule": "t"},
        ],
        events=[
            {"type": "sanctions", "trigger": "imposed", "date": "2024-05-03", "participants": ["Estonia", "Nordline"],
             "span": _span(text, "Estonia imposed sanctions on Nordline"), "rule": "t"},
            {"type": "arrest", "trigger": "held", "date": "2023", "participants": [], "location": "Tallinn",
             "span": _span(text, "14 fishing boats were held in Tallinn"), "rule": "t"},
            {"type": "statement", "trigger": "said", "participants": ["Maria Keller"],
             "span": _span(text, "Maria Keller said"), "rule": "t"},
        ],
    )


def _tree(page: str) -> HTMLParser:
    return HTMLParser(page)


def test_html_text_content_is_the_input_text():
    tree = _tree(render_html(make_brief(), TEXT))
    assert tree.css_first("#text").text(deep=True) == TEXT  # labels come from CSS, not from text nodes
    assert "&lt;agree&gt;" in tree.css_first("#text").html


def test_html_one_tag_per_span_at_its_offsets():
    brief = make_brief()
    tree = _tree(render_html(brief, TEXT))
    tags = tree.css("#text .tag")
    found = sorted((t.attributes["data-kind"], t.attributes["data-label"], int(t.attributes["data-start"]),
                    int(t.attributes["data-end"])) for t in tags)
    expected = sorted(
        [("actor", a.type, m.start, m.end) for a in brief.actors for m in a.mentions]
        + [("count", "CARDINAL", c.span.start, c.span.end) for c in brief.counts]
        + [("sanction", "IMPOSE", s.span.start, s.span.end) for s in brief.sanctions]
        + [("date", "DATE", d.span.start, d.span.end) for d in brief.dates]
    )
    assert found == expected
    # each label sits inside the first highlighted piece of its span, which starts at the span
    for tag in tags:
        seg = tag.parent
        assert "seg" in seg.attributes["class"] and seg.text(deep=True) == TEXT[int(tag.attributes["data-start"]):][: len(seg.text(deep=True))]


def test_html_highlights_use_distinct_category_colours():
    colours = [style[0] for style in CATEGORY_STYLES.values()]
    assert len(set(colours)) == 4 and set(CATEGORY_STYLES) == {"actor", "count", "sanction", "date"}
    tree = _tree(render_html(make_brief(), TEXT))
    for kind, (colour, _, _) in CATEGORY_STYLES.items():
        segs = [s for s in tree.css("#text .seg") if kind in s.attributes["data-kinds"].split()]
        assert segs and all(colour in s.attributes["style"] for s in segs)
        assert tree.css_first(f'#legend [data-kind="{kind}"]') is not None


def test_html_overlapping_spans_stack_in_distinct_slots():
    marks = assign_slots([
        Mark(10, 40, "sanction", "IMPOSE", "", ""),
        Mark(20, 28, "actor", "ORG", "", ""),
        Mark(25, 35, "date", "DATE", "", ""),
        Mark(41, 45, "actor", "GPE", "", ""),
    ])
    slots = {(m.start, m.kind): m.slot for m in marks}
    assert slots == {(10, "sanction"): 0, (20, "actor"): 1, (25, "date"): 2, (41, "actor"): 0}
    tree = _tree(render_html(make_brief(), TEXT))
    inner = [s for s in tree.css("#text .seg") if s.text() == "Nordline"]
    assert inner and inner[0].attributes["data-kinds"] == "actor sanction"
    assert inner[0].attributes["style"].count("px 0 0") == 2  # two stripes: sanction on top, actor below


def test_html_timeline_lists_dated_events_in_order_and_undated_apart():
    tree = _tree(render_html(make_brief(), TEXT))
    dated = [li.attributes["data-date"] for li in tree.css("#timeline .event")]
    assert dated == ["2023", "2024-05-03"]
    assert [li.attributes["data-type"] for li in tree.css("#undated .event")] == ["statement"]
    assert "Tallinn" in tree.css("#timeline .event")[0].text()


def test_html_is_self_contained_and_escaped():
    page = render_html(make_brief(), TEXT)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "<link" not in page
    assert not re.search(r"""(?:src|href)=["']?(?!https://example\.org)[a-z]+:""", page)  # only the article's link
    assert "@import" not in page and "url(" not in page
    assert "<title>Baltic &lt;sanctions&gt; &amp; boats - briefextract</title>" in page
    assert 'href="https://example.org/a?b=1&amp;c=2"' in page


def test_html_skips_spans_that_do_not_match_the_text():
    other = TEXT.replace("Estonia & Latvia", "Finland & Sweden")  # same length, other words
    marks, unmatched = collect_marks(make_brief(), other)
    assert unmatched == 1 and all(other[m.start:m.end] == m.text for m in marks)
    page = render_html(make_brief(), other)
    assert "1 span(s) do not match this text" in page


def test_html_empty_brief_still_renders_text_and_says_so():
    brief = Brief(doc_id="e", sha256="0" * 64, pipeline="p")
    tree = _tree(render_html(brief, "Nothing here.\n"))
    assert tree.css_first("#text").text() == "Nothing here.\n" and not tree.css("#text .tag")
    assert "No dated events found." in tree.css_first("#timeline").text()


def test_html_show_cli_writes_page_for_the_sample(tmp_path, sample_brief):
    out = tmp_path / "sample.html"
    result = runner.invoke(app, ["show", str(CORPUS / f"{SAMPLE_ID}.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and not result.stdout
    text = (CORPUS / f"{SAMPLE_ID}.txt").read_text(encoding="utf-8")
    tree = _tree(out.read_text(encoding="utf-8"))
    assert tree.css_first("#text").text(deep=True) == text
    # every record span of the sample is drawn where it is (a tag marks each one's start)
    spans = {(m.start, m.end) for a in sample_brief.actors for m in a.mentions}
    spans |= {(r.span.start, r.span.end) for r in [*sample_brief.counts, *sample_brief.sanctions, *sample_brief.dates]}
    drawn = {(int(t.attributes["data-start"]), int(t.attributes["data-end"])) for t in tree.css("#text .tag")}
    assert drawn == spans and len(spans) >= 50
    assert "published 2025-09-12" in tree.css_first(".meta").text()


def test_html_show_cli_to_stdout_and_bad_destination(tmp_path):
    result = runner.invoke(app, ["show", "-", "--published", "2024-05-10", "--html", "-"], input="Talks in Riga.\n")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["show", str(CORPUS / f"{SAMPLE_ID}.txt"), "--html", str(tmp_path / "no" / "x.html")])
    assert result.exit_code == 2 and "cannot write" in result.stderr
