"""Batch extraction: articles in, JSONL out, nothing lost, bad input reported and skipped.

The CLI's ``extract`` command is a thin wrapper around :func:`run_batch`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from briefextract import errors as E
from briefextract.readers import Article, iter_articles
from briefextract.writers import JsonlWriter, brief_lines, repair_and_read_done


@dataclass
class BatchStats:
    documents: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    errors: list[dict] = field(default_factory=list)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_batch(
    paths: Iterable[str | Path],
    output: Path | None,
    *,
    published: str | None = None,
    layout: str = "document",
    n_process: int = 1,
    batch_size: int = 16,
    resume: bool = False,
    overwrite: bool = False,
    errors_path: Path | None = None,
    on_error: Callable[[E.InputError], None] | None = None,
    on_document: Callable[[BatchStats], None] | None = None,
    stdin=None,
) -> BatchStats:
    """Extract every article under ``paths`` into ``output`` (stdout when None)."""
    from briefextract.api import check_published
    from briefextract.pipeline import load, make_doc

    published = check_published(published)
    done: set[str] = set()
    if output is not None and output.exists() and output.stat().st_size > 0:
        if resume:
            done = repair_and_read_done(output)
        elif not overwrite:
            raise E.OutputExists(
                "output file exists; pass --resume to add to it or --overwrite to replace it", source=str(output)
            )
    stats = BatchStats()
    error_writer = JsonlWriter(errors_path, append=resume) if errors_path else None

    def report(exc: E.InputError) -> None:
        stats.failed += 1
        stats.errors.append(exc.as_record())
        if error_writer:
            error_writer.write_lines([json.dumps(exc.as_record(), ensure_ascii=False)])
        if on_error:
            on_error(exc)

    def articles() -> Iterator[Article]:
        for item in iter_articles(paths, stdin=stdin):
            if isinstance(item, E.InputError):
                report(item)
                continue
            if published and not item.published:
                item.published = published
            if done and sha256_text(item.text) in done:
                stats.skipped += 1
                continue
            yield item

    nlp = load()
    docs = (make_doc(nlp, a.text, **a.meta()) for a in articles())
    with JsonlWriter(output, append=resume) as writer:
        try:
            for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
                writer.write_lines(brief_lines(doc._.brief, layout))
                stats.documents += 1
                stats.words += sum(1 for t in doc if not t.is_space and not t.is_punct)
                if on_document:
                    on_document(stats)
        finally:
            if error_writer:
                error_writer.close()
    return stats
