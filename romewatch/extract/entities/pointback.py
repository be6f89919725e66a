"""Generic phrases that point back to a body or person named before: "the Chamber" -> the last
Chamber named; "the President" and "Her Excellency" -> the last person introduced with a president's
title (mentions only, not aliases); "the judges", "the court's member states" and "the Prosecution"
-> the Court's organs, in a text about the Court; "Khan's office" -> the Office of the Prosecutor.

The last of the coreference steps (``coref``).
"""

from __future__ import annotations

import re

from ..context import DocContext
from .common import Candidate
from .offices import merge_spans


class PointBack:
    """ "the Chamber" -> the last Chamber named; "the President" -> the last president named."""

    name = "entities.coref.pointback"
    version = "0.1.0"

    _PROSECUTION = re.compile(r"\b[Tt]he\s+(?P<otp>[Pp]rosecution)\b")
    # the Court's judges as a body: "the Court's judges", "its judges", "six judges", "the judges";
    # not judges then named one by one ("four judges of the Court: Solomy Bossa, ...")
    _JUDGES = re.compile(
        r"\b(?:(?:[Tt]he\s+)?(?:Court|court|ICC)['\u2019]s|[Ii]ts|[Tt]he|[Ss]everal|[Aa]ll|"
        r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})(?:\s+of\s+(?:the\s+)?"
        r"(?:Court|court)['\u2019]s)?)\s+(?P<judges>judges)\b"
        r"(?!\s+and\s+lawyers|\s+of\s+(?!the\s+(?:Court|ICC|International\s+Criminal))|\s*(?:[:\u2013\u2014(]|,\s*(?:Judge|[A-Z]\w+\s+[A-Z])))"
    )
    # the Court's membership in the words of the press: "the court's 124 member states", "123 member
    # countries", "ICC members"; not the member states of the EU or the UN
    _MEMBERS = re.compile(
        r"(?:\b(?:[Tt]he\s+)?(?:[Cc]ourt|ICC|[Tt]ribunal)['\u2019]s\s+|\bICC\s+|\b(?:other|all|fellow)\s+ICC\s+|"
        r"(?<!\bEU\s)(?<!\bUN\s)\b(?=1[0-3]\d\s))"
        r"(?P<members>(?:1[0-3]\d\s+)?(?:member\s+(?:states|countries|nations)|members|States\s+Parties))\b"
    )
    _RX = re.compile(
        r"\b(?:[Tt]he\s+(?P<chamber>(?:Pre-Trial\s+|Trial\s+|Appeals\s+)?Chamber)(?!\s+[IVX\d])|[Tt]he\s+(?P<pres>President)(?!\s+of\b|\s+[A-Z])|(?P<exc>(?:Her|His)\s+Excellency)(?!\s+[A-Z]))"
    )

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = ctx.notes.get("entity_spans", [])
        offices = ctx.notes.get("office_of", {})
        new: list[Candidate] = []
        for m in self._RX.finditer(text):
            before = [c for c in spans if c.end <= m.start() and c.eid]
            target = None
            if m.group("chamber"):
                target = next((c for c in reversed(before) if "chamber" in (c.eid or "")), None)
                s = m.start("chamber")
            else:
                s = m.start("pres") if m.group("pres") else m.start("exc")
                for c in reversed(before):
                    if c.kind != "person":
                        continue
                    titled = (
                        "president" in offices.get((c.start, c.end), "")
                        or "President" in text[max(0, c.start - 12) : c.start]
                    )
                    if titled:
                        target = c
                        break
            if target is None or any(c.start < m.end() and m.start() < c.end for c in spans):
                continue
            new.append(
                Candidate(
                    s,
                    m.end(),
                    text[s : m.end()],
                    target.eid,
                    target.kind,
                    "coref",
                    name=target.name,
                    how="generic",
                    component=self.name,
                    record_alias=m.group("chamber") is not None,
                )
            )
        if re.search(r"\bICC\b|International Criminal Court|Rome Statute|Assembly of States Parties", text) or any(
            (c.eid or "").startswith(("court:icc", "court:asp", "session:")) for c in spans
        ):
            court_bodies = (
                (self._JUDGES, "judges", "court:judges", "Judges of the International Criminal Court", True),
                (self._MEMBERS, "members", "court:states-parties", "States Parties to the Rome Statute", True),
                (self._PROSECUTION, "otp", "court:otp", "Office of the Prosecutor", False),
            )
            for pattern, group, eid, name, after_new in court_bodies:
                for m in pattern.finditer(text):
                    s, e = m.span(group)
                    if not any(c.start < e and s < c.end for c in (spans + new if after_new else spans)):
                        new.append(
                            Candidate(s, e, text[s:e], eid, "court", "coref", name=name, how="generic",
                                      component=self.name)
                        )  # fmt: skip
        new += self._prosecutors_office(ctx, spans, new)
        if new:
            ctx.notes["entity_spans"] = merge_spans(spans, new)

    @staticmethod
    def _prosecutors_office(ctx: DocContext, spans: list[Candidate], new: list[Candidate]) -> list[Candidate]:
        """ "Khan's office", "Bensouda's Office": the Office of the Prosecutor, whose head the KB knows."""
        text = ctx.document.text
        out: list[Candidate] = []
        for c in spans:
            if c.kind != "person" or not c.eid or ctx.kb is None:
                continue
            m = re.match(r"['\u2019]s\s+(?:own\s+)?([Oo]ffice)\b", text[c.end : c.end + 20])
            if not m:
                continue
            ent = ctx.kb.get(c.eid)
            offices = {o.get("office") for o in (getattr(ent, "attrs", {}) or {}).get("offices") or []}
            if not offices & {"prosecutor", "deputy-prosecutor"}:
                continue
            s, e = c.end + m.start(1), c.end + m.end(1)
            if any(x.start < e and s < x.end for x in spans + new):
                continue
            out.append(
                Candidate(s, e, text[s:e], "court:otp", "court", "coref", name="Office of the Prosecutor",
                          how="generic", component="entities.coref.pointback")
            )  # fmt: skip
        return out
