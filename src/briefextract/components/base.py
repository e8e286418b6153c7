"""Shared behaviour of components whose data lives in files beside ``config.cfg``.

Like spaCy's SpanRuler, a component's patterns and lexicons are not Python
literals and not config values: they are JSON / JSONL files in the component's
directory of the pipeline (``models/briefextract-en/<name>/``), read by
``from_disk``, written back by ``to_disk``, so ``nlp.to_disk()`` round-trips the
whole pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar, Iterable

import srsly
from spacy.language import Language

from briefextract.components.batching import BatchedPipe


class DataComponent(BatchedPipe):
    """Base for components backed by data files.

    Subclasses list their files in ``data_files`` (``.json`` files hold one JSON
    value, ``.jsonl`` files a list of objects) and build their matchers in
    ``compile()``, which runs whenever the data changes. ``nlp.pipe`` runs them a
    batch at a time (:class:`~briefextract.components.batching.BatchedPipe`).
    """

    data_files: ClassVar[tuple[str, ...]] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] = {}

    # -- data -------------------------------------------------------------
    def initialize(self, get_examples=None, *, nlp: Language | None = None, **data: Any) -> None:
        """Set data directly (keys are file names without their suffix)."""
        self.set_data(data)

    def set_data(self, data: dict[str, Any]) -> None:
        self.data = dict(data)
        self.compile()

    def compile(self) -> None:  # pragma: no cover - overridden
        """Build matchers and lookup tables from ``self.data``."""

    # -- serialisation ----------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for file_name in self.data_files:
            key = file_name.rsplit(".", 1)[0]
            if key not in self.data:
                continue
            target = path / file_name
            if file_name.endswith(".jsonl"):
                srsly.write_jsonl(target, self.data[key])
            else:
                target.write_text(
                    json.dumps(self.data[key], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "DataComponent":
        path = Path(path)
        data: dict[str, Any] = {}
        for file_name in self.data_files:
            source = path / file_name
            if not source.exists():
                continue
            key = file_name.rsplit(".", 1)[0]
            data[key] = list(srsly.read_jsonl(source)) if file_name.endswith(".jsonl") else srsly.read_json(source)
        self.set_data(data)
        return self
