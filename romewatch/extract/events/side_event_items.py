"""Side events in a programme's bullets: "\u2022 Title of the panel (co-hosted by A, B and C)", the
title unquoted and the hosts closing the line in brackets, each line one event dated by the day
heading above it ("Monday 5 December"); or the hosts on a line of their own under the bullet's title
("• Title" / "A & B, C and D"). (r11, r12 asp, from real side-event programmes)

A mixin of ``SideEvents``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .base import ACTORS, Finder, clean_phrase, uniq

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

SIDE_WORDS = re.compile(r"\bside[\s-]events?\b", re.IGNORECASE)
# "\u2022 Title of the panel (co-hosted by A, B and C)": a programme bullet whose title is not quoted and
# whose hosts close the line in brackets (r11 asp)
BULLET_PAREN = re.compile(
    r"^[ \t]*[-\u2022*\u25cf\u203a>\u25aa][ \t]+([^\n]{4,300}?)[ \t]*\(((?:co-?)?(?:hosted|organi[sz]ed|sponsored|convened)"
    r"[ \t]+(?:jointly[ \t]+)?by[ \t]+(?:[^()\n]|\([^()\n]*\))+?)\)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# "• Title of the panel": a programme bullet on a line of its own (its hosts on the next line) (r12 asp)
BULLET_LINE = re.compile(r"[ \t]*[-•*●▪][ \t]+([^\n]{4,300}?)[ \t]*$", re.MULTILINE)
# what may stand between the hosts' names on their line: "A (AB) & B, C, and D"
HOST_GLUE = re.compile(r"(?:\((?-i:[A-Z]{2,8})\)|[\s,;&/|+()]|\band\b|\bwith\b|\bthe\b|:)+", re.IGNORECASE)


def _line(text: str, a: int) -> tuple[int, int]:
    end = text.find("\n", a)
    return a, len(text) if end < 0 else end


class ProgrammeBullets:
    """`side_event` events read from programme bullets."""

    last_side_event: Any
    emit: Any
    forum: Any

    def side_event_host_lines(self, ctx: DocContext, f: Finder) -> bool:
        """A programme of side events whose bullets give the title alone, the hosts on the next line:
        "• The Shared Responsibility of Criminal Accountability" / "Lex Aequa (LA) & Chile, Peru, and
        Spain" / "View the event". One event per bullet, its hosts organising it, dated by the day heading
        above ("8 December 2020"). The hosts' line holds nothing but names. (r12 asp)"""
        text = ctx.document.text
        lo, hi = f.sent.start_char, f.sent.end_char
        starts = [lo] if lo == 0 or text[lo - 1] == "\n" else []
        starts += [k + 1 for k in range(lo, hi) if text[k] == "\n" and k + 1 < hi]
        seen = ctx.notes.setdefault("events.host_lines", set())
        done = False
        for a in starts:
            if a in seen:
                done = True
                continue
            m = BULLET_LINE.match(text, *_line(text, a))
            if not m:
                continue
            h0, h1 = _line(text, m.end() + 1)
            h1 = self._names_end(ctx, f, h0, h1)
            hosts = f.mentions(ACTORS, start=h0, end=h1)
            if not hosts or h0 >= len(text) or BULLET_LINE.match(text, h0, h1):
                continue
            prev = self.last_side_event
            if not SIDE_WORDS.search(text[max(0, a - 2500) : a]) and not (prev is not None and prev.evidence[-1][1] >= a - 800):
                continue
            seen.update({a, h0})
            heads = [
                d for d in ctx.dates_in(max(0, a - 900), a)
                if d.value and len(d.value) == 10
                and len(text[text.rfind("\n", 0, d.start) + 1 : (text.find("\n", d.end) + 1 or len(text))]) < 45
            ]  # "8 December 2020" on a line of its own
            ev = self.emit(
                ctx, f, "side_event", {"organizer": hosts, "forum": self.forum(ctx, f)},
                {"title": clean_phrase(m.group(1), 30)}, 0.7, region=(a, h1),
                date=(heads[-1].value, None) if heads else None,
            )
            if ev is not None:
                ev.evidence = [(m.start(1), m.end(1)), (h0, h1)]
                self.last_side_event = ev
                done = True
        return done

    @staticmethod
    def _names_end(ctx: DocContext, f: Finder, a: int, b: int) -> int:
        """Where a line's run of names, from its start, ends (``a`` when it does not open on names):
        "A (AB), B, & C, and D" then, on a wrapped line, "watch the recording"."""
        text, end = ctx.document.text, a
        for m in ctx.mentions_in(a, b):
            if f.idx.kind(m.entity_id) not in ACTORS and m.start >= end:
                break
            if m.start >= end and HOST_GLUE.sub("", text[end : m.start]):
                break
            end = max(end, m.end)
        close = re.match(r"\s*\([A-Z]{2,8}\)", text[end:b])
        end = end + close.end() if close else end
        gap = re.match(r"\s*", text[end:b])
        rest = f.doc.char_span(end + gap.end(), b, alignment_mode="expand") if gap and end + gap.end() < b else None
        if rest is not None and len(rest) and (rest[0].tag_ in ("VBD", "VBZ", "MD") or rest[0].lemma_ in ("be", "have")):
            return a  # "Chile said it would attend": a sentence that opens on a name, not the hosts' line
        return end

    def side_event_paren_items(self, ctx: DocContext, f: Finder) -> bool:
        """Programme bullets "\u2022 Title (co-hosted by A, B and C)", each one event, dated by the day
        heading above them ("Monday 5 December"); the programme is told as side events just above or
        goes on from the bullet before."""
        doc_text = ctx.document.text
        lo, hi = f.sent.start_char, f.sent.end_char
        starts = [lo] if lo == 0 or doc_text[lo - 1] == "\n" else []
        starts += [k + 1 for k in range(lo, hi) if doc_text[k] == "\n" and k + 1 < hi]
        seen = ctx.notes.setdefault("events.paren_items", set())
        items = []  # the programme's lines that start in this sentence (a line may run over the parser's cut)
        for a in starts:
            if a in seen:
                continue
            end = doc_text.find("\n", a)
            m = BULLET_PAREN.match(doc_text, a, len(doc_text) if end < 0 else end)
            if m:
                seen.add(a)
                items.append(m)
        spans = ctx.notes.setdefault("events.paren_spans", [])
        if not items:  # a piece of a programme line read already: nothing more in it
            return any(x < hi and lo < y for x, y in spans)
        spans += [(m.start(), m.end()) for m in items]
        a0 = items[0].start()
        prev = self.last_side_event
        if not SIDE_WORDS.search(doc_text[max(0, a0 - 400) : a0]) and not (prev is not None and prev.evidence[-1][1] >= a0 - 600):
            return False
        for m in items:
            a, b = m.start(), m.end()
            hosts_at = m.start(2)
            low = m.group(2).lower()
            roles: dict[str, list[str]] = {"organizer": [], "co_sponsor": []}
            got = f.mentions(ACTORS, start=hosts_at, end=b)
            if low.startswith(("co-host", "cohost", "co-organi", "hosted", "organi", "convened", "co-convened")):
                roles["organizer"] = got
            if low.startswith(("co-host", "cohost", "co-sponsor", "cosponsor", "sponsored")):
                roles["co_sponsor"] = got  # co-hosts organise and co-sponsor (the annotation guide)
            if not got:
                continue
            roles = {k: uniq(v) for k, v in roles.items()}
            roles["forum"] = self.forum(ctx, f)
            heads = [
                d for d in ctx.dates_in(max(0, a - 900), a)
                if d.value and len(d.value) == 10
                and len(doc_text[doc_text.rfind("\n", 0, d.start) + 1 : (doc_text.find("\n", d.end) + 1 or len(doc_text))]) < 45
            ]  # "Monday 5 December" on a line of its own
            ev = self.emit(
                ctx, f, "side_event", roles, {"title": clean_phrase(m.group(1), 30)}, 0.75, region=(a, b),
                date=(heads[-1].value, None) if heads else None,
            )
            if ev is not None:
                ev.evidence = [(a, hosts_at), (hosts_at, b)]  # its own line (title, hosts): not a headline
                self.last_side_event = ev
        return True
