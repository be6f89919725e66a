"""Names of people the small NER model misses, found by the words around them.

"Kenya's foreign minister, Moses Wetangula," (a role word, then the name) and "Ms Kaja Kallas",
"H.E. Mr Juan Perez" (an honorific, then the name).
"""

from __future__ import annotations

import re

from ..context import DocContext
from .common import Candidate, add, led, token_key
from .ner import DATE_WORDS, GENERIC, ORG_CUES, TITLES

_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:[Mm]inister|[Ss]pokes(?:person|man|woman)|[Dd]irector|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Cc]hair(?:person|man|woman)?|"
    r"[Ss]ecretary|[Cc]ommissioner|[Rr]apporteur|[Ll]eader|[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]ounsel|[Ll]awyer|"
    r"[Rr]esearcher|[Cc]oordinator|[Oo]fficer|[Oo]fficial|[Hh]ead|[Ff]ounder|[Ee]nvoy|[Rr]epresentative|[Dd]eputy|"
    r"[Cc]hief\s+of\s+[Ss]taff|[Aa]ide|[Jj]ournalist|[Aa]ctivist|[Ee]xpert|[Pp]rofessor|[Ee]ditor|[Cc]orrespondent|"
    r"[Pp]rosecutor|[Jj]udge|[Ss]ecretary-[Gg]eneral|[Cc]hief|[Cc]ampaigner|[Aa]nalyst|[Ss]enator)"
    r"(?:,\s*|\s+)(?P<name>(?:[A-Z][a-z\u00e0-\u017f'\u2019-]+\s+){1,3}[A-Z][a-z\u00e0-\u017f'\u2019-]+)(?=\s*[,.;:)]|\s+(?:said|told|says|added|warned|noted|of|who|has|had|was|is|in|at|on|and))"
)


# "Gergely Gulyas, chief of staff to the Prime Minister, said", "Fadi El Abdallah, the court's spokesman,"
_NAME_BEFORE_ROLE = re.compile(
    r"(?<![\w'\u2019])(?P<name>(?:[A-Z][a-z\u00e0-\u017f'\u2019-]+\s+){1,3}[A-Z][a-z\u00e0-\u017f'\u2019-]+),\s+"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:chief\s+of\s+staff|spokes(?:person|man|woman)|minister|director|adviser|advisor|ambassador|lawyer|"
    r"researcher|official|chair(?:person|man|woman)?|secretary|coordinator|counsel|professor|envoy|"
    r"representative|deputy|leader|campaigner|analyst)\b"
)


_HONORIFIC = re.compile(
    r"\b(?P<title>(?:Mr|Ms|Mrs|Dr|Prof)\.?|Professor|Judge|Justice|H\.\s?E\.(?:\s+(?:Mr|Ms|Mrs|Dr)\.?)?|Madam|Sir|Dame|Senator|"
    r"Sen\.|Rep\.|Congressman|Congresswoman|General|Gen\.|Brigadier|Colonel|Col\.|Major|Captain|Capt\.|Lieutenant|"
    r"Commander|Admiral|Marshal|Sheikh|Ambassador)\s+"
    r"(?P<name>[A-Z][\w\u00c0-\u017f\u2019'-]+(?:[ \t]+(?:(?:von|van|der|den|de|da|del|dela|delos|di|du|la|le|bin|ibn|abu|al|el|dos|das|ter|ten)[ \t]+)*(?:[A-Z]\.|[A-Z][\w\u00c0-\u017f\u2019'-]*)){0,4})"
)


_HONORIFIC_WORDS = {"mr", "ms", "mrs", "dr", "prof", "judge", "justice", "madam", "sir", "dame", "ambassador"}


_ROLE_WORDS = {"prosecutor", "judge", "president", "registrar", "minister", "ambassador", "secretary", "director"}


def _is_title(word: str) -> bool:
    return token_key(word) in TITLES


def _known(ctx: DocContext, name: str) -> bool:
    """A name the knowledge base gives to something other than a person (a state, a city)."""
    kb = ctx.kb
    return kb is not None and any(not e.id.startswith("person:") for e in kb.lookup(name))


class PersonCues:
    """Names set after a role word ("Kenya's foreign minister, Moses Wetangula,") or an honorific
    ("Ms Kaja Kallas", "H.E. Mr Juan Perez") that NER missed."""

    name = "entities.cues.persons"
    version = "0.1.0"

    def __call__(self, ctx: DocContext) -> None:
        text = ctx.document.text
        for m in _HONORIFIC.finditer(text):
            name = re.sub(r"(?:['\u2019]s?|\s+(?:KC|QC|SC))$", "", m.group("name"))
            words = name.split()
            s = m.start("name")
            end = s + len(name)
            while len(words) > 2 and (words[0].lower() in _ROLE_WORDS or _is_title(words[0])):
                # "Justice Minister Carlo Nordio": the honorific was an office word, the name follows it
                s += len(words[0]) + text[s + len(words[0]) :].index(words[1])
                words = words[1:]
                name = text[s:end]
            if (
                len(words) < 2
                or ORG_CUES.search(name)
                or any(w.lower() in GENERIC or w.lower() in DATE_WORDS for w in words)
            ):
                continue
            add(
                ctx,
                Candidate(
                    s,
                    s + len(name),
                    name,
                    None,
                    "person",
                    "cue",
                    name=name,
                    aliases=[text[m.start() : s + len(name)]],
                    component=self.name,
                ),
            )
        for m in _NAME_BEFORE_ROLE.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            words = name.split()
            while len(words) > 2 and (words[0].rstrip(".").lower() in _HONORIFIC_WORDS or _is_title(words[0])):
                s += len(words[0]) + text[s + len(words[0]) :].index(words[1])  # "Ms Hannah Forster, director"
                words = words[1:]
                name = text[s:e]
            if (
                words[0] in ("The", "In", "On", "At", "As", "For", "By", "From", "With", "And")
                or ORG_CUES.search(name)
                or any(w.lower() in GENERIC or w.lower() in DATE_WORDS for w in words)
                or _known(ctx, name)
            ):
                continue
            add(ctx, Candidate(s, e, name, None, "person", "cue", name=name, component=self.name))
        for m in _ROLE_BEFORE_NAME.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            words = name.split()
            while len(words) > 2 and (words[0].lower().rstrip("s") in _ROLE_WORDS or _is_title(words[0])):
                s += len(words[0]) + text[s + len(words[0]) :].index(words[1])  # "Deputy Prosecutors Nazhat ..."
                words = words[1:]
                name = text[s:e]
            if ORG_CUES.search(name) or any(w.lower() in GENERIC or w.lower() in DATE_WORDS for w in name.split()):
                continue
            add(ctx, Candidate(s, e, name, None, "person", "cue", name=name, component=self.name))


COMPONENTS = [PersonCues()]


# the patterns run over the whole text, with a lookahead on their first characters (same matches)
_ROLE_BEFORE_NAME, _HONORIFIC = (led(rx) for rx in (_ROLE_BEFORE_NAME, _HONORIFIC))
