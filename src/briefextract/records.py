"""Pydantic models of the record contract in DESIGN.md.

Field names are a public API: downstream code joins on them, so they change only
with ``SCHEMA_VERSION``. The models are strict where nonsense is cheap to detect
(a span that ends before it starts, an action outside the closed vocabulary, an
ISO value in the wrong shape) and lenient where the text itself is (free-text
``what`` / ``scope`` fields).

``Record`` is the discriminated union of the five records (on the ``record``
discriminator); ``RecordLine`` is a line of ``--layout records``: a record plus the
``doc_id`` and ``sha256`` of its document.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    create_model,
    model_validator,
)

SCHEMA_VERSION = "1"

ActorType = Literal["PERSON", "ORG", "GPE"]
CountKind = Literal["cardinal", "ordinal", "percent", "money"]
#: GUIDELINES' nine actions, plus three the schema keeps for compatibility but the rules no longer
#: emit: "expand" (a widened measure is reported as tighten), "delist" (lift) and "suspend" (lift,
#: or consider for a measure put off)
SanctionActionName = Literal[
    "impose", "extend", "expand", "tighten", "maintain", "ease", "suspend",
    "lift", "delist", "threaten", "consider", "call_for",
]
Modality = Literal["asserted", "planned", "possible", "negated"]
Granularity = Literal[
    "year", "decade", "century", "season", "quarter", "half", "month", "week", "day",
    "interval", "ref",
]
DateMod = Literal["APPROX", "START", "MID", "END", "BEFORE", "AFTER"]
# Closed on purpose (downstream joins on it); PLOVER categories ride beside it.
EventType = Literal[
    "meeting", "visit", "talks", "phone_call", "release", "attack", "exercise",
    "election", "sanctions", "arrest", "agreement", "statement",
    "war", "coup", "protest", "capture", "exchange", "withdrawal", "deployment",
    "order", "inauguration", "transfer", "execution", "sentencing", "appointment", "closure", "theft",
    # general nouns of happenings, as the dated fallback (models/briefextract-en/events/fallback.json) names
    # them; some are reserved: no trigger or fallback verb produces them now, the schema keeps them stable
    "abolition", "acceptance", "accession", "accusation", "acquisition", "acquittal", "address", "adjournment",
    "admission", "adoption", "amendment", "annexation", "announcement", "annulment", "appeal", "approval",
    "arrival", "assassination", "award", "ban", "blocking", "bombing", "boycott", "call", "cancellation",
    "charge", "collapse", "conclusion", "condemnation", "confiscation", "congratulation", "conviction",
    "counterattack", "crash", "creation", "criticism", "crossing", "damage", "death", "decision",
    "declaration", "defeat", "defection", "delivery", "denial", "departure", "deportation", "designation",
    "destruction", "detention", "disappearance", "dismissal", "dissolution", "emigration", "enactment", "end",
    "endorsement", "entry", "escape", "establishment", "evacuation", "expiry", "explosion", "expulsion",
    "extradition", "filing", "flight", "formation", "founding", "hack", "hosting", "indictment", "injury",
    "interception", "interview", "introduction", "invalidation", "invasion", "invitation", "invocation",
    "issuance", "jailing", "killing", "landing", "launch", "lawsuit", "leak", "liberation", "liquidation",
    "march", "merger", "mobilization", "murder", "nationalization", "nomination", "occupation", "opening",
    "outbreak", "pardon", "passage", "poisoning", "post", "postponement", "praise", "presentation",
    "proclamation", "publication", "raid", "rally", "ratification", "recall", "reception", "recognition",
    "registration", "rejection", "relaunch", "renaming", "renewal", "reopening", "report", "resignation",
    "resumption", "return", "revelation", "reversal", "revocation", "ruling", "sale", "secession", "seizure",
    "shelling", "shootdown", "shooting", "shutdown", "signing", "speech", "start", "strike", "submission",
    "summons", "supply", "surrender", "suspension", "termination", "test", "testimony", "thanks", "tour",
    "trip", "unveiling", "veto", "victory", "violation", "vote", "warning", "welcome",
]

# TIMEX3-style values: years (possibly XXXX), months, days, ISO weeks, decades,
# seasons/quarters, intervals of any of these, and the *_REF vague references.
_POINT = r"(?:\d{4}|XXXX|\d{3}X?|\d{2}XX)(?:-(?:\d{2}|XX|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])(?:-\d{2})?)?"
ISO_VALUE = re.compile(rf"^(?:{_POINT}(?:/{_POINT})?|PAST_REF|PRESENT_REF|FUTURE_REF)$")


def _check_timex(value: str) -> str:
    if not ISO_VALUE.match(value):
        raise ValueError(f"not a TIMEX3/ISO value: {value!r}")
    return value


#: A TIMEX3-style ISO value ("2025", "2025-09-11", "2025-W37", "XXXX-09-11", intervals, *_REF).
TimexValue = Annotated[str, AfterValidator(_check_timex)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(_Model):
    """Character offsets into the analysed text (the input file itself for .txt / .jsonl; the text kept
    in the texts file for HTML and front-matter .md); ``text == analysed[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but offsets cover {self.end - self.start}"
            )
        return self


class Actor(_Model):
    record: Literal["actor"] = "actor"
    id: str
    name: str = Field(min_length=1)
    type: ActorType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    country: str | None = None
    code: str | None = Field(default=None, description="ISO 3166-1 alpha-3 for countries")
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    mentions: list[Span] = Field(default_factory=list)
    rule: str


class Count(_Model):
    record: Literal["count"] = "count"
    value: float | int
    upper: float | int | None = None
    what: str | None = None
    kind: CountKind = "cardinal"
    approximate: bool = False
    qualifier: str | None = None
    attributed_to: str | None = None
    span: Span
    rule: str

    @model_validator(mode="after")
    def _range(self) -> "Count":
        if self.upper is not None and self.upper < self.value:
            raise ValueError(f"range upper bound {self.upper} is below its value {self.value}")
        return self


class SanctionAction(_Model):
    record: Literal["sanction"] = "sanction"
    action: SanctionActionName
    instrument: str | None = None
    imposer: str | None = None
    target: str | None = None
    scope: str | None = None
    reason: str | None = None
    modality: Modality = "asserted"
    authority: str | None = None
    program: str | None = None
    date: TimexValue | None = None
    span: Span
    rule: str


class DateMention(_Model):
    record: Literal["date"] = "date"
    text: str
    value: TimexValue
    granularity: Granularity
    mod: DateMod | None = None
    resolved_from: Literal["published", "text", "event", "none"] = "text"
    anchor: str | None = Field(default=None, description="the event text a relative date hangs on")
    span: Span
    rule: str


class Event(_Model):
    record: Literal["event"] = "event"
    type: EventType
    plover: str | None = None
    trigger: str
    date: TimexValue | None = None
    participants: list[str] = Field(default_factory=list)
    location: str | None = None
    counts: list[str] = Field(default_factory=list, description="texts of counts in the same clause")
    span: Span
    rule: str


#: the hex digest of a document's text, which identifies it across runs (``--resume``)
SHA256_PATTERN = r"^[0-9a-f]{64}$"


class Brief(_Model):
    """Everything extracted from one document: one JSONL line in the document layout."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = None
    url: str | None = None
    sha256: str = Field(pattern=SHA256_PATTERN)
    pipeline: str
    actors: list[Actor] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    sanctions: list[SanctionAction] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


Record = Annotated[
    Union[Actor, Count, SanctionAction, DateMention, Event],
    Field(discriminator="record"),
]
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)


def _line_model(record: type[_Model]) -> type[_Model]:
    """``record`` as a ``--layout records`` line: with the ``doc_id`` and ``sha256`` of its document."""
    return create_model(
        f"{record.__name__}Line", __base__=record, __doc__=f"A ``{record.__name__}`` record line of ``--layout records``.",
        doc_id=(str, ...), sha256=(str, Field(pattern=SHA256_PATTERN)),
    )


RecordLine = Annotated[
    Union[tuple(_line_model(model) for model in (Actor, Count, SanctionAction, DateMention, Event))],
    Field(discriminator="record"),
]
RECORD_LINE_ADAPTER: TypeAdapter[RecordLine] = TypeAdapter(RecordLine)

#: Brief list field -> record discriminator, for the ``records`` layout.
RECORD_FIELDS = {
    "actors": "actor",
    "counts": "count",
    "sanctions": "sanction",
    "dates": "date",
    "events": "event",
}


def json_schema() -> dict:
    """The JSON Schema of a line of each layout (a Brief; a record with its document's ``doc_id`` and
    ``sha256``), as ``briefextract schema`` prints it."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefextract records",
        "version": SCHEMA_VERSION,
        "document": Brief.model_json_schema(),
        "record": RECORD_LINE_ADAPTER.json_schema(),
    }
