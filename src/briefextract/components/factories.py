"""Every briefextract spaCy factory, registered in one place (spaCy 3.8 style).

They are also declared as ``spacy_factories`` entry points in ``pyproject.toml`` so
``spacy.load("models/briefextract-en")`` works in a fresh interpreter without
importing briefextract first.
"""

from __future__ import annotations

from spacy.language import Language

from briefextract import extensions  # noqa: F401  (registers the Doc extensions)
from briefextract.components.actors import ActorResolver
from briefextract.components.brief import BriefAssembler
from briefextract.components.counts import CountExtractor
from briefextract.components.dates import DateExtractor
from briefextract.components.events import EventExtractor
from briefextract.components.gazetteer import GazetteerRuler
from briefextract.components.layout import LayoutMarker
from briefextract.components.persons import PersonFinder
from briefextract.components.sanctions import SanctionExtractor


@Language.factory("briefextract_layout")
def make_layout(nlp: Language, name: str) -> LayoutMarker:
    """Title, headings, credits, debris; sentence starts."""
    return LayoutMarker(nlp, name)


@Language.factory("briefextract_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerRuler:
    """Known actors (countries, demonyms, cities, organisations, leaders) from pattern files."""
    return GazetteerRuler(nlp, name)


@Language.factory("briefextract_persons")
def make_persons(nlp: Language, name: str) -> PersonFinder:
    """Persons and organisations not in any list: role + name, given names, org patterns."""
    return PersonFinder(nlp, name)


@Language.factory("briefextract_actors")
def make_actors(nlp: Language, name: str) -> ActorResolver:
    """One canonical actor per entity, with aliases, roles and country."""
    return ActorResolver(nlp, name)


@Language.factory("briefextract_dates")
def make_dates(nlp: Language, name: str) -> DateExtractor:
    """Temporal expressions resolved to TIMEX3-style ISO values."""
    return DateExtractor(nlp, name)


@Language.factory("briefextract_counts")
def make_counts(nlp: Language, name: str) -> CountExtractor:
    """Numbers with their counted noun phrase."""
    return CountExtractor(nlp, name)


@Language.factory("briefextract_sanctions")
def make_sanctions(nlp: Language, name: str) -> SanctionExtractor:
    """Actions on sanctions, embargoes, restrictions, tariffs and export controls."""
    return SanctionExtractor(nlp, name)


@Language.factory("briefextract_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    """Dated events with participants and location."""
    return EventExtractor(nlp, name)


@Language.factory("briefextract_brief")
def make_brief(nlp: Language, name: str) -> BriefAssembler:
    """Assembles doc._.brief from the extractors' records (always last)."""
    return BriefAssembler(nlp, name)
