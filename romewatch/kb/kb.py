"""The in-memory knowledge base: id index, surface-form index and date-aware queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from romewatch.kb.dates import first_day, last_day, midpoint, parse_range, today
from romewatch.kb.entity import KBEntity
from romewatch.kb.loose import loose_candidates
from romewatch.kb.normalize import casefold_key, is_acronym, normalise

_RS_FIELDS = (
    "signature",
    "unsigning",
    "deposit",
    "deposit_type",
    "entry_into_force",
    "withdrawal_announced",
    "withdrawal_notice",
    "withdrawal_effective",
    "withdrawal_scheduled",
    "withdrawal_revoked",
)


def _resolve_day(on_date: str | None, pick: str = "mid") -> dt.date:
    if on_date is None:
        return today()
    day = {"mid": midpoint, "last": last_day, "first": first_day}[pick](on_date)
    if day is None:
        raise ValueError(f"not an ISO date: {on_date!r}")
    return day


class KB:
    """Entities by id plus a normalised surface-form index (see :mod:`romewatch.kb.normalize`)."""

    def __init__(self, entities: Iterable[KBEntity], offices: Iterable[dict] = ()) -> None:
        self.office_info: dict[str, dict] = {o["office"]: o for o in offices}
        self._titles: dict[str, str] = {
            normalise(title): o["office"] for o in self.office_info.values() for title in o.get("titles") or ()
        }
        self.entities: dict[str, KBEntity] = {}
        for entity in entities:
            if entity.id in self.entities:
                raise ValueError(f"duplicate KB id: {entity.id}")
            self.entities[entity.id] = entity
        self._index: dict[str, list[str]] = {}
        for surface, entity_id, _how in self.surface_forms():
            ids = self._index.setdefault(normalise(surface), [])
            if entity_id not in ids:
                ids.append(entity_id)

    # -- identity and surface forms -------------------------------------------------------
    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id, or None."""
        return self.entities.get(entity_id)

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(surface, entity_id, how) for every form; how is name/alias/acronym/adjective/stand_in/generic."""
        for entity in self.entities.values():
            stand_ins = set(entity.stand_ins)
            yield entity.name, entity.id, "name"
            for alias in entity.aliases:
                if alias == entity.name:
                    continue
                if alias in stand_ins:
                    how = "stand_in"
                else:
                    how = "acronym" if is_acronym(alias) else "alias"
                yield alias, entity.id, how
            for adjective in entity.adjectives:
                yield adjective, entity.id, "adjective"
            for generic in entity.generic_aliases:
                yield generic, entity.id, "generic"

    def lookup(self, surface: str) -> list[KBEntity]:
        """Entities named by a surface form (normalised exact match; acronyms are case-sensitive).

        An all-capitals surface ("UNITED STATES") also matches non-acronym forms case-insensitively.
        """
        keys = [normalise(surface)]
        if is_acronym(surface):
            keys.append(casefold_key(surface))
        found: list[KBEntity] = []
        for key in keys:
            for entity_id in self._index.get(key, ()):
                entity = self.entities[entity_id]
                if entity not in found:
                    found.append(entity)
        return found

    def lookup_loose(self, surface: str) -> list[KBEntity]:
        """Like :meth:`lookup`, but also sees through honorifics ("Mr Putin"), possessives
        ("Hungary's"), government phrases ("Government of Tajikistan", "Italian authorities") and
        leading titles before a person's name ("Russian President Vladimir Putin")."""
        return loose_candidates(surface, self.lookup)  # type: ignore[return-value]

    def by_kind(self, kind: str) -> list[KBEntity]:
        """All entities of one kind, in file order (the lists are made once: the extractors ask
        for the sessions and the persons several times per document)."""
        held = getattr(self, "_by_kind", None)
        if held is None or held[0] != len(self.entities):
            groups: dict[str, list[KBEntity]] = {}
            for e in self.entities.values():
                groups.setdefault(e.kind, []).append(e)
            held = self._by_kind = (len(self.entities), groups)
        return list(held[1].get(kind, ()))

    # -- offices ----------------------------------------------------------------------------
    def offices(self) -> set[str]:
        """Every office name used in person records."""
        return {term["office"] for e in self.by_kind("person") for term in e.attrs.get("offices") or []}

    def is_single_holder(self, office: str) -> bool:
        """True unless offices.yaml marks the office as held by several people at once."""
        return not self.office_info.get(office, {}).get("multiple_holders", False)

    def office_for_title(self, title: str) -> str | None:
        """Office named by a title ("the ICC Prosecutor" -> "prosecutor"); None if unknown.

        Titles are not surface forms of entities: resolve the person with :meth:`holder`.
        """
        return self._titles.get(normalise(title))

    def terms(self, office: str) -> list[tuple[KBEntity, dict]]:
        """(person, term) pairs for one office, ordered by start date."""
        pairs = [(e, t) for e in self.by_kind("person") for t in e.attrs.get("offices") or [] if t["office"] == office]
        return sorted(pairs, key=lambda p: first_day(p[1].get("start")) or dt.date.min)

    def holder(self, office: str, on_date: str | None) -> KBEntity | None:
        """Person holding ``office`` on a (partial) ISO date; None date means today.

        A month or year is represented by its middle day; if nobody held the office then, the
        holder whose term started last within the period is returned. For multi-holder offices
        the earliest-starting holder is returned (use :meth:`holders` for all of them).
        """
        found = self.holders(office, on_date)
        if not found:
            return None
        return found[-1] if self.is_single_holder(office) else found[0]

    def holders(self, office: str, on_date: str | None) -> list[KBEntity]:
        """Every person holding ``office`` on the date, ordered by term start."""
        day = _resolve_day(on_date)
        period = parse_range(on_date) if on_date else (day, day)
        covering, overlapping = [], []
        for person, term in self.terms(office):
            start = first_day(term.get("start")) or dt.date.min
            end = last_day(term.get("end")) or dt.date.max
            if start <= day <= end:
                covering.append(person)
            elif period and start <= period[1] and end >= period[0]:
                overlapping.append(person)
        return covering or overlapping[-1:]

    def office_bodies(self, person: KBEntity, on_date: str | None, any_time: bool = False) -> list[str]:
        """The bodies (``office_info[...]["body"]``) of the offices ``person`` holds on the date, or has
        held at any time: "prosecutor" -> court:otp, "us-secretary-of-state" -> state:us."""
        out = []
        for term in person.attrs.get("offices") or []:
            office = term.get("office")
            body = str(self.office_info.get(office, {}).get("body") or "")
            if body and (any_time or person in self.holders(office, on_date)):
                out.append(body)
        return out

    # -- sessions ---------------------------------------------------------------------------
    def session(self, number: int, kind: str = "regular") -> KBEntity | None:
        """Session by number and kind ("regular", "special", "review-conference")."""
        for entity in self.by_kind("session"):
            if entity.attrs.get("number") == number and entity.attrs.get("kind", "regular") == kind:
                return entity
        return None

    def session_on(self, date: str) -> KBEntity | None:
        """Session (regular part or a resumption) in progress on a date or overlapping a month/year."""
        period = parse_range(date)
        if period is None:
            return None
        for entity in self.by_kind("session"):
            parts = [entity.attrs, *(entity.attrs.get("resumed") or [])]
            for part in parts:
                start, end = first_day(part.get("start")), last_day(part.get("end") or part.get("start"))
                if start and end and part.get("status") != "planned" and start <= period[1] and end >= period[0]:
                    return entity
        return None

    # -- Rome Statute status ----------------------------------------------------------------
    def state_status(self, iso: str, on_date: str | None = None) -> dict:
        """Rome Statute status of a state on a date (the end of a month/year; today if None).

        Keys: party (bool), status (party / deposited / withdrawn / signatory / unsigned / none), on,
        plus whichever treaty dates are known (deposit, entry_into_force, withdrawal_notice, ...).
        """
        entity = self.get(f"state:{iso.lower()}")
        if entity is None:
            raise KeyError(f"unknown state: {iso}")
        day = _resolve_day(on_date, "last")
        rs = entity.attrs.get("rome_statute") or {}
        result: dict = {k: rs[k] for k in _RS_FIELDS if rs.get(k)}
        result["on"] = day.isoformat()
        eif, deposit = first_day(rs.get("entry_into_force")), first_day(rs.get("deposit"))
        left = first_day(rs.get("withdrawal_effective"))
        if left and day >= left:
            status = "withdrawn"
        elif eif and day >= eif:
            status = "party"
        elif deposit and day >= deposit:
            status = "deposited"
        elif rs.get("unsigning") and day >= (first_day(rs["unsigning"]) or dt.date.max):
            status = "unsigned"
        elif rs.get("signature") and day >= (first_day(rs["signature"]) or dt.date.max):
            status = "signatory"
        else:
            status = "none"
        result["status"] = status
        result["party"] = status == "party"
        scheduled = first_day(rs.get("withdrawal_scheduled"))
        if status == "party" and scheduled and day >= scheduled:
            result["uncertain"] = True
        return result
