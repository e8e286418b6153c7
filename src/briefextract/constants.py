"""The one home for regexes, label names and span keys shared across components.

A regex or label lives here once; components and rules import it from here.
"""

from __future__ import annotations

import re

# Tokenizer infixes added to spaCy's English defaults (see tokenizer.py).
EXTRA_INFIXES: tuple[str, ...] = (
    r"(?<=\.)-(?=[A-Za-z])",  # U.S.-Belarusian -> U.S. - Belarusian
    r"(?<=[0-9])[–—](?=[0-9])",  # 8,000–10,000 and 12–13 -> split around the dash
)

#: Documents per chunk (CLI ``--batch-size``, a worker's unit of work) and per ``nlp.pipe``
#: batch, where each component runs over the whole batch in turn (components/batching.py).
#: Larger batches keep each component's code and data in the CPU caches longer: CPU per
#: article 8.4 ms one at a time, 6.5 ms at 16, 6.2 ms at 32, 6.1 ms at 64 (measured); 32
#: keeps chunks small enough for failure isolation and for workers not to idle at the end.
BATCH_SIZE = 32

# Span group keys written by the components, in pipeline order.
SPANS_LAYOUT = "layout"
SPANS_GAZETTEER = "gazetteer"
SPANS_PERSONS = "persons"
SPANS_ACTORS = "actors"
SPANS_DATES = "dates"

# Layout labels: spans with these labels are excluded from every extractor.
LAYOUT_TITLE = "TITLE"
LAYOUT_HEADING = "HEADING"
LAYOUT_CREDIT = "CREDIT"
LAYOUT_DEBRIS = "DEBRIS"
LAYOUT_BOILERPLATE = "BOILERPLATE"
EXCLUDED_LAYOUT_LABELS = frozenset({LAYOUT_CREDIT, LAYOUT_DEBRIS, LAYOUT_BOILERPLATE})

ACTOR_TYPES = ("PERSON", "ORG", "GPE")

# Inputs
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
META_SUFFIX = ".meta.json"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)

# Layout: line classifiers (rules/layout.py). A line is judged on its stripped text.
#: markup anywhere in a line; every alternative starts with a literal ("<", "!", "]"), so the
#: regex engine skips to those characters instead of trying each position of a long line
LINE_MARKUP = re.compile(r"<[^>]{1,200}>|!\[[^\]]*\]\(|\]\((?:https?:|/)", re.I)
#: a line that is nothing but an image file name (``fullmatch`` on the stripped line)
LINE_IMAGE_FILE = re.compile(r"\S*\.(?:png|jpe?g|gif|svg|webp)\)?\S*", re.I)
LINE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
LINE_CREDIT = re.compile(
    r"^(?:(?:photo|image|picture|credit|source)s?\s*(?:credit)?\s*[:©]|©|\(?(?:photo|image)\s+by\b)", re.I
)
#: a caption's credit at the end of its line: "..., Public domain, via Wikimedia Commons",
#: "Jane Doe via Getty Images" (``search`` on a stripped line holding "via " or "domain")
LINE_CREDIT_TAIL = re.compile(
    r"(?:\bvia\s+(?:Wikimedia\s+Commons|Getty\s+Images|Flickr|Shutterstock|Unsplash|AP|Reuters|AFP|EPA)"
    r"|\bpublic\s+domain|\bCC[\s-]BY(?:-[A-Z]{2})*(?:\s+\d\.\d)?)\)?$",
    re.IGNORECASE,
)
#: a credit inside the text, which names no actor and holds no count or date: "(AP Photo/Jane Roe)",
#: "(Photo by X/AFP via Getty Images)", "(State Border Guard Service via AP)", a "Photo/..." line.
#: Every form holds a slash or " via " and ends at its line: :func:`rules.layout.inline_credits`.
INLINE_CREDIT = re.compile(
    r"\((?:(?:Photos?|Credit|Image|Source)(?:[^\S\n]+by)?:?[^\S\n]*)?[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+){0,3}[^\S\n]*/[^\S\n]*[^()\n]{1,60}\)"
    r"|(?m:^[^\S\n]*(?:[A-Z][\w.&-]*[^\S\n]+){0,3}Photos?[^\S\n]*/[^\n]{0,80}$)"
    r"|\((?:[A-Z][\w.’'&-]*[^\S\n]+){1,6}via[^\S\n]+[A-Z][\w.&’'-]*(?:[^\S\n]+[A-Z][\w.&’'-]*){0,2}\)"
    # a caption's closing credit after its last sentence: ". X via Telegram/WANA (...)/ Handout via REUTERS"
    r"|(?m:(?<=[.!?][^\S\n])[A-Z][^\n.!?]{0,120}?\bvia[^\S\n]+(?:REUTERS|Reuters|AFP|AP|EPA|Getty[^\S\n]+Images)\b"
    r"[^\S\n]*\w{0,3}[^\S\n]*$)"
)
LINE_SITE_DEBRIS = re.compile(
    r"^(?:logo|menu|home\S*|share|advertisement|world news|read more|originally (?:posted|published) (?:in|on|by)\b.*"
    r"|[A-Z][A-Za-z]+\d{2}-\d{2}-\d{4})$",
    re.I,
)
LINE_DATE_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s")
SENTENCE_END_PUNCT = frozenset({".", "?", "!", "…"})
CLOSING_QUOTES = frozenset({"”", "’", '"', "'", ")", "]"})

# Batch output: the top-level sha256 of a JSONL output line (document or record layout).
# Strings inside a line are JSON-escaped, so the first unescaped match is the line's own key.
OUTPUT_SHA256 = re.compile(rb'"sha256":\s*"([0-9a-f]{64})"')

# Records whose rule id starts with one of these survive layout exclusion (brief.py):
# a source line's date stamp ("Yahoo01-07-2025", " date 2023-02-09 ") is boilerplate
# for every other extractor but a date mention by the annotation guidelines.
EXCLUSION_EXEMPT_RULES = ("dates.stamp.",)

# Span group of the optional statistical base NER (briefextract/base.py; read by actors).
SPANS_BASE = "base"

# Inputs: the charset an HTML page declares (<meta charset=...> or http-equiv content type), bytes.
HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
