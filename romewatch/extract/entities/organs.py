"""Organs of a state standing for it, and offices owned by a body named in the possessive.

* "the Dutch Foreign Ministry", "Italy's Interior Ministry", "the Ministry of Justice of Kenya",
  "United States Congress", "the Basmanny court": a ministry, parliament or domestic court acts for
  its state (EXTRACTION.md: a state or its government acting as one). The state is the one the phrase
  names, else the one the paragraph was last about ("In Moscow, ... the Interior Ministry").
* "Amnesty International's Secretary General", "the Court's Presidency": an office title after a
  possessive belongs to that owner, not to the body the KB gives the bare title (the UN
  Secretary-General, the Assembly's Presidency).
"""

from __future__ import annotations

import re
import string
from typing import Any

from ..context import DocContext
from .common import WEAK_SOURCES, Candidate, kb_name
from .offices import merge_spans

_MINISTRY = (
    r"(?:Foreign|Interior|Justice|Defen[cs]e|Home|Finance|Security|Internal\s+Affairs|Foreign\s+Affairs)\s+Ministry"
    r"|Ministry\s+(?:of|for)\s+(?:Foreign\s+Affairs|Justice|(?:the\s+)?Interior|Internal\s+Affairs|Home\s+Affairs|"
    r"Defen[cs]e|Finance|Security|Europe\s+and\s+Foreign\s+Affairs)"
)
_DEPARTMENT = r"(?:State|Justice|Treasury)\s+Department|Department\s+of\s+(?:State|Justice|the\s+Treasury)"
#: (r12 pressure) the departments that, unnamed, are the United States' in the genre's news
_US_DEPARTMENT = r"(?:State|Treasury)\s+Department|Department\s+of\s+(?:State|the\s+Treasury)"
_US_ORGAN = "state:us"
_ASSEMBLY = r"Congress|Parliament|Senate|House\s+of\s+Representatives|State\s+Duma|Duma|Knesset|National\s+Assembly"
#: offices some states' ministries are called by; alone they are the KB's stand-in (the UK's "Foreign Office")
_OFFICE = r"(?:Federal\s+)?Foreign\s+Office|Home\s+Office|Foreign\s+Affairs\s+Office"
#: the head of government's own office, which speaks for the government: "the Israeli Prime Minister's office",
#: "Hungary's Prime Minister's Office", "the Russian Presidential Administration" (only with its state named)
_HEAD = r"(?:Prime\s+Minister|President|Chancellor|Premier)"
_LEADER_OFFICE = (
    rf"{_HEAD}['\u2019]s\s+[Oo]ffice|Presidential\s+(?:Office|Administration|Palace)|Office\s+of\s+the\s+{_HEAD}"
    r"|Chancellery|Federal\s+Chancellery"
    # "South Africa's Department of International Relations and Cooperation": any department, its state named
    r"|Department\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?[A-Z][a-z]+){0,4}"
)
#: organs that stand for a state even when the text names no state beside them
_BARE = rf"{_MINISTRY}|{_DEPARTMENT}"
#: a domestic court named by its seat or district: "the Basmanny court", "Moscow's Meshchansky District Court"
_COURT = r"(?P<court>[A-Z][a-z]+(?:\s+(?:[Dd]istrict|[Cc]ity|[Rr]egional|[Mm]unicipal))?\s+court)\b"
_COMPILED: dict[int, tuple[Any, Any, dict[str, str]]] = {}
#: "the office of the Hungarian Prime Minister": the state's adjective inside the office's name
_OFFICE_OF = re.compile(rf"\b[Oo]ffice\s+of\s+the\s+(?P<st>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+{_HEAD}\b")


def _state_forms(kb: Any) -> tuple[Any, dict[str, str]]:
    """The organ pattern and a map from each state form (name, alias, adjective, capital) to its id."""
    held = _COMPILED.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1], held[2]
    forms: dict[str, str] = {}
    for state in sorted(kb.by_kind("state"), key=lambda s: s.id):
        for form in (state.name, *state.aliases, *state.adjectives):
            if form and form[:1].isupper() and len(form) > 2 and not form.startswith("the "):
                forms.setdefault(form, state.id)
        capital = state.attrs.get("capital")
        if capital:
            forms.setdefault(capital, state.id)
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # every match starts with a capital (a state form, an organ's name or a court's seat): the lookahead
    # spares the long alternation of state forms at every lower-case word (same matches, ~4x faster)
    first = re.escape("".join(sorted({f[0] for f in forms} | set(string.ascii_uppercase))))
    rx = re.compile(
        rf"(?=[{first}])(?:\b(?:(?P<st>{alts})(?:['\u2019]s)?\s+)?(?P<organ>{_BARE}|{_ASSEMBLY}|{_OFFICE}|{_LEADER_OFFICE})"
        rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<st2>{alts}))?\b|(?:(?<=\bthe\s)|(?<=['\u2019]s\s)){_COURT})"
    )
    _COMPILED[id(kb)] = (kb, rx, forms)
    return rx, forms


def _last_state(spans: list[Candidate], text: str, at: int, forms: dict[str, str]) -> str | None:
    """The state the text was last about before ``at``, within its paragraph (a capital counts)."""
    para = text.rfind("\n\n", 0, at)
    best: str | None = None
    for c in spans:
        if c.start >= at:
            break
        if c.start < para or not c.eid:
            continue
        if c.eid.startswith("state:"):
            best = c.eid
        elif c.kind == "place" and c.text in forms:
            best = forms[c.text]
    return best


class StateOrgans:
    """Ministries, parliaments and domestic courts as mentions of their state."""

    name = "entities.organs"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        if ctx.kb is None:
            return
        text = ctx.document.text
        spans: list[Candidate] = sorted(ctx.notes.get("entity_spans", []), key=lambda c: c.start)
        rx, forms = _state_forms(ctx.kb)
        new: list[Candidate] = []
        for m in [*rx.finditer(text), *(o for o in _OFFICE_OF.finditer(text) if o.group("st") in forms)]:
            s, e = m.span()
            named = m.group("st") if m.re is _OFFICE_OF else m.group("st") or m.group("st2")
            court = m.groupdict().get("court")
            if court is not None:
                seat = court.split()[0]
                if seat in forms and not named:
                    named = seat
                elif ctx.kb.lookup(seat):
                    continue  # "the Hague court", "the Criminal court": a known body, not a domestic court
            eid = forms.get(named) if named else None
            if eid is None:
                organ = m.groupdict().get("organ") or ""  # "the Prime Minister's office" alone: not bare
                if not court and not re.fullmatch(_BARE, organ):
                    continue  # a bare "Parliament" may be the European Parliament: only with its state
                # (r12 pressure) a bare "State Department" / "Treasury Department" is Washington's, whatever
                # state the sentence before was about ("... Israeli ministers. The State Department said")
                eid = _US_ORGAN if re.fullmatch(_US_DEPARTMENT, organ) else _last_state(spans, text, s, forms)
            if eid is None or self._taken(spans, s, e, eid):
                continue
            new.append(
                Candidate(
                    s, e, text[s:e], eid, "state", "pattern", name=text[s:e], how="stand_in", component=self.name
                )
            )  # fmt: skip
        if new:
            ctx.notes["entity_spans"] = merge_spans(spans, new, force=True)

    @staticmethod
    def _taken(spans: list[Candidate], s: int, e: int, eid: str) -> bool:
        """A trusted name of something else covers the phrase ("European Parliament", "Knesset Member X")."""
        for c in spans:
            if c.start >= e:
                break
            if c.end > s and c.eid != eid and c.source not in WEAK_SOURCES and (c.start < s or c.end > e):
                return True
            if c.end > s and c.eid != eid and c.source not in WEAK_SOURCES and c.kind not in ("state", "place"):
                return c.length >= e - s
        return False


_OWNED_TITLE = re.compile(
    r"(?:Secretary[-\s]General|President|Presidency|Director(?:[-\s]General)?|Executive\s+Director|Chair(?:person)?|"
    r"Spokesperson|High\s+Commissioner)$"
)
#: the organ a title names when its owner is the Court or the Assembly
_BY_OWNER = {
    ("court:icc", "court:asp-presidency"): "court:presidency",
    ("court:asp", "court:presidency"): "court:asp-presidency",
}


class OwnedOffices:
    """ "X's Secretary General": the title is X's. Linked to the person named beside it, to the
    owner's own organ, or left unlinked; never to the body the bare title names in the KB."""

    name = "entities.owned_offices"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        spans: list[Candidate] = sorted(ctx.notes.get("entity_spans", []), key=lambda c: (c.start, -c.end))
        by_end = {c.end: c for c in spans if c.eid and c.parent is None}
        by_start = {c.start: c for c in spans if c.kind == "person" and c.eid}
        out: list[Candidate] = []
        renamed: dict[tuple[str, str], str] = {}  # ("presidency", the KB's organ) -> the owner's organ
        for c in spans:
            if not c.eid or c.kind not in ("igo", "court") or not _OWNED_TITLE.search(c.text):
                out.append(c)
                continue
            again = renamed.get((c.text.lower(), c.eid))
            if again is not None:  # "The Court's Presidency said ... The Presidency called on"
                c.eid, c.name = again, kb_name(ctx.kb, again) or c.name
                out.append(c)
                continue
            poss = re.search(r"['\u2019]s\s+$", text[max(0, c.start - 4) : c.start])
            owner = by_end.get(c.start - len(poss.group())) if poss is not None else None
            if owner is None or owner.eid == c.eid:
                out.append(c)
                continue
            mapped = _BY_OWNER.get((owner.eid or "", c.eid))
            if mapped is not None:
                renamed[(c.text.lower(), c.eid)] = mapped
                c.eid, c.name = mapped, kb_name(ctx.kb, mapped) or c.name
                out.append(c)
                continue
            if (owner.eid or "").split(":")[0] == c.eid.split(":")[0]:  # "the UN's Secretary-General"
                out.append(c)
                continue
            after = re.match(r",\s*", text[c.end : c.end + 4])
            person = by_start.get(c.end + after.end()) if after is not None else None
            if person is not None:  # "Amnesty International's Secretary General, Agnès Callamard"
                c.eid, c.kind, c.name, c.how, c.record_alias = person.eid, "person", person.name, "office", False
                out.append(c)
            # else: another body's office with no name beside it: no entity of its own
        ctx.notes["entity_spans"] = out


COMPONENTS = [StateOrgans(), OwnedOffices()]
