"""One reviewer's journey through every view, in a real browser against a live server.

Screenshots of each view (1280x800) land in screenshots/ for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from .conftest import no_horizontal_overflow, sign_in

pytestmark = pytest.mark.e2e


def shot(pg, shots, name: str, full: bool = False) -> None:
    no_horizontal_overflow(pg)
    pg.screenshot(path=str(shots / f"{name}.png"), full_page=full)


def test_reviewer_journey(page, live_server, shots):
    pg = page
    pg.goto("/")
    assert "/login" in pg.url  # reading needs an account
    shot(pg, shots, "00-login")
    sign_in(pg, "ada")

    # search with a highlighted snippet, then open the document
    pg.fill("#q", "sanctions")
    pg.click("form[role=search] button[type=submit]")
    pg.wait_for_selector(".results li")
    assert pg.locator(".results mark").count() > 0
    shot(pg, shots, "01-search")
    pg.locator(".results li a.title").first.click()
    pg.wait_for_selector("#doc-text")
    assert pg.locator("#doc-text a.m").count() > 0, "entity mentions are linked"
    sanction = pg.locator(".event-list li", has=pg.locator(".type-chip.pressure"))
    first = (sanction if sanction.count() else pg.locator(".event-list li")).first.locator("a.evlink")
    event_id = first.get_attribute("data-ev")
    first.click()
    pg.wait_for_selector(f'#doc-text .ev.hl[data-ev~="{event_id}"]')
    assert pg.url.endswith("#" + event_id)
    shot(pg, shots, "02-document")

    # review: accept a sanction, edit a demand
    pg.goto("/review?state=machine&type=sanction")
    card = pg.locator(".review-card").first
    accepted = card.get_attribute("data-event")
    pg.locator(".review-card").nth(1).locator("details.inline-edit summary").click()
    shot(pg, shots, "03-review-queue")
    card.get_by_role("button", name="Accept").click()
    pg.wait_for_selector(".flash")
    assert pg.locator(f'.review-card[data-event="{accepted}"]').count() == 0

    pg.goto("/review?state=machine&type=demand")
    edited = pg.locator(".review-card").first.get_attribute("data-event")
    pg.goto(f"/events/{edited}")
    pg.fill("#f-date", "2025-06")
    pg.fill("#a-action", "adopt a blocking statute (checked)")
    pg.fill("#f-note", "date and wording checked against the letter")
    pg.click("button[name=action][value=edit]")
    pg.wait_for_selector(".flash")
    history = pg.locator(".audit").inner_text()
    assert "event.edit" in history and "date and wording checked" in history
    shot(pg, shots, "04-event-edited")

    # re-extracting the document (a new extractor version, say) leaves reviewed events alone
    from romewatch.extract import extract_document

    store = live_server["store"]
    for event_id in (accepted, edited):
        doc = store.document_model(store.get_event(event_id)["document"])
        store.save_extraction(extract_document(doc), component="romewatch.extract", version="re-run")
    pg.reload()
    assert pg.locator("#f-date").input_value() == "2025-06"
    assert "edited" in pg.locator("h1").inner_text()

    # both show up in their registers (reviewed only) and in the audit log
    pg.goto("/registers/sanctions?reviewed=true")
    assert pg.locator(f'tr[data-event="{accepted}"]').count() == 1
    shot(pg, shots, "05-register-sanctions")
    pg.goto("/registers/demands?reviewed=true")
    row = pg.locator(f'tr[data-event="{edited}"]')
    assert row.count() == 1 and "adopt a blocking statute (checked)" in row.inner_text()
    shot(pg, shots, "06-register-demands")
    for name in ("non-cooperation", "sessions", "statements"):
        pg.goto(f"/registers/{name}")
        pg.wait_for_selector("table.data")
        shot(pg, shots, f"07-register-{name}")
    pg.goto("/audit")
    log = pg.locator("table.data").inner_text()
    assert accepted in log and edited in log
    shot(pg, shots, "08-audit")

    # actor profile and its brief
    pg.goto("/actors/state:us")
    assert pg.locator("h1").inner_text().strip() == "United States"
    shot(pg, shots, "09-profile")
    with pg.expect_download() as info:
        pg.get_by_role("link", name="Download brief (.md)").click()
    brief = info.value.path().read_text("utf-8")
    assert brief.startswith("# United States") and "/documents/" in brief
    pg.goto("/actors/state:us/brief")
    shot(pg, shots, "10-brief")
    pg.emulate_media(media="print")
    pg.screenshot(path=str(shots / "10-brief-print.png"), full_page=True)
    pdf = shots / "10-brief.pdf"
    pdf.write_bytes(pg.pdf(format="A4"))
    assert len(PdfReader(str(pdf)).pages) == 1, "the brief prints on one page"
    pg.emulate_media(media="screen")

    # timeline: an SVG picture with lanes and marks
    pg.goto("/timeline")
    assert pg.locator("#timeline svg circle.dot").count() > 5
    assert pg.locator("#timeline svg .lane").count() == 5
    shot(pg, shots, "11-timeline")

    # network: drawn in the browser; clicking a node opens its profile
    pg.goto("/network")
    pg.wait_for_selector('#network[data-ready="true"]')
    assert pg.locator("#network .node").count() > 2
    shot(pg, shots, "12-network")
    node = pg.locator("#network .node").first
    target = node.get_attribute("data-id")
    pg.locator("#network").scroll_into_view_if_needed()
    box = node.locator("circle").bounding_box()
    pg.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    pg.wait_for_url(re.compile(r"/actors/"))
    assert target in pg.url.replace("%3A", ":")


def test_upload_with_report(page, live_server, shots, tmp_path):
    pg = page
    sign_in(pg, "ada")
    good = tmp_path / "new-letter.txt"
    good.write_text(
        "10 March 2025. Amnesty International urged Hungary to remain a State Party to the Rome Statute.", "utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", "utf-8")
    pg.goto("/ingest")
    pg.set_input_files("#files", [str(good), str(empty)])
    pg.click("#ingest-form button[type=submit]")
    pg.wait_for_url(re.compile(r"/ingest/jobs/"))
    pg.wait_for_selector('#job[data-state="finished"]', timeout=30_000)
    table = pg.locator("#job-items").inner_text()
    assert "ingested" in table and "failed" in table and "empty" in table
    shot(pg, shots, "13-upload-report")


def test_viewer_sees_no_review_controls(page, live_server):
    pg = page
    sign_in(pg, "vera")
    assert pg.locator("nav.nav a[href='/review']").count() == 0
    ev = live_server["store"].events(limit=1)[0]
    pg.goto(f"/events/{ev['id']}")
    assert pg.locator("form#edit").count() == 0
    response = pg.goto("/review")
    assert response.status == 403
