"""Sessions of the Assembly of States Parties.

By ordinal ("twenty-first session", "21st session", "the 23rd Assembly of States Parties"), by
number ("ASP21", "ASP 21st session"), special sessions and the Review Conference via the KB, and
"the session" / "this session": the one last named, else the one under way on the document's date.
Sessions of other bodies ("the 55th session of the Human Rights Council") are not taken.
"""

from __future__ import annotations

import re
from typing import Any

from ...kb.ordinals import ordinal_digits, ordinal_words
from ..context import DocContext
from .common import Candidate, add, led

_ORD_WORDS = {ordinal_words(n): n for n in range(1, 40)}
_ORD_WORDS.update({w.replace("-", " "): n for w, n in list(_ORD_WORDS.items())})
_ORD_WORDS.update({w.replace("-", ""): n for w, n in list(_ORD_WORDS.items())})
_ORD = (
    r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:" + "|".join(sorted(map(re.escape, _ORD_WORDS), key=len, reverse=True)) + "))"
)

_SESSION = re.compile(
    rf"\b(?:(?:the|its|this\s+year['\u2019]s)\s+)?(?<![-\w]){_ORD}\s+(?:(?P<kind>regular|resumed|special)\s+)?(?P<word>[Ss]ession|SESSION|Assembly|ASP)\b"
    r"(?P<of>\s+of\s+(?:the|their|its)\s+(?:(?P<asp>(?:(?:International\s+Criminal\s+Court|ICC|Court)['\u2019]s\s+)?Assembly(?:\s+of\s+(?:the\s+)?States?\s+Parties)?(?:\s+to\s+the\s+Rome\s+Statute)?|ASP|States?\s+Parties)|(?P<other>[A-Z][\w\s]{0,50})))?"
)
_ASP_N = re.compile(r"(?<![-/\w])ASP\s?-?(?P<n>\d{1,2})(?:st|nd|rd|th)?(?P<sess>\s+[Ss]ession)?(?![/\d])")
_THE_SESSION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|current|[Tt]his\s+year['\u2019]s|present)\s+(?:current\s+)?[Ss]ession\b(?!\s+(?:on|of)\b)"
)
_RELATIVE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]his\s+year['\u2019]s)\s+(?P<rel>last|previous|past|preceding|next|forthcoming|upcoming|coming|"
    r"following)\s+(?:regular\s+)?(?P<word>[Ss]ession|Assembly|ASP)\b(?!\s+of\s+the\s+(?!Assembly|ASP))"
)
_ITS_ORD = re.compile(rf"\b[Ss]ession(?:\s+of\s+the\s+(?:Assembly|ASP))?,\s+(?:its|the)\s+{_ORD}\b")
_REVIEW = re.compile(r"\b(?:Kampala\s+)?Review\s+Conference\b")
_ASP_CONTEXT = re.compile(
    r"\bAssembly\s+of\s+(?:the\s+)?States?\s+Parties\b|\bASP\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+Assembly\b|\b[Ss]tates\s+[Pp]arties\b"
)


def _ord_value(s: str) -> int | None:
    m = re.match(r"\d+", s)
    if m:
        return int(m.group())
    return _ORD_WORDS.get(s.lower())


def _session_name(kb: Any, n: int) -> str:
    try:
        s = kb.session(n, "regular") if kb is not None else None
    except Exception:  # noqa: BLE001 - KB without that session
        s = None
    return getattr(s, "name", None) or f"{ordinal_digits(n)} session of the Assembly of States Parties"


def _kb_session(kb: Any, n: int, kind: str) -> Any:
    try:
        return kb.session(n, kind) if kb is not None else None
    except Exception:  # noqa: BLE001
        return None


def _session_id(n: int) -> str:
    return f"session:asp-{n}"


_SPECIAL: dict[int, tuple[Any, list[tuple[Any, re.Pattern[str]]]]] = {}


def _special_patterns(kb: Any) -> list[tuple[Any, re.Pattern[str]]]:
    """Each special session of the KB with a pattern of its names (built once per KB)."""
    held = _SPECIAL.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    out = []
    for ent in kb.by_kind("session"):
        if ent.attrs.get("kind") != "special":
            continue
        forms = sorted({ent.name, *ent.aliases}, key=len, reverse=True)
        pattern = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms if len(f) > 8)
        out.append((ent, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)))
    _SPECIAL[id(kb)] = (kb, out)
    return out


class Sessions:
    """Sessions of the Assembly, by ordinal, by ASP number, or as "this session"."""

    name = "entities.patterns.sessions"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        if not _ASP_CONTEXT.search(text) and not _ASP_N.search(text):
            return
        found: list[tuple[int, int]] = []  # (start, number) of named sessions, for "this session"
        for m in _SESSION.finditer(text):
            if m.group("other") and not m.group("asp"):
                continue  # the 79th session of the General Assembly, of the Human Rights Council, ...
            n = _ord_value(m.group("ord"))
            if not n or n > 40:
                continue
            word = m.group("word")
            if word in ("Assembly", "ASP") and not m.group("ord")[0].isdigit() and m.group("ord")[0].islower():
                continue  # "the first Assembly" in running prose is not a session name
            kind = (m.group("kind") or "regular").lower()
            eid, name = _session_id(n), _session_name(ctx.kb, n)
            if kind == "special":
                special = _kb_session(ctx.kb, n, "special")
                if special is None:
                    continue
                eid, name = special.id, special.name
            s = m.start("ord")
            e = m.end("word")
            aliases = [text[s : m.end("of")]] if m.group("of") else []
            if word == "Assembly":  # "the 23rd Assembly of States Parties": the session, with the Assembly inside
                tail = re.match(r"\s+of\s+(?:the\s+)?States?\s+Parties", text[e:])
                if tail:
                    add(
                        ctx,
                        Candidate(
                            m.start("word"),
                            e + tail.end(),
                            text[m.start("word") : e + tail.end()],
                            "court:asp",
                            "court",
                            "pattern",
                            name="Assembly of States Parties",
                            component=self.name,
                            parent=(s, e + tail.end()),
                        ),
                    )
                    e += tail.end()
                    aliases = []
            add(
                ctx,
                Candidate(s, e, text[s:e], eid, "session", "pattern", name=name, aliases=aliases, component=self.name),
            )
            found.append((s, eid))
        for s, e, ent in self._special_by_name(ctx):
            add(ctx, Candidate(s, e, text[s:e], ent.id, "session", "pattern", name=ent.name, component=self.name))
            found.append((s, ent.id))
        for m in _ASP_N.finditer(text):
            n = int(m.group("n"))
            if not 1 <= n <= 40:
                continue
            add(
                ctx,
                Candidate(
                    m.start(),
                    m.end(),
                    m.group(),
                    _session_id(n),
                    "session",
                    "pattern",
                    name=_session_name(ctx.kb, n),
                    component=self.name,
                ),
            )
            found.append((m.start(), _session_id(n)))
        for m in _REVIEW.finditer(text):
            add(
                ctx,
                Candidate(
                    m.start(),
                    m.end(),
                    m.group(),
                    "session:review-conference-2010",
                    "session",
                    "pattern",
                    name="Review Conference of the Rome Statute",
                    component=self.name,
                ),
            )
        for m in _ITS_ORD.finditer(text):  # "the next regular session of the Assembly, its twenty-fourth,"
            n = _ord_value(m.group("ord"))
            if n and n <= 40:
                s, e = m.span("ord")
                add(ctx, Candidate(s, e, text[s:e], _session_id(n), "session", "pattern",
                                   name=_session_name(ctx.kb, n), how="generic", component=self.name))  # fmt: skip
        found.sort()
        current = self._current(ctx)
        own = found[0][1] if found else current  # the session the text is about: its heading, else its date
        own_n = int(own.rsplit("-", 1)[1]) if own and own.rsplit("-", 1)[1].isdigit() else None
        for m in _RELATIVE.finditer(text):  # "the last session in New York", "the next session"
            if own_n is None or (m.group("word") == "Assembly" and not m.group("rel").startswith(("next", "last"))):
                continue
            n = own_n - 1 if m.group("rel") in ("last", "previous", "past", "preceding") else own_n + 1
            if not 1 <= n <= 40 or (found and m.start() < found[0][0]):
                continue
            s = m.start("rel")
            add(ctx, Candidate(s, m.end(), text[s : m.end()], _session_id(n), "session", "pattern",
                               name=_session_name(ctx.kb, n), how="generic", component=self.name))  # fmt: skip
        for m in _THE_SESSION.finditer(text):
            before = [eid for s, eid in found if s < m.start()]
            # the last session named before it, else the one under way, else the one the text names next
            eid = before[-1] if before else current or (found[0][1] if found else None)
            if eid is None:
                continue
            s = m.start()
            if text[s : s + 4].lower() == "the ":
                s += 4
            ent = ctx.kb.get(eid) if ctx.kb is not None else None
            add(
                ctx,
                Candidate(
                    s,
                    m.end(),
                    text[s : m.end()],
                    eid,
                    "session",
                    "pattern",
                    name=getattr(ent, "name", "") or eid,
                    how="generic",
                    component=self.name,
                ),
            )

    @staticmethod
    def _special_by_name(ctx: DocContext) -> list[tuple[int, int, Any]]:
        """Special sessions named without an ordinal: by a KB alias ("the special session on aggression",
        "ASP special session"), or as "a/the special session of the Assembly" told in the year the KB
        holds one (the one nearest before the document's date otherwise)."""
        if ctx.kb is None:
            return []
        text = ctx.document.text
        named = _special_patterns(ctx.kb)
        specials = [ent for ent, _ in named]
        out: list[tuple[int, int, Any]] = []
        for ent, rx in named:
            for m in rx.finditer(text):
                out.append((m.start(), m.end(), ent))
        year = (ctx.document.date or "")[:4]
        dated = sorted((str(x.attrs.get("start") or ""), x) for x in specials if x.attrs.get("start"))
        before = [x for start, x in dated if not year or start[:4] <= year]
        pick = next((x for start, x in dated if start[:4] == year), before[-1] if before else None)
        plain = re.compile(
            r"\b[Ss]pecial\s+[Ss]ession(?:\s+of\s+the\s+(?:Assembly(?:\s+of\s+(?:the\s+)?States?\s+Parties)?|ASP))?\b"
        )
        for m in plain.finditer(text):
            if any(a <= m.start() < b for a, b, _ in out):
                continue
            # "a special session ... from 7 to 9 July 2025": the year its own sentence gives, before the text's
            told = re.search(r"\b(?:19|20)\d\d\b", text[m.end() : m.end() + 200].split(". ")[0])
            own = next((x for start, x in dated if told and start[:4] == told.group(0)), None)
            if own is not None or pick is not None:
                out.append((m.start(), m.end(), own or pick))
        return out

    @staticmethod
    def _current(ctx: DocContext) -> str | None:
        """The session under way on the document's date (a text written during it)."""
        if not ctx.document.date or ctx.kb is None or len(ctx.document.date) < 10:
            return None
        try:
            s = ctx.kb.session_on(ctx.document.date)
        except Exception:  # noqa: BLE001
            return None
        return getattr(s, "id", None)


COMPONENTS = [Sessions()]


# the patterns run over the whole text, with a lookahead on their first characters (same matches)
_REVIEW, _ASP_N, _ITS_ORD, _RELATIVE, _ASP_CONTEXT = (
    led(rx) for rx in (_REVIEW, _ASP_N, _ITS_ORD, _RELATIVE, _ASP_CONTEXT)
)
