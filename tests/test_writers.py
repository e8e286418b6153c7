"""Writers: whole lines only, torn-line repair, resume bookkeeping, record layout."""

from __future__ import annotations

import json

from briefextract import writers as W

SHA_A = "a" * 64
SHA_B = "b" * 64


def _doc_line(doc_id: str, sha: str) -> str:
    return json.dumps({"schema_version": "1", "doc_id": doc_id, "title": 'says "sha256": "' + "c" * 64 + '"', "sha256": sha})


def test_writers_brief_lines_document_and_records(sample_brief):
    (line,) = W.brief_lines(sample_brief, "document")
    assert json.loads(line)["sha256"] == sample_brief.sha256
    records = [json.loads(x) for x in W.brief_lines(sample_brief, "records")]
    total = sum(len(getattr(sample_brief, f)) for f in ("actors", "counts", "sanctions", "dates", "events"))
    assert len(records) == total > 0
    assert all(r["doc_id"] == sample_brief.doc_id and r["sha256"] == sample_brief.sha256 for r in records)
    assert W.brief_lines(sample_brief.model_dump(mode="json"), "records") == W.brief_lines(sample_brief, "records")


def test_writers_jsonl_writer_appends_whole_lines(tmp_path):
    out = tmp_path / "sub" / "o.jsonl"
    with W.JsonlWriter(out) as w:
        w.write_lines(["{\"a\": 1}", "{\"b\": \"é\"}"])
        w.write_lines([])
    with W.JsonlWriter(out, append=True) as w:
        w.write_lines(["{\"c\": 3}"])
    assert out.read_text(encoding="utf-8") == '{"a": 1}\n{"b": "é"}\n{"c": 3}\n'
    with W.JsonlWriter(out) as w:  # no append: truncates
        w.write_lines(["{}"])
    assert out.read_text() == "{}\n"


def test_writers_repair_cuts_torn_line_and_reads_done(tmp_path):
    out = tmp_path / "o.jsonl"
    whole = _doc_line("a", SHA_A) + "\n" + _doc_line("b", SHA_B) + "\n"
    out.write_text(whole + '{"schema_version": "1", "doc_id": "c", "sha2', encoding="utf-8")
    assert W.repair_and_read_done(out) == {SHA_A, SHA_B}  # not the escaped "c"*64 inside a title
    assert out.read_text(encoding="utf-8") == whole


def test_writers_repair_torn_first_line_empties_file(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text('{"doc_id": "a", "sha', encoding="utf-8")
    assert W.repair_and_read_done(out) == set()
    assert out.read_bytes() == b""


def test_writers_repair_records_layout_redoes_last_document(tmp_path):
    out = tmp_path / "r.jsonl"
    rec = lambda sha, i: json.dumps({"doc_id": "d", "sha256": sha, "record": "count", "i": i})
    head = rec(SHA_A, 1) + "\n" + rec(SHA_A, 2) + "\n"
    out.write_text(head + rec(SHA_B, 1) + "\n" + rec(SHA_B, 2) + "\n", encoding="utf-8")
    assert W.repair_and_read_done(out, last_may_be_partial=True) == {SHA_A}
    assert out.read_text(encoding="utf-8") == head
    assert W.repair_and_read_done(out) == {SHA_A}  # document layout: the last line is whole, so done


def test_writers_repair_large_file_spanning_blocks(tmp_path):
    out = tmp_path / "big.jsonl"
    lines = [_doc_line(f"d{i}", f"{i:064x}") for i in range(3000)]
    out.write_text("\n".join(lines) + "\n" + "x" * 100_000, encoding="utf-8")  # torn tail longer than a block
    done = W.repair_and_read_done(out)
    assert len(done) == 3000 and out.read_text(encoding="utf-8").endswith(lines[-1] + "\n")


def test_writers_truncate_torn_line_in_side_file(tmp_path):
    side = tmp_path / "e.jsonl"
    side.write_text('{"a": 1}\n{"b"', encoding="utf-8")
    W.truncate_torn_line(side)
    assert side.read_text() == '{"a": 1}\n'
    W.truncate_torn_line(tmp_path / "missing.jsonl")  # no file: nothing to do
    assert not (tmp_path / "missing.jsonl").exists()
