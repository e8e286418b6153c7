"""Persons and organisations that are in no list, found from capitalisation and context.

There is no tagger or parser in the pipeline, so a candidate is a run of
capitalised name-like words (found by one regex over ``doc.text``) and the
evidence is lexical:

* an organisation head word inside the run ("... Task Force", "Ministry of ...",
  "... Corporation") -> ORG (``persons.org.head``);
* a role/title just before it ("envoy John Cole", "President X", "Pres.") ->
  PERSON (``persons.person.role``);
* a common given name first ("Jared Kushner") -> PERSON (``persons.person.given``);
* apposition or a speech verb after it ("X Y, one of the leaders of", "X Y said")
  or a source opener before it ("according to X Y") -> PERSON
  (``persons.person.context``);
* "the <descriptor> <Name>" ("the Belarusian airline Belavia") -> ORG
  (``persons.org.descriptor``);
* "<Long Name> (ABBR)" defines an acronym -> the ORG and its alias
  (``persons.org.acronym``).
* a legal form, "Bank" or "Radio" opening a run ("Joint Stock Company X", "PJSC X",
  "Bank X", "Radio X": ``org_prefix_heads``; the name ends at "and") and one-word banks ("Sberbank",
  "Alfa-Bank": ``org_word_endings``) -> ORG (``persons.org.legal_form`` /
  ``word_ending``); "X, a mining company founded in ..." -> ORG
  (``persons.org.appos_descriptor``); a CamelCase word after "by"/"according to"
  or an acronym after "reported by"/"according to" ("NewsMaker", "UNN") -> ORG (``persons.org.source``); "<pronoun> <head>" inside a
  sentence ("...; Our Party won") -> ORG (``persons.org.pronoun``); the name that opens a clause of
  reporting ("..., Aljazeera reports.", "The Gaze reports, citing X") or ends one (", reports Akorda.")
  -> ORG, the outlet, in all its mentions (``persons.org.reporting``: ``report_verbs``).
* a byline: after "By", after a byline label ("Author:", ``byline_labels``) or alone on its line
  before "| <date>" -> PERSON each, whatever the given name (``persons.person.byline``).
* names holding a treaty, licence or law word (``document_words``: "Joint
  Comprehensive Plan of Action", "General License 8L") are documents, never
  organisations or persons.
* names listed after a plural organisation noun ("companies ...: Eni, Maurel et
  Prom, and Repsol", "firms such as X and Y") -> ORG each (``persons.org.list``);
* the source of a dateline ("(Agency) – ...", "Outlet, March 4, 2025. ...") and a
  platform after a post ("a post on Truth Social") -> ORG (``persons.org.dateline``,
  ``persons.org.platform``);
* a name after a possessive state ("Japan's Takeo Akiba, ..."), after "<role> to
  <place>" ("envoy to Minsk John Cole") or in a comma apposition after a role, a kin
  noun or counted people ("his wife, X Y Z", "two North Koreans, X Y Z and ...")
  -> PERSON (``persons.person.possessive`` / ``role_place`` / ``appos_list``);
  never before a numeral ("License 41A").

Runs that contain a known place/organisation/leader form are left to the
gazetteer (so "Belarus Want" in a headline is never a person), leading stopwords
("But", "The", month names) are trimmed, and inside TITLE/HEADING layout spans
(Title Case) only role-based evidence is trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from spacy.tokens import Doc, Span

from briefextract.constants import (
    APOSTROPHE,
    APOSTROPHES,
    LAYOUT_HEADING,
    LAYOUT_TITLE,
    POSSESSIVES,
    SPANS_GAZETTEER,
    SPANS_LAYOUT,
)
from briefextract.rules.actor_spans import span_tuples
from briefextract.rules.datelines import doc_datelines
from briefextract.rules.gazetteer import DEMONYM_KIND
from briefextract.rules.person_scan import (
    finditer_at,
    letter_view,
    occurrences,
    word_hits,
    word_pattern,
)
from briefextract.rules.regex_tools import trie_pattern
from briefextract.rules.spans import doc_text, excluded_ranges, is_excluded

#: Letter classes for names (Latin with diacritics; Python's re has no \p{Lu}).
UP = "A-ZÀ-ÖØ-ÞĀ-ɏ"  # Latin-1, Extended-A and -B (Romanian Ș, Ț)
LOW = "a-zß-öø-ÿĀ-ɏ"
#: a capital and lower-case letters, the shape of each part of a name word ("Jean", "Luc", "Brien")
CAP_LETTERS = f"[{UP}][{LOW}]+"
HYPHEN = "-‐‑"  # hyphen, and the Unicode hyphens some sites use inside names
NAME_TAIL = (rf"(?:{CAP_LETTERS})?(?:{APOSTROPHE}{CAP_LETTERS})?(?:[{HYPHEN}][{UP}]?[{LOW}]+)*"  # "DiCaprio", "Jean-Luc"
             rf"(?:(?<=s){APOSTROPHE}(?=[^\S\n]+[{UP}]))?")  # a plural possessive inside a name: "Workers' Party"
APOSTROPHE_REST = rf"{APOSTROPHE}{CAP_LETTERS}"  # "O'Brien" after its "O"
CAPWORD = rf"(?:[{UP}]{APOSTROPHE_REST}|(?:Mc|Mac)?{CAP_LETTERS}{NAME_TAIL})"
INITIAL = rf"[{UP}]\."


def capitalised_token(also: str = "", capital: str = "[A-Z]") -> str:
    """A capitalised word in a loose shape: a capital (``capital``), then word characters,
    apostrophes, hyphens and the characters of ``also`` ("." of "Votum.md", "&" of "AT&T").
    The patterns that read around a name (the word before a run, a quoted name, a list item, a
    role's portfolio) take any such word; the words of a run itself are CAPWORD's stricter shape."""
    return rf"{capital}[\w{also}{APOSTROPHES}-]*"


ACRONYM_LETTER = "[A-Z0-9&]"  # a letter of an acronym after its first capital ("ZPB", "P&O", "G7")
ACRONYM_REST = rf"{ACRONYM_LETTER}{{1,7}}"
ACRONYM = rf"[A-Z]{ACRONYM_REST}"
#: an acronym in brackets right after a run ("Union of Poles (ZPB)"): the run's alias
ACRONYM_AFTER = re.compile(rf"^\s*\((?P<abbr>{ACRONYM})\)")
#: an item of a source line: an acronym ("IAR") or a site's domain ("polskieradio24.pl"), alone between separators
SOURCE_LINE_ITEM = re.compile(rf"(?<![^\s,;/])(?:{ACRONYM}|[A-Za-z][\w-]*\.(?:[a-z]{{2,4}}|[A-Z]{{2,4}}))(?=[^\S\n]*(?:[,;/]|$|and\b))",
                              re.MULTILINE)
ACRONYM_WORD = re.compile(ACRONYM)  # an unknown source after ``acronym_source_openers``: "reported by UNN"
ALNUM_REST = r"[A-Za-z]*\d[A-Za-z0-9]*"
ALNUM_NAME = rf"[A-Z]{ALNUM_REST}"  # L3Harris
DOMAIN_REST = r"[\w-]*\.(?:[a-z]{2,4}|[A-Z]{2,4})(?![\w.])"  # ".md", ".NET" (the site's own spelling)
DOMAIN_NAME = rf"[{UP}]{DOMAIN_REST}"  # "the WatchDog.md think tank", "Meduza.io"
DOMAIN_WORD = re.compile(DOMAIN_NAME)
# closed-class tokens read as syntax (one place each, not retyped per rule)
ARTICLES = frozenset(("the", "a", "an"))
DETERMINERS = ARTICLES | frozenset(("its", "their"))  # "the Belarusian airline", "its subsidiary"
HEAD_COMPLEMENT_OPENERS = frozenset(("of", "for", "on", "de"))  # "University of ...": the head's complement follows
OPENING_QUOTES = frozenset(("“", '"'))
#: a clause or the next item after ", " (", and proposed ...", ", which ..."), no apposition
CLAUSE_OPENERS = "and|or|but|while|whereas|as|which|that|when|after|before|if|so"
RUN_PARTICLES = ("al-", "el-")  # the particles a run may open with ("al-Assad")
RUN_BLOCKERS = rf"[\w.{APOSTROPHES}-]"  # no run opens after one of these (the run pattern's lookbehind)
RUN_BLOCKER = re.compile(RUN_BLOCKERS)
#: The forms of a word in a run, in the order the run pattern tries them, each as
#: (its first character, the rest): DOMAIN_NAME, CAPWORD ("O'Brien", then with
#: "Mc", "Mac" or nothing before the capital), INITIAL, ALNUM_NAME, ACRONYM.
#: ``"|".join(first + rest)`` is ``DOMAIN_NAME|CAPWORD|INITIAL|ALNUM_NAME|ACRONYM``;
#: :func:`_run_pattern` also writes them after their first character.
NAME_WORD_FORMS = (
    (f"[{UP}]", DOMAIN_REST),
    (f"[{UP}]", APOSTROPHE_REST),
    ("M", rf"c{CAP_LETTERS}{NAME_TAIL}"),
    ("M", rf"ac{CAP_LETTERS}{NAME_TAIL}"),
    (f"[{UP}]", rf"[{LOW}]+{NAME_TAIL}"),
    (f"[{UP}]", r"\."),
    ("[A-Z]", ALNUM_REST),
    ("[A-Z]", ACRONYM_REST),
)

# Small helpers, compiled once.
LIST_ITEM_BEFORE = re.compile(r"(?:^|\n|,)[^\S\n]*(?:and[^\S\n]+)?$")  # "X Y, Z W, and A B"
#: what parts two items of a list of names: ", ", ", and ", " and " (before a name / after one)
LIST_SEPARATOR_BEFORE = re.compile(r"(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)\Z")
LIST_SEPARATOR_AFTER = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")
LIST_ITEM_AFTER = re.compile(r"[^\S\n]*(?:,|\n|$|and\b|\|)")
CREDIT_OPEN = re.compile(r"(?:^|[(\n]|:)[^\S\n]*$")
FIRST_WORD = re.compile(r"(\S+)\s+")
NEXT_WORD = re.compile(r"[^\S\n]*(\w+)")
ANY_APOSTROPHE = re.compile(rf"[{APOSTROPHES}`]")
PREV_WORD = re.compile(rf"({capitalised_token('`')})[^\S\n]+$")  # the capitalised word right before a run
ARABIC_ARTICLE = re.compile(r"\b(?:[Aa]l|[Ee]l|ul|ut|ad|ash|as|an|ar|at)-")  # "al-Islam", "ut-Tahrir"
WA_WORDS = re.compile(rf"(?:[^\S\n]+wa(?:l|-al)?-{capitalised_token()})+")  # "wal-Muslimin", "wa-l-Jihad"
JOINER_THEN_WORD = re.compile(r"[^\S\n]+(?:of|for|on|and)[^\S\n]+(?:the[^\S\n]+)?(\S+)")
CAP_NAME = re.compile(CAPWORD)
#: a capitalised name of up to five words in quotes ("Alternative", “Democracy at Home”)
QUOTED_NAME = re.compile(rf"[\"“](?P<n>{capitalised_token('.')}(?:[^\S\n]+(?:{capitalised_token('.')}|of|at|and|for|the|de|in|on)){{0,4}})[\"”]")
#: what parts two quoted names of one list: no sentence end, a comma or "and" last
QUOTED_LIST_GAP = re.compile(r"(?:[^.;!?\n\"“”]|\.(?=\d)){0,80}?(?:,|\band)[^\S\n]+")
PLURAL_Y = re.compile(r"y$")
#: words that open an item of a list of named bodies ("including arms maker X", "and engine maker Y")
#: a plural possessive inside a run and the word after it ("Workers' Party": "Workers' ", "Party")
SPACED_POSSESSIVE = re.compile(rf"\S+{APOSTROPHE}([^\S\n]+)(\S+)")
# "NewsMaker", "MediaZona": capitals inside one word name an outlet or firm, not a person
# ("McCain", "DeSantis", "LaGuardia" open with a name particle)
CAMEL_NAME = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+")
CAMEL_PART = re.compile(r"[A-Z][a-z]+")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\n\"“‘(])[^\S\n]*$")  # not ";": "...; Our Party won"
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n\"“‘(][^\S\n]*|\n[^\S\n]*)$")
LINE_END = re.compile(r"[^\S\n]*(?:\n|$|\|)")
#: the month of a byline's date stamp, by its shape: a capitalised word of three to nine letters
#: ("December", "Dec.", "Sept"). (constants.DATELINE's month is a listed month; dates' patterns
#: read the month words: a stamp here needs no list.)
STAMP_MONTH = r"[A-Z][a-z]{2,8}\.?"
#: what ends a byline's names: the line, a "|" or ";" ("Reporting by X and Y; editing by Z"),
#: or the date stamp after them ("By X Y December 14, 2022", "By X Y 17.05.2024")
BYLINE_END = re.compile(rf"[^\S\n]*(?:\n|$|[|;])|[^\S\n]+(?:{STAMP_MONTH}[^\S\n]+)?\d{{1,4}}\b")
#: " | 17.05.2024", " | May 17, 2024", " | 17 May 2024": a date stamp after a name alone on its line
BYLINE_STAMP_AFTER = re.compile(
    rf"[^\S\n]*\|[^\S\n]*(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|{STAMP_MONTH}[^\S\n]+\d{{1,2}},?[^\S\n]+\d{{4}}"
    rf"|\d{{1,2}}[^\S\n]+{STAMP_MONTH}[^\S\n]+\d{{4}})\b")
NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
ORG_JOINER = re.compile(r"\s+(?:and|of|for|on)\s+(?:the\s+)?")
SEGMENT_JOINER = re.compile(r"[^\S\n]+(?:and|of|for|on|the)(?:[^\S\n]+the)?[^\S\n]+")
SEGMENT_JOINER_WORDS = {"and", "of", "for", "on", "the"}  # a run without one has one segment
#: the name after "<place noun> of " ("Khasan" of "the city of Khasan") and the word before " of "
PLACE_NAME_AFTER_OF = re.compile(rf"{CAPWORD}(?:[^\S\n]+{CAPWORD}){{0,2}}(?![\w{APOSTROPHES}-])")
#: a name placed inside a known place, right before that place ("from Tuva in Russia", "in X in the
#: Y district", "at Medininkai, near Vilnius", "in X in southern Moldova"): searched at the end of
#: the text before the known place; ``loc`` must be a ``located_place_openers`` word
_PLACE_RUN = (rf"{CAPWORD}(?:[^\S\n]+(?:(?:de|del|lui|la|na|nad|pod)[^\S\n]+)?{CAPWORD}){{0,2}}")
#: what places a name inside the known place after it: " in", or ", in" / ", near" (``_COMMA_CUE``),
#: then "the" and a compass adjective ("in the south-eastern", "near central") up to the place
#: (``_LOCATED_CUE_REST``); LOCATED_BEFORE and LOCATED_CUE are made of these
_COMMA_CUE = r",[^\S\n]+(?:in|near)"
_LOCATED_CUE_REST = r"[^\S\n]+(?:the[^\S\n]+)?(?:(?:[a-z-]+ern|central)[^\S\n]+)?\Z"
LOCATED_BEFORE = re.compile(
    rf"(?:^|[^\w{APOSTROPHES}-])(?P<loc>[a-z]+)[^\S\n]+(?P<n>{_PLACE_RUN})"
    rf"(?P<cue>[^\S\n]+in|{_COMMA_CUE}){_LOCATED_CUE_REST}")
#: LOCATED_BEFORE's cue alone, searched first (a cheap test). Its " in" opens with one space, not
#: a run of them: the match starts at the space before "in", and ``_located_places`` reads the word
#: before that space (so "X  in" with two spaces fails there)
LOCATED_CUE = re.compile(rf"(?:[^\S\n]in|{_COMMA_CUE}){_LOCATED_CUE_REST}")
LOCATED_PAREN_BEFORE = re.compile(
    rf"(?:^|[^\w{APOSTROPHES}-])(?P<loc>[a-z]+)[^\S\n]+(?P<n>{_PLACE_RUN})[^\S\n]*\(\Z")
#: an acronym defined in brackets, quoted or not ("(ZPB)", "(“CONVIASA”)"), and the long name
#: before it that holds a word the run rules break at ("Union of Poles in Belarus (ZPB)",
#: "Consortium of Aeronautical Industries and Air Services", "Especiales Rurales y Urbanos").
#: ACRONYM_AFTER's letters, but up to ten of them and quotes allowed: a long name's acronym
#: ("CONVIASA", "AVERUCA"). (actors.DEFINED_ACRONYM, which pairs two listed names, also takes
#: a hyphen: "(IRGC-QF)"; here one would make new names of the texts' "(G-7)" and "(IRGC-QF)".)
ACRONYM_DEFINED = re.compile(rf"[^\S\n]\([\"“]?(?P<abbr>[A-Z]{ACRONYM_LETTER}{{1,9}})[\"”]?\)")
_LONG_NAME_JOINERS = "of|and|in|y|i|e|et|de|del|des|du|la|na|for|on|the"
NAME_BEFORE_ACRONYM = re.compile(
    rf"(?<![\w{APOSTROPHES}.-])(?P<n>{CAPWORD}(?:(?:[^\S\n]+(?:{_LONG_NAME_JOINERS}))*[^\S\n]+{CAPWORD}){{1,9}})\Z")
ROLE_OF_OPEN = re.compile(r"(\S+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")  # "President of the " opening a name
BREAKING_JOINER = re.compile(r"[^\S\n](?:and|in|y|i|e|et)[^\S\n]")
#: a name before a lower-case administrative unit ("the Florești district", "(Cahul district)"),
#: searched at the end of the text before the unit word
UNIT_NAME_BEFORE = re.compile(rf"(?:\b(?:the|in|of|and)[^\S\n]+|\()(?P<n>{_PLACE_RUN})[^\S\n]+\Z")
LAST_WORD = re.compile(r"(?<![\w-])[a-z]+\Z")
TWO_LAST_WORDS = re.compile(r"[^\S\n]+\S+[^\S\n]+\S+\Z")  # " on Monday" of "UNN on Monday"
SPACED_WORD = re.compile(r"[^\S\n]+(\S+)")
WORD = re.compile(r"\S+")
WORD_AND = re.compile(r"(\S+)([^\S\n]+and[^\S\n]+)")
SLASH_WORD_BEFORE = re.compile(rf"(?<![\w/]){CAPWORD}/\Z")  # "Victory/" of "Victory/Pobeda Political Bloc"
QUOTED_NAME_AFTER = re.compile(  # " “For Lithuania”" of "Union of Democrats “For Lithuania”"
    rf"[^\S\n]+(?:“{capitalised_token(capital=f'[{UP}]')}(?:[^\S\n]+[\w{APOSTROPHES}-]+){{0,3}}”|\"{capitalised_token(capital=f'[{UP}]')}(?:[^\S\n]+[\w{APOSTROPHES}-]+){{0,3}}\")(?!\w)")
REGION_PARTS = re.compile(r"(?<!\S)(?!and[^\S\n])\S+(?:[^\S\n]+(?!and[^\S\n])\S+)*")  # a run's parts between "and"s
NUMBER_AFTER = re.compile(r"[^\S\n]+\d")  # "License 41A", "Resolution 2231": a numbered thing
POSSESSIVE_BEFORE = re.compile(rf"(?:{APOSTROPHE}s|s{APOSTROPHE})[^\S\n]+$")
POSSESSIVE_ENDS = (*POSSESSIVES, *(f"s{a}" for a in APOSTROPHES))  # what POSSESSIVE_BEFORE's text ends with
PLACE_AFTER_ROLE = re.compile(r"(\S+)[^\S\n]+(?:to|in|for|at)[^\S\n]+(?:the[^\S\n]+)?$")
PLACE_PREPOSITIONS = ("to", "in", "for", "at", "the")  # what PLACE_AFTER_ROLE's text ends with
BY = ("by", "By")  # what a byline's text before the name ends with
BY_OR_TO = ("by", "to")  # what the text before a single surname ends with ("according to Peskov")
COMMA_BEFORE = re.compile(r",[^\S\n]+$")
LIST_AND_BEFORE = re.compile(r"[^\S\n](?:and|or)[^\S\n]+$")
#: what follows an outlet after "told": the clause ends ("told Vlast.", "told TVP World: ...") or
#: the interview is placed ("told Kanal Zet in an interview", "told Vlast on Monday")
TOLD_OUTLET_END = re.compile(r"[^\S\n]*(?:[.,:;)]|$|\n)|[^\S\n]+(?:in|on|during|last|this|earlier)\b")
#: a capitalised word and spaces ending where the search ends (``_after_capitalised_word``)
CAPITALISED_WORD_BEFORE = re.compile(rf"{CAP_LETTERS}[^\S\n]+\Z")
WORD_BOUNDARY = re.compile(r"\b")
OWNED_BODY_AFTER = re.compile(rf"{APOSTROPHE}s[^\S\n]+(\w+)")
MONTH_ABBR = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
NOUN_SUFFIX = re.compile(r"(?:ity|tion|sion|ment|ness|ship|ism|ogy|omy|acy|ture)$")  # "Facility", "Autonomy"
# "his wife", "Guanipa’s brother", "his first name", "a guard named": the word is group 1
KIN_BEFORE = re.compile(rf"(?:(?:\b(?i:his|her|their)|\w{APOSTROPHE}s)[^\S\n]+(?:(?i:first|given)[^\S\n]+)?|(?<=[a-z][^\S\n])(?=named$))(\w+)$")
#: a role's portfolio or place after it, before an apposed name: "the envoy for Venezuela, X Y",
#: "Deputy Minister of Trade of Kazakhstan, X Y" (the role is read before it)
ROLE_PORTFOLIO_TAIL = re.compile(rf"(?:[^\S\n]+(?:of|for|to|in|on)(?:[^\S\n]+the)?(?:[^\S\n]+{capitalised_token('.')}){{1,3}})+$")
APPOS_LIST_END = re.compile(r"[^\S\n]*(?:,|;|\.|\)|$|and\b|or\b|who\b|whose\b)")
#: after a post word (``post_words``, data) and "on": a social platform ("a post on Truth Social",
#: "posted on Telegram"); Lexicons.compile puts the words in front
PLATFORM_AFTER_POST = (
    rf"[^\S\n]+on[^\S\n]+(?:(?:his|her|their|its|the)[^\S\n]+)?(?P<n>{CAPWORD}(?:[^\S\n]+{CAPWORD}){{0,2}}|[A-Z])(?![\w.{APOSTROPHES}-])"
)
LIST_WORD = rf"{capitalised_token('&')}(?:\.[\w&{APOSTROPHES}-]+)*"  # "Votum.md", not the full stop of "Repsol. These"
LIST_ITEM = rf"{LIST_WORD}(?:[^\S\n]+(?:(?:et|de|du|del|&)[^\S\n]+)?{LIST_WORD}){{0,3}}"
ORG_LIST_ITEM = re.compile(LIST_ITEM)
#: a list of three or more capitalised names ("A, B C, D and E F"): ``_list_mates``
_LIST_WORD = rf"[{UP}][\w&-]*(?:\.[\w&-]+)*"  # "TUT.BY"; a full stop after the word ends the list
_LIST_NAME = rf"{_LIST_WORD}(?:[^\S\n]+{_LIST_WORD}){{0,3}}"
NAME_LIST = re.compile(rf"(?<![\w.’'-]){_LIST_NAME}(?:,[^\S\n]+{_LIST_NAME})+,?[^\S\n]+and[^\S\n]+{_LIST_NAME}(?![\w’'-])")
NAME_LIST_ITEM = re.compile(rf"{_LIST_NAME}|and")
#: where a list may be: a comma before a capital, and the name that ends right before it
NAME_LIST_COMMA = re.compile(rf",[^\S\n]+(?=[{UP}])")
NAME_BEFORE_COMMA = re.compile(rf"(?<![\w.’'-]){_LIST_NAME}\Z")


def name_lists(text: str) -> list[re.Match]:
    """``NAME_LIST.finditer(text)``, tried only at the name before each comma that a capital
    follows (~6x faster than trying the pattern at every capital)."""
    out: list[re.Match] = []
    last = -1
    for comma in NAME_LIST_COMMA.finditer(text):
        at = comma.start()
        if at < last:
            continue
        first = NAME_BEFORE_COMMA.search(text, max(0, at - 120), at)
        if first is not None and (m := NAME_LIST.match(text, first.start())) is not None:
            out.append(m)
            last = m.end()
    return out
#: the fewest letters of a word that its surname ending alone makes a surname (Lexicons.surname_shaped)
SURNAME_MIN_LENGTH = 6
PREFIXED_NAME = rf"{capitalised_token('&')}(?:[^\S\n]+{capitalised_token('&')}){{0,3}}"  # the name after a legal form


@dataclass
class Lexicons:
    """Everything the rules read, compiled once (see components/persons.py)."""

    roles: list[str]
    given_names: set[str]
    stopwords: set[str]
    org_heads: set[str]
    org_descriptors: list[str]
    speech_verbs: set[str]
    source_openers: list[str]
    apposition_openers: list[str]
    particles: list[str]
    name_suffixes: list[str]
    leading_words: set[str] = field(default_factory=set)
    product_words: set[str] = field(default_factory=set)
    not_actors: set[str] = field(default_factory=set)
    run_breakers: set[str] = field(default_factory=set)
    classifiers_after: set[str] = field(default_factory=set)
    classifier_modifier_stops: list[str] = field(default_factory=list)  # "said" of "the Kremlin said the party"
    list_plurals: set[str] = field(default_factory=set)
    place_heads: set[str] = field(default_factory=set)
    region_heads: set[str] = field(default_factory=set)  # "Region" of "the Mangystau Region": a place of its own
    org_field_words: frozenset[str] = frozenset()  # "Security" of "the Moldovan Security and Intelligence Service"
    compass_words: frozenset[str] = frozenset()  # "Northern" of "Northern Cyprus": a part that is a place of its own
    ordinal_unit_heads: frozenset[str] = frozenset()  # "Brigade" of "the 1st Armoured Brigade": the ordinal is named
    place_nouns_before_of: list[str] = field(default_factory=list)  # "city" of "the city of Khasan": a place follows
    located_place_openers: frozenset[str] = frozenset()  # "from" of "from Tuva in Russia"
    place_units_after: list[str] = field(default_factory=list)  # "district" of "the Florești district"
    kin_nouns: set[str] = field(default_factory=set)
    count_words: set[str] = field(default_factory=set)
    page_labels: set[str] = field(default_factory=set)
    bare_bodies: set[str] = field(default_factory=set)
    leader_government_heads: frozenset[str] = frozenset()  # "Administration" of "the Trump Administration"
    trailing_legal_forms: list[str] = field(default_factory=list)  # "Ltd" of "X Co., Ltd", "plc" of "Evraz plc"
    portfolio_roles: list[str] = field(default_factory=list)  # "Minister" of "Minister of the Interior and Administration"
    prefix_heads: list[str] = field(default_factory=list)  # "Joint Stock Company", "PJSC", "Bank" before a name
    org_word_endings: tuple[str, ...] = ()  # one-word organisations: "Sberbank", "Alfa-Bank"
    name_pronouns: set[str] = field(default_factory=set)  # "Our Party": a pronoun capitalised mid-sentence
    surname_endings: tuple[str, ...] = ()  # "-ov", "-enko", "-zadeh": a surname shape in the covered countries
    locatives: list[str] = field(default_factory=list)  # "in", "near", "visited": a place follows
    numbered_unit_heads: list[str] = field(default_factory=list)  # "Unit 29155", "Department 53"
    compound_participles: list[str] = field(default_factory=list)  # "based" of "Odesa-based": an adjective
    post_words: tuple[str, ...] = ()  # "posted" of "posted on Telegram": a platform follows
    post_words_capitalised: tuple[str, ...] = ()  # "Writing" of "Writing on X, the president said"
    descriptor_appos_followers: list[str] = field(default_factory=list)  # "founded" of ", a bank founded in"
    arabic_org_openers: set[str] = field(default_factory=set)  # "Harakat" of "Harakat al-Nujaba": an organisation
    acronym_source_openers: list[str] = field(default_factory=list)  # "reported by" of "reported by UNN"
    list_item_openers: frozenset[str] = frozenset()  # "including" of "including arms maker X": a list item follows
    #: a country's people ("Belarusians", "Poles": people_demonyms.json, scripts/build_people_demonyms.py):
    #: GUIDELINES make plural people-demonyms no actors, so no list of places takes one in
    people_demonyms: frozenset[str] = frozenset()
    source_line_labels: list[str] = field(default_factory=list)  # "Source" of "Source: IAR, PAP"
    byline_labels: list[str] = field(default_factory=list)  # "Author" of "Author:\nX Y"
    report_verbs: frozenset[str] = frozenset()  # "reports" of "..., Aljazeera reports."
    outlet_openers: list[str] = field(default_factory=list)  # "interview with" of "in an interview with TV8"
    case_nouns: set[str] = field(default_factory=set)  # "case" of "the Bank Fraud case": a case, no organisation
    one_letter_surnames: list[str] = field(default_factory=list)  # "U" of "U Yong Su", "O" of "O Su Yong"
    compiled: dict = field(default_factory=dict)

    def surname_ending(self, word: str) -> bool:
        """``word`` ends like a surname of the covered countries ("-ov", "-enko", "-zadeh"; never
        without ``surname_endings``), at any length: enough after a given name (:func:`_person_shaped`)
        and to rule an outlet out (:func:`_talked_to_outlet`), where a short word may be a surname."""
        return word.endswith(self.surname_endings)

    def surname_shaped(self, word: str) -> bool:
        """``word`` is shaped like a surname of the covered countries on the ending alone: a
        ``surname_ending`` and ``SURNAME_MIN_LENGTH`` characters or more ("Dairabayev"; "Azov"
        is too short to tell)."""
        return len(word) >= SURNAME_MIN_LENGTH and word.endswith(self.surname_endings)

    def lone_surname_shaped(self, word: str) -> bool:
        """A word that may stand alone for a person ("a slight lead for Trzaskowski"): shaped
        like a surname and no given name (:func:`_lone_surname`, and its necessary condition in
        :func:`_lone_word_may_name`)."""
        return self.surname_shaped(word) and word not in self.given_names

    def role_before(self, before: str) -> str | None:
        """The role phrase that ``before`` ends with ("... Donald Trump’s envoy " -> "envoy")."""
        return _phrase_at_end(before, self.compiled["roles"], self.compiled["roles_max"], self.compiled["roles_last"])

    def role_after(self, after: str) -> tuple[str, int] | None:
        """The role of an apposition right after a name (", a political analyst at ...")
        and where the role ends in ``after``."""
        m = self.compiled["appos_after"].match(after)
        return (m.group("role").lower(), m.end("role")) if m else None

    def source_before(self, before: str) -> bool:
        return _phrase_at_end(before, self.compiled["openers"], self.compiled["openers_max"],
                              self.compiled["openers_last"]) is not None

    def descriptor_before(self, before: str) -> bool:
        """``before`` ends with "the [up to 3 words] <descriptor>" ("the Belarusian airline ")."""
        tail = _phrase_at_end(before, self.compiled["descriptors"], self.compiled["descriptors_max"],
                              self.compiled["descriptors_last"])
        if tail is None:
            return False
        words = before.split()[-7:]
        head = words[: len(words) - len(tail.split())]
        if head and head[-1][:1].isupper() and head[-1].lower() not in ARTICLES:
            return True  # "Polish outlet Onet", "Russian oil company Lukoil"
        if any(w.lower() in DETERMINERS for w in head[-4:]):
            return True
        # an item of a list, with up to two lower-case words before its descriptor: "including
        # arms manufacturer Kalashnikov, engine maker Klimov and shipbuilding company Yantar"
        k = len(head)
        while k > 0 and len(head) - k < 2 and head[k - 1].islower() and head[k - 1] not in self.list_item_openers:
            k -= 1
        if k > 0 and k < len(head) and head[k - 1][:1].isupper() and head[k - 1] not in self.leading_words:
            return True  # "North Korean hacker group Andariel", "Chinese front company X": a state's modifiers
        return k > 0 and (head[k - 1].endswith((",", ":", ";")) or head[k - 1] in self.list_item_openers)

    def compile(self) -> None:
        """Build every pattern and set the rules read, once at load (never per document)."""
        self._compile_phrase_sets()
        self._compile_name_runs()
        self._compile_role_apposition()
        self._compile_bylines_and_outlets()
        self._compile_places_and_sources()
        self._compile_org_kinds()
        self._compile_context_shapes()
        self._compile_platform()
        self._compile_org_lists()

    def _compile_phrase_sets(self) -> None:
        """The role, opener and descriptor phrases as lower-case sets with their lengths and last words:
        the cheap tests (a set lookup on the last word) that run before any phrase search."""
        for key, phrases in (("roles", self.roles), ("openers", self.source_openers),
                             ("descriptors", self.org_descriptors)):
            self.compiled[key] = {r.lower() for r in phrases}
            self.compiled[key + "_max"] = max((len(r.split()) for r in phrases), default=1)
            self.compiled[key + "_last"] = _last_words(self.compiled[key])
        # the first word of every org head ("Security" of "Security Council"): a name
        # without one has no head (_has_head)
        self.compiled["head_firsts"] = {h.split(" ")[0] for h in self.org_heads}
        # the words a role or a descriptor ends with: a lone capitalised word after
        # none of them has no rule before it that can fire (_lone_word_may_name)
        self.compiled["lone_word_cues"] = self.compiled["roles_last"] | self.compiled["descriptors_last"]

    def _compile_name_runs(self) -> None:
        """The run patterns that find capitalised name runs, built once from the particle, suffix and
        one-letter-surname lists (every candidate starts from one of these runs)."""
        # word lists as tries: the same words, longest first, but failing after one
        # character instead of trying each word in turn (regex_tools.trie_pattern)
        particles = trie_pattern(self.particles)
        suffixes = trie_pattern(self.name_suffixes)
        letters = "".join(w for w in self.one_letter_surnames if len(w) == 1 and w.isupper())
        self.compiled["run"] = re.compile(_run_pattern(particles, suffixes, letters=letters))
        # the same runs in a text where no "al-"/"el-" can open one (most texts): its
        # class holds no "a" and "e", so re stops at capitals only (~30% faster)
        self.compiled["run_at_capitals"] = re.compile(_run_pattern(particles, suffixes, particle_opens=False, letters=letters))

    def _compile_role_apposition(self) -> None:
        """The role in apposition after a name (", a senior adviser"), which makes the name a person."""
        roles = trie_pattern(self.roles)
        appos = trie_pattern(self.apposition_openers)
        # not a clause (", and proposed discussing political prisoners") and not the
        # next item of a list (", activist Mikola Dziadok"): the role ends the phrase
        self.compiled["appos_after"] = re.compile(
            rf"^\s*,\s+(?!(?:{CLAUSE_OPENERS})\b)"
            rf"(?:(?:{appos})\s+)?(?:[\w{APOSTROPHES}-]+\s+){{0,4}}?(?P<role>(?i:{roles}))s?\b(?![^\S\n]+[{UP}])"
        )

    def _compile_bylines_and_outlets(self) -> None:
        """The byline, reporting-clause and outlet patterns: a name there is an author or a source,
        read differently from a name in the running text."""
        # "By X", "Analysis | By X", "Story and photos by X"; not a clause ("programs
        # are banned by United ...": a byline has at most four words before "by")
        self.compiled["byline_before"] = re.compile(
            r"(?:^|\n|\|)[^\S\n]*(?:[^\s|]+[^\S\n]+){0,4}[Bb]y[^\S\n]+$")
        # "Author:\nX Y" / "Author: X Y" (a labelled byline), "X Y | 17.05.2024" (a name alone
        # on its line before a date stamp): the site's byline, whatever the given name
        byline_labels = trie_pattern(self.byline_labels) if self.byline_labels else "(?!)"
        self.compiled["byline_line_before"] = re.compile(
            rf"(?:^|\n)[^\S\n]*(?:(?:{byline_labels})[^\S\n]*:[^\S\n]*\n?[^\S\n]*)?$")
        self.compiled["byline_label_before"] = re.compile(rf"(?:{byline_labels})[^\S\n]*:[^\S\n]*\n?[^\S\n]*$")
        self.compiled["source_single"] = re.compile(r"\b(?:by|[Aa]ccording to)\s+$")
        # the outlet a clause of reporting names: "..., Aljazeera reports." / "The Gaze reports, citing
        # X" (the name opens its clause, the verb ends it or a citation follows) and "..., reports Akorda."
        reports = trie_pattern(self.report_verbs) if self.report_verbs else "(?!)"
        self.compiled["report_after"] = re.compile(rf"[^\S\n]+(?:{reports})(?:[^\S\n]*[.,;]|[^\S\n]+citing\b)")
        self.compiled["report_before"] = re.compile(rf",[^\S\n]+(?:{reports})[^\S\n]+$")
        # the outlet a speaker talks to: "told Vlast.", "in an interview with TV8", "Speaking to Kanal Zet"
        self.compiled["outlet_before"] = re.compile(
            rf"(?:^|\W)(?i:{trie_pattern(self.outlet_openers, space=True)})[^\S\n]+$") if self.outlet_openers else None
        self.compiled["outlet_opener_last"] = frozenset(o.split()[-1].lower() for o in self.outlet_openers)

    def _compile_places_and_sources(self) -> None:
        """Place nouns and units, source lines and the not-actors alternation: the words that make a
        run a place or a credited source rather than an actor."""
        self.compiled["place_nouns"] = frozenset(self.place_nouns_before_of)
        self.compiled["unit_after"] = re.compile(
            rf"[^\S\n](?:{trie_pattern(self.place_units_after)})\b") if self.place_units_after else None
        labels = trie_pattern(self.source_line_labels) if self.source_line_labels else None
        self.compiled["source_line"] = re.compile(
            rf"^[^\S\n]*(?:{labels})[^\S\n]*:[^\S\n]*(?P<items>[^\n]{{1,200}})$", re.MULTILINE) if labels else None
        self.compiled["source_line_probe"] = ":"  # (every source line holds one: most texts skip the scan)
        self.compiled["acronym_source"] = re.compile(
            rf"\b(?i:{trie_pattern(self.acronym_source_openers, space=True)})\s+$") if self.acronym_source_openers else None
        if self.not_actors:
            self.compiled["not_actors"] = re.compile(
                "|".join(re.escape(n) for n in sorted(self.not_actors, key=len, reverse=True)))

    def _compile_org_kinds(self) -> None:
        """Organisation evidence next to a name: a kind after or before it, a legal-form prefix, a
        count of people before a list, a descriptor in apposition."""
        if self.classifiers_after:
            # a kind of organisation right before a quoted name ("parties \"Alternative\"")
            kinds = sorted(self.classifiers_after | {PLURAL_Y.sub("ies", k) for k in self.classifiers_after}
                           | {k + "s" for k in self.classifiers_after}, key=len, reverse=True)
            self.compiled["classifier_before"] = re.compile(
                r"\b(?:" + "|".join(map(re.escape, kinds)) + r")[^\S\n]+\Z")
            # up to two lower-case modifiers may stand between the name and its kind ("the Mostostroy
            # holding company", "the Zerkalo research institute"), never a function word
            # ("the Kremlin said the party"): ``classifier_modifier_stops``
            stops = trie_pattern(self.classifier_modifier_stops) if self.classifier_modifier_stops else "(?!)"
            modifier = rf"[^\S\n]+(?!(?:{stops})\b)[a-z][a-z-]{{2,}}"
            self.compiled["classifier_after"] = re.compile(
                rf"^[\"”’']?(?:{modifier}){{0,2}}?[^\S\n]+(?:{trie_pattern(self.classifiers_after)})s?\b")
        if self.count_words:
            # "two Beijing-based North Koreans, X Y Z and ...": counted people, then their names
            counts = "|".join(sorted(map(re.escape, self.count_words), key=len, reverse=True))
            self.compiled["counted_people"] = re.compile(
                rf"\b(?i:{counts}|\d+)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}[A-Z]\w+s$")
        # "Qingdao Haixin Chemical Co., Ltd.", "Evraz plc": legal forms after the name, after a comma or in
        # lower case (outside the capitalised run), are the name's
        self.compiled["legal_after"] = re.compile(
            rf"(?:,?[^\S\n]+(?:{trie_pattern(self.trailing_legal_forms)})(?![\w&]))+") \
            if self.trailing_legal_forms else None
        # "the Minister of the Interior and Administration": a minister's portfolio, no body (the body is
        # the "Ministry of ...")
        self.compiled["portfolio_before"] = re.compile(
            rf"\b(?:{trie_pattern(self.portfolio_roles)})[^\S\n]+of(?:[^\S\n]+the)?[^\S\n]+$") \
            if self.portfolio_roles else None
        if self.prefix_heads:
            # "Public Joint Stock Company Transkapitalbank", "PJSC Kamabank", "Bank Sepah":
            # a legal form or "Bank" opening a run, then the name (never across "and")
            self.compiled["prefix_firsts"] = {p.split()[0] for p in self.prefix_heads}
            self.compiled["prefix_org"] = re.compile(
                rf"(?:{trie_pattern(self.prefix_heads, space=True)})[^\S\n]+(?P<n>{PREFIXED_NAME})")
        # "the Victory bloc", "The pro-Russian “Victory” bloc", "the ruling Amanat party"
        # "Bitriver, a virtual currency mining company founded in ...": an organisation
        # in apposition (the kind ends the phrase: not "a bank account", "a party member")
        descriptor_ends = "|".join(self.descriptor_appos_followers) or "(?!)"
        self.compiled["descriptor_appos_after"] = re.compile(
            rf"^,[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,4}}?(?:{trie_pattern(self.org_descriptors)})"
            rf"(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:{descriptor_ends})\b)")

    def _compile_context_shapes(self) -> None:
        """Patterns on the words around a run (a locative, "the", a hyphen compound, an acronym in
        brackets, a numbered unit) that the segment rules test before deciding a label."""
        self.compiled["locative_before"] = re.compile(
            rf"(?:^|\W)(?i:{trie_pattern(self.locatives)})[^\S\n]+(?:the[^\S\n]+)?$") if self.locatives else None
        # "GRU Unit 29155", "Department 53 of the Ministry ...": a body named by its number.
        # No leading \b: a pattern opening with the trie lets re skip to the heads' first
        # letters (~5x faster scan); _numbered_units tests the word boundary itself
        self.compiled["numbered_unit"] = re.compile(
            rf"{trie_pattern(self.numbered_unit_heads)}[^\S\n]+\d{{2,5}}\b(?![.,]\d|[^\S\n]*%)") \
            if self.numbered_unit_heads else None
        # "Odesa-based", "Iran-backed": a hyphen compound with a participle is an adjective; a
        # run ending with one names nothing, one opening a name is no part of it
        participles = trie_pattern(self.compound_participles or ["based"])
        self.compiled["compound_end"] = re.compile(rf"-(?:{participles})\Z")
        self.compiled["compound_prefix"] = re.compile(rf"\S+-(?:{participles})[^\S\n]+")
        self.compiled["the_before"] = re.compile(r"(?:^|\W)[Tt]he(?:[^\S\n]+[a-z][\w-]*){0,2}[^\S\n]+[\"“‘']?$")

    def _compile_platform(self) -> None:
        """The platform after a post word ("posted on Telegram"), and the post words as a set for
        the cue scan: only a post word's position is tried (``_platforms``)."""
        self.compiled["post_words"] = frozenset(self.post_words)
        self.compiled["platform"] = re.compile(
            rf"\b{trie_pattern([*self.post_words, *self.post_words_capitalised])}"  # "Writing on X, the president said"
            + PLATFORM_AFTER_POST)

    def _compile_org_lists(self) -> None:
        """The list-of-organisations pattern and the cue words one scan of the text looks for first
        (the latter reads the former's words, so it comes last)."""
        if self.list_plurals:
            # "Three European companies also hold licences: Eni, Maurel et Prom, and Repsol",
            # "oil companies - Chevron, Eni and Repsol -", "firms such as X and Y", and the list
            # right after its plural: "construction companies Mostostroy and Geoproekt" (two names or more)
            # a trie, not an alternation tried word by word at every word start (~5x faster scan)
            plurals = trie_pattern(self.list_plurals)
            # where a list can begin: its plural, found with the post words (cue_words below)
            plural_words = {p.lower() for p in self.list_plurals}
            if all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in plural_words):
                self.compiled["org_list_words"] = plural_words
            self.compiled["org_list"] = re.compile(
                rf"\b{_first_letters(self.list_plurals)}(?i:{plurals})\b(?:[^.:;\n]{{0,80}}:|[^\S\n]+[-–—]|,?[^\S\n]+(?:such[^\S\n]+as|including))?"
                rf"[^\S\n]*(?P<items>{LIST_ITEM}"
                rf"(?:(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+){LIST_ITEM})+)(?=[^\S\n]*(?:[.;:\n)–—-]|,|$)|[^\S\n]+[a-z])")
        # the whole lower-case words where the platform and org-list patterns can begin,
        # found in one scan of the text's letter_view (find_candidates)
        self.compiled["cue_words"] = word_pattern([*self.post_words, *self.compiled.get("org_list_words", ())])


#: an ordinal right before a name ("1st", "72nd"), at the end of the searched text
ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)[^\S\n]+$")

def _run_pattern(particles: str, suffixes: str, particle_opens: bool = True, letters: str = "") -> str:
    """A run of capitalised words, joined by spaces, name particles ("bin", "al-")
    and, for organisations, "of / for / on / and (the)", with a name suffix after.

    The run opens at a capital (or "al-"/"el-") that no word character, full stop,
    apostrophe or hyphen precedes. The pattern opens with that first character as
    one class, so ``finditer`` skips to the capitals at C speed (a pattern that opens
    with a lookbehind is tried at every character, ~40 ns each); what the first word
    needs of its first character is then a lookbehind on it (``(?<=[A-Z])...``).
    Without ``particle_opens`` a run opens only at a capital: the pattern for texts
    where :func:`_particle_may_open_run` is false. Group 1 holds everything after
    the first word (joiners, further words, a suffix): empty for a one-word run.
    ``letters``: one-letter surnames ("U" of "U Yong Su"), a word of their own before two
    capitalised words.
    """
    sp = r"[^\S\n]+"  # a name never runs across a line break
    forms = NAME_WORD_FORMS
    if letters:
        forms = (*forms, (f"[{letters}]", rf"(?={sp}{CAP_LETTERS}{sp}{CAP_LETTERS})"))
    word = "(?:" + "|".join(first + rest for first, rest in forms) + ")"
    word_after_first = "(?:" + "|".join(f"(?<={first}){rest}" for first, rest in forms) + ")"
    joiner = (rf"(?:{sp}(?:(?:{particles}){sp}){{0,2}}(?:(?:al|el)-)?"
              rf"|{sp}(?:(?:of|for|on|de){sp}(?:the{sp})?|and{sp}(?!the\b)))")
    if particle_opens:
        opening = rf"[{UP}ae](?<!{RUN_BLOCKERS}.)(?:(?<=[ae])l-{word}|{word_after_first})"
    else:
        opening = rf"[{UP}](?<!{RUN_BLOCKERS}.){word_after_first}"
    return rf"{opening}((?:{joiner}{word})*(?:,?{sp}(?:{suffixes})(?!\w))?)"


#: The only non-ASCII characters that ``(?i:...)`` matches to ASCII letters (İ ı ſ K).
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def _has_ascii_folds(text: str) -> bool:
    """Whether ``text`` holds a character that ``(?i:...)`` matches to an ASCII letter
    (İ ı ſ K): then a letter_view does not show every case-insensitive hit."""
    return any(c in text for c in _ASCII_FOLDS)


def _first_letters(words: Iterable[str]) -> str:
    """A lookahead on the characters a case-insensitive alternation of ``words`` can start with.

    Put before ``(?i:w1|w2|...)``, it spares trying every word at every word
    boundary (the lookahead is one set test; the org-list regex runs ~2.5x faster).
    It accepts exactly what ``(?i:[<first letters>])`` accepts: upper and lower case
    plus the few non-ASCII characters that fold to an ASCII letter. Empty (no
    lookahead) when a first letter is not ASCII.
    """
    firsts = {w[0] for w in words if w}
    if not firsts or not all(c.isascii() for c in firsts):
        return ""
    folded = re.compile("(?i:[" + "".join(map(re.escape, sorted(firsts))) + "])")
    chars = {c for f in firsts for c in (f.lower(), f.upper())} | set(_ASCII_FOLDS)
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars) if folded.fullmatch(c)) + "])"


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    rule: str
    alias: tuple[int, int] | None = None  # char range of a defined acronym
    role: str | None = None


def _last_words(phrases: Iterable[str]) -> set[str]:
    """The last word of each phrase: a text whose last word is none of them ends with no phrase."""
    return {p.split()[-1] for p in phrases if p.split()}


def _phrase_at_end(text: str, phrases: set[str], max_words: int, last_words: set[str]) -> str | None:
    """The longest phrase of ``phrases`` (lower case) that ``text`` ends with, word-aligned.

    ``last_words`` (:func:`_last_words` of ``phrases``) rules out most texts from
    their last word alone, before any phrase is joined.
    """
    tail = text.rsplit(None, 1)
    if not tail or tail[-1].lower() not in last_words:
        return None
    words = text.split()[-max_words:]
    for k in range(len(words), 0, -1):
        cand = " ".join(words[-k:]).lower()
        if cand in phrases:
            return cand
    return None


def _words(text: str) -> list[str]:
    """The words of ``text`` (``WORD.findall``: str.split splits at the same whitespace)."""
    return text.split()


def _title_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the title and headings, from the tuples the layout component kept."""
    group = span_tuples(doc, SPANS_LAYOUT)
    return [(s.start_char, s.end_char) for s in group if s.label_ in (LAYOUT_TITLE, LAYOUT_HEADING)]


#: A SpanTuple's (start_char, end_char, label_).
_CHARS_AND_LABEL = itemgetter(2, 3, 4)


class Known:
    """Gazetteer spans indexed by character, so run checks do not scan every span."""

    def __init__(self, doc: Doc, length: int) -> None:
        group = span_tuples(doc, SPANS_GAZETTEER)  # the gazetteer's kept tuples: no Span per entry
        self.spans = spans = sorted(set(map(_CHARS_AND_LABEL, group)))
        self._group = group
        # each character -> the longest span over it (the first of equally long ones)
        self.at = at = [-1] * (length + 1)
        if _disjoint_ranges(spans):  # the gazetteer's own spans never overlap: each range written once
            prev = None
            for i, (s, e, _) in enumerate(spans):
                if (s, e) != prev:  # the first of the labels of one range
                    at[s:e] = [i] * (e - s)
                    prev = s, e
            return
        # shortest spans written first, so longer (then earlier) ones overwrite them
        order = [(e - s, -i, s, e) for i, (s, e, _) in enumerate(spans)]
        order.sort()
        for _, minus_i, s, e in order:
            at[s:e] = [-minus_i] * (e - s)

    @cached_property
    def demonyms(self) -> dict[int, int]:
        """Start char -> end char of each demonym form ("Moldovan" of "Moldovan Ilan Shor";
        built on first use)."""
        return {g.start_char: g.end_char for g in self._group if g.id_ == DEMONYM_KIND}

    @cached_property
    def names(self) -> dict[tuple[int, int, str], str]:
        """The canonical name of each known span (built on first use: few runs ask)."""
        return {(g.start_char, g.end_char, g.label_): g.kb_id_ for g in self._group}

    @cached_property
    def starts(self) -> dict[int, set[str]]:
        """Labels of the known spans that start at each character (built on first use: few runs ask)."""
        return _labels_by(self.spans, 0)

    @cached_property
    def ends(self) -> dict[int, set[str]]:
        """Labels of the known spans that end at each character (built on first use)."""
        return _labels_by(self.spans, 1)

    def covers(self, pos: int) -> bool:
        return self.at[pos] >= 0

    def span_at(self, pos: int) -> tuple[int, int]:
        s, e, _ = self.spans[self.at[pos]]
        return s, e

    def within(self, start: int, end: int) -> bool:
        """[start, end) lies inside one known span."""
        i = self.at[start]
        return i >= 0 and self.spans[i][1] >= end

    @cached_property
    def by_range(self) -> dict[tuple[int, int], list[tuple[int, int, str]]]:
        """The known spans of each character range (one per label), built on first use."""
        out: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        for span in self.spans:
            out.setdefault(span[:2], []).append(span)
        return out

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The known spans over [start, end): for each character, every span of the
        range its longest span covers."""
        found = set(self.at[start:end])
        found.discard(-1)
        if not found:
            return []
        by_range = self.by_range
        return sorted({x for i in found for x in by_range[self.spans[i][:2]]})

    def starts_at(self, pos: int, labels: tuple[str, ...]) -> bool:
        return bool(self.starts.get(pos, set()) & set(labels))


def _disjoint_ranges(spans: list[tuple[int, int, str]]) -> bool:
    """Whether the ranges of sorted (start, end, label) spans never overlap unless equal:
    then each character lies in one range at most, and the longest span over it is that
    range's first span (no ordering by length needed)."""
    prev_start, prev_end = -1, -1
    for s, e, _ in spans:
        if s < prev_end and (s, e) != (prev_start, prev_end):
            return False
        prev_start, prev_end = s, e
    return True


def _overlaps_any(ranges, start: int, end: int) -> bool:
    """``spans.is_excluded`` on ranges read once per document."""
    return any(s < end and e > start for s, e in ranges)


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    """``text`` ends with one of ``words`` once trailing whitespace is dropped.

    The patterns that test the text before a name end with ``<word>\\s+$``; this
    necessary condition (~0.1 µs) spares their search over 60 characters (~2-5 µs)
    for the names that do not follow such a word, i.e. most of them.
    """
    return text.rstrip().endswith(words)


def _labels_by(spans: list[tuple[int, int, str]], bound: int) -> dict[int, set[str]]:
    """Span labels grouped by the spans' start (``bound`` 0) or end (1) character."""
    out: dict[int, set[str]] = {}
    for span in spans:
        out.setdefault(span[bound], set()).add(span[2])
    return out


def _trim(text: str, start: int, end: int, drop: set[str]) -> int:
    """The new start after dropping leading words in ``drop`` and lower-case joiners."""
    while True:
        m = FIRST_WORD.match(text, start, end)
        if not m or not (m.group(1) in drop or m.group(1)[0].islower()):
            break
        start = m.end()
    return start


def _has_head(words: list[str], lex: Lexicons) -> int:
    """Index of the org head word that makes ``words`` an organisation name (-1: none).

    The head must end the name ("Syrian Free Army", "Lazarus AI") or open a
    complement ("Ministry of National Defense", "Center for ..."): a head word
    in the middle of other capitalised words ("Army Staff Sgt") is not one, nor is a head word
    that ends the complement of an earlier one ("Sharif University of Technology").
    Names with product words ("Army Tactical Missile Systems") are products.
    """
    if lex.compiled["head_firsts"].isdisjoint(words) or any(w in lex.product_words for w in words):
        return -1
    last = -1
    opens = False  # the head found so far opens a complement ("University of ...")
    for i, w in enumerate(words):
        is_head = w in lex.org_heads or (i + 1 < len(words) and f"{w} {words[i + 1]}" in lex.org_heads)
        if not is_head:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt in HEAD_COMPLEMENT_OPENERS:
            last, opens = i, True
        elif (nxt is None or (i + 2 == len(words) and f"{w} {nxt}" in lex.org_heads)) and not opens:
            last = i  # a head word ending the complement ("University of Technology") is not a second name
    return last


def _minister_portfolio(text: str, org: tuple[int, int], lex: Lexicons) -> bool:
    """"the Minister of the Interior and Administration": a name right after a portfolio role and
    "of" (``portfolio_roles``) is the minister's portfolio, no body (the body is the "Ministry of ...")."""
    portfolio = lex.compiled.get("portfolio_before")
    return portfolio is not None and portfolio.search(text, max(0, org[0] - 40), org[0]) is not None


def _leader_government(text: str, org: tuple[int, int], head_word: str, known: Known, lex: Lexicons) -> bool:
    """"The Trump Administration": a known person's name before a head such as "Administration"
    (``leader_government_heads``) names that leader's government, no body of its own ("National
    Tax Administration" holds no person)."""
    if head_word not in lex.leader_government_heads or not known.covers(org[0]):
        return False
    k_start, k_end = known.span_at(org[0])
    return (k_start == org[0] and text[k_end:org[1]].strip() == head_word
            and "PERSON" in known.starts.get(k_start, ()))


def _org_range(text: str, start: int, end: int, words: list[str], head: int,
               known: Known, lex: Lexicons) -> tuple[int, int] | None:
    """Character range of the organisation name in a run with an org head word.

    The name starts at the capitalised segment holding the head ("Chinese
    Ministry of Commerce", not "Analyst X of the Center for ...") and ends at the
    run's end, cut before "and <known place>" and before a joiner that leads to a
    date word ("European Union on Monday"). A head that lies inside a known name
    ("European Union") makes no new organisation.
    """
    positions = [start + m.start() for m in WORD.finditer(text[start:end])]
    head_pos = positions[head]
    seg_start = start
    segments = _segments(text, start, end)
    for k, (seg_s, seg_e) in enumerate(segments):
        if seg_s <= head_pos < seg_e:
            seg_start = seg_s
            # "National Security and Defence Council": a name segment joined by a
            # bare "and" belongs to the organisation (not a person, not a known name)
            while k > 0 and text[segments[k - 1][1]:segments[k][0]].strip() == "and":
                prev_s, prev_e = segments[k - 1]
                prev_words = _words(text[prev_s:prev_e])
                if (not prev_words or (known.overlapping(prev_s, prev_e) and not _led_by_place(prev_s, prev_e, prev_words, known, lex))
                        or any(w in lex.leading_words or w in lex.given_names or w.lower() in lex.compiled["roles"]
                               for w in prev_words)  # "Deputy Minister Ivan Petrov and Main ... Directorate"
                        or (lex.org_word_endings and prev_words[-1].endswith(lex.org_word_endings))):
                    break
                seg_start = prev_s
                k -= 1
            break
    seg_start = _trim(text, seg_start, end, lex.leading_words)
    if words[head] in lex.ordinal_unit_heads and seg_start == start:
        ordinal = ORDINAL_BEFORE.search(text, max(0, seg_start - 8), seg_start)
        if ordinal is not None:
            seg_start = ordinal.start()  # "the 1st Armoured Brigade": a unit named by its number
    if known.covers(seg_start) and known.span_at(seg_start)[0] < seg_start:
        # the name cannot start inside a known one: "U.S. Senate Foreign Relations
        # Committee" keeps "U.S." (the segments split at the dots of "U.S.")
        seg_start = known.span_at(seg_start)[0]
    if known.covers(head_pos):
        # the head belongs to a known name: no new organisation, unless the run
        # names a longer one around it ("North Atlantic Council" is not the
        # Atlantic Council; "Russian Security Council" is not the UN's)
        k_start, k_end = known.span_at(head_pos)
        # ("Social Democratic Party of Lithuania" is not the U.S. Democratic Party either)
        if not (seg_start < k_start and (k_end >= end or text.startswith(" of ", k_end))):
            return None
    # "the New York-based Council of the Americas": the name starts after "-based"
    for m in lex.compiled["compound_prefix"].finditer(text[seg_start:head_pos]):
        seg_start = seg_start + m.end()
    org_end = _cut_trailing_joiners(text, seg_start, end, known)
    for m in JOINER_THEN_WORD.finditer(text[head_pos:org_end]):
        if m.group(1) in lex.leading_words or MONTH_ABBR.fullmatch(m.group(1)):
            # "the Council on Monday", "the Council on Aug. 28": a date, not a complement
            org_end = head_pos + m.start()
            break
    if org_end <= head_pos:
        return None
    # a name written with a slash or a quoted part: "Victory/Pobeda Political Bloc",
    # "Union of Democrats “For Lithuania”"
    slash = SLASH_WORD_BEFORE.search(text, max(0, seg_start - 30), seg_start) if text[seg_start - 1:seg_start] == "/" else None
    if slash is not None and not known.covers(slash.start()):
        seg_start = slash.start()
    if org_end == end and text[end:end + 2].lstrip()[:1] in OPENING_QUOTES:
        quoted = QUOTED_NAME_AFTER.match(text, end)
        if quoted is not None:
            org_end = quoted.end()
    return seg_start, org_end


def _led_by_place(start: int, end: int, words: list[str], known: Known, lex: Lexicons) -> bool:
    """Whether the name segment [start, end) is a known place's word then words that are no
    organisation head: a plural of people ("Lithuanian Farmers" of "Lithuanian Farmers and
    Greens Union", "Polish Peasants and Workers Party") or the first field of a body named by
    two ("Moldovan Security" of "Moldovan Security and Intelligence Service"): a part of a
    coordinated name, where "Chinese Embassy" (and Foreign Ministry) is a body of its own."""
    found = known.overlapping(start, end)
    return (len(words) >= 2 and words[-1] not in lex.org_heads
            and (words[-1].endswith("s") or (len(words) == 2 and words[1] in lex.org_field_words))
            and all(lab == "GPE" and s == start and e == start + len(words[0]) for s, e, lab in found))


def _cut_trailing_joiners(text: str, start: int, end: int, known: Known) -> int:
    """End an org name before "and <known place/person>" ("the Ministry of Defence and Russia")."""
    for m in ORG_JOINER.finditer(text[start:end]):
        after = start + m.end()
        if known.starts_at(after, ("GPE", "PERSON")) and m.group(0).strip().startswith("and"):
            return start + m.start()
    return end


def find_candidates(doc: Doc, lex: Lexicons) -> list[Candidate]:
    """All candidate person/organisation names in ``doc`` (see module docstring)."""
    text = doc_text(doc)
    titles = _title_ranges(doc)
    known = Known(doc, len(text))
    not_actor_at = _not_actor_index(text, lex)
    excluded = excluded_ranges(doc)
    out: list[Candidate] = []
    unplaced: list[tuple[int, int]] = []  # plain two- or three-word names no rule placed
    # (every test below only drops a run: the cheap ones that drop most runs come first)
    for run_start, end, words in _runs(text, lex, known):
        start = run_start
        if lex.name_pronouns and text[start:start + 4].rstrip() in lex.name_pronouns and _pronoun_org(
                doc, text, start, end, lex):
            out.append(Candidate(start, end, "ORG", "persons.org.pronoun"))  # "; Our Party won six seats"
            continue
        if words is None or (len(words) > 1 and (words[0] in lex.leading_words or words[0][0].islower())):
            start = _trim(text, run_start, end, lex.leading_words)  # (only a dropped first word moves the start)
            words = None
        # A run that is exactly a known form, or lies inside one, is the gazetteer's.
        if start >= end or known.within(start, end):
            continue
        if words is not None and len(words) == 2 and words[0] in lex.compass_words:
            part = _compass_place(text, start, end, known)
            if part is not None:
                out.append(part)  # "Northern Cyprus", "Western Ukraine"
                continue
        if text.find("-", start, end) != -1 and lex.compiled["compound_end"].search(text, start, end):
            continue  # "the Klaipeda-based company": an adjective, no name
        if words is None:
            words = _words(text[start:end])
        if not words:
            continue
        if len(words) >= 3 and words[-2] == "on" and words[-1] in lex.leading_words:
            # "UNN on Monday", "the Amur Region on Friday": "on" and a weekday or month end no name
            end = TWO_LAST_WORDS.search(text, start, end).start()
            words = words[:-2]
        if len(words) == 1 and not _lone_run_may_name(text, start, end, words[0], lex):
            continue  # (a one-word run whole from ``_runs`` passed these already; a trimmed or split one not)
        if not_actor_at and not_actor_at.find(1, run_start, end) >= 0:
            continue  # "Belt and Road Initiative", "Oval Office"
        if text.startswith("] ", end) and text[end + 2:end + 3].isupper():
            continue  # "[Russian President Vladimir] Putin": an editor's bracket cuts the name
        if excluded and _overlaps_any(excluded, start, end):
            continue
        if _state_and_listed_body(text, start, end, known):
            continue  # "US Department of the Treasury": the state and the listed body, the gazetteer's
        in_title = any(s <= start and end <= e for s, e in titles)
        found = _run_candidates(doc, text, start, end, words, in_title, lex, known)
        if found:
            out += found
        elif 2 <= len(words) <= 3 and not in_title and max(known.at[start:end]) < 0 and _plain_name(words, lex):
            unplaced.append((start, end))
    if unplaced:
        out += _listed_persons(text, unplaced, out, known)
    out = _outlets_throughout(text, out)
    return _whole_text_candidates(doc, text, lex, known, titles, excluded, out)


def _outlets_throughout(text: str, out: list[Candidate]) -> list[Candidate]:
    """An outlet one clause names ("..., Aljazeera reports.") is that outlet wherever its name
    stands alone, unless it is the surname of a person the text names in full."""
    outlets = {text[c.start:c.end] for c in out if c.rule == "persons.org.reporting"}
    if outlets:  # "..., Aljazeera reports. According to Aljazeera, ...": the outlet throughout
        # (but "Piotr Kowalski ... Troops arrived, Kowalski reported.": a person's surname is the person)
        surnames = {text[c.start:c.end].rsplit(None, 1)[-1] for c in out if c.label == "PERSON" and " " in text[c.start:c.end]}
        if not surnames.isdisjoint(outlets):
            out = [c for c in out if not (c.rule == "persons.org.reporting" and text[c.start:c.end] in surnames)]
            outlets -= surnames
        for c in out:
            if c.label == "PERSON" and c.rule == "persons.person.single" and text[c.start:c.end] in outlets:
                c.label, c.rule = "ORG", "persons.org.reporting"
    return out


def _whole_text_candidates(doc: Doc, text: str, lex: Lexicons, known: Known, titles: list[tuple[int, int]],
                           excluded: Sequence[Sequence[int]], out: list[Candidate]) -> list[Candidate]:
    """The rules that scan the whole text rather than one run (lists, datelines, source lines,
    quoted names, places, acronyms, numbered units, platforms), after the run rules: several
    read or rewrite what the runs found (``out``), so their order is kept."""
    cues = word_hits(letter_view(text), lex.compiled["cue_words"])
    plurals = lex.compiled.get("org_list_words")
    list_starts = None if plurals is None or _has_ascii_folds(text) else [p for p, w in cues if w in plurals]
    out += _listed_orgs(doc, text, lex, known, list_starts)
    out += _dateline_sources(doc, text, lex, known)
    if lex.compiled.get("source_line") is not None and lex.compiled["source_line_probe"] in text:
        out += _source_line_items(doc, text, lex, known)
    if '"' in text or "“" in text:
        out += _quoted_names(text, lex, known)
    out += _places_after_of(doc, text, lex, known)
    out += _located_places(doc, text, lex, known)
    if " (" in text:
        out = _acronym_defined_names(doc, text, lex, known, out)
    out += _numbered_units(doc, text, lex, known)
    if ", " in text:
        out += _list_mates(text, out, titles, excluded, lex, known)
    post_words = lex.compiled["post_words"]
    out += _platforms(doc, text, lex, known, [p for p, w in cues if w in post_words])
    if lex.arabic_org_openers:
        out = [_arabic_org(text, c, lex) if c.label == "PERSON" else c for c in out]
    return out


def _list_mates(text: str, found: list[Candidate], titles: list[tuple[int, int]], excluded,
                lex: Lexicons, known: Known) -> list[Candidate]:
    """The unknown items of a list of names whose known items are all of one kind: organisations
    ("sanctions against Belarusian Oil Trade House, Belneftekhim, Belshina, Grodno Azot, Lakokraska
    and Naftan") or places ("consulates in Frankfurt, Hamburg and Munich"). Two known items at
    least, each item one to four capitalised words, no stopword; an organisation item may hold a
    place ("Grodno Khimvolokno", "Belneftekhim USA")."""
    out = []
    taken = [(c.start, c.end) for c in found]
    for m in name_lists(text):
        items = [(i.start(), i.end()) for i in NAME_LIST_ITEM.finditer(text, m.start(), m.end())
                 if i.group() != "and"]
        exact = {}
        for s0, e0 in items:
            labels = {lab for s, e, lab in known.overlapping(s0, e0) if (s, e) == (s0, e0)}
            if labels:
                exact[(s0, e0)] = labels
        kinds = set().union(*exact.values()) if exact else set()
        if len(exact) < 2 or len(kinds) != 1 or not kinds <= {"ORG", "GPE"}:
            continue
        kind = next(iter(kinds))
        for s0, e0 in items:
            if (s0, e0) in exact or any(s < e0 and s0 < e for s, e in taken):
                continue
            words = text[s0:e0].split()
            inside = known.overlapping(s0, e0)
            if (any(w in lex.leading_words or (kind == "GPE" and (w in lex.stopwords or w in lex.given_names))
                        for w in words)
                    or (kind == "GPE" and text[s0:e0] in lex.people_demonyms)
                    or (kind == "ORG" and _holds_a_known_name(text, s0, e0, inside, known))
                    or (kind == "ORG" and words[0] in lex.stopwords and len(words) == 1)
                    or (inside and kind != "ORG")
                    or (kind == "GPE" and (len(words) > 2 or not all(w.isalpha() and not w.isupper() for w in words)))
                    or any(s <= s0 and e0 <= e for s, e in titles) or (excluded and _overlaps_any(excluded, s0, e0))):
                continue
            out.append(Candidate(s0, e0, kind, "persons.list_mate"))
    return out


def _holds_a_known_name(text: str, start: int, end: int, inside: list[tuple[int, int, str]], known: Known) -> bool:
    """An organisation list's item that is a known person with words before it ("Russian Foreign
    Minister Sergei Lavrov"), or a known name after a demonym ("Russian Sberbank"): the known
    name stands, the demonym is its state's, and the item is no new organisation."""
    if any(label == "PERSON" for _, _, label in inside):
        return True
    stop = known.demonyms.get(start)
    return stop is not None and any(s == stop + 1 and e == end for s, e, _ in inside)


def _compass_place(text: str, start: int, end: int, known: Known) -> Candidate | None:
    """A capitalised compass word and a listed place ("Northern Cyprus", "Western Ukraine"):
    the part is a place (GPE) of its own. The second word must be exactly one known GPE's name."""
    second = text.find(" ", start, end) + 1
    found = known.overlapping(second, end)
    if len(found) == 1 and found[0] == (second, end, "GPE") and known.demonyms.get(second) != end:
        # (not a demonym: "a small Central American nation")
        return Candidate(start, end, "GPE", "persons.place.compass")
    return None


def _state_and_listed_body(text: str, start: int, end: int, known: Known) -> bool:
    """The run is a state's form and then the whole name of a listed organisation of that
    state ("US Department of the Treasury": "United States" + "United States Department of
    the Treasury"); not "Armenian Security Council" (the listed one is the UN's)."""
    if known.at[start] < 0 or known.at[end - 1] < 0:
        return False  # (most runs: no known span at both ends)
    inside = known.overlapping(start, end)
    if len(inside) < 2 or inside[0][0] != start or inside[0][2] != "GPE" or inside[-1][1] != end:
        return False
    state = known.names.get(inside[0])
    return any(k[2] == "ORG" and k[1] == end and not text[inside[0][1]:k[0]].strip()
               and state and state in known.names.get(k, "") for k in inside)


def _listed_persons(text: str, unplaced: list[tuple[int, int]], found: list[Candidate],
                    known: Known) -> list[Candidate]:
    """Plain names listed with persons are persons ("activists Narges Mohammadi, Faezeh
    Hashemi, Bahareh Hedayat and ..."): a name that only a comma or "and" parts from a
    person found or known is one too, and so, in turn, is the next name of the list."""
    starts = {c.start for c in found if c.label == "PERSON"}
    ends = {c.end for c in found if c.label == "PERSON"}

    def known_person(s0: int, e0: int) -> bool:  # a listed person's form over [s0, e0)
        return any(k[2] == "PERSON" and k[0] == s0 and k[1] == e0 for k in known.overlapping(s0, e0))

    out = []
    pending = unplaced
    while pending:
        left = []
        for start, end in pending:
            before = LIST_SEPARATOR_BEFORE.search(text, max(0, start - 8), start)
            after = LIST_SEPARATOR_AFTER.match(text, end)
            b, a = (before.start() if before else -1), (after.end() if after else -1)
            if (b in ends or a in starts or (b > 0 and known.at[b - 1] >= 0 and known_person(known.span_at(b - 1)[0], b))
                    or (a >= 0 and known.at[a] >= 0 and known_person(a, known.span_at(a)[1]))):
                out.append(Candidate(start, end, "PERSON", "persons.person.listed"))
                starts.add(start)
                ends.add(end)
            else:
                left.append((start, end))
        if len(left) == len(pending):
            break
        pending = left
    return out


def _arabic_org(text: str, c: Candidate, lex: Lexicons) -> Candidate:
    """A "person" opened by, or right after, an Arabic word for a movement or front is that
    organisation when its name holds an Arabic article: "Ansar al-Sharia", "Jama'at Nusrat
    al-Islam wal-Muslimin" (the run began after "Jama'at"; the name runs on over "wal-"/"wa-"
    words); "Ansar Abbasi" stays a person."""
    if ARABIC_ARTICLE.search(text, c.start, c.end) is None:
        return c  # "Ansar Abbasi": a given name, no movement (their names hold "al-")
    first = ANY_APOSTROPHE.sub("", text[c.start:c.end].split(None, 1)[0]).lower()
    start = c.start
    if first not in lex.arabic_org_openers:
        prev = PREV_WORD.search(text, max(0, c.start - 20), c.start)
        if prev is None or ANY_APOSTROPHE.sub("", prev.group(1)).lower() not in lex.arabic_org_openers:
            return c
        start = prev.start(1)
    tail = WA_WORDS.match(text, c.end)
    return Candidate(start, tail.end() if tail else c.end, "ORG", "persons.org.arabic_opener")


def _numbered_units(doc: Doc, text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """Bodies named by their number ("GRU Unit 29155"), at a word start: the heads open
    with a letter, so the character before is no word character (what ``\\b`` tested)."""
    pattern = lex.compiled.get("numbered_unit")
    if pattern is None:
        return []
    return [Candidate(m.start(), m.end(), "ORG", "persons.org.numbered") for m in pattern.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
            and not known.overlapping(m.start(), m.end()) and not is_excluded(doc, m.start(), m.end())]


def _pronoun_org(doc: Doc, text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether a run is "<pronoun> <org head>" with the pronoun capitalised inside a
    sentence ("...; Our Party won six seats"): a name, not the start of a sentence."""
    words = text[start:end].split()
    return (len(words) == 2 and words[0] in lex.name_pronouns and words[1] in lex.org_heads
            and not SENTENCE_START_BEFORE.search(text, max(0, start - 4), start) and not is_excluded(doc, start, end))


def _not_actor_index(text: str, lex: Lexicons) -> bytearray | None:
    """1 at each character of a not-actor name ("Oval Office") in ``text``; None when there is none."""
    index = None
    for m in lex.compiled["not_actors"].finditer(text) if lex.compiled.get("not_actors") else ():
        if index is None:
            index = bytearray(len(text) + 1)
        index[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return index


def _run_candidates(doc: Doc, text: str, start: int, end: int, words: list[str], in_title: bool,
                    lex: Lexicons, known: Known) -> list[Candidate]:
    """The candidates of one capitalised run (trimmed to [start, end)): the first rule that fits."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 80]
    head = _has_head(words, lex)
    acr = ACRONYM_AFTER.match(after)
    if not in_title and "prefix_org" in lex.compiled and not lex.compiled["prefix_firsts"].isdisjoint(words):
        prefixed = _prefixed_org(doc, text, start, end, acr, lex, known)
        if prefixed is not None:
            return prefixed
    if words[-1] in lex.region_heads and not in_title:
        regions = _region_names(text, start, end, lex, known)
        if regions:
            return regions
    if head >= 0 and len(words) >= 2 and not (in_title and not acr):
        org = _org_range(text, start, end, words, head, known, lex)
        if org is not None and not _minister_portfolio(text, org, lex) and not _leader_government(text, org, words[head], known, lex):
            return _org_and_persons_before(doc, text, start, end, org, acr, in_title, lex, known)
    if (head < 0 and not in_title and lex.compiled.get("legal_after") and after[:1] in ", "
            and (legal := lex.compiled["legal_after"].match(after)) and len(words) <= 4
            and words[0] not in lex.given_names and not known.overlapping(start, end)):
        return [Candidate(start, end + legal.end(), "ORG", "persons.org.legal_form")]  # "Evraz plc", "Norvik, Inc."
    if len(words) == 1 and words[0] in lex.bare_bodies and not in_title and not known.overlapping(start, end):
        # "101 seats in Parliament": a capitalised body standing alone is the body
        return [Candidate(start, end, "ORG", "persons.org.body")]
    if (len(words) == 1 and not in_title and _ends_with(before, BY_OR_TO)
            and (CAMEL_NAME.fullmatch(words[0]) or (
                ACRONYM_WORD.fullmatch(words[0]) and lex.compiled["acronym_source"]
                and lex.compiled["acronym_source"].search(before)))
            and lex.compiled["source_single"].search(before) and not known.overlapping(start, end)
            and lex.leading_words.isdisjoint(CAMEL_PART.findall(words[0]))):  # not "QatarImage: X/Reuters"
        return [Candidate(start, end, "ORG", "persons.org.source")]  # "reported by NewsMaker", "by UNN"
    if (len(words) <= 3 and not in_title and words[0] not in lex.given_names and not known.overlapping(start, end)
            and _reporting_outlet(before, after, lex)):
        # "..., Aljazeera reports."; "..., The Gaze reports": the outlet's "The" is its name's
        opens = start - 4 if before.endswith("The ") else start
        return [Candidate(opens, end, "ORG", "persons.org.reporting")]
    if len(words) <= 3 and not in_title and _talked_to_outlet(text, start, end, words, before, after, lex, known):
        return [Candidate(start, end, "ORG", "persons.org.interviewer")]
    if len(words) == 1 and (bank := _word_ending_org(text, start, end, in_title, lex, known)) is not None:
        return [bank]
    if len(words) == 1 and DOMAIN_WORD.fullmatch(words[0]) and not in_title and not known.overlapping(start, end):
        # "told Infomburo.kz", "the publication “Strana.ua”": a site named by its domain
        return [Candidate(start, end, "ORG", "persons.org.domain")]
    if after.startswith("/") and CREDIT_OPEN.search(before):
        return []  # photo credit "(Fred Brown/U.S. Army)"
    if acr and len(words) >= 2 and words[-1][0].isupper() and not in_title and not any(
        w in lex.product_words for w in words
    ):
        initials = "".join(w[0] for w in words if w[0].isupper())
        abbr = acr.group("abbr")
        next_word = NEXT_WORD.match(after, acr.end())
        if next_word and next_word.group(1) in lex.product_words:
            return []  # "the Specially Designated Nationals (SDN) List": a document, not a body
        if abbr[0] == initials[0] and len(abbr) >= 2:
            a0 = end + acr.start("abbr")
            return [Candidate(start, end, "ORG", "persons.org.acronym", alias=(a0, a0 + len(abbr)))]
    descriptor = lex.descriptor_before(before)
    if (descriptor and not in_title and len(words) <= 4 and not any(w in lex.stopwords for w in words)
            and any(len(w.rstrip(".")) > 1 for w in words) and _places_inside_at_most(known, start, end)
            and not _person_shaped(words, lex)):
        # (a place may open the name: "the Telegram channel Belarus of the Brain")
        return [Candidate(start, end, "ORG", "persons.org.descriptor")]
    if (lex.compiled.get("classifier_after") and not in_title and len(words) <= 3
            and lex.compiled["classifier_after"].match(after) and lex.compiled["the_before"].search(before)
            and not any(w in lex.stopwords for w in words) and _places_inside_at_most(known, start, end)
            and (words[0] not in lex.given_names or len(words) >= 3)):
        # "the Unitary Platform coalition", "the Victory bloc", "the Un Nuevo Tiempo
        # party": a proper name before a lower-case kind of organisation (a given
        # name may open it when the name has three words)
        return [Candidate(start, end, "ORG", "persons.org.classifier")]
    if (len(words) <= 4 and not in_title and after.startswith(",") and words[0] not in lex.given_names
            and not any(w in lex.stopwords for w in words) and _places_inside_at_most(known, start, end)
            and lex.compiled["descriptor_appos_after"].match(after)):
        return [Candidate(start, end, "ORG", "persons.org.appos_descriptor")]
    if ((_ends_with(before, BY) and lex.compiled["byline_before"].search(before))
            or (before[-1:].isspace() and _line_byline(before, after, words, lex))):
        # "By Anna Kowalska and Peter Schmidt | Analysis", "By X Y December 14, 2022": every
        # name in a byline, which ends before a stopword (the month of its date stamp)
        names_end = _byline_names_end(text, start, end, lex)
        if BYLINE_END.match(text, names_end):
            return [Candidate(seg_start, seg_end, "PERSON", "persons.person.byline")
                    for seg_start, seg_end in _segments(text, start, names_end)
                    if len(_words(text[seg_start:seg_end])) >= 2 and not known.overlapping(seg_start, seg_end)]
    return _segment_names(doc, text, start, end, after, in_title, lex, known)


def _person_shaped(words: list[str], lex: Lexicons) -> bool:
    """Two or three words shaped like a person's name: a given name, then a surname of the covered
    countries' shape ("former CEO of the search engine Tigran Khudaverdyan": the CEO, not the engine)."""
    return (2 <= len(words) <= 3 and words[0] in lex.given_names and lex.surname_ending(words[-1])
            and _plain_name(words, lex))


def _lone_surname(text: str, start: int, end: int, word: str, before: str, after: str, lex: Lexicons) -> bool:
    """A lone word shaped like a surname of the covered countries ("-ski", "-ov", "-ūtė": a name
    the text never writes in full: "a slight lead for Trzaskowski", "what Masimov allegedly did")
    is a person: six letters or more, no given name, not after a locative ("near Pokrov"), and
    inside a sentence and no list item after a comma or "and", or opening a sentence before a
    speech or action verb ("Blinkevičiūtė has begun")."""
    if not (lex.lone_surname_shaped(word) and word.isalpha()):
        return False
    if lex.compiled["locative_before"] and lex.compiled["locative_before"].search(before):
        return False
    if COMMA_BEFORE.search(before) or LIST_AND_BEFORE.search(before):
        return False  # an item of a list ("Belshina, Lakokraska and Naftan"): the list decides its kind
    if before.endswith(("the ", "The ")):
        return False  # "the Caspian": a surname takes no article
    if SENTENCE_OPEN.search(before):
        first_after = NEXT_LOWER_WORD.match(after)
        return bool(first_after and first_after.group(1) in lex.speech_verbs)
    return True


def _reporting_outlet(before: str, after: str, lex: Lexicons) -> bool:
    """The run names the outlet of a clause of reporting: it opens the clause before "reports"
    and the clause ends or cites ("..., Aljazeera reports.", "The Gaze reports, citing Reuters"),
    or it ends the sentence after ", reports" ("..., reports Akorda.")."""
    if lex.compiled["report_after"].match(after):
        before = before.removesuffix("The ")
        return bool(SENTENCE_START_BEFORE.search(before) or COMMA_BEFORE.search(before))
    return bool(lex.compiled["report_before"].search(before) and after[:1] in (".", "\n", ""))


def _talked_to_outlet(text: str, start: int, end: int, words: list[str], before: str, after: str,
                     lex: Lexicons, known: Known) -> bool:
    """The run names the outlet a speaker talks to ("told Vlast.", "said in an interview with TV8",
    "Speaking to Kanal Zet in an exclusive interview"): right after an ``outlet_openers`` phrase,
    unknown, no given name or surname shape opening it, no stopword, and no surname of a person
    named in full elsewhere ("told Kowalski" after "Jan Kowalski"). After "told", the clause
    ends with the name (a person is told something: "told Kowalski that ...")."""
    pattern = lex.compiled.get("outlet_before")
    tail = before[-16:].rsplit(None, 1)  # (a set test first: most runs follow no opener)
    if (pattern is None or not tail or tail[-1].lower() not in lex.compiled["outlet_opener_last"]
            or (m := pattern.search(before)) is None):
        return False
    if (known.overlapping(start, end) or words[0] in lex.given_names or any(w in lex.stopwords for w in words)
            or lex.surname_ending(words[-1])):
        return False
    if m.group().split()[-1].lower() == "told" and not TOLD_OUTLET_END.match(after):
        return False
    # (one word: a surname when a capitalised word stands before it elsewhere)
    return len(words) > 1 or not _after_capitalised_word(text, words[0])


def _after_capitalised_word(text: str, word: str) -> bool:
    """Whether ``word``, as a whole word, stands anywhere in ``text`` right after a capitalised
    word and spaces ("Jan Kowalski": "Kowalski" after "Jan"): each occurrence of ``word`` (a
    ``str.find`` scan) is tried with one compiled pattern, instead of compiling one with the
    word in it on each call."""
    for at in occurrences(text, (word,)):
        if WORD_BOUNDARY.match(text, at + len(word)) and CAPITALISED_WORD_BEFORE.search(text, 0, at):
            return True
    return False


def _line_byline(before: str, after: str, words: list[str], lex: Lexicons) -> bool:
    """A run that opens its line after a byline label ("Author:\nX Y") or, shaped like a name,
    stands alone on its line before a "|" and a date stamp ("X Y  | 17.05.2024 - Update"): a byline."""
    m = lex.compiled["byline_line_before"].search(before)
    if m is None:
        return False
    if lex.compiled["byline_label_before"].search(m.group()):
        return True
    return BYLINE_STAMP_AFTER.match(after) is not None and _plain_name(words, lex)


def _byline_names_end(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where a byline's names end: before the first stopword of the run ("December" of
    "X Y December 14, 2022"), else at the run's end."""
    for m in WORD.finditer(text, start, end):
        if m.group() in lex.stopwords or m.group().rstrip(".") in lex.stopwords:
            return start + len(text[start:m.start()].rstrip())
    return end


def _region_names(text: str, start: int, end: int, lex: Lexicons, known: Known) -> list[Candidate]:
    """The places a run ending with a region head names ("the Mangystau Region", "Kherson
    Oblast and Snake Island"): each part (between "and"s) two to four capitalised words
    ending with a region head, with no stopword, leading word or organisation head, or
    a listed name ("Kurdistan Region", "Lviv" of "Lviv and Zhytomyr Oblast"); none unless all parts are."""
    out = []
    for m in REGION_PARTS.finditer(text, start, end):
        words = m.group().split()
        if known.within(m.start(), m.end()):
            continue  # a listed name ("Lviv and Zhytomyr Oblast", "the Kurdistan Region"): the gazetteer's
        if not (2 <= len(words) <= 4 and words[-1] in lex.region_heads) or any(
                w in lex.stopwords or w in lex.leading_words or w in lex.org_heads or not w[:1].isupper()
                for w in words[:-1]):
            return []
        out.append(Candidate(m.start(), m.end(), "GPE", "persons.place.region"))
    return out


def _prefixed_org(doc: Doc, text: str, start: int, end: int, acr: re.Match | None,
                  lex: Lexicons, known: Known) -> list[Candidate] | None:
    """An organisation named after its legal form or "Bank" at the start of a run
    ("Joint Stock Company Investtradebank (ITB)", "PJSC Kamabank and ..."): the name
    ends at the next joiner; the rest of the run is a run of its own."""
    m = lex.compiled["prefix_org"].match(text, start, end)
    if m is None:
        return None
    n0, n1 = m.span("n")
    name = _words(text[n0:n1])
    if name[0] in lex.given_names or any(w in lex.stopwords or w in lex.org_heads for w in name):
        return None  # "Bank Governor X", "JSC Board": a role or a body, not a name
    if lex.case_nouns and (nxt := NEXT_LOWER_WORD.match(text, n1)) and nxt.group(1) in lex.case_nouns:
        return None  # "the Bank Fraud case": a case's name
    out = []
    if not known.overlapping(n0, n1):  # "PJSC Rosbank": a listed name is the gazetteer's
        cand = Candidate(start, n1, "ORG", "persons.org.legal_form")
        if acr and n1 == end:
            a0 = end + acr.start("abbr")
            cand.alias = (a0, a0 + len(acr.group("abbr")))
        out.append(cand)
    rest = ORG_JOINER.match(text, n1, end)
    if rest is not None and rest.end() < end:
        words = _words(text[rest.end():end])
        if len(words) > 1 or _lone_run_may_name(text, rest.end(), end, words[0], lex):
            out += _run_candidates(doc, text, rest.end(), end, words, False, lex, known)
    return out


def _places_inside_at_most(known: Known, start: int, end: int) -> bool:
    """Nothing known inside [start, end) but places, and none of them the whole of it
    ("the Moldova Mare party": a party named after its country)."""
    return all(k[2] == "GPE" and not (k[0] <= start and end <= k[1]) for k in known.overlapping(start, end))


def _word_ending_org(text: str, start: int, end: int, in_title: bool, lex: Lexicons,
                     known: Known) -> Candidate | None:
    """A one-word organisation known by its ending ("Investtradebank", "Alfa-Bank")."""
    word = text[start:end]
    if (lex.org_word_endings and word.endswith(lex.org_word_endings) and len(word) > 6 and " " not in word
            and not in_title and not known.overlapping(start, end)):
        return Candidate(start, end, "ORG", "persons.org.word_ending")
    return None


def _org_and_persons_before(doc: Doc, text: str, start: int, end: int, org: tuple[int, int], acr: re.Match | None,
                            in_title: bool, lex: Lexicons, known: Known) -> list[Candidate]:
    """An organisation named by its head word, and the persons in the words before
    its name ("Analyst Maria Snegovaya of the Center for ...")."""
    org_start, org_end = org
    if text.startswith(".", org_end) and text[org_start:org_end].rsplit(None, 1)[-1] + "." in lex.org_heads:
        org_end += 1  # "Gomel Tractor Works Co.": the abbreviation's full stop is the name's
    if org_end >= end and lex.compiled.get("legal_after") and (legal := lex.compiled["legal_after"].match(text, org_end)):
        org_end = legal.end()  # "Shenyang Jinhai Network Technology Co., Ltd": its legal form too
    # one head word left ("the Council on Aug. 28") is a bare body: the actors
    # step joins it to the one named body holding that word
    bare = " " not in text[org_start:org_end].strip()
    cand = Candidate(org_start, org_end, "ORG", "persons.org.body" if bare else "persons.org.head")
    if acr and org_end == end:
        a0 = end + acr.start("abbr")
        cand.alias = (a0, a0 + len(acr.group("abbr")))
        cand.rule = "persons.org.acronym"
    out = [cand]
    for seg_start, seg_end in _segments(text, start, org_start):
        bank = _word_ending_org(text, seg_start, seg_end, in_title, lex, known)
        if bank is not None:
            out.append(bank)  # "Kostromabank and Zarechny Tractor Works Co."
            continue
        person = _person(doc, text, seg_start, seg_end, lex, known, in_title)
        if person is not None:
            out.append(person)
    return out


def _segment_names(doc: Doc, text: str, start: int, end: int, after: str, in_title: bool,
                   lex: Lexicons, known: Known) -> list[Candidate]:
    """Persons (and a trailing organisation before its kind) in the segments of a run
    that no organisation rule took, and the names coordinated with them."""
    segments = _segments(text, start, end)
    found = []
    for seg_start, seg_end in segments:
        if (seg_end == end and seg_start > start and not in_title and lex.compiled.get("classifier_after")
                and lex.compiled["classifier_after"].match(after)
                and lex.compiled["the_before"].search(text[max(0, seg_start - 10):seg_start])
                and not known.overlapping(seg_start, seg_end)
                and not any(w in lex.stopwords for w in _words(text[seg_start:seg_end]))):
            # "analyst X of the Votum.md think tank": the last segment of a run
            found.append(Candidate(seg_start, seg_end, "ORG", "persons.org.classifier"))
            continue
        cand = _person(doc, text, seg_start, seg_end, lex, known, in_title)
        if cand is not None:
            found.append(cand)
    if found and len(segments) > len(found) and not in_title:
        found += _coordinated_names(text, segments, found, lex, known)
    return found


def _may_stand_alone(word: str, lex: Lexicons) -> bool:
    """Whether a one-word run that is a stopword may still be a candidate: only as
    a bare body ("Parliament") or a site named by its domain (find_candidates)."""
    return word in lex.bare_bodies or ("." in word and DOMAIN_WORD.fullmatch(word) is not None)


def _lone_word_may_name(text: str, start: int, end: int, word: str, lex: Lexicons) -> bool:
    """Whether a one-word run [start, end) can be a candidate at all: a necessary
    condition, a few set tests instead of every rule of :func:`_run_candidates`.

    A lone word is a candidate only as a bare body, a domain ("Meduza.io"), after a
    descriptor ("the airline Belavia") or a role ("President Lukashenko"), before a
    classifier ("the Victory bloc") or a descriptor in apposition (", a mining company")
    or as a single surname after "by"/"according to", or before a trailing legal form ("Evraz plc").
    (The rules that need two words or more, and the role-to-place and possessive
    rules, never take one word.)
    """
    if len(word) != end - start or word in lex.bare_bodies or "." in word or word.endswith(lex.org_word_endings or "\0"):
        return True  # (a word with spaces around it: the rules below decide)
    tail = text[max(0, start - 60):start].rsplit(None, 1)
    if tail and (tail[-1].lower() in lex.compiled["lone_word_cues"] or tail[-1].endswith(BY_OR_TO)):
        return True
    if tail and tail[-1].lower() in lex.compiled["outlet_opener_last"]:
        return True  # "told Vlast.", "an interview with TV8" (:func:`_talked_to_outlet` decides)
    if lex.lone_surname_shaped(word):
        return True  # "a slight lead for Trzaskowski" (:func:`_lone_surname` decides)
    if (tail and tail[-1] in lex.report_verbs) or lex.compiled["report_after"].match(text, end):
        return True  # "..., reports Akorda.", "..., Aljazeera reports." (:func:`_reporting_outlet` decides)
    if text.startswith(",", end) and (lex.compiled["descriptor_appos_after"].match(text[end:end + 80])
                                      or lex.compiled["appos_after"].match(text[end:end + 80])):
        return True  # "Bitriver, a mining company founded in ...", "Gonzalez, a retired diplomat,"
    if tail and (tail[-1].endswith(",") or tail[-1].lower() in lex.kin_nouns) and word in lex.given_names:
        return True  # "her brother, Tomas, said", "his wife Galina"
    if (legal := lex.compiled.get("legal_after")) is not None and legal.match(text, end):
        return True  # "Evraz plc", "Norvik, Inc." (a legal form after the word)
    classifier = lex.compiled.get("classifier_after")
    return classifier is not None and classifier.match(text[end:end + 80]) is not None  # (it opens with ^: a slice)


def _bare_org_name(doc: Doc, s0: int, e0: int, words: list[str], lex: Lexicons, known: Known) -> bool:
    """Whether a name found only by its position (after "a post on", in an
    organisation list) may stand as an organisation: not known to the gazetteer,
    not excluded, not opening with a given name, no stopword inside."""
    return not (known.overlapping(s0, e0) or is_excluded(doc, s0, e0) or words[0] in lex.given_names
                or any(w in lex.stopwords for w in words))


def _quoted_names(text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """A name in quotes that a kind of organisation announces ("parties \"Alternative\"", "the party
    “Revival”"), and the quoted names that continue its list in the sentence ("..., and \"Democracy
    at Home\"") -> ORG (``persons.org.quoted``). (Before the kind, "the “Victory” bloc", "the \"Shor\"
    party", the name is the classifier rule's, which knows when a person's name opens it.)"""
    kinds = lex.compiled.get("classifier_before")
    if kinds is None:
        return []
    out: list[Candidate] = []
    last_end = -1  # the end of the last quoted name taken, for a list that continues it
    for m in QUOTED_NAME.finditer(text):
        s0, e0 = m.span("n")
        if (kinds.search(text, max(0, m.start() - 40), m.start())
                or (last_end >= 0 and QUOTED_LIST_GAP.fullmatch(text, last_end, m.start()))):
            last_end = m.end()
            if not known.overlapping(s0, e0):
                out.append(Candidate(s0, e0, "ORG", "persons.org.quoted"))
    return out


def _platforms(doc: Doc, text: str, lex: Lexicons, known: Known, starts: list[int]) -> list[Candidate]:
    """A platform named after a post: "a post on Truth Social", "posted on Telegram", "on X",
    "a video on his Rumble channel" (a known place or person there is not one).
    ``starts``: where a post word stands (the platform pattern can begin nowhere else)."""
    out = []
    for m in finditer_at(lex.compiled["platform"], text, starts):
        s0, e0 = m.start("n"), m.end("n")
        words = _words(text[s0:e0])
        if _bare_org_name(doc, s0, e0, words, lex, known):
            out.append(Candidate(s0, e0, "ORG", "persons.org.platform"))
    return out


def _listed_orgs(doc: Doc, text: str, lex: Lexicons, known: Known, starts: list[int] | None) -> list[Candidate]:
    """Names listed after a colon that a plural organisation noun announces.

    "Three European companies hold licences: Eni, Maurel et Prom, and Repsol":
    each item is an organisation, one word or several ("et", "de", "&" inside).
    Known names are the gazetteer's; items in a heading are skipped.
    """
    pattern = lex.compiled.get("org_list")
    if pattern is None:
        return []
    out = []
    matches = pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)
    for m in matches:
        base = m.start("items")
        for item in ORG_LIST_ITEM.finditer(m.group("items")):
            s0, e0 = base + item.start(), base + item.end()
            words = _words(text[s0:e0])
            if _bare_org_name(doc, s0, e0, words, lex, known):
                out.append(Candidate(s0, e0, "ORG", "persons.org.list"))
    return out


def _places_after_of(doc: Doc, text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """A name no list holds after a place noun and "of" is a place: "the city of Khasan",
    "the Russian republic of Tuva", "the oil region of Mangystau" (``place_nouns_before_of``)."""
    nouns = lex.compiled.get("place_nouns")
    if not nouns:
        return []
    out = []
    pos = text.find(" of ")
    while pos != -1:
        here, pos = pos, text.find(" of ", pos + 4)
        m = PLACE_NAME_AFTER_OF.match(text, here + 4)
        if m is None:
            continue
        prev = LAST_WORD.search(text, max(0, here - 16), here)
        if prev is None or prev.group() not in nouns:
            continue
        s0, e0 = m.span()
        words = _words(m.group())
        if (known.overlapping(s0, e0) or is_excluded(doc, s0, e0)
                or any(w in lex.stopwords or w in lex.org_heads for w in words)):
            continue
        out.append(Candidate(s0, e0, "GPE", "persons.place.after_of"))
    return out


def _acronym_defined_names(doc: Doc, text: str, lex: Lexicons, known: Known,
                           found: list[Candidate]) -> list[Candidate]:
    """A long name that an acronym in brackets defines, across the words the run rules break a
    name at ("and", "in", "y"): "the Union of Poles in Belarus (ZPB)", "the Venezuelan Consortium
    of Aeronautical Industries and Air Services (“CONVIASA”)", "Agencia Vehiculos Especiales Rurales
    y Urbanos (AVERUCA)" -> one ORG with the acronym as alias (``persons.org.acronym_long``); the
    parts found inside it go. Three capitalised words at least, no leading word; the acronym unknown
    (a known one names its own body) and the name not known."""
    out = found
    q = text.find(" (")
    while q >= 0:
        a, q = ACRONYM_DEFINED.match(text, q), text.find(" (", q + 2)
        if a is None:
            continue  # (found by str.find, tested by the pattern: no regex scan of the whole text)
        p = a.start()
        if known.overlapping(*a.span("abbr")) or BREAKING_JOINER.search(text, max(0, p - 160), p) is None:
            continue  # (cheap tests first: a known acronym, no joiner the runs break at)
        m = NAME_BEFORE_ACRONYM.search(text, max(0, p - 160), p)
        if m is None or BREAKING_JOINER.search(m.group("n")) is None:
            continue
        s0, e0 = m.span("n")
        if (prefix := lex.compiled["compound_prefix"].match(text, s0, e0)) is not None:
            s0 = prefix.end()  # "Venezuela-based Agencia ...": the adjective is no part of the name
        s0 = _trim(text, s0, e0, lex.leading_words)
        if (r := ROLE_OF_OPEN.match(text, s0, e0)) is not None and r.group(1).lower() in lex.compiled["roles_last"]:
            s0 = r.end()  # "President of the Venezuelan Consortium of ...": the role is no part of it
        words = [w for w in _words(text[s0:e0]) if w[:1].isupper()]
        a0, a1 = a.span("abbr")
        if (len(words) < 3 or BREAKING_JOINER.search(text, s0, e0) is None
                or any(w in lex.leading_words for w in words) or known.within(s0, e0)
                or known.overlapping(a0, a1) or is_excluded(doc, s0, e0)):
            continue
        out = [c for c in out if not (s0 <= c.start and c.end <= e0)]
        out.append(Candidate(s0, e0, "ORG", "persons.org.acronym_long", alias=(a0, a1)))
    return out


def _located_places(doc: Doc, text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """A name no list holds that the text places inside a known place or an administrative unit
    is a place (GPE, ``persons.place.located``): "from Tuva in Russia", "in Cuhureștii de Jos in
    the Florești district", "at Medininkai, near Vilnius", "the Florești district", "(Cahul
    district)". Looked for only before a known place's start and before a unit word; "at" places a
    name only before ", near" ("at Gazprom in Moscow" is no place)."""
    found: dict[tuple[int, int], Candidate] = {}

    def take(s0: int, e0: int) -> None:
        words = _words(text[s0:e0])
        if (words and (s0, e0) not in found and not known.overlapping(s0, e0) and not is_excluded(doc, s0, e0)
                and words[0] not in lex.given_names and words[0] not in lex.compass_words
                and not any(w in lex.stopwords or w in lex.leading_words or w in lex.org_heads
                            or w in lex.place_heads for w in words)
                and text[s0:e0] not in lex.people_demonyms):
            found[(s0, e0)] = Candidate(s0, e0, "GPE", "persons.place.located")

    openers = lex.located_place_openers
    if openers:
        find = text.find
        for s in [s for s, _e, label in known.spans if label == "GPE" and s >= 8]:
            # cheap tests first: a cue before the place ("X in", "X, near"), a capitalised word before it
            if find(" in ", s - 24, s) < 0 and find(", near ", s - 24, s) < 0:
                continue
            cue = LOCATED_CUE.search(text, max(0, s - 24), s)
            if cue is None:
                continue
            c = cue.start()
            w0 = text.rfind(" ", max(0, c - 40), c)
            if w0 < 0 or not text[w0 + 1:w0 + 2].isupper():
                continue
            m = LOCATED_BEFORE.search(text, max(0, s - 90), s)
            if m is None or m.group("loc") not in openers or (m.group("loc") == "at" and "near" not in m.group("cue")):
                continue
            take(*m.span("n"))
    unit = lex.compiled.get("unit_after")
    if unit is not None and any(w in text for w in lex.place_units_after):  # (a substring test first: most texts hold none)
        for u in unit.finditer(text):
            m = UNIT_NAME_BEFORE.search(text, max(0, u.start() - 60), u.start() + 1)
            if m is not None:
                take(*m.span("n"))
                if text[m.start()] == "(" and (b := LOCATED_PAREN_BEFORE.search(text, max(0, m.start() - 90),
                                                                                  m.start() + 1)) \
                        and b.group("loc") in openers and b.group("loc") != "at":
                    take(*b.span("n"))  # "between Colibasi (Cahul district) and ...": the place in the unit
            # "in X in the Y district": X is placed by Y's unit as by a known place
            if m is not None and (b := LOCATED_BEFORE.search(text, max(0, m.start("n") - 90), m.start("n"))) \
                    and b.group("loc") in openers and b.group("loc") != "at":
                take(*b.span("n"))
    return list(found.values())


def _dateline_sources(doc: Doc, text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """The news source of a dateline (``doc._.datelines``, found by the layout component):
    "(Agency) – The party ...", "MINSK (Agency) —", "Outlet, March 4, 2025. The office ..."
    (a known place there is the gazetteer's; a lower-case source, "(dpa)", only when known),
    and the reporter named before it ("WASHINGTON, Jane Doe (dpa)-")."""
    out = []
    for line in doc_datelines(doc):
        reporter = line["reporter"]
        if reporter and not known.overlapping(*reporter) and not is_excluded(doc, *reporter):
            # "WASHINGTON, Jane Doe (dpa)-": the reporter of a dateline is a person
            out.append(Candidate(*reporter, "PERSON", "persons.person.dateline"))
        if not line["agency"]:
            continue
        s0, e0 = line["agency"]
        words = _words(text[s0:e0])
        if (not words or words[0][0].islower() or known.overlapping(s0, e0) or is_excluded(doc, s0, e0)
                or any(w in lex.stopwords or w.rstrip(".") in lex.stopwords or w in lex.page_labels for w in words)):
            continue  # "(Updated) –", "(Video) —" are page labels, not sources
        out.append(Candidate(s0, e0, "ORG", "persons.org.dateline"))
    return out


def _source_line_items(doc: Doc, text: str, lex: Lexicons, known: Known) -> list[Candidate]:
    """The agencies of a source line ("Source: IAR, PAP, polskieradio24.pl", "Source: TUT.BY"): each
    item that is an acronym or a site's domain (in either case) is an organisation (a known one is
    the gazetteer's)."""
    out = []
    for m in lex.compiled["source_line"].finditer(text):
        for item in SOURCE_LINE_ITEM.finditer(text, m.start("items"), m.end("items")):
            s0, e0 = item.span()
            if known.overlapping(s0, e0) or is_excluded(doc, s0, e0):
                continue
            out.append(Candidate(s0, e0, "ORG", "persons.org.source_line"))
    return out


def _coordinated_names(text: str, segments: list[tuple[int, int]], found: list[Candidate],
                       lex: Lexicons, known: Known) -> list[Candidate]:
    """Names joined by "and" to a person the rules found are persons too ("Editor X
    Y and Paval Sevyarynets"): two or three plain capitalised words, nothing known."""
    taken = {(c.start, c.end) for c in found}
    out = []
    for k, (seg_start, seg_end) in enumerate(segments):
        if (seg_start, seg_end) in taken or any(c.start >= seg_start and c.end <= seg_end for c in found):
            continue
        neighbours = [segments[k - 1]] if k else []
        neighbours += [segments[k + 1]] if k + 1 < len(segments) else []
        joined = [nb for nb in neighbours
                  if text[min(nb[1], seg_end):max(nb[0], seg_start)].strip() == "and"
                  and any(c.label == "PERSON" and nb[0] <= c.start and c.end <= nb[1] for c in found)]
        if not joined:
            continue
        words = _words(text[seg_start:seg_end])
        if (2 <= len(words) <= 3 and all(CAP_NAME.fullmatch(w) for w in words)
                and not any(w in lex.stopwords or w in lex.org_heads for w in words)
                and not known.overlapping(seg_start, seg_end)):
            out.append(Candidate(seg_start, seg_end, "PERSON", "persons.person.coordinated"))
    return out


def _runs(text: str, lex: Lexicons, known: Known) -> list[tuple[int, int, list[str] | None]]:
    """Capitalised runs, split after an org head joined by "and" ("X Services and Y AI").

    Each run is (start, end, words): the words of a whole match of the run pattern
    (one word for most runs: nothing to split or trim), None for the parts of a
    split run. A one-word run inside a known name or failing :func:`_lone_run_may_name`
    (~99%: "The", "Moscow") is dropped here, where it is found, instead of being
    collected first.
    """
    run = lex.compiled["run"] if _particle_may_open_run(text) else lex.compiled["run_at_capitals"]
    breakers = lex.run_breakers
    out = []
    prev: tuple[re.Match, int] | None = None  # the last match and the length of ``out`` before it
    for m in run.finditer(text):
        if prev is not None and _possessive_org_name(text, prev[0], m, lex, known):
            # "the Prosecutor General's Office", "the Kyiv City Prosecutor's Office": one name
            del out[prev[1]:]
            out.append((prev[0].start(), m.end(), None))
            prev = None
            continue
        prev = (m, len(out))
        start, end = m.span()
        if m.start(1) == end:  # nothing after the first word (the pattern's group 1: joiners and suffix)
            word = text[start:end]
            if not known.within(start, end) and _lone_run_may_name(text, start, end, word, lex):
                out.append((start, end, [word]))
            continue
        words = m.group(0).split()
        if words[0][-1] in APOSTROPHES or any(w[-1] in APOSTROPHES for w in words[1:-1]):
            # a plural possessive names an organisation before its head ("Workers' Party");
            # before anything else it is an owner: the run starts after it ("the Kurds' Erdogan")
            cut = _after_plural_possessive(m.group(0), lex)
            if cut:
                start, words = start + cut, m.group(0)[cut:].split()
        if "and" not in words and breakers.isdisjoint(words):
            out.append((start, end, words))  # nothing to split at (most runs of several words)
        else:
            out += [(s, e, None) for s, e in _split_run(text, m, words, lex)]
    return out


def _possessive_org_name(text: str, owner: re.Match, run: re.Match, lex: Lexicons, known: Known) -> bool:
    """Whether the run ``owner``, a singular possessive and the run ``run`` right after it are
    one organisation's name: ``run`` opens with an org head ("Prosecutor General's Office",
    "People's Party") and the owner's last word is no known name ("Ukraine's Ministry of
    Defence" is Ukraine's ministry)."""
    gap = text[owner.end():run.start()]
    if len(gap) < 3 or gap[0] not in APOSTROPHES or gap[1] not in "s" or gap[2:].strip(" \t"):
        return False
    first = run.group(0).split(None, 2)
    if first[0] not in lex.org_heads and " ".join(first[:2]) not in lex.org_heads:
        return False
    last_start = text.rfind(" ", owner.start(), owner.end()) + 1 or owner.start()
    return not known.overlapping(max(last_start, owner.start()), owner.end())


def _after_plural_possessive(run: str, lex: Lexicons) -> int:
    """Where a run holding a plural possessive ("Workers'") starts its name: 0 when each such
    word stands before an org head ("Workers' Party"), else after the last that does not."""
    cut = 0
    for w in SPACED_POSSESSIVE.finditer(run):
        if w.group(2) not in lex.org_heads:
            cut = w.end(1)
    return cut


def _lone_run_may_name(text: str, start: int, end: int, word: str, lex: Lexicons) -> bool:
    """Whether a run of one word ``word`` = text[start:end] may still be a candidate: not a
    lone stopword ("The", "What", "March": every rule rejects one) and a cue around it
    ("Moscow", "Sunday" have none: :func:`_lone_word_may_name`). Most runs stop here."""
    if word in lex.stopwords and not _may_stand_alone(word, lex):
        return False
    return _lone_word_may_name(text, start, end, word, lex)


def _particle_may_open_run(text: str) -> bool:
    """Whether an "al-"/"el-" stands where a run may open ("al-Assad", not "real-time"):
    where no word character, full stop, apostrophe or hyphen precedes it."""
    return any(at == 0 or RUN_BLOCKER.match(text, at - 1) is None for at in occurrences(text, RUN_PARTICLES))


def _split_run(text: str, m: re.Match, words: list[str], lex: Lexicons) -> list[tuple[int, int]]:
    """A run of several words, cut after an org head joined by "and" and before a
    function word that starts a new one ("... platform X. The North ...")."""
    out = []
    pos = m.start()
    if "and" in words:
        for j in WORD_AND.finditer(m.group(0)):
            if j.group(1) in lex.org_heads:
                out.append((pos, m.start() + j.end(1)))
                pos = m.start() + j.end(2)
    base = pos
    if not lex.run_breakers.isdisjoint(words):
        for j in SPACED_WORD.finditer(text[base:m.end()]):
            if j.group(1) in lex.run_breakers:
                out.append((pos, base + j.start()))
                pos = base + j.start(1)
    out.append((pos, m.end()))
    return [run for run in out if run[1] > run[0]]


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run at lower-case joiners ("Austin Tice and Dr. Majd Kamalmaz")."""
    if SEGMENT_JOINER_WORDS.isdisjoint(text[start:end].split()):
        return [(start, end)] if end > start else []
    out = []
    pos = start
    for m in SEGMENT_JOINER.finditer(text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _after_role(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Start the name after the last role word inside the run ("Havana Bishop | Elroy ...")."""
    words = text[start:end].split()
    last_words = lex.compiled["roles_last"]
    if not any(w.lower() in last_words for w in words[:-1]):
        return start  # no role can end before any word of the run
    starts = [start + m.start() for m in WORD.finditer(text[start:end])]
    for pos in reversed(starts[1:]):
        if lex.role_before(text[start:pos]):
            return pos
    return start


def _from_given_name(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Start at a given name preceded by plural nouns ("Americans | Austin Tice") or by
    the tail of a title holding a stopword ("... and Financial Intelligence | Bradley Smith")."""
    words = text[start:end].split()
    if len(words) < 3 or words[0] in lex.given_names:
        return start
    spans = [(start + m.start(), m.group(0)) for m in WORD.finditer(text[start:end])]
    for i, (pos, word) in enumerate(spans[1:-1], start=1):
        if word in lex.given_names and (all(w.endswith("s") for _, w in spans[:i])
                                        or any(w in lex.stopwords for _, w in spans[:i])):
            return pos
    return start


def _skip_opening_gerund(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Drop a sentence-opening "-ing" word ("Releasing Tsikhanouski was ...",
    "Speaking Kellogg ..."): a verb capitalised by position, not a given name."""
    m = FIRST_WORD.match(text, start, end)
    if m is None:
        return start
    word = m.group(1)
    if (len(word) > 5 and word.endswith("ing") and word not in lex.given_names
            and SENTENCE_OPEN.search(text[max(0, start - 4):start])):
        return m.end()
    return start


def _plain_name(words: list[str], lex: Lexicons) -> bool:
    """Two to four capitalised name words, none a stopword, org head, product or role,
    the last not shaped like a common noun ("the Fordow Facility")."""
    surname_letter = len(words) > 2 and words[0] in lex.one_letter_surnames  # "O Jong Hun"
    return (2 <= len(words) <= 4 and all(CAP_NAME.fullmatch(w) for w in words[1 if surname_letter else 0:])
            and not NOUN_SUFFIX.search(words[-1])
            and not any(w in lex.stopwords or w in lex.org_heads or w in lex.product_words
                        or w in lex.place_heads or lex.role_before(w) for w in words))


def _role_place_name(text: str, start: int, end: int, lex: Lexicons, known: Known) -> Candidate | None:
    """"envoy to Minsk John Cole", "Ambassador to Russia Lynne Tracy": a role, a
    preposition and a known place open the run; the words after the place are the
    person (the place stays the gazetteer's)."""
    if not known.covers(start) or known.span_at(start)[0] != start:
        return None
    before = text[max(0, start - 60):start]
    m = PLACE_AFTER_ROLE.search(before) if _ends_with(before, PLACE_PREPOSITIONS) else None
    if m is None or not lex.role_before(before[:m.end(1)]):
        return None
    k_end = known.span_at(start)[1]
    gap = SPACED_WORD.match(text, k_end)
    if gap is None or gap.start(1) >= end:
        return None
    name_start = gap.start(1)
    if known.overlapping(name_start, end) or not _plain_name(_words(text[name_start:end]), lex):
        return None
    return Candidate(name_start, end, "PERSON", "persons.person.role_place")


def _after_demonyms(text: str, start: int, end: int, known: Known) -> int:
    """Where a name starts after the demonyms opening its run ("Moldovan Ilan Shor",
    "Israeli-Moldovan Ilan Shor": the states are the gazetteer's); at ``start`` unless two
    words at least follow them."""
    if known.at[start] < 0:
        return start  # (most segments: nothing known at their start)
    pos = start
    while (stop := known.demonyms.get(pos)) is not None:
        pos = stop + 1 if text[stop:stop + 1] in HYPHEN and stop + 1 < end else stop
        if pos == stop:
            break
    if pos == start or text[pos:pos + 1] != " " or len(_words(text[pos:end])) < 2:
        return start
    return pos + 1


def _name_start(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where the name in a segment of several words starts: after leading stopwords,
    a role inside the run, plural nouns before a given name, an opening gerund."""
    start = _trim(text, start, end, lex.stopwords)
    start = _after_role(text, start, end, lex)
    start = _from_given_name(text, start, end, lex)
    return _skip_opening_gerund(text, start, end, lex)


def _possessive_name(start: int, end: int, words: list[str], before: str, after: str,
                     lex: Lexicons, known: Known) -> Candidate | None:
    """"Japan's Takeo Akiba, ...": a state's person (its bodies have org heads, its
    regions place heads; "Belarus's X Project reported" is no name: a person closes
    the phrase or speaks); a town that is also a given name may open it."""
    if not 2 <= len(words) <= 3 or not _ends_with(before, POSSESSIVE_ENDS):
        return None  # (_plain_name wants two words or more)
    pm = POSSESSIVE_BEFORE.search(before)
    first_after = NEXT_LOWER_WORD.match(after)
    ends_phrase = APPOS_LIST_END.match(after) or (first_after and first_after.group(1) in lex.speech_verbs)
    if (pm and ends_phrase and "GPE" in known.ends.get(start - len(pm.group(0)), ())
            and _plain_name(words, lex)):
        inside = known.overlapping(start, end)
        first_end = start + len(words[0])
        if not inside or (len(inside) == 1 and inside[0][:2] == (start, first_end) and inside[0][2] == "GPE"):
            return Candidate(start, end, "PERSON", "persons.person.possessive")
    return None


def _person(doc: Doc, text: str, start: int, end: int, lex: Lexicons,
            known: Known, in_title: bool) -> Candidate | None:
    """Person evidence for one segment of a run (see module docstring).

    A name has 1-5 words, no stopword and no known place or organisation inside;
    titles before it ("President", "Secretary of State") are context, not name.
    Every early ``return None`` is a rule that rejects the segment.
    """
    if known.within(start, end):
        return None  # and so would every later start (Known.within): spare the trimming
    words = _words(text[start:end])
    if len(words) != 1 or len(words[0]) != end - start:  # (a lone word has nothing to trim or skip)
        start = _name_start(text, start, end, lex)
        start = _after_demonyms(text, start, end, known)
        if known.within(start, end):
            return None
        words = _words(text[start:end])
    if not words or any(w in lex.stopwords for w in words) or len(words) > 5:
        return None
    before = text[max(0, start - 60):start]
    after = text[end:end + 80]
    if NUMBER_AFTER.match(after):
        return None  # "General License 41A", "Resolution 2231": a numbered document
    if not in_title:
        placed = _role_place_name(text, start, end, lex, known)
        if placed is not None:
            return placed
        possessive = _possessive_name(start, end, words, before, after, lex, known)
        if possessive is not None:
            return possessive
    if any(w.isupper() and len(w) > 1 and not w.endswith(".") for w in words):
        return None  # acronyms are not person names
    inside = known.overlapping(start, end)
    if inside:
        last = inside[-1]
        ends_with_known = len(inside) == 1 and last[1] == end and last[0] > start and len(words) >= 2
        # "Katia Beirut": a given name followed by a place-like surname is a person
        place_surname = ends_with_known and last[2] == "GPE" and words[0] in lex.given_names
        # "Viktor Babaryka" where a list knows only "Babaryka" (or spells the given
        # name "Viktar"): the document's own full name is the mention, so the
        # canonical name follows the text's spelling
        given = _words(text[start:last[0]])
        # an unknown single first word counts only mid-sentence ("Later Babaryka" is no name)
        listed_surname = ends_with_known and last[2] == "PERSON" and 1 <= len(given) <= 2 and (
            all(w in lex.given_names for w in given)
            or (len(given) == 1 and not SENTENCE_OPEN.search(text[max(0, start - 4):start])))
        if not (place_surname or listed_surname):
            return None
        if listed_surname:
            return Candidate(start, end, "PERSON", "persons.person.listed_surname")
    role = lex.role_before(before)
    if role and len(words) == 1 and OWNED_BODY_AFTER.match(after) and OWNED_BODY_AFTER.match(after).group(1) in lex.org_heads:
        return None  # "the official Comptroller's Office": the owner of a body, not a person
    if role and lex.role_before(" " + " ".join(words)):
        return None  # "the Deputy Head of ...": the run is a role itself
    if role:
        return Candidate(start, end, "PERSON", "persons.person.role", role=role)
    if in_title:
        return _title_person(start, end, words, before, after, lex)
    if len(words) < 2:
        return _lone_word_person(text, start, end, words, before, after, lex)
    return _multiword_person(text, start, end, words, before, after, inside, lex)


def _title_person(start: int, end: int, words: list[str], before: str, after: str,
                  lex: Lexicons) -> Candidate | None:
    """A name in a heading line: only a byline or list item counts there, as Title Case
    capitalises every word."""
    # Title Case makes capitals meaningless in headings, except for a name that
    # stands alone as a list item ("Milda Kaunaite, Aliaksandr Kudra, Bloomberg")
    # ("by Anna Kowalska, Peter Schmidt" as a heading line: the first name follows "by")
    if (2 <= len(words) <= 3 and words[0] in lex.given_names and LIST_ITEM_AFTER.match(after)
            and (LIST_ITEM_BEFORE.search(before) or lex.compiled["byline_before"].search(before))):
        return Candidate(start, end, "PERSON", "persons.person.byline")
    return None


def _lone_word_person(text: str, start: int, end: int, words: list[str], before: str, after: str,
                      lex: Lexicons) -> Candidate | None:
    """A one-word name: a capitalised word alone is most often no person, so it needs a
    source opener, a lone-surname context, a kin noun or an apposition."""
    # a lone surname with a source opener ("boycotted by Ivanishvili",
    # "according to Peskov") that the text uses more than once
    if (_ends_with(before, BY_OR_TO) and lex.compiled["source_single"].search(before)
            and not words[0].endswith(".")
            and text.count(words[0]) >= 2 and words[0] not in lex.given_names
            and not lex.role_before(words[0])):  # "represented by Head of the Office X"
        return Candidate(start, end, "PERSON", "persons.person.single")
    if _lone_surname(text, start, end, words[0], before, after, lex):
        return Candidate(start, end, "PERSON", "persons.person.lone_surname")
    if words[0].endswith(".") or not APPOS_LIST_END.match(after):
        return None
    cm = COMMA_BEFORE.search(before)
    # "Guanipa’s brother, Tomás,"; "his wife Galina and their son Aleksandr"
    kin = KIN_BEFORE.search(before[:cm.start()] if cm else before.rstrip())
    if kin and kin.group(1).lower() in lex.kin_nouns and words[0] in lex.given_names:
        return Candidate(start, end, "PERSON", "persons.person.kin_given")
    if (after.startswith(",") and words[0] not in lex.given_names and text.count(words[0]) >= 2
            and not SENTENCE_START_BEFORE.search(before) and lex.compiled["appos_after"].match(after)):
        return Candidate(start, end, "PERSON", "persons.person.single_appos")  # "chose Gonzalez, a retired diplomat,"
    return None


def _multiword_person(text: str, start: int, end: int, words: list[str], before: str, after: str,
                      inside: list[tuple[int, int, str]], lex: Lexicons) -> Candidate | None:
    """A name of two words or more without a role before it: a listed given name, a surname
    of the covered countries' shape, an apposition list or a speech context."""
    given_at = 1 if len(words) > 2 and words[0] in lex.one_letter_surnames else 0  # "O Jong Hun": surname first
    if words[given_at] in lex.given_names and not words[-1].endswith(".") and words[-1] not in lex.place_heads:
        # "Tengiz Field", "Maria Square": a given name before a place head names a place
        return Candidate(start, end, "PERSON", "persons.person.given")
    if (len(words) <= 3 and lex.surname_shaped(words[-1])
            and not inside and _plain_name(words, lex) and not SENTENCE_START_BEFORE.search(before)
            and not (lex.compiled["locative_before"] and lex.compiled["locative_before"].search(before))):
        # "candidate Zhiguli Dairabayev (3.4 percent)": a given name no list holds, and
        # a surname of the covered countries' shape, inside a sentence, not after a
        # locative ("near Sergiev Posad")
        return Candidate(start, end, "PERSON", "persons.person.surname_form")
    if _plain_name(words, lex) and len(words) <= 3 and not inside:
        cm = COMMA_BEFORE.search(before)
        if cm and APPOS_LIST_END.match(after):
            head = before[:cm.start()]
            kin = KIN_BEFORE.search(head)
            counted = lex.compiled.get("counted_people") is not None and lex.compiled["counted_people"].search(head)
            tail = ROLE_PORTFOLIO_TAIL.search(head)
            if (lex.role_before(head) or (kin and kin.group(1).lower() in lex.kin_nouns) or counted
                    or (tail and lex.role_before(head[:tail.start()]))):
                # "the envoy, X Y", "his wife, Choe Un Jung", "two North Koreans, Choe Chol Min and ..."
                return Candidate(start, end, "PERSON", "persons.person.appos_list")
    first_after = NEXT_LOWER_WORD.match(after)
    if (
        lex.compiled["appos_after"].match(after)
        or (first_after and first_after.group(1) in lex.speech_verbs)
        or lex.source_before(before)
    ):
        return Candidate(start, end, "PERSON", "persons.person.context")
    return None


def candidate_spans(doc: Doc, candidates: list[Candidate], not_actors: set[str] = frozenset()) -> list[Span]:
    """Token spans for candidates (label_ = type, kb_id_ = the name text, id_ = rule).

    Names in ``not_actors`` (places and things shaped like organisations: "Oval
    Office", "Belt and Road Initiative") are dropped.
    """
    text = doc_text(doc)
    spans: list[Span] = []
    for c in candidates:
        if text[c.start:c.end] in not_actors:
            continue
        span = doc.char_span(c.start, c.end, label=c.label, kb_id=text[c.start:c.end], span_id=c.rule)
        if span is None:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="contract")
            if span is None or not len(span):
                continue
            span = Span(doc, span.start, span.end, label=c.label, kb_id=span.text, span_id=c.rule)
        spans.append(span)
        if c.alias:
            alias = doc.char_span(*c.alias)
            if alias is not None:
                spans.append(Span(doc, alias.start, alias.end, label=c.label, kb_id=span.text,
                                  span_id="persons.org.acronym_alias"))
    return spans
