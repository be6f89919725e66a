"""How a sanction is told: only announced or threatened ("would sanction", "a bill to sanction"), spoken
of ("deplored the sanctions"), or read by surface cues after its noun ("the designation, announced by X,
of A, B and C"); and the people a sanction's phrase names ("the three organizations", "A and B", not
"a UN mandate holder"). Used by ``sanctions``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import IMPOSERS, LISTED, TARGETS, clause_targets
from .sanction_actors import proposed

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

THREAT_HEADS = frozenset({"threat", "threats", "warning", "plan", "bill", "proposal", "push", "call", "attempt"})
ASKING = frozenset({"urge", "call", "ask", "press", "demand", "request", "encourage", "invite", "direct", "require"})
PLANNING = frozenset({"vote", "plan", "propose", "seek", "move", "push", "try", "attempt", "want", "intend", "consider", "weigh"})
COVER_WORDS = frozenset({"target", "hit", "name", "cover", "affect", "include"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
IMPOSING_VBN = frozenset({"impose", "announce", "levy", "order", "decide", "approve", "adopt", "issue", "sign"})
PEOPLE_NOUNS = frozenset({"organization", "organisation", "group", "ngo", "judge", "official", "pair", "duo", "trio", "individual", "person"})


def told_people(ctx: DocContext, f: Finder, np: Token) -> list[str]:
    """ "the three organizations", "the two judges", "the pair": the people of the sanction told just
    before, when the phrase names no one and its count, if any, is theirs."""
    if np.lemma_.lower() not in PEOPLE_NOUNS or f.idx.mention(np) is not None:
        return []
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "both") for c in np.children):
        return []
    prev = next((e for e in reversed(ctx.events) if e.type == "sanction" and e.roles.get("target")), None)
    if prev is None or f.sent.start_char - prev.evidence[-1][1] > 1200:
        return []
    count = next((c for c in np.children if c.dep_ == "nummod"), None)
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    named = [t for t in prev.roles["target"] if f.idx.kind(t) in ("person", "organization")]
    if count is not None and words.get(count.lower_, -1) != len(named):
        return []
    return named


def named_list(f: Finder, np: Token) -> list[str]:
    """Every conjunct of an object phrase ("Gocha Lordkipanidze and Erdenebalsuren Damdin")."""
    return uniq(i for g in (np, *np.conjuncts, *[c for c in np.children if c.dep_ in ("nmod", "compound")]) for i in f.resolve(g, TARGETS))


def generic(f: Finder, np: Token) -> bool:
    """"a UN mandate holder has been placed under sanctions": an indefinite description, no one named."""
    return f.idx.mention(np) is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in np.children)


def copula_subject(tok: Token) -> Token | None:
    """(r11) "A and B are the latest to be targeted by Treasury", "X became the most recent officials to be
    sanctioned": a passive infinitive on the copula's complement is about the copula's subject."""
    if tok.dep_ not in ("relcl", "acl") or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    head = tok.head
    if head.dep_ not in ("attr", "acomp", "oprd") or head.head.lemma_ not in ("be", "become", "remain"):
        return None
    return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def people_aimed(f: Finder, v: Token) -> bool:
    """(r11) Does a plain verb ("targeted", "hit") name people or bodies, and no State, as the ones it is aimed
    at ("in August it targeted two more judges")? Not "the Court's judges targeting Israel"."""
    aimed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if not aimed and (subj := copula_subject(v)) is not None:
        aimed = [subj]
    if not aimed:
        return False
    found = [i for c in aimed for g in (c, *c.conjuncts) for i in f.resolve(g, TARGETS)]
    if any(f.idx.kind(i) == "state" for i in found) and not any(f.idx.kind(i) in ("person", "organization") for i in found):
        return False  # "targeting Israel", not "Canadian judge A and French judge B"
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(f.idx.kind(i) == "court" for i in f.resolve(subj, TARGETS)):
        return False
    return bool(found) or any(c.lemma_.lower() in PEOPLE_NOUNS | {"prosecutor", "deputy"} for c in aimed)


#: (r11) the act a sanction answers: "in retaliation for the Court's warrants against X", "over its probe of Y"
REASON_NOUNS = frozenset({"retaliation", "response", "reprisal", "punishment", "protest", "reaction"})
ANSWERED_ACTS = frozenset({
    "warrant", "decision", "ruling", "investigation", "probe", "inquiry", "role", "work", "issuance", "issuing",
    "effort", "action", "case", "prosecution", "judgment", "judgement", "request", "application", "proceeding",
})  # fmt: skip


def answered_only(f: Finder, tok: Token, target: list[str]) -> list[str]:
    """(r11) The targets less those named only inside the reason the sanction answers ("imposed in retaliation
    for the Court's arrest warrants against Netanyahu and Gallant": they are the warrants' subjects)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    spans = []
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in ("for", "over") and any(g.lemma_.lower() in ANSWERED_ACTS for g in objs) or c.lower_ in ("in", "as") and any(g.lemma_.lower() in REASON_NOUNS for g in objs):
            spans.append((c.i, c.right_edge.i))
    if not spans:
        return target
    inside, outside = set(), set()
    for t in f.tokens:
        m = f.idx.mention(t)
        if m is not None:
            (inside if any(a <= t.i <= b for a, b in spans) else outside).add(m.entity_id)
    return [t for t in target if t not in inside or t in outside]


class SanctionForms:
    """Whether and how a sanction is told (mixin of ``Sanctions``)."""

    @staticmethod
    def _announced_only(v: Token) -> bool:
        """Is the sanction only threatened ("would sanction", "threatened to sanction", "could designate",
        "threats by members of Congress to sanction the Court")?"""
        if v.dep_ in ("acl", "relcl") and v.head.lemma_.lower() in THREAT_HEADS:
            return True
        if v.dep_ == "advcl" and v.tag_ == "VBN" and v.i < v.head.i and not any(c.dep_ == "aux" for c in v.children):
            return False  # (r11) "Sanctioned by the US in June, the four judges vowed ...": done, and the vow is theirs
        w = v  # "threatened to ban the judges ..., to sanction their funds and to prosecute them"
        for _ in range(3):
            if w.dep_ not in ("xcomp", "advcl", "conj") or w.head.i == w.i:
                break
            w = w.head
            if w.lemma_ in ("threaten", "vow", "warn", "promise", "pledge"):
                return True
        for t in (v, v.head if v.dep_ in ("conj", "xcomp") else v):
            if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will", "shall", "'ll") for c in t.children):
                return True
            if t.dep_ == "xcomp" and t.head.lemma_ in ("threaten", "vow", "warn", "promise"):
                return True
            if t.dep_ == "xcomp" and t.head.lemma_ in ASKING:
                return True  # "a motion urges the administration to sanction every official": asked, not done
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and any(
                a.lemma_ in ASKING for a in list(t.ancestors)[:3]
            ):
                return True  # "urges the administration to sanction ...", however the object is parsed
            if t.dep_ == "xcomp" and t.head.lemma_ in PLANNING and not (t.head.lemma_ == "move" and t.head.tag_ in ("VBD", "VBN")):
                return True  # (r12) but "in February it had moved to prohibit X from entering": done  # "the House voted to sanction the court", "plans to designate": not (yet) done
            if proposed(t):
                return True  # "passed a bill to sanction those involved in ICC investigations"
        return False

    def _commenting(self) -> frozenset[str]:
        """Verbs that speak about a sanction ("deplored the sanctions"): their subject did not impose it."""
        lex = self.lex  # type: ignore[attr-defined]
        return frozenset(
            {*lex["condemnation"]["verbs"], *lex["support"]["verbs"], *lex["statement"]["speech_verbs"],
             "face", "suffer", "discuss", "recall", "mention", "fear", "follow", "describe", "call", "challenge",
             "reverse", "rescind", "revoke", "lift", "end", "drop", "withdraw", "mitigate", "shield", "protect"}
        ) - {"announce", "confirm"}  # fmt: skip

    @staticmethod
    def _nominal_sanction(f: Finder, tok: Token) -> tuple[list[str], list[str]]:
        """ "the designation, announced by X, of A, B and C": read by surface cues after the noun."""
        imposer: list[str] = []
        target: list[str] = []
        end = min(f.sent.end, tok.i + 25)
        end = next((k for k in range(tok.i + 1, end) if f.doc[k].is_space and "\n" in f.doc[k].text), end)
        j = tok.i + 1  # a headline ends at its line
        while j < end:
            low = f.doc[j].lower_
            if low == "by" and not imposer:
                imposer, j = f.list_span(j + 1, IMPOSERS, end=end)
                continue
            if low == "on" and j + 1 < end and (f.doc[j + 1].ent_type_ in ("DATE", "TIME") or f.doc[j + 1].lower_ in WEEKDAYS):
                j += 2  # (r12) "announced the sanctions on Wednesday, under an order ...": a day, no target
                if j < end and f.doc[j].lemma_ in COVER_WORDS and not target:  # "... on Wednesday target Judge A"
                    target = clause_targets(f, j + 1)
                    break
                continue
            if low in ("of", "on", "against", "targeting") and not target:
                # (r12) not past the reason: "sanctions against the three NGOs for their engagement in ICC efforts"
                stop = next((k for k in range(j + 2, end) if f.doc[k].lower_ in ("for", "because", "over", "after")), end)
                listed, k = f.list_span(j + 1, LISTED, end=stop, skip=6)
                k = max(k, j + 1)
                read = clause_targets(f, j + 1)
                target, j = (read, k) if len(read) > len(listed) and set(listed) <= set(read) else (listed, k)
                continue
            if f.doc[j].pos_ == "VERB" and f.doc[j].tag_ not in ("VBN", "VBG"):
                if not target and f.doc[j].lemma_ in COVER_WORDS:
                    from .sanction_orders import aims_at_acts

                    # "The sanctions announced on Wednesday target Judge A and B" (not "which targets malign acts")
                    target = [] if aims_at_acts(f, f.doc[j + 1]) else clause_targets(f, j + 1)
                break
            if target and f.doc[j].tag_ == "VBN" and f.doc[j].lemma_ not in IMPOSING_VBN:
                break  # (r12) "sanctions on X, an expert appointed by the UN": who appointed her imposed nothing
            j += 1
        return imposer, target
