"""Reading articles: encodings, formats, sidecars, publication-date order, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from lagebild.core.errors import ArticleError
from lagebild.core.loading import decode, load_text
from lagebild.core.pipeline import load_article

GERMAN = (
    "Die Bürgermeisterin von Görlitz eröffnete am 3. März 2024 die neue Brücke über die Neiße. "
    "Sie sagte, die Stadt habe „lange genug“ gewartet, und dankte den Bauleuten für ihre Arbeit.\n"
    "Der Verkehr soll ab Montag wieder fließen, teilte die Straßenbauverwaltung mit.\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str):
    # latin-1 has no typographic quotes; German latin-1 sources use straight ones.
    text = GERMAN if encoding != "latin-1" else GERMAN.replace("„", '"').replace("“", '"')
    path = tmp_path / "artikel.txt"
    path.write_bytes(text.encode(encoding))
    assert load_text(path).text == text


def test_windows_line_ends_are_unified(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(GERMAN.replace("\n", "\r\n").encode("utf-8"))
    assert load_text(path).text == GERMAN


def test_html_page_main_text_title_and_date(tmp_path: Path):
    page = f"""<!DOCTYPE html><html lang="de"><head><title>Brücke eröffnet | Lokalblatt</title>
    <meta property="og:title" content="Neue Brücke in Görlitz eröffnet">
    <meta property="article:published_time" content="2024-03-04T08:15:00+01:00">
    <script>fetch("https://tracker.example/x")</script></head><body>
    <nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
    <article><h1>Neue Brücke in Görlitz eröffnet</h1>
    {''.join(f'<p>{line}</p>' for line in GERMAN.splitlines())}
    <p>Die Arbeiten hatten im Frühjahr 2022 begonnen und kosteten rund 12,5 Millionen Euro.</p></article>
    <footer>Impressum · Datenschutz</footer></body></html>"""
    path = tmp_path / "seite.html"
    path.write_text(page, encoding="utf-8")
    loaded = load_text(path)
    assert "Neiße" in loaded.text and "12,5 Millionen Euro" in loaded.text
    assert "Impressum" not in loaded.text and "tracker" not in loaded.text
    assert loaded.title == "Neue Brücke in Görlitz eröffnet"
    assert loaded.published == date(2024, 3, 4)


def test_markdown_is_reduced_to_text(tmp_path: Path):
    path = tmp_path / "artikel.md"
    path.write_text("# Brücke eröffnet\n\nDie **Bürgermeisterin** von [Görlitz](https://x.example) sprach.\n", encoding="utf-8")
    loaded = load_text(path)
    assert loaded.title == "Brücke eröffnet"
    assert loaded.text == "Brücke eröffnet\nDie Bürgermeisterin von Görlitz sprach."


def test_publication_date_order(tmp_path: Path):
    path = tmp_path / "artikel.de.txt"
    path.write_text("Berlin, 05.02.2024 – " + GERMAN, encoding="utf-8")
    assert load_article(path).published == date(2024, 2, 5)
    assert load_article(path).published_source == "dateline"
    (tmp_path / "artikel.de.meta.json").write_text(json.dumps({"published": "2024-02-06", "title": "T"}), encoding="utf-8")
    assert load_article(path).published == date(2024, 2, 6)
    assert load_article(path, published=date(2024, 2, 7)).published == date(2024, 2, 7)


def test_missing_anchor_is_reported(tmp_path: Path):
    from lagebild.core.pipeline import MISSING_ANCHOR, extract_file

    path = tmp_path / "ohne-datum.txt"
    path.write_text("Die Polizei nahm am Dienstag zwei Männer fest. Sie waren am 21. Januar aus der Haft entflohen.", encoding="utf-8")
    extraction = extract_file(path)
    assert extraction.article.published is None
    assert MISSING_ANCHOR in extraction.warnings
    values = [t.value for t in extraction.timexes]
    assert "XXXX-01-21" in values


def test_broken_sidecar_is_a_warning(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(GERMAN, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{kaputt", encoding="utf-8")
    article = load_article(path)
    assert any("not valid JSON" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), "binary"),
        ("The government announced on Monday that the new bridge will open next week. "
         "Officials said the project was completed on time and within budget, and thanked the workers.".encode(), "German"),
    ],
)
def test_bad_input_gives_one_line_error(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert "\n" not in str(info.value)


def test_gigantic_file_is_refused(tmp_path: Path, monkeypatch):
    import lagebild.core.loading as loading

    monkeypatch.setattr(loading, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text(GERMAN * 20, encoding="utf-8")
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "fehlt.txt")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_utf16_without_bom_is_not_taken_for_binary():
    assert decode("Grüße aus Köln".encode("utf-8")) == "Grüße aus Köln"


def test_cli_bad_input_exit_status_and_no_traceback(tmp_path: Path, seed_path: Path):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "extract", str(empty), str(seed_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert "leer.txt: file is empty" in completed.stderr
    results = json.loads(completed.stdout)
    assert [r["path"] for r in results] == [str(seed_path)]


def test_cli_rejects_bad_date(seed_path: Path):
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "extract", "--date", "21.01.2024", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 2
    assert "not a date" in completed.stderr


def test_reanchor_keeps_entities_and_moves_relative_dates(seed_path: Path):
    from lagebild.core.pipeline import extract_file, reanchor

    first = extract_file(seed_path)
    moved = reanchor(first, date(2024, 2, 10))
    assert moved.entities is first.entities
    values = {t.text: t.value for t in moved.timexes}
    assert values["heutigen Tag"] == "2024-02-10" and values["15. Januar"] == "2024-01-15"
    assert moved.article.published == date(2024, 2, 10) and moved.warnings == []
    unanchored = reanchor(first, None)
    assert any("publication date unknown" in w for w in unanchored.warnings)
