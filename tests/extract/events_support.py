"""Helpers for the event tests: a parsed document with hand-made entity mentions.

The event components are tested apart from the entity components: each case names its entities
("Chile=state:cl"), every occurrence of a name in the text becomes a mention, and only the date
and event components run.
"""

from __future__ import annotations

import re
from typing import Any

from romewatch.extract.context import DocContext
from romewatch.model import Document, Entity, Mention

KINDS = {
    "state": "state", "person": "person", "org": "organization", "igo": "igo", "court": "court",
    "instrument": "instrument", "group": "group", "place": "place", "session": "session",
}  # fmt: skip


def parse_entities(spec: str) -> dict[str, str]:
    """``"Chile=state:cl; Lex Aequa=org:lex-aequa"`` -> {name: id}."""
    out = {}
    for part in spec.split(";"):
        if part.strip():
            name, eid = part.rsplit("=", 1)
            out[name.strip()] = eid.strip()
    return out


def make_context(nlp: Any, text: str, entities: str = "", date: str | None = None, author: str = "") -> DocContext:
    from romewatch.extract.dates import COMPONENTS as DATE_COMPONENTS

    ctx = DocContext(document=Document(id="doc-test", text=text, date=date), doc=nlp(text), kb=None)
    for component in DATE_COMPONENTS:
        component(ctx)
    spans: list[tuple[int, int, str]] = []
    for name, eid in parse_entities(entities).items():
        kind = KINDS[eid.split(":", 1)[0]]
        ent = ctx.entities.setdefault(eid, Entity(id=eid, kind=kind, name=name))
        ent.aliases.append(name)
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            spans.append((m.start(), m.end(), eid))
    taken = [False] * len(text)
    for start, end, eid in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        ctx.mentions.append(Mention(start, end, text[start:end], eid, component="test"))
        ctx.entities[eid].mentions.append((start, end))
    if author:
        ctx.notes["test.author"] = [a.strip() for a in author.split(",")]
    return ctx


def run_events(ctx: DocContext) -> list[Any]:
    from romewatch.extract.events import COMPONENTS

    forced = ctx.notes.get("test.author")
    for component in COMPONENTS:
        component(ctx)
        if forced and component.name == "events.authorship":  # a sentence has no header: say who "we" is
            ctx.notes["author"] = forced
            ctx.notes["events.doc_voice"] = forced
    return ctx.events


def matches(event: Any, etype: str, roles: dict[str, list[str]], attrs: dict[str, Any]) -> bool:
    if event.type != etype:
        return False
    for role, ids in roles.items():
        if sorted(event.roles.get(role, [])) != sorted(ids):
            return False
    for key, want in attrs.items():
        got = event.attributes.get(key) if key not in ("date", "end_date") else getattr(event, key)
        if isinstance(want, str) and key in ("action", "about", "title"):
            if want.lower() not in str(got or "").lower():
                return False
        elif isinstance(want, list):
            if not set(want) <= set(got or []):
                return False
        elif got != want:
            return False
    return True


def check_case(nlp: Any, case: tuple, date: str = "2025-12-01") -> list[Any]:
    """Run one ``(id, text, entities, expected, options)`` sentence case and assert what it expects: each
    expected event, the ``count`` of events per type, and what must be ``absent`` (an event of a type with
    those roles) or ``absent_action`` (a word in no event's action)."""
    _, text, entities, expected, options = case
    events = run_events(make_context(nlp, text, entities, date=date, author=options.get("author", "")))
    shown = [(e.type, e.roles, e.attributes, e.date) for e in events]
    for etype, roles, attrs in expected:
        assert [e for e in events if matches(e, etype, roles, attrs)], f"no {etype} with {roles} {attrs} in {shown}"
    for etype, n in options.get("count", {}).items():
        assert sum(e.type == etype for e in events) == n, shown
    if "absent" in options:
        etype, roles = options["absent"]
        assert not [e for e in events if matches(e, etype, roles, {})], shown
    if "absent_action" in options:
        word = options["absent_action"]
        assert not [e for e in events if word in str(e.attributes.get("action", ""))], shown
    return events


def check_statement_probe(result: Any, roles: dict[str, list[str]], opts: dict[str, Any]) -> None:
    """A reported-statement probe on a whole-pipeline result: a statement whose roles name exactly
    the wanted names (by name or alias, any case); ``opts``: neg (no authored statement), count (how
    many statements; 0 ends the check), not_doc (not the page's own), date, form."""
    names = {e.id: {e.name.lower(), *(a.lower() for a in e.aliases)} for e in result.entities}

    def named(ids: list[str]) -> set[str]:
        return {n for i in ids for n in names.get(i, {i.lower()})}

    stmts = [e for e in result.events if e.type == "statement"]
    shown = [(e.roles, e.attributes) for e in stmts]
    if opts.get("neg"):
        assert not [e for e in stmts if e.roles.get("author")], shown
        return
    if opts.get("not_doc"):  # the release the text tells of, not the page itself
        stmts = [e for e in stmts if e.evidence and e.evidence[0][0] > 0]
    if "count" in opts:
        assert len(stmts) == opts["count"], shown
        if not opts["count"]:
            return

    def fits(e: Any) -> bool:
        if "date" in opts and e.date != opts["date"]:
            return False
        if "form" in opts and e.attributes.get("form") != opts["form"]:
            return False
        for role, want in roles.items():
            got = e.roles.get(role, [])
            if len(got) != len(want) or not all(w.lower() in named(got) for w in want):
                return False
        return True

    assert [e for e in stmts if fits(e)], shown


# --- the shared probe harness --------------------------------------------------------------------
# Probe files keep their cases as data tables ``(id, ...)`` and drive them through these functions, so
# each round's file holds sentences and expectations, not another copy of the harness.

PROBE_DATE = "2025-12-01"
PAGE_HEAD = "Published: 1 December 2025\n\n"  # a scraped page's dateline above a whole-pipeline probe


def case_ids(cases: list) -> list[str]:
    """The test ids of a table: each case's first field."""
    return [c[0] for c in cases]


def with_xfail(cases: list, reasons: dict[str, str]) -> list:
    """The table's cases, each one named in ``reasons`` marked as a strict xfail with its reason."""
    import pytest

    return [pytest.param(c, marks=pytest.mark.xfail(reason=reasons[c[0]], strict=True)) if c[0] in reasons else c for c in cases]


def xfail_if_listed(case_id: str, reasons: dict[str, str]) -> None:
    """Stop a case named in ``reasons`` as an expected failure, with its reason, before it runs."""
    import pytest

    if case_id in reasons:
        pytest.xfail(reasons[case_id])


def sentence_events(nlp: Any, text: str, entities: str, date: str = PROBE_DATE) -> list[Any]:
    """The events of one sentence whose entities the case names (the event components alone)."""
    return run_events(make_context(nlp, text, entities, date=date))


def assert_event(nlp: Any, text: str, entities: str, etype: str, roles: dict[str, list[str]], attrs: dict[str, Any]) -> None:
    """The sentence yields an event of ``etype`` with exactly these roles and at least these attributes."""
    events = sentence_events(nlp, text, entities)
    assert any(matches(e, etype, roles, attrs) for e in events), [(e.type, e.roles, e.attributes, e.date) for e in events]


def assert_no_event(nlp: Any, text: str, entities: str, etype: str) -> None:
    """The sentence yields no event of ``etype``."""
    events = sentence_events(nlp, text, entities)
    assert not [e for e in events if e.type == etype], [(e.type, e.roles) for e in events]


def assert_case(nlp: Any, case: tuple, reasons: dict[str, str]) -> None:
    """A ``check_case`` table row, stopped as an expected failure when ``reasons`` names it."""
    xfail_if_listed(case[0], reasons)
    check_case(nlp, case)
