"""The five registers: rows, sources, filters and sorting."""

from __future__ import annotations


def rows(client, name, **params):
    return client.get(f"/api/registers/{name}", params=params).json()["rows"]


def names(people):
    return [p["name"] for p in people]


def test_every_row_cites_its_source(viewer):
    for name in ("sanctions", "non-cooperation", "sessions", "statements", "demands"):
        for row in rows(viewer, name):
            assert row["sources"], (name, row)
            for src in row["sources"]:
                assert src["document"].startswith("doc-") and src["event"].startswith("ev-")


def test_sanctions_register(viewer):
    (row,) = rows(viewer, "sanctions")
    assert names(row["who"]) == ["United States"] and names(row["against"]) == ["Karim Khan"]
    assert names(row["instrument"]) == ["Executive Order 14203"] and row["date"] == "2025-02-06"
    html = viewer.get("/registers/sanctions").text
    assert "Executive Order 14203" in html and 'href="/documents/doc-' in html and "<th>" in html


def test_non_cooperation_register_links_fugitive_visits(viewer):
    (row,) = rows(viewer, "non-cooperation")
    assert names(row["state"]) == ["Mongolia"] and names(row["subject"]) == ["Vladimir Putin"]
    assert names(row["chamber"]) == ["Pre-Trial Chamber II"] and names(row["referred_to"]) == [
        "Assembly of States Parties"
    ]
    (visit,) = row["visits"]
    assert visit["date"] == "2024-09-03" and visit["arrested"] is False and names(visit["host"]) == ["Mongolia"]


def test_sessions_register_gathers_what_happened_around_a_session(viewer):
    (row,) = rows(viewer, "sessions")
    assert row["number"] == 24 and row["date"] == "2025-12-01" and names(row["venue"]) == ["The Hague"]
    (side,) = row["side_events"]
    assert names(side["co_sponsors"]) == ["Chile", "Finland", "Ireland"] and names(side["by"]) == [
        "International Federation for Human Rights"
    ]
    assert len(row["statements"]) == 1 and len(row["sources"]) == 2


def test_statements_register(viewer):
    (row,) = rows(viewer, "statements")
    assert names(row["signatories"]) == ["Al-Haq", "International Federation for Human Rights"]
    assert row["form"] == "joint statement" and row["signatory_count"] == 2


def test_demands_register_and_default_status(viewer):
    (row,) = rows(viewer, "demands")
    assert row["action"] == "adopt a Blocking Statute" and row["status"] is None
    assert names(row["addressee"]) == ["States Parties"]
    assert len(rows(viewer, "demands", status="unset")) == 1


def test_filters_and_sorting(viewer):
    assert len(rows(viewer, "sanctions", actor="state:us")) == 1
    assert len(rows(viewer, "sanctions", actor="United States")) == 1
    assert rows(viewer, "sanctions", actor="state:mn") == []
    assert rows(viewer, "sanctions", since="2025-03") == []
    assert len(rows(viewer, "sanctions", until="2025-02")) == 1
    assert len(rows(viewer, "statements", q="federation")) == 1
    assert rows(viewer, "statements", q="nothing like this") == []
    # reviewed=true keeps only accepted or edited rows
    assert rows(viewer, "sanctions", reviewed="true") == []
    data = viewer.get("/api/registers/non-cooperation", params={"sort": "subject", "dir": "asc"}).json()
    assert (data["sort"], data["direction"]) == ("subject", "asc")
    assert viewer.get("/api/registers/sanctions", params={"sort": "bogus"}).json()["sort"] == "date"
    html = viewer.get("/registers/non-cooperation", params={"sort": "subject", "dir": "asc"}).text
    assert "sort=subject&amp;dir=desc" in html  # clicking the sorted header again flips it


def test_registers_index_counts(viewer):
    regs = {r["name"]: r["count"] for r in viewer.get("/api/registers").json()["registers"]}
    assert regs == {"sanctions": 1, "non-cooperation": 1, "sessions": 1, "statements": 1, "demands": 1}


def test_register_as_csv(viewer):
    import csv
    import io

    r = viewer.get("/registers/non-cooperation.csv", params={"actor": "Mongolia"})
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="romewatch-non-cooperation.csv"' in r.headers["content-disposition"]
    header, *body = list(csv.reader(io.StringIO(r.text)))
    assert header[:3] == ["Finding date", "State", "Person sought"]
    (row,) = body
    assert row[1] == "Mongolia" and row[2] == "Vladimir Putin" and row[5] == "Mongolia 2024-09-03"
    assert row[6].startswith("http://testserver/documents/doc-") and "#ev-" in row[6]
    assert viewer.get("/registers/nope.csv").status_code == 404
    assert "Download CSV" in viewer.get("/registers/sanctions").text
