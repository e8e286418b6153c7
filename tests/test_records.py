"""The record models reject nonsense and the JSON Schema matches them."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from briefextract.records import (
    RECORD_ADAPTER,
    Brief,
    Count,
    DateMention,
    SanctionAction,
    Span,
    json_schema,
)

SPAN = {"start": 0, "end": 5, "text": "hello"}


def test_span_rejects_end_before_start():
    with pytest.raises(ValidationError, match="before its start"):
        Span(start=5, end=2, text="")


def test_span_rejects_text_of_wrong_length():
    with pytest.raises(ValidationError, match="characters"):
        Span(start=0, end=3, text="hello")


def test_sanction_rejects_unknown_action():
    with pytest.raises(ValidationError):
        SanctionAction(action="bomb", span=SPAN, rule="x")


def test_sanction_rejects_unknown_modality():
    with pytest.raises(ValidationError):
        SanctionAction(action="lift", modality="maybe", span=SPAN, rule="x")


@pytest.mark.parametrize("value", ["2025", "2025-09", "2025-09-11", "2025-W37", "XXXX-09-11",
                                   "2025-12-12/2025-12-13", "199X", "199", "PAST_REF", "2025-SU"])
def test_date_accepts_timex_values(value):
    assert DateMention(text="t", value=value, granularity="day", span=SPAN, rule="x").value == value


@pytest.mark.parametrize("value", ["September", "2025/9/11", "11-09-2025", ""])
def test_date_rejects_non_iso_values(value):
    with pytest.raises(ValidationError):
        DateMention(text="t", value=value, granularity="day", span=SPAN, rule="x")


def test_count_range_upper_must_not_be_below_value():
    with pytest.raises(ValidationError, match="upper bound"):
        Count(value=10, upper=5, span=SPAN, rule="x")


def test_brief_rejects_unknown_fields_and_bad_sha():
    with pytest.raises(ValidationError):
        Brief(doc_id="d", sha256="nothex", pipeline="p")
    with pytest.raises(ValidationError):
        Brief(doc_id="d", sha256="0" * 64, pipeline="p", colour="red")


def test_record_union_discriminates_on_record_field():
    rec = RECORD_ADAPTER.validate_python({"record": "count", "value": 3, "span": SPAN, "rule": "r"})
    assert isinstance(rec, Count)


def test_json_schema_covers_every_record_kind():
    schema = json_schema()
    text = json.dumps(schema)
    for name in ("Actor", "Count", "SanctionAction", "DateMention", "Event"):
        assert name in text
    assert schema["document"]["properties"]["schema_version"]


def test_records_layout_lines_validate_as_record_lines(sample_brief):
    from briefextract.records import RECORD_LINE_ADAPTER
    from briefextract.writers import brief_lines

    lines = brief_lines(sample_brief, "records")
    assert len(lines) >= 50
    kinds = {type(RECORD_LINE_ADAPTER.validate_json(line)).__name__ for line in lines}
    assert kinds == {"ActorLine", "CountLine", "SanctionActionLine", "DateMentionLine", "EventLine"}
    # a bare record is no line: the document it belongs to is required
    bare = json.loads(lines[0])
    del bare["doc_id"]
    with pytest.raises(ValidationError, match="doc_id"):
        RECORD_LINE_ADAPTER.validate_python(bare)
    # and `briefextract schema` describes these lines
    schema = json_schema()["record"]
    assert {"doc_id", "sha256"} <= set(schema["$defs"]["ActorLine"]["required"])
