"""Known-entity lookup: gazetteer rows -> entries with surface forms -> matches.

The gazetteer files (``models/briefextract-en/gazetteer/*.jsonl``) hold one row
per real-world entity: ``name`` (canonical), ``type`` and lists of other forms
(``aliases``, ``demonyms``, ``capitals``). Here they become *entries* with a flat
list of ``(form, kind)`` pairs, the kind saying how a match relates to the entity:

* ``name`` / ``alias``: the entity itself;
* ``demonym``: "Belarusian", "U.S." used as a modifier -> the state (GUIDELINES:
  demonyms modifying a state-related noun are aliases of the state);
* ``capital``: "Moscow" may stand for Russia; the actors component decides per
  mention whether it is the state or the city (the city is its own entry).

Rows with ``"cue": true`` and the ``cued_aliases`` of listed cities are *cued
places*: a match is kept only where a place cue says it is a place
(:func:`cued_places`), since many such names are also words or surnames. The
cued rows (the smaller cities and provinces, 32,000 of them) are not in the
``.jsonl`` files: the build script makes their entries here and keeps them in
``cued_places.json`` in the form matching reads (:func:`cued_table`,
:class:`CuedPlaces`), so loading them is one JSON parse, not an entry per row.

Files are read in priority order (leaders, organisations, countries, regions,
cities): a form already claimed by an earlier entry is not given to a later one,
so "Georgia" stays the country and "Hong Kong" is not listed twice. Capitals are
the exception: the same span is a capital-of-a-state and a city, on purpose.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, SpanGroup

from briefextract.constants import APOSTROPHES, POSSESSIVES, SPANS_GAZETTEER
from briefextract.rules.actor_spans import SpanTuple, as_tuples
from briefextract.rules.actors_span_group import SpanRow, span_group
from briefextract.rules.spans import excluded_ranges, overlap_clusters
from briefextract.rules.tokens import TokenArrays, token_arrays

#: Gazetteer files in priority order (first claim on a surface form wins).
GAZETTEER_FILES = ("leaders", "organisations", "countries", "regions", "cities")

#: The form kind of a demonym ("Moldovan"): the actors, persons and events rules read it.
DEMONYM_KIND = "demonym"
#: form kinds that write an entry's own name (its name, an alias), unlike a demonym or capital
NAME_KINDS = frozenset(("name", "alias"))
#: entry types of bodies and places (not persons): their multiword names also match in lower case
_BODY_OR_PLACE_TYPES = frozenset(("ORG", "GPE"))
#: Row fields that list other surface forms, and the form kind each gives.
FORM_FIELDS = (("aliases", "alias"), ("demonyms", DEMONYM_KIND), ("capitals", "capital"), ("cued_aliases", "cued_alias"))

#: The form kind of a listed entry's spellings that count only after a place cue, like
#: cued places (``cued_aliases``: "Viciebsk" for Vitebsk); a match is an ``alias``.
CUED_ALIAS = "cued_alias"

#: Entry fields copied onto actor records when present.
ENTRY_INFO_FIELDS = ("code", "wikidata", "country", "roles", "as_of", "family_name_first", "cue", "feature")


#: " of the " before a capitalised word inside an organisation's name (``build_entries``)
OF_THE = re.compile(r" of the (?=[A-Z])")


def form_variants(form: str) -> list[str]:
    """A form plus its typographic twins: the same form with each other apostrophe
    (``constants.APOSTROPHES``), Unicode hyphens."""
    out = [form]
    written = next((a for a in APOSTROPHES if a in form), None)
    if written is not None:
        out += [form.replace(written, a) for a in APOSTROPHES if a != written]
    if "-" in form:
        out += [f.replace("-", "‑") for f in list(out)]
    return out


def fold_diacritics(text: str) -> str:
    """Diacritics off ("Padrino López" -> "Padrino Lopez", "Șor" -> "Sor"); letters with no
    decomposition stay ("Władysław")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def build_entries(data: dict[str, list[dict]]) -> list[dict]:
    """Flatten the gazetteer files into entries ``{name, type, forms, ...}``.

    ``forms`` is a list of ``[text, kind]``. Place names (GPE ``name`` forms) also
    get an upper-case twin for datelines ("MEXICO CITY", "WASHINGTON"); a person's
    hyphenated forms a twin with a space ("Kassym Jomart Tokayev"), its forms with
    diacritics one without ("Padrino Lopez").
    """
    entries: list[dict] = []
    claimed: set[str] = set()
    names: set[str] = set()
    for file_key in GAZETTEER_FILES:
        for row in data.get(file_key) or []:
            name = row["name"]
            if name in names:
                continue
            names.add(name)
            entry = {"name": name, "type": row["type"], "source": file_key, "forms": []}
            for field in ENTRY_INFO_FIELDS:
                if row.get(field):
                    entry[field] = row[field]
            if row.get("cue"):
                # a cued place (most rows): its forms as written, unclaimed ones only (the
                # build script already spelled them out; no dateline twin, no variants)
                forms = [name, *(row.get("aliases") or ())]
                entry["forms"] = [[f, "name" if f == name else "alias"] for f in dict.fromkeys(forms)
                                  if f not in claimed]
                claimed.update(forms)
                entries.append(entry)
                continue
            candidates: list[tuple[str, str]] = [(name, "name")]
            for field, kind in FORM_FIELDS:
                candidates += [(f, kind) for f in row.get(field) or []]
            if row["type"] == "GPE":
                candidates += [(f.upper(), "name") for f, k in candidates if k in NAME_KINDS and len(f) > 3]
            elif row["type"] == "PERSON":
                # a hyphenated given name is also written with a space ("Kassym Jomart Tokayev"),
                # and a name without its diacritics ("Padrino Lopez" for "Padrino López")
                candidates += [(f.replace("-", " "), "alias") for f, k in candidates if "-" in f and k in NAME_KINDS]
                candidates += [(fold_diacritics(f), "alias") for f, k in candidates if k in NAME_KINDS and not f.isascii()]
            elif row["type"] == "ORG":
                # "Department of the Treasury" is also written "Department of Treasury", "Ministry of
                # the Interior" "Ministry of Interior"
                candidates += [(OF_THE.sub(" of ", f), "alias") for f, k in candidates
                               if k in NAME_KINDS and OF_THE.search(f)]
            for form, kind in candidates:
                for variant in form_variants(form):
                    if kind != "capital" and variant in claimed:
                        continue
                    if any(variant == f for f, _ in entry["forms"]):
                        continue
                    entry["forms"].append([variant, kind])
            claimed.update(f for f, k in entry["forms"] if k != "capital")
            entries.append(entry)
    return entries


def _owners_by_lower_form(entries: list[dict]) -> dict[str, set[int]]:
    """Lower-cased form -> the indices of the entries that have it (a case-blind form
    is safe to match only when one entry owns it). Cued places are left out: they are
    never matched case-blind, and are only looked up after a place cue."""
    owners: dict[str, set[int]] = {}
    for index, entry in enumerate(entries):
        if entry.get("cue"):
            continue
        for form, _ in entry["forms"]:
            owners.setdefault(form.lower(), set()).add(index)
    return owners


def titlecase_acronyms(entries: list[dict], skip: set[str] = frozenset()) -> dict[str, list[str]]:
    """Organisation acronyms written in title case ("Nato", "Afp", "Pdvsa").

    Many outlets (British style, wire translations) write an acronym of three or
    more letters as a word. Only all-capital alphabetic acronyms of ORG entries
    qualify, only when no other entry owns the same lower-cased form, and not
    the title forms in ``skip`` (ordinary words and given names: "Who", "Rand",
    "Swift"). The caller keeps a match only where the token is in title case and,
    for three letters, does not open a sentence. Keys are the exact matcher's keys.
    """
    owners = _owners_by_lower_form(entries)
    out: dict[str, list[str]] = {}
    for index, entry in enumerate(entries):
        if entry["type"] != "ORG":
            continue
        for form, kind in entry["forms"]:
            if (kind not in NAME_KINDS or len(form) < 3 or not form.isalpha() or not form.isupper()
                    or form.title() in skip or len(owners[form.lower()]) > 1):
                continue
            out.setdefault(f"gaz:{index}:{kind}", []).append(form.lower())
    return out


def lowercase_forms(entries: list[dict]) -> dict[str, list[str]]:
    """Multi-word organisation and place names matchable case-insensitively.

    Body text sometimes lower-cases part of a name ("the United nations", "the
    European union"). Only names and aliases of two or more words qualify (a
    single word in lower case is usually a common noun: "union", "chad"), and only
    when no other entry has the same lower-cased form. The caller keeps a match
    only where the first word is capitalised and no exact match has the same
    bounds. Keys are the exact matcher's keys (``gaz:<index>:<kind>``).
    """
    owners = _owners_by_lower_form(entries)
    out: dict[str, list[str]] = {}
    for index, entry in enumerate(entries):
        if entry["type"] not in _BODY_OR_PLACE_TYPES or entry.get("cue"):
            continue
        for form, kind in entry["forms"]:
            low = form.lower()
            if kind not in NAME_KINDS or len(form.split()) < 2 or form == low or len(owners[low]) > 1:
                continue
            if form.isupper():
                continue  # the dateline twin of a name
            out.setdefault(f"gaz:{index}:{kind}", []).append(low)
    return out


#: The first token of a form, as the tokenizer cuts it ("Kryvyi" of "Kryvyi Rih", "Ivano"
#: of "Ivano-Frankivsk", "St." of "St. Petersburg").
FIRST_TOKEN = re.compile(r"[^\s\-‑]+")


def first_tokens(forms: Iterable[str]) -> frozenset[str]:
    """The first tokens of ``forms`` (see FIRST_TOKEN), also without a trailing apostrophe
    or full stop (the tokenizer may cut it off: "Homyel'")."""
    out = set()
    for form in forms:
        m = FIRST_TOKEN.match(form)
        if m:
            out.add(m.group())
            out.add(m.group().rstrip(APOSTROPHES + "."))
    return frozenset(out)


#: The fields of a cued place's entry (``cued_places.json`` keeps its name and country;
#: cued places are GPEs of the cities file).
CUED_ENTRY_FIELDS = frozenset({"name", "type", "source", "forms", "country", "cue"})


def cued_table(entries: list[dict]) -> dict:
    """The cued entries of ``entries`` (:func:`build_entries` of every file, cued rows
    included) as ``gazetteer/cued_places.json`` keeps them: ``places`` (canonical name
    -> country, place *p* the p-th), ``forms`` (form -> ``2p`` for the name of place
    *p*, ``2p + 1`` for another spelling; a place's forms in a row, as its entry lists
    them) and ``first_tokens`` (:func:`first_tokens` of the forms).

    Written by ``scripts/build_gazetteers.py``, read by :class:`CuedPlaces`: what
    :func:`cued_places` looks up is in the file as it is, so loading 32,000 places
    and 65,000 forms makes no entry, no key and no regex match per place (done
    here, they cost a second of every load).
    """
    places: dict[str, str | None] = {}
    forms: dict[str, int] = {}
    for entry in entries:
        if not entry.get("cue"):
            continue
        if entry["type"] != "GPE" or entry["source"] != "cities" or not CUED_ENTRY_FIELDS.issuperset(entry):
            raise ValueError(f"a cued place is a GPE of the cities file with a country at most: {entry}")
        number = len(places)
        places[entry["name"]] = entry.get("country")
        for form, kind in entry["forms"]:
            forms[form] = 2 * number + (kind != "name")
    return {"places": places, "forms": forms, "first_tokens": sorted(first_tokens(forms))}


class CuedPlaces:
    """The cued places as :func:`cued_places` looks them up: ``cued_places.json``
    (:func:`cued_table`) taken as it is, plus the ``cued_aliases`` of listed entries.

    ``forms``: form -> cued id: ``2p`` / ``2p + 1`` for the name / another spelling of
    place *p* of the file; ids from ``listed_from`` on are listed entries' cued
    aliases (:meth:`add_listed`). ``first_words``: the file's first tokens and the
    listed aliases' (a token no form starts with is not looked up; a superset only
    costs a failed lookup). ``max_chars``: the longest form.

    The listed entries come first, as in :func:`build_entries`: a form one of them
    claims, or a place named like one, is dropped. The build script made the file
    with them already, so this drops nothing unless a listed file was edited
    since (the next build also gives such a place's other spellings to the next
    place that has them). A place becomes an entry only when asked for (:meth:`entry`).
    """

    def __init__(self, data: dict | None, listed: list[dict]) -> None:
        data = data or {}
        places = data.get("places") or {}
        self.names: list[str] = list(places)
        self.countries: list[str | None] = list(places.values())
        self.place_of: dict[str, int] = dict(zip(self.names, range(len(self.names))))
        self.forms: dict[str, int] = dict(data.get("forms") or {})  # a copy: ``data`` is written back as read
        claimed = {form for entry in listed for form, kind in entry["forms"] if kind != "capital"}
        for form in claimed.intersection(self.forms):
            del self.forms[form]
        named = {entry["name"] for entry in listed}.intersection(self.place_of)
        if named:
            dropped = {self.place_of.pop(name) for name in named}
            self.forms = {form: cued_id for form, cued_id in self.forms.items() if cued_id >> 1 not in dropped}
        self.first_words: set[str] = set(data.get("first_tokens") or ())  # grows with the listed aliases
        self.max_chars = max(map(len, self.forms), default=0)
        self.listed_from = 2 * len(self.names)
        self.listed: list[tuple[str, str, str, str | None]] = []  # per listed id: key, label, name, country
        self._entries: dict[str, dict] = {}
        self._columns: tuple[list[str], list[int]] | None = None  # ``forms``' keys and ids, on first need

    def add_listed(self, index: int, entry: dict, forms: Iterable[str]) -> None:
        """Give the cued aliases ``forms`` of listed entry ``index`` one cued id (a form
        already given keeps its id: the first claim wins)."""
        cued_id = self.listed_from + len(self.listed)
        self.listed.append((f"gaz:{index}:alias", entry["type"], entry["name"], entry.get("country")))
        added = [form for form in forms if form not in self.forms]
        self.forms.update(dict.fromkeys(added, cued_id))
        self.first_words.update(first_tokens(added))
        self.max_chars = max(self.max_chars, *map(len, added), 0)

    def __bool__(self) -> bool:
        return bool(self.forms)

    def country(self, cued_id: int) -> str | None:
        """The country of a cued id's place ("Ukraine’s X" / "X, Ukraine" need it)."""
        if cued_id < self.listed_from:
            return self.countries[cued_id >> 1]
        return self.listed[cued_id - self.listed_from][3]

    def key(self, cued_id: int) -> tuple[str, str, str, str]:
        """The matcher key, label, canonical name and form kind of a cued id."""
        if cued_id < self.listed_from:
            kind = "alias" if cued_id & 1 else "name"
            return f"cued:{cued_id >> 1}:{kind}", "GPE", self.names[cued_id >> 1], kind
        key, label, name, _ = self.listed[cued_id - self.listed_from]
        return key, label, name, "alias"

    def entry(self, name: str) -> dict | None:
        """The entry :func:`build_entries` made of a cued place (None for another name),
        made the first time it is asked for."""
        entry = self._entries.get(name)
        if entry is None:
            number = self.place_of.get(name)
            if number is None:
                return None
            if self._columns is None:
                self._columns = list(self.forms), list(self.forms.values())
            forms, ids = self._columns
            # ids never fall in ``forms``' order (a place's forms in a row, places in
            # order, the listed aliases last): a place's forms are one slice
            start, end = bisect_left(ids, 2 * number), bisect_left(ids, 2 * number + 2)
            entry = {"name": name, "type": "GPE", "source": "cities",
                     "forms": [[form, "alias" if cued_id & 1 else "name"]
                               for form, cued_id in zip(forms[start:end], ids[start:end])]}
            if self.countries[number]:
                entry["country"] = self.countries[number]
            entry["cue"] = True
            self._entries[name] = entry
        return entry


class PlaceCues(NamedTuple):
    """``gazetteer/place_cues.json`` as sets: the words that say a name is a place."""

    before: frozenset[str]  # lower-case word right before: "in Zhytomyr", "near Kupiansk"
    before_of: frozenset[str]  # lower-case word before "of": "the town of X", "the regions of X"
    before_on: frozenset[str]  # lower-case word before "on": "strikes on X"
    after: frozenset[str]  # word right after: "X region", "X Oblast", "X province", "X refinery"
    list: frozenset[str]  # "," / "and" / "or" joining places: "Sumy, X and Y"
    state_after: frozenset[str]  # a place's own state after it: "X, Ukraine" (or before it, possessive: "Ukraine’s X")

    @classmethod
    def from_data(cls, data: dict | None) -> PlaceCues:
        data = data or {}
        return cls(*(frozenset(data.get(field) or ()) for field in cls._fields))


def cued_places(text: str, tok: TokenArrays, cue_positions: Iterable[int], cued: CuedPlaces,
                cues: PlaceCues, places: list[tuple[int, int, int]], state_of: dict[int, str] | None = None,
                taken: frozenset[int] | set[int] = frozenset(),
                dateline_starts: Iterable[int] = ()) -> list[tuple[int, int, int]]:
    """``(cued id, start, end)`` of cued places: a form of ``cued.forms`` written right
    where a cue says "place".

    Cues: a word before ("in X", "near X", "struck X"), "of" / "on" after a place noun
    ("the town of X", "strikes on X"), a word after ("X region", "X Oblast", "X
    refinery"), the place's own state ("Ukraine’s X", "X, Ukraine": ``cued.country``
    gives a cued id's country, ``state_of`` maps a state's match id to its name),
    the city of a dateline ("TARAZ, Kazakhstan (AP) —", "Taraz. July 4. Agency -": ``dateline_starts``),
    or a list with a place ("the regions of Sumy, X and Y": ``,`` / ``and`` / ``or``
    next to another place, either side; ``places``: the matches of places that need no cue).
    ``cue_positions``: the tokens that are cue words (the case-blind matcher finds
    them); only the tokens next to them are looked up, each as the document's own
    text of one to a few tokens (``cued.max_chars`` long at most), longest first: no
    pattern per form, no pass over every token. ``cued.first_words`` (the first token
    of every form) and ``taken`` (tokens where a listed match starts) skip the lookups
    that cannot succeed or would lose to a listed name.
    """
    lower, words, idx = tok.lower, tok.text, tok.idx
    n = len(words)
    forms, max_chars, first_words, country_of = cued.forms, cued.max_chars, cued.first_words, cued.country

    def form_at(start: int) -> tuple[int, int, int] | None:
        if start >= n or start in taken or not words[start][:1].isupper():
            return None
        if words[start] not in first_words and words[start].title() not in first_words:
            return None
        best = None
        for end in range(start + 1, min(n, start + 6) + 1):
            chars = tok.end_char(end - 1) - idx[start]
            if chars > max_chars:
                break
            form = text[idx[start]:idx[start] + chars]
            match_id = forms.get(form)
            if match_id is None and chars > 3 and form.isupper():
                match_id = forms.get(form.title())  # a dateline: "TERNOPIL, Ukraine —"
            if match_id is not None:
                best = (match_id, start, end)
        return best

    def form_before(end: int) -> tuple[int, int, int] | None:
        for start in range(max(0, end - 6), end):
            found = form_at(start)
            if found is not None and found[2] == end:
                return found
        return None

    found: dict[int, tuple[int, int, int]] = {}  # start -> match
    for p in cue_positions:
        word = lower[p]
        if word in cues.before or (p > 0 and ((word == "of" and lower[p - 1] in cues.before_of)
                                             or (word == "on" and lower[p - 1] in cues.before_on))):
            match = form_at(p + 1)
        elif words[p] in cues.after:
            match = form_before(p)
        else:
            continue
        if match is not None:
            found[match[1]] = match
    for start in dateline_starts:
        match = form_at(start)
        if match is not None:
            found[start] = match
    if state_of:
        for state_id, start, end in places:
            state = state_of.get(state_id)
            if state is None:
                continue
            if end < n and words[end] in POSSESSIVES:
                match = form_at(end + 1)
            elif start > 1 and words[start - 1] in cues.state_after:
                match = form_before(start - 1)
            else:
                continue
            if match is not None and country_of(match[0]) == state:
                found[match[1]] = match
    # lists: a name next to a place ("Sumy, X", "X and Sumy"), both ways; each place
    # (given or found) is looked at once, the ones found here in turn
    ends = {m[2] for m in places} | {m[2] for m in found.values()}
    starts = {m[1] for m in places} | set(found)
    todo_ends, todo_starts = sorted(ends), sorted(starts)
    while todo_ends or todo_starts:
        new: list[tuple[int, int, int]] = []
        for end in todo_ends:
            if end < n and lower[end] in cues.list:
                nxt = end + 2 if end + 1 < n and lower[end] == "," and lower[end + 1] in cues.list else end + 1
                match = None if nxt in starts else form_at(nxt)
                if match is not None:
                    new.append(match)
                    starts.add(match[1])
                    ends.add(match[2])
        for start in todo_starts:
            if start > 0 and lower[start - 1] in cues.list:
                end = start - 2 if start > 1 and lower[start - 2] == "," else start - 1
                match = None if end in ends else form_before(end)
                if match is not None and match[1] not in starts:
                    new.append(match)
                    starts.add(match[1])
                    ends.add(match[2])
        for match in new:
            found[match[1]] = match
        todo_ends, todo_starts = [m[2] for m in new], [m[1] for m in new]
    return [found[start] for start in sorted(found)]


class EntryKey(NamedTuple):
    """What a matcher key stands for: the entry's type, canonical name and form kind,
    with their StringStore hashes (a Span built from hashes skips three string lookups)."""

    label: str
    name: str
    kind: str
    label_hash: int
    name_hash: int
    kind_hash: int


def match_entries(doc: Doc, matches: Iterable[tuple[int, int, int]],
                  key_of: dict[int, EntryKey]) -> tuple[SpanGroup, list[SpanTuple]]:
    """Turn PhraseMatcher matches into the gazetteer's span group, and the same spans as SpanTuples.

    The longest match wins where matches overlap ("Chinese Ministry of Commerce"
    style names are handled later by the persons/org rules, which may be longer
    still); every entry matching exactly the kept boundaries is kept, so a capital
    yields both its state (kind ``capital``) and its city (kind ``name``).
    Matches inside excluded layout ranges are dropped. The SpanTuples come out in
    runs of equal bounds, in text order; :func:`bounds_runs` hands the runs out.
    """
    by_bounds: dict[tuple[int, int], list[EntryKey]] = {}
    for match_id, start, end in matches:
        by_bounds.setdefault((start, end), []).append(key_of[match_id])
    tok = token_arrays(doc)  # the character offsets (a Span reads them through Token objects)
    ranges = excluded_ranges(doc)
    if ranges:
        by_bounds = _outside_ranges(by_bounds, tok, ranges)
    idx, words = tok.idx, tok.text
    ids: list[SpanRow] = []
    rows: list[tuple[int, int, int, int, str, str, str]] = []
    run_ends: list[int] = []  # where each run of equal bounds ends in ``rows``
    for start, end in _longest_first(by_bounds):
        start_char, end_char = idx[start], idx[end - 1] + len(words[end - 1])
        for key in by_bounds[(start, end)]:
            ids.append((start, end, start_char, end_char, key.label_hash, key.name_hash, key.kind_hash))
            rows.append((start, end, start_char, end_char, key.label, key.name, key.kind))
        run_ends.append(len(rows))
    tuples = as_tuples(SpanTuple, rows)
    _RUNS[doc] = (tuples, [tuples[a:b] for a, b in zip([0, *run_ends], run_ends)])
    return span_group(doc, SPANS_GAZETTEER, ids), tuples


#: Doc -> (the SpanTuples match_entries made, the same in runs of equal bounds); entries go with the Doc.
_RUNS: weakref.WeakKeyDictionary[Doc, tuple[list[SpanTuple], list[list[SpanTuple]]]] = weakref.WeakKeyDictionary()


def bounds_runs(doc: Doc, gazetteer: list[SpanTuple]) -> list[list[SpanTuple]]:
    """The gazetteer spans grouped by bounds, groups in (start, end) order, each in the
    spans' order: what :func:`match_entries` made while writing them, or (for spans it
    did not make) the same grouping done here."""
    kept = _RUNS.get(doc)
    if kept is not None and kept[0] is gazetteer:
        return kept[1]
    by_bounds: dict[tuple[int, int], list[SpanTuple]] = {}
    for span in gazetteer:
        by_bounds.setdefault((span.start, span.end), []).append(span)
    return [by_bounds[bounds] for bounds in sorted(by_bounds)]


def _outside_ranges(by_bounds: dict[tuple[int, int], list[EntryKey]], tok: TokenArrays,
                    ranges: Sequence[Sequence[int]]) -> dict[tuple[int, int], list[EntryKey]]:
    """The matches whose characters overlap none of ``ranges`` (``spans.is_excluded``'s
    test, with the ranges and token columns read once for all matches, not per call)."""
    idx, words = tok.idx, tok.text
    kept: dict[tuple[int, int], list[EntryKey]] = {}
    for (start, end), keys in by_bounds.items():
        start_char, end_char = idx[start], idx[end - 1] + len(words[end - 1])
        if not any(s < end_char and e > start_char for s, e in ranges):
            kept[start, end] = keys
    return kept


def _longest_first(bounds: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spacy.util.filter_spans`` on (start, end) token pairs, in text order.

    The longest (then the first) of overlapping ranges wins. Pairs instead of Span
    objects: a Span per match cost more than the matching itself. Only ranges that
    overlap another need that order: in text order the ranges fall into clusters of
    overlapping ones that share no token with each other, each settled on its own
    (most matches overlap nothing), so the one sort is by start, which the
    matcher's order nearly is already.
    """
    kept: list[tuple[int, int]] = []
    for cluster in overlap_clusters(sorted(bounds), _itself):
        kept += cluster if len(cluster) == 1 else _longest_of_cluster(cluster)
    return kept


def _itself(bounds: tuple[int, int]) -> tuple[int, int]:
    return bounds


def _longest_of_cluster(cluster: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges ``filter_spans`` keeps of one cluster of overlapping ranges, in text order."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    # (-length, start) ascending is longest, then first; sorted as tuples, no key function
    for _, start, end in sorted([(start - end, start, end) for start, end in cluster]):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    kept.sort()
    return kept
