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


# --- whole-pipeline probes: the entities are the reader's own ---------------------------------------


def page_result(text: str, head: str = PAGE_HEAD) -> Any:
    """The whole pipeline's result for ``text`` under a page's dateline."""
    from romewatch.extract.pipeline import extract_text

    return extract_text(head + text + "\n")


def page_events(text: str, date: str | None = None, head: str = "") -> list[Any]:
    """The whole pipeline's events for ``head + text`` written on ``date`` (None: undated)."""
    from romewatch.extract.pipeline import extract_text

    return extract_text(head + text, date=date).events


def of_type(events: list[Any], etype: str) -> list[Any]:
    return [e for e in events if e.type == etype]


def has_roles(events: list[Any], etype: str, **roles: str) -> bool:
    """An event of ``etype`` holds each ``role=id`` among its fillers."""
    return any(e.type == etype and all(want in e.roles.get(role, []) for role, want in roles.items()) for e in events)


def fits_by_name(result: Any, event: Any, etype: str, roles: dict[str, list[str]], attrs: dict[str, Any]) -> bool:
    """``event`` is of ``etype``, each role has as many fillers as names wanted and each wanted name is part of
    a filler's name or alias (any case), and each attribute (or ``date``) is the one wanted."""
    names = {x.id: {x.name.lower(), *(a.lower() for a in x.aliases)} for x in result.entities}
    if event.type != etype:
        return False
    for role, want in roles.items():
        got = event.roles.get(role, [])
        if len(got) != len(want) or not all(any(w.lower() in n for g in got for n in names.get(g, {g})) for w in want):
            return False
    for key, want in attrs.items():
        if (event.date if key == "date" else event.attributes.get(key)) != want:
            return False
    return True


def assert_page_events(text: str, etype: str, wanted: list[tuple[dict[str, list[str]], dict[str, Any]]]) -> None:
    """Under a page's dateline, the text yields, for each ``(roles, attrs)`` wanted, an event that fits it by name."""
    result = page_result(text)
    shown = [(e.roles, e.attributes, e.date) for e in result.events if e.type == etype]
    for roles, attrs in wanted:
        assert any(fits_by_name(result, e, etype, roles, attrs) for e in result.events), shown


def assert_no_page_event(text: str, etype: str) -> None:
    """Under a page's dateline, the text yields no event of ``etype``."""
    result = page_result(text)
    assert not [e for e in result.events if e.type == etype], [(e.roles, e.attributes) for e in result.events if e.type == etype]


def assert_statement_page(probe: tuple, header: str, reasons: dict[str, str]) -> None:
    """A reported-statement probe ``(id, text, roles, opts)`` under a scraped page's ``header`` (or, with
    ``page``, as it stands), checked by ``check_statement_probe``; ``absent_addressee``: a name no
    statement is addressed to."""
    from romewatch.extract.pipeline import extract_text

    pid, text, roles, opts = probe
    xfail_if_listed(pid, reasons)
    result = extract_text(text if opts.get("page") else header + text)
    check_statement_probe(result, roles, opts)
    if opts.get("absent_addressee"):
        names = {e.id: e.name for e in result.entities}
        heard = {names.get(i, i) for e in result.events if e.type == "statement" for i in e.roles.get("addressee", [])}
        assert opts["absent_addressee"] not in heard, heard


# the page headers voice probes run under ("voice" option), and whose voice each header gives
VOICE_HEADERS = {
    "none": "",
    "joint": "Joint statement delivered by Chile on behalf of Chile, Peru and Spain.\n\n",
    "ngo": "Statement by Amnesty International to the Assembly of States Parties\n\n",
}
VOICES = {"joint": {"state:cl", "state:pe", "state:es"}, "ngo": {"org:amnesty-international"}}


def voice_probe_ok(
    probe: tuple, headers: dict[str, str], voices: dict[str, set[str]], agentless_any: bool = False
) -> tuple[bool, list]:
    """A voice probe ``(id, sentence, type, roles, opts)`` run under ``headers[opts["voice"]]``: is there an
    event of the type whose agent is exactly the wanted one (``roles["agent"]``, else the header's voice)
    and whose other roles hold at least the wanted ids? Options: ``neg`` (no such event by that agent;
    ``any_agent_neg``: by anyone), ``no_agent`` (the wanted agent is none), ``agent_any`` (any agent will
    do; with ``agentless_any``, none too when none is wanted), ``count`` (events by that agent),
    ``not_target``, ``no_target``, ``action_has``, ``action_not``, ``min`` / ``max`` (events by that agent).
    Returns the verdict and what the type's events were."""
    from romewatch.extract.pipeline import extract_text

    _pid, sentence, etype, roles, opts = probe
    voice_name = opts.get("voice", "none")
    events = [e for e in extract_text(headers[voice_name] + sentence).events if e.type == etype]
    got = [(e.type, e.roles, e.attributes) for e in events]
    want_agent = roles.get("agent", voices.get(voice_name, set()))
    if opts.get("neg"):
        bad = [e for e in events if opts.get("any_agent_neg") or want_agent & set(e.roles.get("agent", []))]
        return not bad, got
    if opts.get("no_agent"):
        want_agent = set()

    def agent_fits(e: Any) -> bool:
        exact = set(e.roles.get("agent", [])) == want_agent
        if opts.get("agent_any"):
            return bool(e.roles.get("agent")) or (agentless_any and exact)
        return exact

    mine = [e for e in events if set(e.roles.get("agent", [])) == want_agent]
    if "count" in opts:
        return len(mine) == opts["count"], got
    hits = [
        e for e in events
        if agent_fits(e)
        and all(set(ids) <= set(e.roles.get(r, [])) for r, ids in roles.items() if r != "agent")
        and not opts.get("not_target", set()) & set(e.roles.get("target", []))
        and opts.get("action_has", "") in str(e.attributes.get("action", ""))
        and not (opts.get("action_not") and opts["action_not"] in str(e.attributes.get("action", "")))
        and not (opts.get("no_target") and e.roles.get("target"))
    ]
    if opts.get("agent_any"):
        mine = hits
    return bool(hits) and opts.get("min", 1) <= len(mine) <= opts.get("max", 99), got


def assert_voice_probe(
    probe: tuple, headers: dict[str, str], voices: dict[str, set[str]], reasons: dict[str, str], agentless_any: bool = False
) -> None:
    """``voice_probe_ok`` holds for the probe, unless ``reasons`` names it as an expected failure."""
    xfail_if_listed(probe[0], reasons)
    ok, got = voice_probe_ok(probe, headers, voices, agentless_any)
    assert ok, got


# --- dates ------------------------------------------------------------------------------------------


def assert_document_date(text: str, want: str) -> None:
    """The document's own date, read from its header as ingest reads it, starts with ``want``."""
    from romewatch.ingest import find_document_date

    assert (find_document_date(text) or "").startswith(want)


def assert_dated(text: str, date: str | None, etype: str, want: str, attrs: dict[str, Any] | None = None) -> None:
    """The whole pipeline, on a document dated ``date`` (None: the date its header gives), yields events of
    ``etype`` (with these attribute values) and each one's date starts with ``want``."""
    from romewatch.extract.pipeline import extract_text
    from romewatch.ingest import find_document_date

    events = [e for e in extract_text(text, date=date or find_document_date(text)).events if e.type == etype]
    events = [e for e in events if all(e.attributes.get(k) == v for k, v in (attrs or {}).items())]
    assert events, f"no {etype}"
    assert all((e.date or "").startswith(want) for e in events), [(e.date, e.roles) for e in events]
