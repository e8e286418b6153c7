"""Evaluation against gold annotations: ``briefextract evaluate``.

A gold directory holds ``<stem>.gold.json`` files (the format of the dev set's
GUIDELINES.md). For each stem we either run the pipeline on the article beside it
(``<stem>.txt`` / ``.md`` / ``.html`` in the gold directory or in extra text
directories, with its ``<stem>.meta.json`` sidecar) or take the document the user's
predictions file holds for that ``doc_id``. The matching itself is
``briefextract.scoring`` (the port of ``shared/tools/score.py``), so the
micro-averaged figures here equal the reference scorer's to the digit; on top of
them come per-document scores and a readable list of misses and extras.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from briefextract import errors as E
from briefextract.records import RECORD_FIELDS
from briefextract.scoring import CATEGORIES, MAIN_CATEGORIES, CategoryResult, Score, aggregate, score_doc

GOLD_SUFFIX = ".gold.json"
#: Article files looked for beside a gold file, in this order (``.jsonl`` holds many
#: documents and is never "the" article of one stem).
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_KIND_TO_FIELD = {kind: list_field for list_field, kind in RECORD_FIELDS.items()}


@dataclass
class Evaluation:
    """Scores over a gold directory: micro-averaged, per document, and the errors."""

    categories: dict[str, Score]
    overall_f1: float
    documents: dict[str, dict[str, Score]]
    document_f1: dict[str, float]
    results: dict[str, dict[str, CategoryResult]]
    missing_docs: list[str] = field(default_factory=list)
    failed_docs: dict[str, str] = field(default_factory=dict)

    def to_json(self, *, errors: bool = False) -> dict[str, Any]:
        """A JSON-able report; ``categories`` / ``overall_f1`` / ``missing_docs`` as score.py --json."""
        out: dict[str, Any] = {
            "categories": {cat: asdict(s) for cat, s in self.categories.items()},
            "overall_f1": self.overall_f1,
            "missing_docs": self.missing_docs,
            "documents": {
                doc_id: {"overall_f1": self.document_f1[doc_id], "categories": {c: asdict(s) for c, s in cats.items()}}
                for doc_id, cats in self.documents.items()
            },
        }
        if self.failed_docs:
            out["failed_docs"] = self.failed_docs
        if errors:
            out["errors"] = [
                {"doc_id": doc_id, "category": cat, "kind": kind, "item": item}
                for doc_id, cat, kind, item in self.iter_errors()
            ]
        return out

    def iter_errors(self) -> Iterable[tuple[str, str, str, dict]]:
        """(doc_id, category, "miss" | "extra", item) for every unmatched gold and predicted item."""
        for doc_id, res in self.results.items():
            for cat in MAIN_CATEGORIES:
                for gold in res[cat].fn:
                    yield doc_id, cat, "miss", gold
                for pred in res[cat].fp:
                    yield doc_id, cat, "extra", pred


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """``{stem: gold}`` for every ``<stem>.gold.json`` in ``gold_dir`` (sorted, not recursive, as score.py)."""
    if not gold_dir.is_dir():
        raise E.MissingPath("not a directory", source=str(gold_dir))
    gold = {}
    for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise E.MalformedRecord(f"gold file is not readable JSON: {exc}", source=str(path)) from None
        if not isinstance(data, dict):
            raise E.MalformedRecord("gold file must hold a JSON object", source=str(path))
        gold[path.name[: -len(GOLD_SUFFIX)]] = data
    if not gold:
        raise E.MissingPath(f"no *{GOLD_SUFFIX} files", source=str(gold_dir))
    return gold


def read_predictions(path: Path) -> dict[str, dict]:
    """``{doc_id: brief}`` from a JSONL file in either layout of ``briefextract extract``.

    Document layout: one Brief per line (a later line for the same doc_id wins, as in
    score.py). Records layout: record lines are gathered into one brief per doc_id.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise E.UnreadableInput(f"cannot read predictions: {exc}", source=str(path)) from None
    preds: dict[str, dict] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise E.MalformedRecord(f"not a JSON object: {exc}", source=f"{path}:{lineno}") from None
        if not isinstance(obj, dict) or "doc_id" not in obj:
            continue
        doc_id = str(obj["doc_id"])
        list_field = _KIND_TO_FIELD.get(str(obj.get("record")))
        if list_field:
            brief = preds.setdefault(doc_id, {"doc_id": doc_id})
            brief.setdefault(list_field, []).append(obj)
        else:
            preds[doc_id] = obj
    return preds


def find_article(stem: str, dirs: Iterable[Path]) -> Path | None:
    """The article file of ``stem`` in the first of ``dirs`` that has one."""
    for directory in dirs:
        for suffix in ARTICLE_SUFFIXES:
            path = directory / f"{stem}{suffix}"
            if path.is_file():
                return path
    return None


def run_pipeline(
    stems: Iterable[str], dirs: list[Path], *, published: str | None = None, n_process: int = 1
) -> tuple[dict[str, dict], dict[str, str]]:
    """Predictions for ``stems`` made by the shipped pipeline: ``({stem: brief}, {stem: why it failed})``.

    The article is read with the regular readers (sidecar metadata included) and its
    doc_id forced to the gold stem, so a file renamed from its id still matches.
    """
    from briefextract.api import extract_many
    from briefextract.readers import read_file

    articles, failed = [], {}
    for stem in stems:
        path = find_article(stem, dirs)
        if path is None:
            failed[stem] = f"no article {stem}{{{','.join(ARTICLE_SUFFIXES)}}} in {', '.join(map(str, dirs))}"
            continue
        try:
            article = next(iter(read_file(path)))
        except E.InputError as exc:
            failed[stem] = str(exc)
            continue
        article.doc_id = stem
        articles.append(article)
    preds = {
        brief.doc_id: brief.model_dump(mode="json")
        for brief in extract_many(articles, published=published, n_process=n_process)
    }
    return preds, failed


def write_predictions(preds: dict[str, dict], path: Path) -> None:
    """Predictions as JSONL in the document layout, so they can be scored again or by score.py."""
    try:
        with path.open("w", encoding="utf-8") as handle:
            for brief in preds.values():
                handle.write(json.dumps(brief, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise E.UsageError(f"cannot write predictions: {exc.strerror or exc}", source=str(path)) from None


def evaluate(gold: dict[str, dict], preds: dict[str, dict], failed: dict[str, str] | None = None) -> Evaluation:
    """Score ``preds`` against ``gold``; a gold document without a prediction scores as empty."""
    results, documents, document_f1, missing = {}, {}, {}, []
    for doc_id, gold_doc in gold.items():
        pred = preds.get(doc_id)
        if pred is None:
            missing.append(doc_id)
            pred = {}
        res = score_doc(pred, gold_doc)
        results[doc_id] = res
        documents[doc_id], document_f1[doc_id] = aggregate({doc_id: res})
    categories, overall = aggregate(results)
    return Evaluation(categories, overall, documents, document_f1, results, missing, dict(failed or {}))


def describe(category: str, item: dict) -> str:
    """One readable line for a gold or predicted item of ``category``."""
    def q(s: Any) -> str:
        return "" if not s else f' "{s}"'

    text = item.get("text") or (item.get("span") or {}).get("text")
    if category == "actors":
        aliases = item.get("aliases") or []
        return f"{item.get('name')} ({item.get('type')})" + (f" aka {', '.join(aliases)}" if aliases else "")
    if category == "counts":
        return f"{item.get('value')} {item.get('what') or '?'}" + q(text)
    if category == "sanctions":
        return f"{item.get('action')} {item.get('imposer') or '?'} -> {item.get('target') or '?'}" + q(text)
    if category == "dates":
        return f"{item.get('value')}" + q(text)
    if category == "events":
        who = ", ".join(item.get("participants") or [])
        return f"{item.get('date') or 'undated'} {item.get('type')} [{who}]" + q(text)
    return json.dumps(item, ensure_ascii=False)


__all__ = [
    "CATEGORIES",
    "MAIN_CATEGORIES",
    "Evaluation",
    "describe",
    "evaluate",
    "find_article",
    "load_gold",
    "read_predictions",
    "run_pipeline",
    "write_predictions",
]
