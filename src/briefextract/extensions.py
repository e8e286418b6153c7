"""Doc extensions shared by the components.

Values are plain JSON-able data (dicts, lists, strings), never Span or Pydantic
objects: ``nlp.pipe(n_process=N)`` ships Docs between processes with
``Doc.to_bytes``, which msgpacks ``user_data``. ``doc._.brief`` is a getter that
validates the assembled dict into a :class:`~briefextract.records.Brief`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from briefextract.records import Brief
from briefextract.rules.spans import stored_extension

#: Extension name -> what it holds. All default to None; components set them.
DOC_FIELDS: dict[str, str] = {
    "meta": "document metadata: doc_id, title, published (YYYY-MM-DD), source, url",
    "excluded": "character ranges [start, end] that no extractor may report from",
    "datelines": "the datelines opening lines (rules.layout.datelines): dicts of [start, end] ranges",
    "actors": "actor record dicts (records.Actor)",
    "counts": "count record dicts (records.Count)",
    "dates": "date record dicts (records.DateMention)",
    "sanctions": "sanction record dicts (records.SanctionAction)",
    "events": "event record dicts (records.Event)",
    "warnings": "human-readable warnings about this document",
    "brief_data": "the assembled Brief as a dict (set by the last component)",
}


def _brief_getter(doc: Doc) -> Brief | None:
    data = stored_extension(doc, "brief_data")  # (no Underscore object: rules.spans)
    return None if data is None else Brief.model_validate(data)


def register_extensions() -> None:
    """Register the Doc extensions once; safe to call repeatedly."""
    for name in DOC_FIELDS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("brief"):
        Doc.set_extension("brief", getter=_brief_getter)


def meta(doc: Doc) -> dict[str, Any]:
    """The document's metadata dict (empty when none was given)."""
    return stored_extension(doc, "meta") or {}


def add_warning(doc: Doc, message: str) -> None:
    warnings = list(doc._.warnings or [])
    if message not in warnings:
        warnings.append(message)
    doc._.warnings = warnings


register_extensions()
