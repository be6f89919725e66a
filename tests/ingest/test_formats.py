from __future__ import annotations

import io
import json

import pytest
from ingest_files import HTML, STATEMENT, write_docx, write_pdf

from romewatch.errors import ItemError
from romewatch.ids import document_id
from romewatch.ingest import find_document_date, iter_documents, read_file
from romewatch.model import Document


def one(path) -> Document:
    [doc] = read_file(path)
    assert isinstance(doc, Document), doc
    return doc


def test_txt_keeps_text_and_reads_dateline(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(STATEMENT + "\r\n\r\n\r\n\r\nSecond   paragraph.\x07")
    doc = one(path)
    assert doc.date == "2023-05-04" and doc.title.startswith("THE HAGUE, 4 May 2023")
    assert doc.text.endswith("\n\nSecond paragraph.") and "\r" not in doc.text
    assert doc.id == document_id(doc.text) and doc.source == str(path.resolve())
    assert doc.raw == path.read_bytes() and doc.content_hash and doc.media_type == "text/plain"


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "l.txt"
    path.write_bytes("Cour pénale internationale, déclaration".encode("latin-1"))
    assert one(path).text == "Cour pénale internationale, déclaration"


def test_binary_in_a_txt_is_undecodable(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\x00\x01\x02 binary \x00 junk")
    [err] = read_file(path)
    assert isinstance(err, ItemError) and "undecodable" in err.reason


def test_markdown_title(tmp_path):
    path = tmp_path / "n.md"
    path.write_text("Intro line\n# The real title\n\nDate: 22 Dec 2022\n")
    doc = one(path)
    assert doc.title == "The real title" and doc.date == "2022-12-22" and doc.media_type == "text/markdown"


def test_html_main_text_without_navigation(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(HTML)
    doc = one(path)
    assert "twenty-first session" in doc.text and "unwavering support" in doc.text
    for noise in ("Cookie settings", "Copyright footer", "Site banner"):
        assert noise not in doc.text
    assert doc.title == "Press release: Assembly concludes session" and doc.date == "2022-12-10"


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    from romewatch.ingest import html

    monkeypatch.setattr(html, "_main_text", lambda markup: "")
    path = tmp_path / "p.htm"
    path.write_text(HTML)
    doc = one(path)
    assert "unwavering support" in doc.text and "Cookie settings" not in doc.text and "Copyright" not in doc.text


def test_pdf_text_and_title(tmp_path):
    path = write_pdf(
        tmp_path / "l.pdf", "Letter to the Assembly\n\nTHE HAGUE, 15 March 2024 - We urge the Court.", "A letter"
    )
    doc = one(path)
    assert "We urge the Court." in doc.text and doc.title == "A letter"
    assert doc.date == "2024-03-15" and doc.media_type == "application/pdf"


def test_encrypted_pdf_is_a_clear_item_error(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", "secret", password="pw")
    [err] = read_file(path)
    assert isinstance(err, ItemError) and "encrypted PDF" in err.reason and err.item == str(path)


def test_damaged_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.4 this is not really a pdf")
    [err] = read_file(path)
    assert isinstance(err, ItemError)


def test_docx_paragraphs_tables_and_title(tmp_path):
    path = write_docx(tmp_path / "j.docx", ["Joint statement", "Geneva, 7 June 2021", "We stand with the Court."], "JS")
    doc = one(path)
    assert doc.text.splitlines()[:3] == ["Joint statement", "Geneva, 7 June 2021", "We stand with the Court."]
    assert "Signatory | Amnesty International" in doc.text
    assert doc.title == "JS" and doc.date == "2021-06-07"


def test_jsonl_one_document_per_record_and_bad_lines_named(tmp_path):
    path = tmp_path / "f.jsonl"
    rows = [
        json.dumps({"text": "Alpha record.", "title": "A", "date": "2020-12-14", "url": "https://x/1"}),
        "{oops",
        "",
    ]
    rows.append(json.dumps({"text": "Beta record.", "date": "nonsense"}))
    rows.append(json.dumps({"text": "Gamma record.", "date": "5 July 2019"}))
    path.write_text("\n".join(rows))
    items = read_file(path)
    assert [type(i).__name__ for i in items] == ["Document", "ItemError", "ItemError", "Document"]
    assert items[0].source == "https://x/1" and items[0].title == "A" and items[0].date == "2020-12-14"
    assert items[1].item == f"{path}:2" and "not valid JSON" in items[1].reason
    assert items[2].item == f"{path}:4" and "not a date" in items[2].reason
    assert items[3].date == "2019-07-05" and items[3].source == f"{path}:5"


def test_json_list_of_records(tmp_path):
    path = tmp_path / "f.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": ""}, "str"]))
    items = read_file(path)
    assert isinstance(items[0], Document)
    assert items[1].item == f"{path}[1]" and items[2].item == f"{path}[2]"


def test_stdin_is_sniffed(tmp_path):
    items = list(iter_documents(["-"], stdin=io.BytesIO(STATEMENT.encode())))
    assert items[0].text == STATEMENT and items[0].source == "stdin"
    pdf = write_pdf(tmp_path / "x.pdf", "From a pipe.")
    items = list(iter_documents(["-"], stdin=io.BytesIO(pdf.read_bytes())))
    assert "From a pipe." in items[0].text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("THE HAGUE, 4 May 2023 – The Court", "2023-05-04"),
        ("NEW YORK, December 5, 2022 - Statement", "2022-12-05"),
        ("Statement\nDate: 22 Dec 2022\nBody", "2022-12-22"),
        ("ICC-ASP/21/20\n\n14 Sept. 2022\n\nReport", "2022-09-14"),
        ("Published: 2021-03-02\nText", "2021-03-02"),
        ("Press release\nThe Hague, 31st of January 2020\nText", "2020-01-31"),
        ("No date at the top.\n" + "x" * 900 + " 4 May 2023", None),
        ("Invalid 31 February 2023 date", None),
        ("Report of June 2019", None),  # a bare month in running text is not the document's date
        ("Date: June 2019\nReport", "2019-06"),
    ],
)
def test_find_document_date(text, expected):
    assert find_document_date(text) == expected
