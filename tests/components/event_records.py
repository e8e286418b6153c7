"""The events of a text as dicts, and views of them that several event test modules assert on."""

from __future__ import annotations

#: the publication date the event tests resolve their relative dates against
PUB = "2024-03-15"


def event_dicts(extract, text: str, published: str = PUB) -> list[dict]:
    """The events the whole shipped pipeline (``extract`` fixture) finds in ``text``, as dicts."""
    return [e.model_dump() for e in extract(text, published=published).events]


def of_type(events: list[dict], kind: str) -> list[dict]:
    """The events of type ``kind``."""
    return [e for e in events if e["type"] == kind]


def by_rule(events: list[dict], rule: str) -> list[dict]:
    """The events made by the rule ``events.<rule>`` exactly."""
    return [e for e in events if e["rule"] == "events." + rule]


def one_by_rule(events: list[dict], rule: str) -> dict:
    """The single event whose rule starts with ``events.<rule>`` (fails when there are none or several)."""
    found = [e for e in events if e["rule"].startswith("events." + rule)]
    assert len(found) == 1, events
    return found[0]
