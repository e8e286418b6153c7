"""Views of the sanctions records (``sanctions`` fixture output) that several test modules assert on."""

from __future__ import annotations


def roles(records: list[dict], action: str = "impose") -> set[tuple]:
    """(imposer, target) of the records of ``action``."""
    return {(r["imposer"], r["target"]) for r in records if r["action"] == action}


def targets(records: list[dict], action: str = "impose") -> set:
    """The targets of the records of ``action``."""
    return {r["target"] for r in records if r["action"] == action}
