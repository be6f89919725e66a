"""Whole-pipeline probes for the event tests: the entities are the reader's own (no hand-made
mentions), under a scraped page's dateline; the voice probes' page headers; document and event dates.
The sentence-level harness with hand-made entities is in ``events_support``.
"""

from __future__ import annotations

from typing import Any

from .events_support import PAGE_HEAD, check_statement_probe, xfail_if_listed

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


NO_DATE = "(none)"  # a wanted date meaning: the events have none


def assert_some_dated(text: str, date: str | None, etype: str, want: str) -> None:
    """Like ``assert_dated``, but one event of ``etype`` dated ``want`` is enough; ``NO_DATE``: none is dated."""
    from romewatch.extract.pipeline import extract_text
    from romewatch.ingest import find_document_date

    events = [e for e in extract_text(text, date=date or find_document_date(text)).events if e.type == etype]
    assert events, f"no {etype}"
    if want == NO_DATE:
        assert all(not e.date for e in events), [(e.date, e.roles) for e in events]
    else:
        assert any((e.date or "").startswith(want) for e in events), [(e.date, e.roles) for e in events]


# --- pressure: whole-pipeline probes matched by entity names ------------------------------------------

PUBLISHED = "Published: 1 December 2025\n\n"


def entity_names(result: Any) -> dict[str, set[str]]:
    """Each entity's id -> its name and aliases, lower-cased."""
    return {x.id: {x.name.lower(), *(a.lower() for a in x.aliases)} for x in result.entities}


def assert_pipeline_probe(case: tuple) -> None:
    """``(id, type, text, roles, attrs)``: some event of the type fits the roles and attributes by name."""
    from romewatch.extract.pipeline import extract_text

    _, etype, text, roles, attrs = case
    result = extract_text(PUBLISHED + text + "\n")
    assert any(fits_by_name(result, e, etype, roles, attrs) for e in result.events), [
        (e.roles, e.attributes, e.date) for e in result.events if e.type == etype
    ]


def assert_pipeline_negative(case: tuple) -> None:
    """``(id, type, text, role, fragment)``: no event of the type has, in that role, an entity whose name
    holds the fragment."""
    from romewatch.extract.pipeline import extract_text

    _, etype, text, role, fragment = case
    result = extract_text(PUBLISHED + text + "\n")
    names = entity_names(result)
    bad = [
        e for e in result.events
        if e.type == etype and any(fragment.lower() in n for g in e.roles.get(role, []) for n in names.get(g, {g}))
    ]  # fmt: skip
    assert not bad, [(e.roles, e.attributes) for e in bad]


# --- voice: reported speech, agent given by the probe -----------------------------------------------


def reported_voice_ok(probe: tuple, header: str) -> tuple[bool, list]:
    """A probe ``(id, sentence, type, roles, opts)`` under ``header``: an event of the type whose agent is
    exactly ``roles["agent"]`` and whose other roles hold the wanted ids. Options: ``neg`` (no event by that
    agent), ``count`` (so many events by exactly that agent), ``not_role`` ((role, ids) none of which may
    fill it). Returns the verdict and what the type's events were."""
    from romewatch.extract.pipeline import extract_text

    _pid, sentence, etype, roles, opts = probe
    events = [e for e in extract_text(header + sentence).events if e.type == etype]
    got = [(e.type, e.roles, e.attributes) for e in events]
    want_agent = roles["agent"]
    if opts.get("neg"):
        return not [e for e in events if want_agent & set(e.roles.get("agent", []))], got
    if "count" in opts:
        return len([e for e in events if set(e.roles.get("agent", [])) == want_agent]) == opts["count"], got
    bad_role, bad_ids = opts.get("not_role", ("", set()))
    hits = [
        e for e in events
        if set(e.roles.get("agent", [])) == want_agent
        and all(set(ids) <= set(e.roles.get(r, [])) for r, ids in roles.items() if r != "agent")
        and not bad_ids & set(e.roles.get(bad_role, []))
    ]  # fmt: skip
    return bool(hits), got
