"""The HTML view in a real headless Chromium: it renders, the highlights are in the
DOM the browser built and drawn in their colours, and nothing errs on the console.

Needs a Chromium on PATH (Debian: ``apt-get install chromium``; ``$CHROMIUM``
overrides). Without one these tests fail rather than skip, so CI cannot pass them
silently; deselect them locally with ``-m "not browser"``.
"""

from __future__ import annotations

import importlib.util
import json
import struct

import pytest
from typer.testing import CliRunner

from briefextract.cli import app
from briefextract.render_html import CATEGORY_STYLES, render_html

from conftest import CORPUS, ROOT, SAMPLE_ID
from test_html import TEXT, make_brief

pytestmark = pytest.mark.browser

_spec = importlib.util.spec_from_file_location("chromium_cdp", ROOT / "scripts" / "chromium_cdp.py")
cdp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cdp)

#: One JS expression: what the browser made of the page, as JSON.
PROBE = """(() => {
  const tags = [...document.querySelectorAll('#text .tag')];
  const segs = [...document.querySelectorAll('#text .seg')];
  const before = el => getComputedStyle(el, '::before');
  return {
    text: document.querySelector('#text').textContent,
    title: document.title,
    tags: tags.map(t => ({kind: t.dataset.kind, label: before(t).content,
                          bg: before(t).backgroundColor, shown: before(t).display !== 'none'})),
    segs: segs.map(s => {const r = s.getBoundingClientRect();
                        return {kinds: s.dataset.kinds, shadow: getComputedStyle(s).boxShadow, w: r.width, h: r.height};}),
    legend: [...document.querySelectorAll('#legend .legend-item')].map(l => [l.dataset.kind, l.getBoundingClientRect().width > 0]),
    timeline: [...document.querySelectorAll('#timeline .event')].map(e => e.dataset.date),
    scrollWidth: document.documentElement.scrollWidth,
  };
})()"""


def _rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")[:6]
    return "rgb({}, {}, {})".format(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.fixture(scope="module")
def browser():
    if cdp.find_chromium() is None:
        pytest.fail("no Chromium: install Debian's 'chromium' (or set $CHROMIUM), or deselect with -m 'not browser'")
    with cdp.Chromium(width=1000, height=800) as b:
        yield b


def _open(browser, path) -> None:
    browser.console_errors.clear()
    browser.requests.clear()
    browser.open(path)


def test_browser_renders_highlights_legend_and_timeline(browser, tmp_path):
    brief = make_brief()
    page = tmp_path / "page.html"
    page.write_text(render_html(brief, TEXT), encoding="utf-8")
    _open(browser, page)
    dom = browser.evaluate(PROBE)
    assert dom["text"] == TEXT
    assert dom["title"] == "Baltic <sanctions> & boats - briefextract"
    n_mentions = sum(len(a.mentions) for a in brief.actors)
    kinds = [t["kind"] for t in dom["tags"]]
    assert (kinds.count("actor"), kinds.count("count"), kinds.count("sanction"), kinds.count("date")) == (
        n_mentions, len(brief.counts), len(brief.sanctions), len(brief.dates))
    for tag in dom["tags"]:  # the label is drawn, in its category's colour
        assert tag["shown"] and tag["label"].strip('"') in {"GPE", "ORG", "PERSON", "CARDINAL", "IMPOSE", "DATE"}
        assert tag["bg"] == _rgb(CATEGORY_STYLES[tag["kind"]][0])
    for seg in dom["segs"]:  # every highlighted piece is laid out and underlined in the colours of its spans
        assert seg["w"] > 0 and seg["h"] > 0
        for kind in seg["kinds"].split():
            assert _rgb(CATEGORY_STYLES[kind][0]) in seg["shadow"]
    assert [kind for kind, visible in dom["legend"] if visible] == list(CATEGORY_STYLES)
    assert dom["timeline"] == ["2023", "2024-05-03"]
    assert dom["scrollWidth"] <= 1000  # no horizontal overflow: long spans wrap
    assert browser.console_errors == []
    assert browser.requests == [page.resolve().as_uri()]  # self-contained: nothing else fetched


def test_browser_sample_page_from_cli_has_no_console_errors(browser, tmp_path):
    page = tmp_path / "sample.html"
    result = CliRunner().invoke(app, ["show", str(CORPUS / f"{SAMPLE_ID}.txt"), "--html", str(page)])
    assert result.exit_code == 0, result.output
    _open(browser, page)
    dom = browser.evaluate(PROBE)
    assert dom["text"] == (CORPUS / f"{SAMPLE_ID}.txt").read_text(encoding="utf-8")
    assert dom["title"].startswith("U.S. and Belarus")
    assert len(dom["tags"]) == len(page.read_text(encoding="utf-8").split('class="tag"')) - 1 >= 50
    assert browser.console_errors == []
    shot = browser.screenshot(tmp_path / "sample.png")
    header = shot.read_bytes()[:24]
    width, height = struct.unpack(">II", header[16:24])
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and width == 1000 and height > 800  # the whole page, not the viewport


def test_browser_driver_reports_console_errors(browser, tmp_path):
    """The console check can fail: a broken page is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>console.error('boom'); missingFunction();</script>", encoding="utf-8")
    _open(browser, page)
    errors = json.dumps(browser.console_errors)
    assert "boom" in errors and "missingFunction" in errors


def test_browser_driver_fails_cleanly_when_the_browser_dies():
    with pytest.raises(cdp.CDPError, match="not running|closed"):
        with cdp.Chromium("/bin/false", timeout=10):
            pass
