"""Layout analysis: which lines of a scraped article are title, headings, credits or debris.

Scraped analyses carry noise that a text-only extractor would happily report:
photo-agency credits ("AA/ABACA / Abaca Press / Forum" reads like three
organisations), breadcrumbs, image markup, link debris (".png)"), source stamps
("Yahoo01-07-2025"). Each line is classified on its own text, which is cheap and
good enough: credits and debris are whole lines in practice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from briefextract import constants as C

_WORD = re.compile(rf"[A-Za-zÀ-ÿ][\w{C.APOSTROPHES}.-]*")
_LINE = re.compile(r"[^\n]+")
_LETTER = re.compile(r"[A-Za-z]")
_NON_WORD = re.compile(r"\W+")
_FIRST_WORD = re.compile(r"\W*(\w*)")  # what ``_norm_title`` keeps first: the first run of word characters
_PUNCT_THEN_SPACE = re.compile(r"[.,;:!?]\s")
#: Last characters of a line that rule out every short-line rule of ``classify_line``
#: (a question heading ends in "?", a first-line title and a title-case heading in none of these).
_ENDS_BODY_LINE = frozenset(".!”\"")


def _norm_title(s: str) -> str:
    return _NON_WORD.sub(" ", s).strip().casefold()


@lru_cache(maxsize=64)
def _norm_title_cached(title: str) -> str:
    """The document title normalised once, not once per line of its text."""
    return _norm_title(title)


@lru_cache(maxsize=64)
def _title_first_word(title: str) -> str:
    """The first word of the normalised title ("" for a title without words)."""
    return _norm_title_cached(title).partition(" ")[0]


def _is_title(line: str, title: str) -> bool:
    """``_norm_title(line) == _norm_title(title)``, without normalising every long body line.

    A normalised text is its words, case-folded (character by character), joined by single
    spaces, so the two can only be equal when their first words are: that is checked first,
    on the line's first word alone.
    """
    first = _title_first_word(title)
    if first and _FIRST_WORD.match(line).group(1).casefold() != first:
        return False
    return _norm_title(line) == _norm_title_cached(title)


def _may_hold_markup(line: str) -> bool:
    """Whether ``C.LINE_MARKUP`` can match in ``line``: each of its forms holds a "<" (a tag)
    or a "](" (a Markdown image or link). Two substring tests in C instead of a
    case-insensitive regex search over the whole line (most lines are long paragraphs)."""
    return "<" in line or "](" in line


def classify_line(line: str, *, title: str | None = None, is_first: bool = False) -> str | None:
    """The layout label of one line of text (stripped), or None for body text."""
    stripped = line.strip()
    if not stripped:
        return None
    if (
        (_may_hold_markup(stripped) and C.LINE_MARKUP.search(stripped)) or C.LINE_IMAGE_FILE.fullmatch(stripped)
        or C.LINE_URL.match(stripped) or not _LETTER.search(stripped)
    ):
        return C.LAYOUT_DEBRIS
    if C.LINE_SITE_DEBRIS.match(stripped):
        return C.LAYOUT_BOILERPLATE
    if C.LINE_CREDIT.match(stripped) or _looks_like_credit(stripped):
        return C.LAYOUT_CREDIT
    if title and _is_title(stripped, title):
        return C.LAYOUT_TITLE
    if stripped[-1] in _ENDS_BODY_LINE:
        return None  # a body paragraph: none of the short-line rules below can apply, no words to count
    # the rules below only look at lines of at most 20 words (a longer line's words are
    # counted, never read); one C-level findall instead of a Python step per word
    words = _WORD.findall(stripped)
    if stripped.endswith("?") and len(words) <= 16:
        return C.LAYOUT_HEADING
    if is_first and len(words) <= 20 and stripped[-1] not in ".!”\"":
        return C.LAYOUT_TITLE
    if len(words) <= 12 and stripped[-1] not in ".!?:;,”\"’)" and _title_case(words):
        return C.LAYOUT_HEADING
    return None


def _title_case(words: list[str]) -> bool:
    """Most words capitalised, and at most one lower-case word besides the ones a headline leaves
    in lower case: "In 2022, Poland expelled 45 Russian diplomats" (a last paragraph cut off before
    its full stop) is a sentence, "Lukashenko Meets Putin in Minsk" a heading."""
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised / len(words) < 0.6:
        return False
    lower_content = sum(1 for w in words if not w[0].isupper() and w.lower() not in C.TITLE_CASE_MINOR_WORDS)
    return lower_content < 2


#: a caption's sentence before its credit: a sentence end and a space right before the credit
_SENTENCE_BEFORE_CREDIT = re.compile(r"\w[^\n]*[.!?][^\S\n]+$")


def _looks_like_credit(line: str) -> bool:
    """Agency credits: short, slash-separated, every word capitalised, no sentence punctuation;
    or a caption line that ends with its credit ("..., Public domain, via Wikimedia Commons")."""
    if ("via " in line or "domain" in line) and len(line) <= 200 and C.LINE_CREDIT_TAIL.search(line):
        # a caption whose last sentence is followed by its credit ("... on July 29, 2024. Jane
        # Roe/AFP via Getty Images"): the inline credit (``inline_credits``) takes the credit only
        inline = C.INLINE_CREDIT.search(line)
        return inline is None or not _SENTENCE_BEFORE_CREDIT.search(line, 0, inline.start())
    if "/" not in line or len(line) > 80 or _PUNCT_THEN_SPACE.search(line + " ") or C.LINE_BYLINE_TAIL.search(line):
        return False
    words = _WORD.findall(line)
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words)


def layout_ranges(text: str, *, title: str | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) for every non-body line; offsets into ``text``."""
    first = True
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        stamp = C.LINE_DATE_STAMP.match(line)
        if stamp:
            # " date 2023-02-09 MEXICO CITY — ..." : only the stamp is debris
            yield m.start(), m.start() + stamp.end(), C.LAYOUT_BOILERPLATE
            first = False
            continue
        label = classify_line(line, title=title, is_first=first)
        first = False
        if label:
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            yield m.start() + lead, m.start() + trail, label


# -- sentence starts ------------------------------------------------------------
# Each token gets a one-character kind; the sentence rules are then two regexes
# over the string of kinds instead of a Python loop with state over the tokens.
KIND_NEWLINE = "n"  # whitespace token holding two or more line breaks (a blank line)
KIND_LINE_BREAK = "l"  # whitespace token holding exactly one line break
KIND_SPACE = "s"  # other whitespace token
KIND_END = "e"  # sentence punctuation (C.SENTENCE_END_PUNCT)
KIND_CLOSE = "c"  # closing quote or bracket (C.CLOSING_QUOTES)
KIND_OPENER = "u"  # can open a sentence: capital, digit or opening quote
KIND_LOWER = "w"  # a word in lower case
KIND_OTHER = "o"

#: Up to and including the first word of the text (leading spaces included).
_TEXT_OPENING = re.compile(r"[snl]*[^snl]?")
#: Up to and including the first word after a line break (spaces between included), unless the
#: break is a soft wrap: one line break inside a sentence of hard-wrapped text ("the Trump
#: administration\nsanctioned Russia's ..."), not after sentence punctuation or a closing quote,
#: before a lower-case word. A blank line always ends a sentence. (A line that ends "sanctions
#: on" before a capital also continues, but reading that too gained nothing on 12 re-wrapped
#: dev texts.) Every branch opens with its break's letter and tests the kind before it with a
#: lookbehind after it (``l(?<![ec]l)``, not ``(?<![ec])l``): a search whose branches all open
#: with a literal skips in C to the next "n" or "l", while one opening with a lookbehind was
#: tried at every token (~0.35M instructions an article, four-fifths of this scan).
_LINE_OPENING = re.compile(r"(?:n|l(?<![ec]l)(?![s]*w)|l(?<=[ec]l))([snl]*[^snl]?)")
#: An opener after sentence punctuation, with whitespace or closing quotes between.
_OPENER_AFTER_END = re.compile(r"e[snlc]*(u)")


def token_kind(text: str, is_space: bool) -> str:
    """The kind of a token for sentence splitting (depends on its text only, so callers cache it)."""
    if is_space:
        breaks = text.count("\n")
        return KIND_SPACE if not breaks else KIND_LINE_BREAK if breaks == 1 else KIND_NEWLINE
    if text in C.SENTENCE_END_PUNCT:
        return KIND_END
    if text in C.CLOSING_QUOTES:
        return KIND_CLOSE
    if text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘":
        return KIND_OPENER
    if text[0].islower():
        return KIND_LOWER
    return KIND_OTHER


def sentence_starts(kinds: str) -> list[int]:
    """Indices of the tokens that start a sentence, given each token's kind (``token_kind``).

    A sentence starts at the first word of the text or of a line (the whitespace
    tokens before it count as starts too, as spaCy's sentencizer leaves them; a line
    that continues a hard-wrapped sentence in lower case does not start one), and
    at an opener after sentence punctuation, possibly with closing quotes between
    (``said. “They`` / ``failed.” The``); ``U.S.`` is one token, so it ends nothing.
    """
    if not kinds:
        return []
    first = _TEXT_OPENING.match(kinds)
    starts = list(range(first.end()))
    for m in _LINE_OPENING.finditer(kinds, first.end()):
        starts.extend(range(m.start(1), m.end(1)))
    starts.extend(m.start(1) for m in _OPENER_AFTER_END.finditer(kinds))
    return sorted(set(starts))


def inline_credits(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for the inline credit pattern (``constants.INLINE_CREDIT``),
    scanning only the lines holding one of ``C.INLINE_CREDIT_MARKS`` (a slash, " via ", "Photo",
    ". Reuters": "(AP Photo/X)", "(State Border Guard Service via AP)", "Photo courtesy of X",
    "(Bild: AFP)"), each once, in text order.

    Every credit form has one of them and stops at a line break, so its matches are
    those of these lines, each scanned on its own (``^`` and ``$`` hold at a line's
    bounds either way). A scan of the whole text cost ~90 µs an article; most articles
    have one such line, or none.
    """
    starts = set()
    for mark in C.INLINE_CREDIT_MARKS:
        at = text.find(mark)
        while at != -1:
            start = text.rfind("\n", 0, at) + 1
            starts.add(start)
            end = text.find("\n", at)
            at = -1 if end == -1 else text.find(mark, end)
    for start in sorted(starts):
        end = text.find("\n", start)
        yield from pattern.finditer(text, start, len(text) if end == -1 else end)


# -- datelines ------------------------------------------------------------------
#: One part between a dateline's place and its agency (the ``parts`` group of ``C.DATELINE``)
_PART = re.compile(r"[,.][^\S\n]+([^,]+)")


def datelines(pattern: re.Pattern, text: str) -> list[dict]:
    """The datelines of ``text`` (``constants.DATELINE``, tried at each line start), each a dict of
    character ranges ``[start, end]`` (None when absent): ``span`` (the whole stamp, its dash
    included), ``dash`` (empty at the line's end: "MOSCOW" on a line of its own), ``city``,
    ``country``, ``date``, ``reporter`` and ``agency``. The name of "Minsk, March 4, 2025." /
    "Outlet, March 4, 2025." is a place or a source: ``city`` and ``agency`` both hold it.

    Between the place and the agency, a date part ("June 3") is the ``date``; the name part just
    before a bracketed agency, of two or three words, is the ``reporter`` ("WASHINGTON, Jane Doe
    (dpa)-"); the first other name part is the ``country``. Which of them is a known place or
    person is for the later components to say: the layout runs before any list is read.
    """
    out = []
    match = pattern.match
    at = 0
    while at != -1:
        m = match(text, at)
        nxt = text.find("\n", at)
        at = -1 if nxt == -1 else nxt + 1
        if m is None:
            continue
        if m.group("outlet"):
            # "Minsk, March 4, 2025." / "Outlet, March 4, 2025.": a place or a source, as the lists will say
            name = m.span("outlet")
            out.append(_dateline(m, city=name, agency=name, date=m.span("stamp"), dash=(m.end() - 1, m.end())))
            continue
        city, agency, dash = m.span("city"), m.span("agency"), m.span("dash")
        if agency[0] == -1 and m.group("bare"):
            agency = m.span("bare")  # "Astana. July 4. KazTAG - ": an agency after the dotted date
        if city[0] == -1 and agency[0] == -1:
            continue
        if dash[0] == dash[1] and (city[0] == -1 or agency[0] != -1 or m.group("parts")):
            continue  # only a place alone on its line ends without a dash
        country = date = reporter = None
        base = m.start("parts")
        parts = list(_PART.finditer(m.group("parts") or ""))
        for k, part in enumerate(parts):
            words = part.group(1)
            span = (base + part.start(1), base + part.end(1))
            if C.DATELINE_DATE_PART.fullmatch(words):
                date = date or span
            elif date is not None and date[1] == base + part.start() and words.isdigit():
                date = (date[0], span[1])  # "March 4, 2025"
            elif k == len(parts) - 1 and agency[0] != -1 and 2 <= len(words.split()) <= 3:
                reporter = span
            elif k == len(parts) - 1 and agency[0] == -1 and date is not None:
                agency = span  # "STEPANAKERT, JANUARY 22, ARTSAKHPRESS:": the name after the date is its source
            elif country is None:
                country = span
        out.append(_dateline(m, city=city, country=country, date=date, reporter=reporter,
                             agency=agency, dash=dash))
    return out


def _dateline(m: re.Match, dash: tuple[int, int], **parts: tuple[int, int] | None) -> dict:
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    record = {"span": [start, dash[1]], "dash": list(dash)}
    for key in ("city", "country", "date", "reporter", "agency"):
        value = parts.get(key)
        record[key] = list(value) if value is not None and value[0] != -1 else None
    return record
