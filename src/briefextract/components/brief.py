"""The last component: assembles ``doc._.brief_data`` from what the extractors found.

It is also the safety net for the layout contract: a record whose span overlaps a
credit / debris / boilerplate range is dropped here, whichever extractor made it,
and an actor keeps only mentions outside those ranges. Rule ids listed in
``constants.EXCLUSION_EXEMPT_RULES`` (date stamps on source lines) are kept.
"""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from briefextract import constants as C
from briefextract.components.batching import BatchedPipe
from briefextract.extensions import meta
from briefextract.records import SCHEMA_VERSION
from briefextract.rules.spans import doc_text, store_extension, stored_extension

_SPAN_LISTS = ("counts", "sanctions", "dates", "events")


class BriefAssembler(BatchedPipe):
    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.pipeline_id = f"{nlp.meta.get('name', 'briefextract-en')} {nlp.meta.get('version', '0.0.0')}"

    def __call__(self, doc: Doc) -> Doc:
        m = meta(doc)
        # read straight from doc.user_data (rules.spans): every doc._ access builds an Underscore object (~2 µs)
        excluded = [(s, e) for s, e in (stored_extension(doc, "excluded") or ())]
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "doc_id": str(m.get("doc_id") or "doc"),
            "title": m.get("title"),
            "published": m.get("published"),
            "source": m.get("source"),
            "url": m.get("url"),
            "sha256": hashlib.sha256(doc_text(doc).encode("utf-8")).hexdigest(),
            "pipeline": self.pipeline_id,
            "actors": self._actors(doc, excluded),
        }
        for key in _SPAN_LISTS:
            records = stored_extension(doc, key) or []
            data[key] = [r for r in records if _kept(excluded, r)] if excluded else list(records)
        data["warnings"] = list(stored_extension(doc, "warnings") or [])
        store_extension(doc, "brief_data", data)
        return doc

    @staticmethod
    def _actors(doc: Doc, excluded: list[tuple[int, int]]) -> list[dict]:
        found = stored_extension(doc, "actors") or []
        if not excluded:  # most articles: nothing to filter, no copies to make
            return list(found)
        actors = []
        for actor in found:
            mentions = [s for s in actor.get("mentions", []) if not _overlaps(excluded, s)]
            if actor.get("mentions") and not mentions:
                continue
            actors.append({**actor, "mentions": mentions})
        return actors


def _kept(excluded: list[tuple[int, int]], record: dict) -> bool:
    """A record outside the excluded ranges, or one whose rule may report from them."""
    return not _overlaps(excluded, record["span"]) or str(record.get("rule", "")).startswith(
        C.EXCLUSION_EXEMPT_RULES
    )


def _overlaps(excluded: list[tuple[int, int]], span: dict) -> bool:
    """``rules.spans.is_excluded`` for a span dict, on ranges read from the Doc once."""
    start, end = span["start"], span["end"]
    return any(s < end and e > start for s, e in excluded)
