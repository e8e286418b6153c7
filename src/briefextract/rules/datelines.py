"""Datelines as the later components read them: the stamp that opens a wire story
("BRUSSELS (Reuters) -", "WASHINGTON, Jane Doe (dpa)-", "KYIV, Ukraine —", "MOSCOW" on a
line of its own).

One detector finds them, once per Doc: ``rules.layout.datelines`` with
``constants.DATELINE``, run by the layout component, which keeps their parts (whole
stamp, dash, city, country, date, reporter, agency; character ranges) in
``doc._.datelines``. The readers take them from there, in tokens:

* sanctions and events: the place and agency of a dateline stamp the story; they take no
  part in it (no imposer or target, no event participant): :func:`dateline_token_ranges`;
* actors: the dateline's city is a place, not its state: :func:`dateline_city_starts`;
* persons: the reporter and the agency are a person and an organisation (``doc._.datelines``).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from briefextract.rules.spans import stored_extension
from briefextract.rules.tokens import token_arrays


def doc_datelines(doc: Doc) -> list[dict]:
    """``doc._.datelines`` (``[]`` for a Doc the layout component has not seen)."""
    return stored_extension(doc, "datelines") or []


def dateline_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """``(first, dash)`` token ranges of the datelines, in text order: the tokens of the stamp
    before its dash ("MOSCOW (Reuters)" of "MOSCOW (Reuters) -"; the place of "MOSCOW" alone
    on its line). An actor starting in one is the dateline's, not the story's."""
    lines = doc_datelines(doc)
    if not lines:
        return []
    tok = token_arrays(doc)
    idx, n = tok.idx, len(tok.idx)
    text_end = tok.end_char(n - 1) if n else 0
    out = []
    for line in lines:
        first = bisect_right(idx, line["span"][0]) - 1
        at = line["dash"][0]  # (the line's end for a place alone on its line: the token after it)
        dash = bisect_right(idx, at) - 1 if at < text_end else n
        if dash > first:
            out.append((first, dash))
    return out


def dateline_city_starts(doc: Doc) -> set[int]:
    """The tokens where a dateline's city starts ("MEXICO CITY (AP) —": the city is a place)."""
    lines = doc_datelines(doc)
    if not lines:
        return set()
    idx = token_arrays(doc).idx
    return {bisect_right(idx, line["city"][0]) - 1 for line in lines if line["city"]}
