"""Real files of every supported format (and the bad ones), written into a folder."""

from __future__ import annotations

import json
from pathlib import Path

STATEMENT = (
    "THE HAGUE, 4 May 2023 – The President of the Assembly of States Parties expressed concern "
    "about threats against the International Criminal Court."
)

HTML = """<!doctype html><html><head><title>Press release: Assembly concludes session</title>
<meta property="article:published_time" content="2022-12-10T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | Cookie settings</nav>
<header>Site banner with menu</header>
<main><article><h1>Assembly concludes its twenty-first session</h1>
<p>The Assembly of States Parties to the Rome Statute concluded its twenty-first session in The Hague,
adopting the programme budget and electing members of the Committee on Budget and Finance.</p>
<p>States Parties reaffirmed their unwavering support for the Court and its independence, and
called on all States to cooperate fully with the Court in the execution of arrest warrants.</p>
</article></main>
<footer>Copyright footer text. Privacy policy. Follow us.</footer></body></html>"""


def write_pdf(path: Path, text: str, title: str = "", password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        for page in PdfReader(str(path)).pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password=password + "-owner")
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


def write_docx(path: Path, paragraphs: list[str], title: str = "") -> Path:
    import docx

    document = docx.Document()
    for para in paragraphs:
        document.add_paragraph(para)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Signatory"
    table.rows[0].cells[1].text = "Amnesty International"
    if title:
        document.core_properties.title = title
    document.save(str(path))
    return path


def write_corpus(folder: Path) -> Path:
    """One good file per format plus every kind of bad item."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "statement.txt").write_text(STATEMENT, encoding="utf-8")
    (folder / "notes.md").write_text("# Side event notes\n\nDate: 22 Dec 2022\n\nA side event on victims.\n")
    (folder / "press.html").write_text(HTML, encoding="utf-8")
    write_pdf(
        folder / "letter.pdf",
        "Open letter to the Prosecutor\n\n15 March 2024\n\nWe urge the Court to act.",
        "Open letter",
    )
    write_docx(
        folder / "joint.docx",
        ["Joint statement on the Court", "Geneva, 7 June 2021", "We stand with the Court."],
        "Joint statement",
    )
    records = [
        {
            "text": "First record about the Court's budget.",
            "title": "Budget",
            "date": "2020-12-14",
            "url": "https://ex.org/1",
        },
        {"text": "Second record, a statement by Senegal.", "date": "5 July 2019"},
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"title": "no text here"}))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "latin.txt").write_bytes(
        "Déclaration de la Cour pénale internationale, 1 juillet 2002.".encode("latin-1")
    )
    (folder / "sub" / "empty.txt").write_bytes(b"")
    (folder / "sub" / "tool.exe").write_bytes(b"MZ\x90\x00binary")
    (folder / "sub" / "gold.yaml").write_text("ignored: true\n")
    (folder / ".hidden.txt").write_text("hidden, ignored\n")
    write_pdf(folder / "locked.pdf", "Confidential text", password="s3cret")
    (folder / "big.txt").write_text("word " * 20_000)  # over the 60 000-byte limit the tests use
    return folder
