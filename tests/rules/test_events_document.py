"""What the event rules read of a document once (``DocumentReads``): the actor countries and the
state the story names most, which ``describe`` and ``resolve`` both read."""

from __future__ import annotations

from briefextract.rules.events.document import ActorSpan, DocumentReads, actor_countries

RECORDS = [
    {"name": "Minsk", "type": "GPE", "country": "Belarus"},
    {"name": "Belarus", "type": "GPE", "code": "BY"},
    {"name": "Poland", "type": "GPE", "code": "PL"},
    {"name": "Alexander Lukashenko", "type": "PERSON", "country": "Belarus"},
]


def _reads(story_actors: list[ActorSpan]) -> DocumentReads:
    return DocumentReads(
        lowers=[], sents=[], actors=story_actors, story_actors=story_actors, dates=[], datelines=[],
        actor_records=RECORDS, country_of=actor_countries(RECORDS), dct=None,
    )


def test_actor_countries_are_read_from_the_records() -> None:
    assert actor_countries(RECORDS) == {"Minsk": "Belarus", "Alexander Lukashenko": "Belarus"}


def test_topic_state_counts_a_place_for_its_country() -> None:
    # Poland twice, but Minsk and Belarus are three mentions of Belarus; the person does not count
    spans = [
        ActorSpan(0, 1, "GPE", "Poland"), ActorSpan(2, 3, "GPE", "Minsk"), ActorSpan(4, 5, "GPE", "Poland"),
        ActorSpan(6, 7, "GPE", "Belarus"), ActorSpan(8, 9, "GPE", "Minsk"),
        ActorSpan(10, 12, "PERSON", "Alexander Lukashenko"),
    ]
    assert _reads(spans).topic_state == "Belarus"


def test_topic_state_first_of_equals_and_none_without_places() -> None:
    assert _reads([ActorSpan(0, 1, "GPE", "Poland"), ActorSpan(2, 3, "GPE", "Minsk")]).topic_state == "Poland"
    assert _reads([ActorSpan(0, 2, "PERSON", "Alexander Lukashenko")]).topic_state is None


def test_topic_state_is_made_once_per_document() -> None:
    reads = _reads([ActorSpan(0, 1, "GPE", "Poland")])
    assert reads.topic_state == "Poland"
    reads.story_actors.append(ActorSpan(2, 3, "GPE", "Minsk"))
    reads.story_actors.append(ActorSpan(4, 5, "GPE", "Minsk"))
    assert reads.topic_state == "Poland"  # read once: describe and resolve see the same state
