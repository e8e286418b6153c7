"""The Dask engine on a LocalCluster of 2 worker processes: parts equal the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from briefextract import errors as E
from briefextract.batch import run_batch
from briefextract.distributed import concatenate_parts, existing_parts, run_dask

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Note {i}. On 2 June, Lithuania said {i + 3} migrants crossed from Belarus. Vilnius protested.\n",
            encoding="utf-8",
        )
    (folder / "a007.txt").write_bytes(b"")  # bad input is reported by the client
    (folder / "web.html").write_text("<article><p>Minsk freed 14 prisoners on Friday.</p></article>", encoding="utf-8")


def test_dask_parts_union_equals_single_process_output(tmp_path, client):
    folder = tmp_path / "in"
    _corpus(folder, 30)
    single = tmp_path / "single.jsonl"
    stats1 = run_batch([folder], single, published="2025-06-10")
    parts = tmp_path / "parts"
    errors: list = []
    stats = run_dask(
        [folder], parts, published="2025-06-10", partition_size=4, client=client, on_error=errors.append,
        errors_path=tmp_path / "errors.jsonl",
    )
    assert (stats.documents, stats.failed) == (stats1.documents, stats1.failed) == (30, 1)
    assert [e.code for e in errors] == ["E101"]
    assert len(existing_parts(parts)) == 8
    assert "".join(concatenate_parts(parts)) == single.read_text(encoding="utf-8")
    texts = list(parts.glob("part-*.texts.jsonl"))
    assert len(texts) == 1 and json.loads(texts[0].read_text())["doc_id"] == "web"
    assert json.loads((tmp_path / "errors.jsonl").read_text())["code"] == "E101"


def test_dask_resume_adds_new_parts_only(tmp_path, client):
    folder = tmp_path / "in"
    _corpus(folder, 6)
    parts = tmp_path / "parts"
    run_dask([folder], parts, partition_size=4, client=client)
    with pytest.raises(E.OutputExists):
        run_dask([folder], parts, partition_size=4, client=client)
    (folder / "z_new.txt").write_text("Poland closed a crossing on Monday.\n", encoding="utf-8")
    stats = run_dask([folder], parts, partition_size=4, client=client, resume=True)
    assert (stats.documents, stats.skipped) == (1, 7)  # 6 notes + the web page were done
    ids = [json.loads(line)["doc_id"] for line in concatenate_parts(parts)]
    assert len(ids) == len(set(ids)) == 8 and ids[-1] == "z_new"


def test_dask_cli_with_local_cluster(tmp_path):
    from typer.testing import CliRunner

    from briefextract.cli import app

    folder = tmp_path / "in"
    _corpus(folder, 5)
    out = tmp_path / "parts"
    result = CliRunner().invoke(
        app, ["extract", str(folder), "-o", str(out), "--engine", "dask", "--workers", "2", "--partition-size", "2"]
    )
    assert result.exit_code == 1, result.output  # the empty a007.txt failed
    assert "error[E101]" in result.stderr and "a007.txt" in result.stderr
    assert "6 documents written" in result.stderr
    assert len(existing_parts(out)) == 3  # 6 good documents in partitions of 2


def _fail_on_marker(articles, *args, **kwargs):
    """A task body that fails for partitions holding a marked document (stands in for KilledWorker)."""
    if any("FAILPART" in a.text for a in articles):
        raise RuntimeError("worker lost")
    from briefextract.distributed import run_partition

    return run_partition(articles, *args, **kwargs)


def test_dask_failed_partition_reports_its_documents_and_goes_on(tmp_path, client, monkeypatch):
    import briefextract.distributed as D

    folder = tmp_path / "in"
    _corpus(folder, 6)
    (folder / "a002.txt").write_text("FAILPART here.\n", encoding="utf-8")
    monkeypatch.setattr(D, "run_partition", _fail_on_marker)
    errors: list = []
    stats = run_dask([folder], tmp_path / "parts", partition_size=3, client=client, on_error=errors.append)
    failed = [e.source for e in errors if e.code == "E400"]
    assert [Path(s).name for s in failed] == ["a000.txt", "a001.txt", "a002.txt"]
    assert all("worker lost" in e.message for e in errors if e.code == "E400")
    assert stats.documents == 4  # a003-a005 and web.html


def test_dask_output_file_is_refused_naming_it(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    with pytest.raises(E.UsageError, match="is a file; with the Dask engine, -o names a folder") as info:
        run_dask([tmp_path], out, client=object())
    assert info.value.source == str(out)


def test_dask_overwrite_replaces_every_part_and_side_file(tmp_path, client):
    folder = tmp_path / "in"
    _corpus(folder, 6)
    parts = tmp_path / "parts"
    run_dask([folder], parts, partition_size=2, client=client)
    assert len(existing_parts(parts)) == 4 and list(parts.glob("part-*.texts.jsonl"))
    (folder / "web.html").unlink()
    stats = run_dask([folder], parts, partition_size=4, client=client, overwrite=True)
    assert stats.documents == 6  # a000-a005 (a007 is empty)
    assert [p.name for p in existing_parts(parts)] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert not list(parts.glob("part-*.texts.jsonl"))  # the old web page's side file went with its part
    ids = [json.loads(line)["doc_id"] for line in concatenate_parts(parts)]
    assert ids == ["a000", "a001", "a002", "a003", "a004", "a005"]


def test_dask_partition_size_below_one_is_refused(tmp_path):
    with pytest.raises(E.UsageError, match="--partition-size must be at least 1"):
        run_dask([tmp_path], tmp_path / "parts", partition_size=0, client=object())
