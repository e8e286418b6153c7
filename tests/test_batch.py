"""The batch end to end: bad input, exit statuses, workers, resume, kill -9, Ctrl-C, texts sidecar."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefextract.cli import app

runner = CliRunner()
GOOD = {
    "g1.txt": "Lithuania closed two border crossings on 3 March.\n",
    "g2.txt": "The European Union extended sanctions on Belarus for another year.\n",
}
BRIEFEXTRACT = str(Path(sys.executable).with_name("briefextract"))


def _good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(*args: str):
    return runner.invoke(app, ["extract", *args])


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


def _many(folder: Path, n: int, filler: int = 0) -> None:
    """``n`` small articles; ``filler`` extra sentences each make a run long enough to interrupt.

    The interrupt tests signal a run once it has written a few lines: with one-line
    articles the rest of the batch could finish in the ~50 ms before the signal.
    """
    folder.mkdir()
    padding = " The ministry said talks would go on." * filler
    for i in range(n):
        (folder / f"doc{i:04d}.txt").write_text(
            f"Report {i}. Poland detained {i + 2} people near Grodno on 5 May. Minsk denied it.{padding}\n",
            encoding="utf-8",
        )


def _write_big_sparse(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(50_000_000)


BAD_INPUTS = [
    ("empty.txt", lambda p: p.write_bytes(b""), "E101", "document is empty"),
    ("binary.txt", lambda p: p.write_bytes(b"\x7fELF\x00\x00\x01\x02" * 10), "E102", "binary"),
    ("latin1.txt", lambda p: p.write_bytes("Café in Minsk".encode("latin-1")), "E103", "not valid UTF-8"),
    ("lines.jsonl", lambda p: p.write_text('{"id": "j", "text": "Ok."}\n{"id": broken\n'), "E105", "not valid JSON"),
    ("front.md", lambda p: p.write_text("---\ntitle: [x\n---\nBody.\n"), "E106", "front matter"),
    ("side.txt", lambda p: (p.write_text("Body."), p.with_name("side.meta.json").write_text("{bad")), "E106", "side.meta.json"),
    ("huge.txt", _write_big_sparse, "E107", "the limit is 20 MB"),
]


@pytest.mark.parametrize("name, make, code, fragment", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_batch_bad_input_is_reported_and_batch_goes_on(tmp_path, name, make, code, fragment):
    folder = _good_folder(tmp_path)
    make(folder / name)
    out, errs = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = _run(str(folder), "-o", str(out), "--errors", str(errs))
    assert result.exit_code == 1, result.output
    bad_lines = [line for line in result.stderr.splitlines() if f"error[{code}]" in line]
    assert len(bad_lines) == 1 and name in bad_lines[0] and fragment in bad_lines[0]
    assert "Traceback" not in result.output
    assert {"g1", "g2"} <= set(_ids(out))
    records = [json.loads(line) for line in errs.read_text().splitlines()]
    assert [r["code"] for r in records] == [code] and name in records[0]["source"]


def test_batch_unreadable_file(tmp_path, deny_read):
    folder = _good_folder(tmp_path)
    (folder / "locked.txt").write_text("secret")
    deny_read("locked.txt")
    out = tmp_path / "out.jsonl"
    result = _run(str(folder), "-o", str(out))
    assert result.exit_code == 1
    assert "error[E104]" in result.stderr and "locked.txt: cannot read: Permission denied" in result.stderr
    assert _ids(out) == ["g1", "g2"]


def test_batch_nonexistent_path_fails_but_others_written(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    result = _run(str(tmp_path / "missing"), str(folder), "-o", str(out))
    assert result.exit_code == 1
    assert "error[E202]" in result.stderr and "missing: no such file or directory" in result.stderr
    assert _ids(out) == ["g1", "g2"]


def test_batch_keep_going_exits_zero(tmp_path):
    folder = _good_folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    result = _run(str(folder), "-o", str(tmp_path / "o.jsonl"), "--keep-going")
    assert result.exit_code == 0 and "E101" in result.stderr and "1 failed" in result.stderr


def test_batch_invalid_published_is_usage_error_and_writes_nothing(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    result = _run(str(folder), "-o", str(out), "--published", "2025-02-30")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--resume", "--overwrite"], "contradict"),
        (["--layout", "xml"], "--layout"),
        (["--engine", "spark"], "--engine"),
    ],
)
def test_batch_usage_errors_exit_2(tmp_path, args, fragment):
    folder = _good_folder(tmp_path)
    result = _run(str(folder), "-o", str(tmp_path / "o.jsonl"), *args)
    assert result.exit_code == 2 and fragment in result.stderr


def test_batch_output_folder_is_refused(tmp_path):
    folder = _good_folder(tmp_path)
    result = _run(str(folder), "-o", str(tmp_path))
    assert result.exit_code == 2 and "folder" in result.stderr


def test_batch_all_good_exits_zero_with_summary(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    result = _run(str(folder), "-o", str(out))
    assert result.exit_code == 0
    assert "2 documents written, 0 skipped (already done), 0 failed" in result.stderr
    assert "words/s" in result.stderr
    quiet = _run(str(folder), "-o", str(out), "--overwrite", "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_batch_output_inside_input_folder_is_not_read_back(tmp_path):
    folder = _good_folder(tmp_path)
    out = folder / "out.jsonl"
    assert _run(str(folder), "-o", str(out)).exit_code == 0
    result = _run(str(folder), "-o", str(out), "--overwrite")
    assert result.exit_code == 0, result.stderr
    assert _ids(out) == ["g1", "g2"]


def test_batch_resume_skips_done_and_appends_rest(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    assert _run(str(folder), "-o", str(out)).exit_code == 0
    (folder / "g3.txt").write_text("Vilnius recalled its ambassador.\n", encoding="utf-8")
    with out.open("a", encoding="utf-8") as handle:  # a torn line from a killed run
        handle.write('{"schema_version": "1", "doc_id": "g9", "sha25')
    result = _run(str(folder), "-o", str(out), "--resume")
    assert result.exit_code == 0 and "1 documents written, 2 skipped" in result.stderr
    assert _ids(out) == ["g1", "g2", "g3"]


def test_batch_resume_records_layout_redoes_last_document(tmp_path):
    folder = _good_folder(tmp_path)
    out, full = tmp_path / "o.jsonl", tmp_path / "full.jsonl"
    assert _run(str(folder), "-o", str(full), "--layout", "records").exit_code == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    last_sha = json.loads(lines[-1])["sha256"]
    own = [line for line in lines if json.loads(line)["sha256"] == last_sha]
    assert len(own) >= 2, "the test needs a document with several records"
    out.write_text("".join(lines[:-1]), encoding="utf-8")  # the last document lost its last record
    assert _run(str(folder), "-o", str(out), "--layout", "records", "--resume").exit_code == 0
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_batch_two_workers_byte_identical_to_one(tmp_path):
    folder = tmp_path / "many"
    _many(folder, 40)
    (folder / "doc0005.txt").write_bytes(b"")  # an error in the middle keeps order too
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = _run(str(folder), "-o", str(one), "--batch-size", "4")
    r2 = _run(str(folder), "-o", str(two), "--workers", "2", "--batch-size", "4")
    assert r1.exit_code == r2.exit_code == 1
    assert one.read_bytes() == two.read_bytes()
    assert len(_ids(one)) == 39


@pytest.fixture
def exploding_pipeline(monkeypatch):
    """The last component raises on texts containing KABOOM and kills its process on DIENOW."""
    import briefextract

    nlp = briefextract.load()
    cls = type(nlp.get_pipe(nlp.pipe_names[-1]))
    real = cls.__call__

    def call(self, doc):
        if "KABOOM" in doc.text:
            raise RuntimeError("boom inside a component")
        if "DIENOW" in doc.text:
            os._exit(3)
        if "HANGNOW" in doc.text:
            time.sleep(60)
        return real(self, doc)

    monkeypatch.setattr(cls, "__call__", call)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_pipeline_crash_is_isolated_to_its_document(tmp_path, exploding_pipeline, workers):
    folder = _good_folder(tmp_path)
    (folder / "g15.txt").write_text("A KABOOM document.\n", encoding="utf-8")
    out, errs = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    result = _run(str(folder), "-o", str(out), "--errors", str(errs), "--workers", workers)
    assert result.exit_code == 1
    assert "error[E400]" in result.stderr and "g15.txt" in result.stderr and "RuntimeError" in result.stderr
    assert _ids(out) == ["g1", "g2"]
    assert json.loads(errs.read_text())["code"] == "E400"


def test_batch_dead_worker_costs_only_its_document(tmp_path, exploding_pipeline):
    folder = _good_folder(tmp_path)
    (folder / "g15.txt").write_text("A DIENOW document.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = _run(str(folder), "-o", str(out), "--workers", "2")
    assert result.exit_code == 1
    assert "error[E401]" in result.stderr and "g15.txt" in result.stderr
    assert _ids(out) == ["g1", "g2"]


def test_batch_hung_document_is_stopped_after_timeout(tmp_path, exploding_pipeline):
    folder = _good_folder(tmp_path)
    (folder / "g15.txt").write_text("A HANGNOW document.\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    result = _run(str(folder), "-o", str(out), "--workers", "2", "--timeout", "1", "--batch-size", "1")
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert "error[E402]" in result.stderr and "g15.txt" in result.stderr and "longer than 1s" in result.stderr
    assert _ids(out) == ["g1", "g2"]


def test_batch_streams_output_before_reading_everything(tmp_path, monkeypatch):
    from briefextract.batch import run_batch

    folder = tmp_path / "many"
    _many(folder, 12)
    reads: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: (reads.append(self.name), real(self))[1])
    seen_at_first_write: list[int] = []

    def on_document(stats):
        if stats.documents == 1:
            seen_at_first_write.append(len(reads))

    stats = run_batch([folder], tmp_path / "o.jsonl", batch_size=2, on_document=on_document)
    assert stats.documents == 12 and seen_at_first_write == [2]


def test_batch_html_offsets_refer_to_kept_text(tmp_path):
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><head><title>Minsk</title></head><body><nav>Home | World</nav><article>"
        "<p>On 11 September, the United States lifted sanctions on Belavia.</p>"
        "<p>Belarus released 52 political prisoners.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert _run(str(folder), "-o", str(out), "--published", "2025-09-12").exit_code == 0
    brief = json.loads(out.read_text(encoding="utf-8"))
    (kept,) = [json.loads(x) for x in (tmp_path / "o.texts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kept["sha256"] == brief["sha256"] and kept["doc_id"] == "page"
    text = kept["text"]
    assert "Home" not in text
    spans = [r["span"] for key in ("counts", "sanctions", "dates", "events") for r in brief[key]]
    spans += [m for a in brief["actors"] for m in a["mentions"]]
    assert spans, "expected something extracted from the page"
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_batch_stdin_to_stdout():
    result = runner.invoke(app, ["extract", "-", "-q"], input="Lithuania closed the border.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc_id"] == "stdin"


def test_batch_resume_needs_output_file():
    result = runner.invoke(app, ["extract", "-", "--resume"], input="Text.")
    assert result.exit_code == 2 and "--resume needs an output" in result.stderr


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"batch ended before {n} lines: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    pytest.fail("batch too slow to produce lines")


@pytest.mark.slow
def test_batch_kill_9_then_resume_gives_one_line_per_document(tmp_path):
    folder = tmp_path / "many"
    _many(folder, 400, filler=40)
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen(
        [BRIEFEXTRACT, "extract", str(folder), "-o", str(out), "-q", "--batch-size", "2"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
    )
    _wait_for_lines(out, 20, proc)
    proc.kill()
    proc.wait()
    before = out.read_bytes()
    assert 20 <= before.count(b"\n") < 400, "kill -9 came too late to test anything"
    done = subprocess.run(
        [BRIEFEXTRACT, "extract", str(folder), "-o", str(out), "--resume"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    ids = _ids(out)
    assert sorted(ids) == [f"doc{i:04d}" for i in range(400)]
    assert out.read_bytes().startswith(before[: before.rfind(b"\n") + 1])


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_batch_interrupt_stops_cleanly_with_whole_lines(tmp_path, sig):
    # 1,200 articles of ~120 sentences: with 40 two workers got through 400 of them in ~0.8 s,
    # and on a loaded machine the batch finished before the signal came (exit 0 instead of
    # 130) twice; three times the work per article leaves the signal ~7 s to arrive
    folder = tmp_path / "many"
    n = 1200
    _many(folder, n, filler=120)
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen(
        [BRIEFEXTRACT, "extract", str(folder), "-o", str(out), "--workers", "2", "--batch-size", "2"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
    )
    _wait_for_lines(out, 10, proc)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()[-800:]
    assert b"--resume" in stderr and b"Traceback" not in stderr, stderr.decode()[-800:]
    data = out.read_bytes()
    assert data.endswith(b"\n") and all(json.loads(line) for line in data.splitlines())
    done = subprocess.run(
        [BRIEFEXTRACT, "extract", str(folder), "-o", str(out), "--resume", "-q", "--workers", "2"], capture_output=True,
        text=True, check=False,
    )
    assert done.returncode == 0, done.stderr[-800:]
    assert sorted(_ids(out)) == [f"doc{i:04d}" for i in range(n)]


def test_batch_unwritable_output_is_usage_error(tmp_path):
    folder = _good_folder(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = _run(str(folder), "-o", str(blocker / "o.jsonl"))
    assert result.exit_code == 2 and "error[E204]" in result.stderr and "cannot write" in result.stderr


def test_batch_same_file_for_output_and_errors_is_refused(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    result = _run(str(folder), "-o", str(out), "--errors", str(out))
    assert result.exit_code == 2 and "different files" in result.stderr


def test_batch_same_file_for_output_and_texts_is_refused_before_touching_it(tmp_path):
    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    result = _run(str(folder), "-o", str(out), "--texts", str(out), "--overwrite")
    assert result.exit_code == 2
    assert "the output and --texts are the same file" in result.stderr and str(out) in result.stderr
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'  # --overwrite did not remove it first


def test_batch_usage_error_shows_brackets_in_paths_verbatim(tmp_path):
    folder = _good_folder(tmp_path)
    runs = tmp_path / "runs[old]"
    runs.mkdir()
    result = _run(str(folder), "-o", str(runs))
    assert result.exit_code == 2 and f"{runs}: output is a folder" in result.stderr


def test_batch_intake_reports_bad_input_fills_published_and_skips_done(tmp_path):
    from briefextract.batch import BatchStats, Intake, sha256_text

    folder = _good_folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    errors_path = tmp_path / "errors.jsonl"
    seen: list = []
    stats = BatchStats()
    intake = Intake(
        stats,
        published="2025-04-01",
        done={sha256_text(GOOD["g1.txt"])},
        errors_path=errors_path,
        on_error=seen.append,
    )
    articles = list(intake.articles([folder, tmp_path / "missing.txt"]))
    intake.report({"source": "x.txt", "code": "E400", "error": "DocumentFailed", "message": "boom"})
    intake.close()
    assert [(a.doc_id, a.published) for a in articles] == [("g2", "2025-04-01")]
    assert (stats.skipped, stats.failed) == (1, 3)
    assert [e.code if hasattr(e, "code") else e["code"] for e in seen] == ["E101", "E202", "E400"]
    written = [json.loads(line)["code"] for line in errors_path.read_text(encoding="utf-8").splitlines()]
    assert written == ["E101", "E202", "E400"] and [r["code"] for r in stats.errors] == written


def test_batch_disk_full_stops_with_resume_hint(tmp_path, monkeypatch):
    import errno

    from briefextract import writers

    folder = _good_folder(tmp_path)
    out = tmp_path / "o.jsonl"
    real = writers.os.write
    calls = []

    def full(fd, data):
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(writers.os, "write", full)
    result = _run(str(folder), "-o", str(out))
    assert result.exit_code == 1 and "error[E301]" in result.stderr
    assert "No space left on device" in result.stderr and "--resume" in result.stderr
    assert "Traceback" not in result.output
    assert _ids(out) == ["g1"]


def test_batch_closed_stdout_pipe_stops_quietly(tmp_path):
    folder = tmp_path / "many"
    _many(folder, 60)
    proc = subprocess.run(
        f"'{BRIEFEXTRACT}' extract '{folder}' -q | head -c 100 > /dev/null; echo ${{PIPESTATUS[0]}}",
        shell=True, capture_output=True, text=True, executable="/bin/bash", check=False,
    )
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
    assert proc.stdout.strip() == "141"


@pytest.mark.parametrize("tty", [True, False])
def test_batch_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, tty):
    from briefextract.cli import err

    monkeypatch.setattr(err, "_force_terminal", tty)
    monkeypatch.setattr(err, "is_interactive", tty)  # computed when the console was made
    folder = _good_folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")  # an error redraws the bar at once
    result = _run(str(folder), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 1
    assert ("1 errors" in result.stderr) is tty  # the bar's error column
    assert "2 documents written" in result.stderr and "error[E101]" in result.stderr  # either way
