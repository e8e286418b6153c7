"""Readers: every input format, sidecars, discovery order, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from briefextract import errors as E
from briefextract import readers as R


def _items(*paths, **kw):
    return list(R.iter_articles([str(p) for p in paths], **kw))


def _one(path: Path):
    items = _items(path)
    assert len(items) == 1
    return items[0]


def test_readers_txt_with_sidecar_meta(tmp_path):
    (tmp_path / "brief.txt").write_text("Talks opened in Vilnius.\n", encoding="utf-8")
    (tmp_path / "brief.meta.json").write_text(
        json.dumps({"title": "Talks", "published": "2025-03-04T08:00:00Z", "source": "Wire", "notes": "x"}),
        encoding="utf-8",
    )
    art = _one(tmp_path / "brief.txt")
    assert isinstance(art, R.Article)
    assert (art.doc_id, art.title, art.published, art.source) == ("brief", "Talks", "2025-03-04", "Wire")
    assert art.text == "Talks opened in Vilnius.\n" and not art.derived


def test_readers_txt_drops_utf8_bom(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffKyiv said so.".encode("utf-8"))
    assert _one(tmp_path / "bom.txt").text == "Kyiv said so."


def test_readers_markdown_front_matter_sets_meta_and_body(tmp_path):
    md = "---\ntitle: On the border\npublished: 2024-11-02\nurl: https://example.org/a\n---\nPoland closed two crossings.\n"
    (tmp_path / "a.md").write_text(md, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "sidecar title", "source": "Desk"}', encoding="utf-8")
    art = _one(tmp_path / "a.md")
    assert art.text == "Poland closed two crossings.\n"
    assert art.derived
    assert (art.title, art.published, art.source, art.url) == (
        "On the border", "2024-11-02", "Desk", "https://example.org/a"
    )


def test_readers_markdown_without_front_matter_is_verbatim(tmp_path):
    (tmp_path / "b.md").write_text("# Heading\n\nText.\n", encoding="utf-8")
    art = _one(tmp_path / "b.md")
    assert art.text == "# Heading\n\nText.\n" and not art.derived


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("---\ntitle: [unclosed\n---\nBody.\n", "not valid YAML"),
        ("---\ntitle: never closed\nBody.\n", "never closed"),
        ("---\n- a\n- b\n---\nBody.\n", "not a mapping"),
        ("---\npublished: 2025-02-30\n---\nBody.\n", "out of range"),
        ("---\ntitle: {a: 1}\n---\nBody.\n", "single value"),
    ],
)
def test_readers_malformed_front_matter_is_an_error(tmp_path, content, fragment):
    (tmp_path / "bad.md").write_text(content, encoding="utf-8")
    err = _one(tmp_path / "bad.md")
    assert isinstance(err, E.MalformedMetadata) and err.code == "E106"
    assert fragment in err.message and err.source == str(tmp_path / "bad.md")


def test_readers_html_main_text_without_boilerplate(tmp_path):
    html = (
        "<html><head><title>Border  news</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><header>Site name</header>"
        "<article><h1>Crossings closed</h1><p>Lithuania closed <b>two</b> crossings.</p>"
        "<ul><li><p>First point</p></li></ul><figure>Photo: AP</figure></article>"
        "<footer>Copyright</footer></body></html>"
    )
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    art = _one(tmp_path / "p.html")
    assert art.text == "Crossings closed\nLithuania closed two crossings.\nFirst point\n"
    assert art.title == "Border news" and art.derived


def test_readers_html_without_text_is_empty_input(tmp_path):
    (tmp_path / "e.html").write_text("<html><body><nav>menu</nav><script>x()</script></body></html>", encoding="utf-8")
    err = _one(tmp_path / "e.html")
    assert isinstance(err, E.EmptyInput) and "no main text" in err.message


def test_readers_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Minsk freed prisoners.", "published": "2025-09-12", "lang": "en"}),
        "{not json",
        json.dumps({"id": "x3", "body": "no text key"}),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"id": "x6", "text": "Fine.", "published": "12/09/2025"}),
        json.dumps({"text": "No id here."}),
        '{"id": "x8", "text": "lone \\ud800 surrogate"}',
    ]
    (tmp_path / "arts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(tmp_path / "arts.jsonl")
    kinds = [(type(i).__name__, getattr(i, "source", None) or i.origin) for i in items]
    src = str(tmp_path / "arts.jsonl")
    assert kinds == [
        ("Article", f"{src}:1"),
        ("MalformedRecord", f"{src}:2"),
        ("MalformedRecord", f"{src}:3"),
        ("EmptyInput", f"{src}:5"),
        ("MalformedMetadata", f"{src}:6"),
        ("Article", f"{src}:7"),
        ("EncodingError", f"{src}:8"),
    ]
    assert items[0].doc_id == "x1" and items[0].published == "2025-09-12" and items[0].extra == {"lang": "en"}
    assert items[5].doc_id == "arts-7"


def test_readers_jsonl_without_articles_is_empty_input(tmp_path):
    (tmp_path / "none.jsonl").write_text("\n\n", encoding="utf-8")
    err = _one(tmp_path / "none.jsonl")
    assert isinstance(err, E.EmptyInput) and "no articles" in err.message


def test_readers_jsonl_oversized_line_is_skipped_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(R, "MAX_FILE_BYTES", 100)
    big = json.dumps({"id": "big", "text": "word " * 100})
    (tmp_path / "m.jsonl").write_text(big + "\n" + json.dumps({"id": "ok", "text": "Short."}) + "\n")
    items = _items(tmp_path / "m.jsonl")
    assert isinstance(items[0], E.DocumentTooLarge) and items[0].source.endswith("m.jsonl:1")
    assert isinstance(items[1], R.Article) and items[1].doc_id == "ok"


@pytest.mark.parametrize(
    "data, error, fragment",
    [
        (b"", E.EmptyInput, "empty"),
        (b" \n\t\n", E.EmptyInput, "empty"),
        (b"abc\x00def", E.BinaryInput, "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3", E.BinaryInput, "PDF"),
        (b"\x89PNG\r\n\x1a\n", E.BinaryInput, "PNG"),
        ("\ufeffhi".encode("utf-16-le"), E.EncodingError, "UTF-16"),
        (b"line one\ncaf\xe9\n", E.EncodingError, "line 2"),
        (b"\x01\x02\x03\x04\x05 abc", E.BinaryInput, "control"),
    ],
)
def test_readers_decode_refuses_bad_bytes(data, error, fragment):
    with pytest.raises(error) as info:
        R.decode(data, "f.txt")
    assert fragment in info.value.message and info.value.source == "f.txt"


def test_readers_control_characters_count_only_when_not_whitespace():
    body = "Word " * 16  # 80 characters
    # \t \n \v \f \r are whitespace: any number of them is text
    assert R.decode((body + "\t\n\x0b\x0c\r" * 8).encode(), "f.txt").startswith("Word")
    assert R.decode((body + "\x0e" * 8).encode(), "f.txt")  # 8 of 88: under the 10% limit
    for control in ("\x08", "\x0e", "\x1f"):
        with pytest.raises(E.BinaryInput, match="control"):
            R.decode((body + control * 12).encode(), "f.txt")


def test_readers_text_over_char_limit_is_refused(monkeypatch):
    monkeypatch.setattr(R, "MAX_TEXT_CHARS", 10)
    with pytest.raises(E.DocumentTooLarge, match="characters"):
        R.decode(b"eleven chars", "f.txt")


def test_readers_huge_file_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    err = _one(path)
    assert isinstance(err, E.DocumentTooLarge) and "50.0 MB" in err.message and "20 MB" in err.message


def test_readers_unreadable_file_is_reported(tmp_path, deny_read):
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    deny_read("locked.txt")
    err = _one(path)
    assert isinstance(err, E.UnreadableInput) and "Permission denied" in err.message


def test_readers_malformed_sidecar_names_it(tmp_path):
    (tmp_path / "s.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "s.meta.json").write_text("{oops", encoding="utf-8")
    err = _one(tmp_path / "s.txt")
    assert isinstance(err, E.MalformedMetadata) and "s.meta.json" in err.message


def test_readers_sidecar_with_impossible_date(tmp_path):
    (tmp_path / "d.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "d.meta.json").write_text('{"published": "2025-02-30"}', encoding="utf-8")
    assert isinstance(_one(tmp_path / "d.txt"), E.MalformedMetadata)


def test_readers_discover_skips_sidecars_gold_docs_hidden_and_sorts(tmp_path):
    for name in ("b.txt", "a.txt", "a.meta.json", "a.gold.json", "README.md", "GUIDELINES.md", ".hidden.txt", "x.csv"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("Text.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("Text.", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in R.discover([tmp_path])]
    assert found == ["a.txt", "b.txt", "sub/c.md"]


def test_readers_discover_excludes_outputs_inside_input_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    found = list(R.discover([tmp_path], exclude=[tmp_path / "out.jsonl"]))
    assert [p.name for p in found] == ["a.txt"]


def test_readers_missing_path_and_broken_link(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    items = _items(tmp_path / "nope.txt", tmp_path)
    assert isinstance(items[0], E.MissingPath) and items[0].code == "E202"
    assert isinstance(items[1], E.UnreadableInput) and "broken link" in items[1].message


def test_readers_explicit_unsupported_format(tmp_path):
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "x.meta.json").write_text("{}")
    items = _items(tmp_path / "paper.pdf", tmp_path / "x.meta.json")
    assert len(items) == 1 and isinstance(items[0], E.UnsupportedFormat) and ".pdf" in items[0].message


def test_readers_stdin_document():
    items = _items("-", stdin=io.BytesIO(b"Belarus said so."))
    assert items[0].doc_id == "stdin" and items[0].text == "Belarus said so."
    items = _items("-", stdin=io.BytesIO(b""))
    assert isinstance(items[0], E.EmptyInput) and items[0].source == "<stdin>"


def test_readers_reader_bug_becomes_error_not_crash(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine.", encoding="utf-8")
    import briefextract.html

    monkeypatch.setattr(briefextract.html, "html_to_text", lambda html: 1 / 0)
    items = _items(tmp_path)
    assert isinstance(items[0], E.DocumentFailed) and "ZeroDivisionError" in items[0].message
    assert isinstance(items[1], R.Article) and items[1].doc_id == "b"


def test_readers_discover_survives_symlink_loop(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Text.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    found = [p.relative_to(tmp_path).as_posix() for p in R.discover([tmp_path])]
    assert found == ["sub/a.txt"]


def test_readers_iter_articles_is_lazy(tmp_path, monkeypatch):
    for i in range(5):
        (tmp_path / f"d{i}.txt").write_text(f"Text {i}.", encoding="utf-8")
    reads: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: (reads.append(self.name), real(self))[1])
    stream = R.iter_articles([tmp_path])
    first = next(stream)
    assert first.doc_id == "d0" and reads == ["d0.txt"]


@pytest.mark.parametrize(
    "first",
    [
        {"schema_version": "1", "doc_id": "a", "sha256": "0" * 64, "actors": []},
        {"doc_id": "a", "sha256": "0" * 64, "record": "count", "value": 3},
        {"doc_id": "a", "sha256": "0" * 64, "origin": "a.html", "text": "Kept text."},
    ],
)
def test_readers_own_output_is_not_read_as_articles(tmp_path, first):
    (tmp_path / "old.jsonl").write_text(json.dumps(first) + "\n" + json.dumps(first) + "\n", encoding="utf-8")
    items = _items(tmp_path / "old.jsonl")
    assert len(items) == 1 and isinstance(items[0], E.UnsupportedFormat) and "briefextract output" in items[0].message


def test_readers_html_declared_legacy_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"><title>x</title></head><body><p>Café talks in Minsk.</p></body></html>'
    (tmp_path / "legacy.html").write_bytes(page.encode("cp1252"))
    assert _one(tmp_path / "legacy.html").text == "Café talks in Minsk.\n"
    (tmp_path / "plain.html").write_bytes(b"<p>Caf\xe9</p>")
    err = _one(tmp_path / "plain.html")
    assert isinstance(err, E.EncodingError) and "not valid UTF-8" in err.message


def test_readers_discover_excludes_an_output_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "part-00000.jsonl").write_text("", encoding="utf-8")
    assert [p.name for p in R.discover([tmp_path], exclude=[tmp_path / "parts"])] == ["a.txt"]
