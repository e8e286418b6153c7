"""The one home for regexes, label names and span keys shared across components.

A regex or label lives here once; components and rules import it from here.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Every character written as an apostrophe: ASCII, right and left single quotation marks and
#: the modifier letter apostrophe U+02BC ("Usatiʼs", "Lukashenka’s", "O‘Brien"). The one notion
#: of "apostrophe": possessive checks (:data:`POSSESSIVES`), regexes (:data:`APOSTROPHE`) and the
#: tokenizer's possessive split (:data:`EXTRA_SUFFIXES`) are built from it.
APOSTROPHES = "'’‘ʼ"
#: A regex character class of :data:`APOSTROPHES`, for use inside a pattern: rf"\w{APOSTROPHE}s".
APOSTROPHE = f"[{APOSTROPHES}]"
#: The possessive clitic as a token ("'s", "’s", "ʼs", ...), whatever its apostrophe and case.
POSSESSIVES = frozenset(a + s for a in APOSTROPHES for s in "sS")
#: The possessive clitic or a bare apostrophe (a plural possessive: "workers’").
POSSESSIVE_MARKS = POSSESSIVES | frozenset(APOSTROPHES)


# Tokenizer infixes added to spaCy's English defaults (see tokenizer.py).
EXTRA_INFIXES: tuple[str, ...] = (
    r"(?<=\.)-(?=[A-Za-z])",  # U.S.-Belarusian -> U.S. - Belarusian
    r"(?<=[0-9])[–—](?=[0-9])",  # 8,000–10,000 and 12–13 -> split around the dash
)
#: A slash around an agency's name splits off it: "MOSCOW, May 29. /TASS/." -> "/", "TASS", "/."
#: ("/." stays one token: no sentence ends inside a dateline), so the agency reaches the
#: gazetteer. A lone closing slash splits only after a capital: a URL keeps its own
#: ("example.com/news/").
EXTRA_PREFIXES: tuple[str, ...] = (r"/(?=[A-Z])",)
#: spaCy's defaults split off the possessive written with "'" or "’" only: the other
#: :data:`APOSTROPHES` (U+2018, U+02BC) split here ("Sanduʼs" -> "Sandu", "ʼs"; a plural's bare
#: "workersʼ"), so the name reaches the gazetteer and the clitic the possessive checks.
EXTRA_SUFFIXES: tuple[str, ...] = (r"(?<=[A-Za-z])/\.", r"(?<=[A-Z])/", r"(?<=\w)[‘ʼ][sS]", r"(?<=s)[‘ʼ]")

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
#: A byline of agencies or a newsroom ("BNS/TBT Staff", "AFP/Reuters staff writers"): not a photo credit
#: however slashed, so its agencies are actors (GUIDELINES: byline names are)
LINE_BYLINE_TAIL = re.compile(r"\b[Ss]taff(?:\s+(?:[Ww]riters?|[Rr]eporters?))?$")
LINE_CREDIT = re.compile(
    r"^(?:(?:photo|image|picture|credit|foto|bild)s?\s*(?:credit)?\s*[:©]|©|\(?(?:photo|image)\s+by\b|fot\.\s)", re.I
)


def _read_list(name: str) -> tuple[str, ...]:
    """The entries of ``briefextract/data/<name>``: one a line, "#" comments and blank lines skipped."""
    lines = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _names_alternation(names: tuple[str, ...] | list[str], space: str) -> str:
    """``names`` as one regex alternation, the spaces inside a name matched by ``space``."""
    return "|".join(space.join(map(re.escape, name.split())) for name in names)


#: the words a headline in title case may leave in lower case (data/title_case_minor_words.txt)
TITLE_CASE_MINOR_WORDS = frozenset(_read_list("title_case_minor_words.txt"))

#: the one list of photo agencies a credit names (data/photo_credit_sources.txt): read by
#: LINE_CREDIT_TAIL (any case) and INLINE_CREDIT (as listed or in capitals: "Reuters", "REUTERS")
PHOTO_CREDIT_SOURCES = _read_list("photo_credit_sources.txt")
_CREDIT_SOURCES_ANY_CASE = _names_alternation(PHOTO_CREDIT_SOURCES, r"\s+")  # searched on one line
#: each source as listed and in capitals ("Reuters", "REUTERS"), as a caption's closing credit spells it
_CREDIT_SOURCES_SPELLINGS = tuple(dict.fromkeys(s for name in PHOTO_CREDIT_SOURCES for s in (name, name.upper())))
_CREDIT_SOURCES_AS_SPELT = _names_alternation(_CREDIT_SOURCES_SPELLINGS, r"[^\S\n]+")
#: a caption's credit at the end of its line: "..., Public domain, via Wikimedia Commons",
#: "Jane Doe via Getty Images" (``search`` on a stripped line holding "via " or "domain")
LINE_CREDIT_TAIL = re.compile(
    rf"(?:\bvia\s+(?:{_CREDIT_SOURCES_ANY_CASE})"
    r"|\bpublic\s+domain|\bCC[\s-]BY(?:-[A-Z]{2})*(?:\s+\d\.\d)?)\)?$",
    re.IGNORECASE,
)
#: a credit inside the text, which names no actor and holds no count or date: "(AP Photo/Jane Roe)",
#: "(Photo by X/AFP via Getty Images)", "(State Border Guard Service via AP)", a "Photo/..." line.
#: Every form holds one of ``INLINE_CREDIT_MARKS`` and ends at its line: :func:`rules.layout.inline_credits`.
INLINE_CREDIT = re.compile(
    r"\((?:(?:Photos?|Credit|Image|Source|Bild|Foto|Fot\.)(?:[^\S\n]+by)?:?[^\S\n]*)?[A-Z][\w.’'-]+(?:[^\S\n]+[A-Z][\w.’'-]+){0,3}[^\S\n]*/[^\S\n]*[^()\n]{1,60}\)"
    r"|(?m:^[^\S\n]*(?:[A-Z][\w.&-]*[^\S\n]+){0,3}Photos?[^\S\n]*/[^\n]{0,80}$)"
    r"|\((?:[A-Z][\w.’'&-]*[^\S\n]+){1,6}via[^\S\n]+[A-Z][\w.&’'-]*(?:[^\S\n]+[A-Z][\w.&’'-]*){0,2}\)"
    # a caption's closing credit after its last sentence: ". X via Telegram/WANA (...)/ Handout via REUTERS"
    rf"|(?m:(?<=[.!?][^\S\n])[A-Z][^\n.!?]{{0,120}}?\bvia[^\S\n]+(?:{_CREDIT_SOURCES_AS_SPELT})\b"
    r"[^\S\n]*\w{0,3}[^\S\n]*$)"
    # "Photo: Jan Kos/Agency via PAP", "(Bild: AFP)" closing a caption (German "Bild", Polish/Italian "Foto", "fot.")
    r"|(?m:(?:(?<=[.!?][^\S\n])|\()(?:Photos?|Images?|Bild|Foto|Fot\.)(?:[^\S\n]+by)?[^\S\n]*:[^\n]{1,160}$)"
    # a caption closing with its agency alone: "... on Saturday. Reuters"
    rf"|(?m:(?<=\. )(?:{_CREDIT_SOURCES_AS_SPELT})[^\S\n]*$)"
    # "Photo courtesy of the Egyptian Foreign Ministry." closing a caption or on its own line
    r"|(?m:(?:(?<=[.!?][^\S\n])|^[^\S\n]*\(?)(?:Photos?|Images?|Pictures?|Video)[^\S\n]+courtesy[^\S\n]+of[^\S\n]+[^\n]{1,80}$)"
)
#: Every form of ``INLINE_CREDIT`` holds one of these; only the lines holding one are scanned
INLINE_CREDIT_MARKS = ("/", " via ", " courtesy of ", "Photo", "Image", "Bild", "Foto", "Fot.",
                       *(f". {source}" for source in _CREDIT_SOURCES_SPELLINGS))
LINE_SITE_DEBRIS = re.compile(
    r"^(?:logo|menu|home\S*|share|advertisement|world news|originally (?:posted|published) (?:in|on|by)\b.*"
    # a link to other stories, alone or with one's headline: "Read more", "Also read: <its headline>",
    # "SEE ALSO: ...", "Read also | ..." (not a longer line: a page that glued the next paragraph onto
    # the link keeps its body text)
    r"|(?:also read|read also|see also|read more|related(?: stories| articles| news)?)(?:[^\S\n]*[:|][^\n]{1,200})?"
    r"|[A-Z][A-Za-z]+\d{2}-\d{2}-\d{4})$",
    re.I,
)
LINE_DATE_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s")
#: Upper-case Latin letters (Latin-1, Extended-A and -B), for patterns that must tell "KYIV" from "Kyiv"
#: (Python's re has no \p{Lu}; the Extended ranges interleave cases, so the class is listed).
UPPER_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_DL_UP = rf"[{UPPER_LETTERS}][{UPPER_LETTERS}.’'-]*"  # "MOSCOW", "U.S.", "ST."
_DL_CAP = rf"[{UPPER_LETTERS}][\w.’'-]*"  # "Minsk", "Jane", "Interfax-Ukraine"
#: a month, also in capitals ("STEPANAKERT, JANUARY 22, ARTSAKHPRESS:")
_DL_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?"
_DL_NAME = rf"{_DL_CAP}(?:[^\S\n]+{_DL_CAP}){{0,3}}+"
#: a word of a part: capitalised or a number; a full stop only inside ("U.S.") or after a month ("Oct. 2"),
#: so that a part never runs across a sentence end ("Reuters, March 4, 2025. WASHINGTON")
_DL_PART_WORD = rf"(?:{_DL_MONTH}|[{UPPER_LETTERS}\d][\w’'-]*(?:(?:\.[\w’'-]+)+\.?)?)"
_DL_PART = rf",[^\S\n]+{_DL_PART_WORD}(?:[^\S\n]+{_DL_PART_WORD}){{0,3}}"
_DL_DATE = rf"(?:{_DL_MONTH}[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+{_DL_MONTH})(?:,?[^\S\n]+\d{{4}})?"
#: an agency after a dotted date, without brackets or slashes, before a spaced dash ("Astana. July 4. KazTAG - ")
_DL_BARE_AGENCY = rf"{_DL_CAP}(?:[^\S\n]+{_DL_CAP}){{0,2}}+(?=[^\S\n]+(?:--|[–—-])[^\S\n]+[{UPPER_LETTERS}\d\"“‘])"
#: The stamp that opens a wire story, tried at each line start (``rules.layout.datelines``, run once
#: per Doc by the layout component; the parts are kept in ``doc._.datelines``):
#: "VILNIUS, Lithuania (AP) --", "MOSCOW, June 3 (Reuters) -", "KYIV —", "Minsk (Belta) —",
#: "WASHINGTON, Jane Doe (dpa)-", "(Reuters) –", "Kyiv — The ...", "MOSCOW, June 3. /TASS/.",
#: "MOSCOW. June 3 (Interfax) -", "MOSCOW" on a line of its own,
#: and the source stamp "Outlet, March 4, 2025." A place in upper case (4 characters or more: "US —"
#: opens a headline) may be followed by a comma, a bracket, a dash, a colon or the line's end; a
#: place in title case by a bracketed agency or by a spaced dash before a capital ("Iran — the
#: country", "Russia: EU ..." and "Kyiv, Ukraine's capital" open sentences or headlines). Between
#: place and agency only comma-separated capitalised words and numbers ("Kyiv, a city" is a sentence).
#: The word runs are possessive (``{0,2}+``): a comma, bracket or dash follows a run, never another
#: capitalised word, so giving words back never helps (a body line fails ~30% faster).
DATELINE = re.compile(
    rf"[^\S\n]*(?=[\w(])(?:"
    rf"(?:(?P<city>(?=[{UPPER_LETTERS}.’' ]{{4}}){_DL_UP}(?:[^\S\n]+{_DL_UP}){{0,2}}+(?=[^\S\n]*(?:$|[,.(:–—-]))"
    rf"|{_DL_CAP}(?:[^\S\n]+{_DL_CAP}){{0,2}}+"
    rf"(?=(?:{_DL_PART}){{0,3}}[^\S\n]*(?:\(|(?:--|[–—-])[^\S\n]+[{UPPER_LETTERS}\d\"“‘])"
    rf"|\.[^\S\n]+{_DL_DATE}\.[^\S\n]+{_DL_BARE_AGENCY}))"
    rf"(?P<parts>(?P<dotdate>\.[^\S\n]+{_DL_DATE})?(?:{_DL_PART}){{0,3}})"
    rf"(?(dotdate)(?:\.[^\S\n]+(?P<bare>{_DL_BARE_AGENCY}))?)"
    rf"[^\S\n]*)?"
    rf"(?:(?:(?P<bracket>\()|\.?[^\S\n]*/)(?P<agency>[a-z]+|[{UPPER_LETTERS}][\w.&’'-]*(?:/[{UPPER_LETTERS}][\w.&’'-]*)?"
    rf"(?:[^\S\n]+[{UPPER_LETTERS}][\w.&’'/-]*){{0,3}})(?(bracket)\)|/)[^\S\n]*)?"
    rf"(?P<dash>--|[–—:-]|(?<=/)\.|$)"
    rf"|(?P<outlet>{_DL_NAME}),[^\S\n]+(?P<stamp>{_DL_MONTH}[^\S\n]+\d{{1,2}},[^\S\n]+\d{{4}})[^\S\n]*[.:–—-]"
    rf")",
    re.MULTILINE,
)
#: A part of a dateline between its place and its agency that is a date ("June 3", "3 June 2025")
DATELINE_DATE_PART = re.compile(_DL_DATE)
SENTENCE_END_PUNCT = frozenset({".", "?", "!", "…"})
#: a hyphen token, ASCII or non-breaking: a compound ("Beijing-based", "pro-Russian"), a number's neighbour
HYPHENS = frozenset({"-", "‑"})
#: a hyphen or an en dash token joining two ends ("Moscow-Pyongyang", "Minsk–Vilnius", "2022–2024")
HYPHEN_OR_EN_DASH = frozenset({"-", "–"})
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
