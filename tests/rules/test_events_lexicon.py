"""The events cue lists a rule reads are all given by the shipped cues.json (none stays empty)."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from briefextract.rules.events.lexicon import EventLexicon, build_lexicon

DATA = Path(__file__).resolve().parents[2] / "models" / "briefextract-en" / "events"


def _shipped_lexicon() -> EventLexicon:
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    return build_lexicon(None, {"cues": cues})


def test_every_cue_word_list_is_loaded() -> None:
    # a word list a rule reads (an EventLexicon frozenset field) left out of cues.json would keep its
    # empty default and silently switch its rule off
    lex = _shipped_lexicon()
    empty = [f.name for f in fields(EventLexicon) if f.type == "frozenset[str]" and not getattr(lex, f.name)]
    assert empty == []


def test_former_markers_come_from_cues_json() -> None:
    # arguments._role_person reads them: 'the former president' stands only for a former holder
    assert "former" in _shipped_lexicon().former_markers
