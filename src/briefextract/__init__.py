"""briefextract: actors, counts, sanctions actions, dates and events from political analyses.

    import briefextract
    brief = briefextract.extract(text, published="2025-09-12")
    nlp = briefextract.load(); doc = nlp(text); doc._.brief

Importing the package does not load the pipeline; ``load()`` does, once.
"""

from __future__ import annotations

from briefextract.api import extract, extract_many, load
from briefextract.errors import BriefExtractError, InputError
from briefextract.readers import Article
from briefextract.records import Actor, Brief, Count, DateMention, Event, SanctionAction, Span

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Brief",
    "BriefExtractError",
    "Count",
    "DateMention",
    "Event",
    "InputError",
    "SanctionAction",
    "Span",
    "extract",
    "extract_many",
    "load",
]
