"""Decisions told as acts: "the Prosecutor opened an investigation into ...", "withdrew the charges
against ...", "the Appeals Chamber rejected the appeal", "the Court of Appeal declared the arrest
invalid", "Washington lifted the sanctions", "Parliament approved the legislation", "the Committee
recommended cuts to ...", "congratulate you on your election as President of the Assembly", and the
unnamed instruments they adopt ("the programme budget for 2025", "a resolution on cooperation").

Helpers of the ``Decisions`` mixin.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Entity
from .base import Finder, clean_phrase, lexicon, uniq
from .decision_courts import JUDGED_VERBS, judged, national_court_told
from .decision_votes import legislature_state

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

OFFICES = re.compile(
    r"\bas\s+(?:the\s+|its\s+|new\s+)*(?:presidents?|vice-presidents?|prosecutors?|deputy prosecutors?|registrars?|"
    r"judges?|members?|chair|chairperson|facilitators?|focal points?)\b",
    re.IGNORECASE,
)
BUDGET = re.compile(
    r"\b(?:(?:the\s+)?(?:court'?s\s+|approved\s+|proposed\s+)?(?:programme\s+|program\s+)?budget(?:\s+of the court)?\s+for\s+(\d{4}))",
    re.IGNORECASE,
)
RESOLUTION_ON = re.compile(r"\b(?:draft\s+)?resolution\s+on\s+(?:the\s+)?([a-z][a-z -]{2,40}?)(?=[,.;()]|\s+(?:was|were|and|by|which)\b|$)")
CHAMBERS = ("court:pre-trial", "court:trial", "court:appeals", "court:chambers", "court:judges", "court:icc")
JUDICIAL = re.compile(
    r"non[\s-]?(?:cooperation|compliance)|fail\w* to (?:comply|arrest|surrender|cooperate)|warrants?\b|surrender"
    r"|(?:not|never) compl(?:y|ied)|\b87\s*\(\s*7\s*\)"
    # (r10) "had failed to meet its obligations", "had not honoured its duty to cooperate", "breached its duty to arrest"
    r"|(?:breach\w*|violat\w*|(?:not|never) (?:honou?r\w*|fulfill?\w*|me[et]t?)|fail\w* to (?:meet|honou?r|fulfill?|respect|discharge))"
    r"\s+(?:its|their|her|his)\s+(?:\w+\s+)?(?:obligations?|duty|duties)",
    re.IGNORECASE,
)
HELD = ("confirm", "find", "conclude", "determine")  # "the High Court found that ...": a national court's ruling
COURT_ACTS = frozenset({"order", "reconstitute", "constitute"})  # a court's acts only
# "declined to refer the matter", "delivered a decision under article 87(7)": part of a finding of non-compliance
TOLD_IN_FINDING = ("deliver", "render", "hand")
# "declined to refer the matter to the Assembly", "declined to include the charge of genocide": part of the finding or warrant
REFUSED_PARTS = frozenset({
    "refer", "transmit", "report", "inform", "notify", "include", "add",
    # "declined to comment", "refused to say": a spokesperson's silence, not a ruling
    "comment", "say", "speak", "confirm", "discuss", "elaborate", "respond", "answer", "reveal", "disclose", "give", "provide",
})  # fmt: skip
JUDGING = frozenset({"convict", "acquit", "sentence"})  # a Chamber's (or a national court's) judgment, not "the Court" in a background line
SPEAKERS = frozenset({"court", "igo", "state", "person"})
RULERS = frozenset({"court", "igo", "state", "organization"})  # courts of States are read as organisations
STATE_ACTS = frozenset({"open", "withdraw", "drop", "close", "conclude", "lift", "revoke", "rescind", "approve", "pass", "amend"})  # by officers too
# (r9) verbs with a particle that rule on a request or a text: "threw out the bid", "turned down the request"
PHRASAL = frozenset({"throw out", "turn down", "set aside", "knock down", "vote down", "send back"})  # "struck down" is read by "strike"
PHRASAL_VERBS = frozenset(pair.split()[0] for pair in PHRASAL)


def acts(lex: dict) -> dict[str, set[str]]:
    """verb -> the objects that make it a decision ("open" -> investigation, ...), with the r7 block's."""
    out = {verb: set(objs) for verb, objs in lex["decision_acts"].items()}
    for verb, objs in lexicon().get("r7_decisions", {}).get("decision_acts", {}).items():
        out.setdefault(verb, set()).update(objs)
    return out


def act_lemma(tok: Token) -> str:
    """The verb an act is told by, with its particle when the pair is a verb of its own: "threw out the
    bid" (throw out), "turned down the request" (turn down), "set aside the conviction" (set aside)."""
    lem = tok.lemma_.lower()
    if lem not in PHRASAL_VERBS:
        return lem  # (speed) no pair of PHRASAL starts with it
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("aside", "back"))), None)
    if prt is None and lem == "send":  # (r10) "sent the question back to the lower chamber": "back" hung from the object
        prt = next((g.lower_ for c in tok.children if c.dep_ == "dobj" for g in c.children if g.lower_ == "back"), None)
    if prt is not None and f"{lem} {prt}" in PHRASAL:
        return f"{lem} {prt}"
    return lem


def court_acts() -> frozenset[str]:
    """Acts only a court does ("ordered", "convicted", "declined to suspend")."""
    return COURT_ACTS | frozenset(lexicon().get("r7_decisions", {}).get("court_acts", []))


def main_subject(f: Finder, tok: Token) -> list[str]:
    """ "X met Y ..., a year after he decided to ...": "he" is the sentence's subject, not the last name told."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("he", "she"):
        return []
    for a in tok.ancestors:  # the clause this one hangs from: "Khan met ..., a year after he decided"
        leads = [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if leads:  # "KYIV, March 16 - Prosecutor Karim Khan met": a dateline parsed as a second subject
            got = [i for c in leads for i in f.resolve(c, frozenset({"person"}))]
            return got[:1]
    return []


def act_body(f: Finder, tok: Token, lem: str) -> list[str]:
    """Who acted: the subject (the by-phrase of a passive), courts and offices only."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    body = f.prep_objects(tok, ("by",)) if passive else (main_subject(f, tok) or f.subject(tok))
    head = tok.head
    if not passive and tok.dep_ == "conj" and head.dep_ == "relcl" and not any(c.dep_ == "nsubj" for c in tok.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in head.children
    ):  # (r9) "the Appeals Chamber, which reversed the ruling and ordered it to ...": the antecedent ordered
        body = f.resolve(head.head) or body
    elif not passive and not body and tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in tok.children):
        body = f.resolve(head)  # (r9) "the Appeals Chamber, which on 24 April reversed the ruling"
    if not passive and not body and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        body = [  # (r10) "Last April the Appeals Chamber sent ...": the subject parsed as the time phrase's apposition
            b for c in tok.children if c.dep_ == "npadvmod" for a in c.children if a.dep_ == "appos" for b in f.resolve(a)
        ]
    if not passive and not body and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
        body = f.subject(tok.head.head)  # (r12) "the appeals bench softened the ruling by overturning the referral"
    if passive and not body and lem in ("reject", "dismiss", "grant", "uphold", "overturn", "quash"):
        said = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        lo = said.left_edge.idx if said is not None else tok.idx  # "the Trial Chamber's verdict was upheld": not by its own court
        told = [  # "These arguments were rejected.": by the Chamber the text is about
            m.entity_id
            for m in f.ctx.mentions_in(max(0, tok.idx - 1500), tok.idx)
            if m.entity_id.startswith(("court:pre-trial", "court:trial", "court:appeals", "court:chambers"))
            and not (lo <= m.start < tok.idx and lem in ("uphold", "overturn", "quash"))
        ]
        body = told[-1:]
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if not passive and not body and subj is not None and subj.lemma_.lower() in FRAMES:
        body = uniq(  # "The judgment, delivered by the Appeals Chamber on 15 December, upheld ...": the ruling's court
            m.entity_id for t in subj.subtree if t.i != subj.i and (m := f.idx.mention(t)) is not None
        )
    if subj is not None and subj.lower_ in ("judge", "judges", "justices", "panel", "bench") and f.idx.mention(subj) is None:
        body = [b for b in body if f.idx.kind(b) != "state"]  # (r9) "THE HAGUE/BUDAPEST - Judges at the Court ...": not the dateline's State
        body = [  # (r9) "Judges of Trial Chamber IX, presided over by Judge X, convicted": their Chamber
            b for b in f.prep_objects(subj, ("of",), frozenset({"court"})) if b.startswith(CHAMBERS[:4])
        ] or body
    if not body and not passive and lem in STATE_ACTS:  # (r9) "the government revoked the notice": its State's act
        body = legislature_state(f, subj)
    keep = SPEAKERS if lem in STATE_ACTS else RULERS
    if keep is SPEAKERS:  # "President Biden lifted the measures": the State's act
        body = office_state(f, body)
    out = []
    for b in body:
        kind = f.idx.kind(b)
        if kind not in keep:
            continue
        if kind == "organization":  # "the Court of Appeal of Rome", "the Supreme Court of Appeal"
            name = (f.ctx.entities[b].name if b in f.ctx.entities else b).lower()
            if not re.search(r"\b(court|tribunal|tsets|parliament|chamber|council|assembly|union)\b", name):
                continue
        out.append(b)
    return national_court_told(f, tok, out)


STATE_OFFICE = re.compile(r"^(?!icc-|asp-|un-|eu-)[a-z-]+-(?:president|prime-minister|minister|secretary-of-state|chancellor)$")


def office_state(f: Finder, ids: list[str]) -> list[str]:
    """ "President Joe Biden lifted those measures", "Trump revoked the order": a head of State or government
    (or a minister) acting in office acts for the State, the one the knowledge base gives as theirs, where the
    text names it; the Court's and the UN's officers stay themselves."""
    out = []
    for b in ids:
        ent = f.ctx.kb.get(b) if f.idx.kind(b) == "person" and f.ctx.kb is not None else None
        attrs = (ent.attrs or {}) if ent is not None else {}
        state = str(attrs.get("nationality") or "")
        offices = [str(o.get("office", "")) for o in attrs.get("offices") or [] if isinstance(o, dict)]
        if state in f.ctx.entities and any(STATE_OFFICE.match(o) for o in offices):
            out.append(state)
        else:
            out.append(b)
    return uniq(out)


def act_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp"):
            return c
    return None


def instruments_in(ctx: DocContext, f: Finder, lo: int, hi: int) -> list[str]:
    """The instruments named in a stretch of text (an item of a list), else the unnamed one it describes."""
    named = uniq(
        m.entity_id
        for m in ctx.mentions_in(lo, hi)
        if f.idx.kind(m.entity_id) == "instrument" and m.entity_id != "instrument:rome-statute"
    )
    return named or unnamed_instrument(ctx, lo, hi)


def instrument_for(ctx: DocContext, f: Finder, obj: Token) -> list[str]:
    """An unnamed text the body adopted: "the programme budget for 2025", "a resolution on cooperation".
    The entity is made here (id from the year or subject) when the entity layer did not name it."""
    lo = obj.left_edge.idx
    hi = max(t.idx + len(t.text) for t in obj.subtree if t.dep_ != "conj" and not any(a.dep_ == "conj" and a.i > obj.i for a in t.ancestors))
    year = re.match(r"\s+for\s+\d{4}\b", ctx.document.text[hi : hi + 12])  # "approving a budget | for 2025"
    return unnamed_instrument(ctx, lo, hi + year.end() if year else hi)


def unnamed_instrument(ctx: DocContext, lo: int, hi: int) -> list[str]:
    phrase = ctx.document.text[lo:hi]
    m = BUDGET.search(phrase)
    if m:
        eid, names = f"instrument:programme-budget-{m.group(1)}", {
            clean_phrase(phrase[m.start() :], 12), f"programme budget for {m.group(1)}", f"budget for {m.group(1)}",
            f"Court's budget for {m.group(1)}", f"budget of the Court for {m.group(1)}",
        }
        if re.match(r"\W*(?:the\s+|a\s+)?resolution\b", phrase, re.IGNORECASE) and len(phrase) < 90:
            names.add(clean_phrase(re.sub(r"^\W*(?:the|a)\s+", "", phrase), 14))  # its full name
    else:
        m = RESOLUTION_ON.search(phrase)
        if not m:
            return []
        slug = re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-")
        eid, names = f"instrument:resolution-on-{slug}", {f"resolution on {m.group(1).strip()}"}  # not its clauses
    start = lo + m.start()
    ent = ctx.entities.get(eid)
    if ent is None:
        name = min(names, key=len)
        ent = ctx.entities[eid] = Entity(id=eid, kind="instrument", name=name, aliases=[])
    for n in names:
        if n != ent.name and n not in ent.aliases:
            ent.aliases.append(n)
    span = (start, lo + m.end())
    if span not in ent.mentions:
        ent.mentions.append(span)
    return [eid]


def election(ctx: DocContext, f: Finder, tok: Token, planned: frozenset[str] = frozenset()) -> tuple[list[str], str] | None:
    """ "your election as President of the Assembly", "the election of six judges": the Assembly's."""
    if "court:asp" not in ctx.entities or tok.lemma_.lower() not in ("election", "re-election"):
        return None
    stop = next((t.i for t in f.doc[tok.i + 1 : min(f.sent.end, tok.i + 24)] if t.pos_ in ("VERB", "AUX")), None)
    tail = f.doc[tok.i : stop or min(f.sent.end, tok.i + 24)].text  # "Opening and elections\n\nThe Assembly elected": a heading
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    judges = of is not None and any(g.lemma_ in ("judge", "prosecutor", "registrar", "member") for g in of.subtree)
    if not OFFICES.search(tail) and not judges:
        return None
    if any(t.lower_ in ("upcoming", "forthcoming", "next", "future") for t in tok.lefts):
        return None
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and (tok.head if tok.dep_ != "pobj" else tok.head.head).lemma_.lower() in planned:
        return None  # "a programme of work that includes the election of six judges": planned, not held
    return ["court:asp"], "election " + clean_phrase(f.doc[tok.i + 1 : tok.right_edge.i + 1].text, 16)


def emit_act(component, ctx: DocContext, f: Finder, tok: Token, objs: dict[str, set[str]], done: set[int]) -> bool:
    """ "opened an investigation", "rejected the appeal", "lifted the sanctions": a decision."""
    lem = act_lemma(tok)
    if lem not in objs or tok.i in done:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once", "until")) for c in tok.children) or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "should", "must", "could", "may") for c in tok.children
    ):
        return False
    obj = act_object(tok)
    if lem in JUDGED_VERBS and not judged(tok):
        return False  # (r11) "the Court considered the case at a hearing": no holding told
    wanted = objs[lem]
    if "*" not in wanted and (obj is None or obj.lemma_.lower() not in wanted):
        # "lifted, in April, the sanctions": the parse lost the object; "granted Israel leave to appeal": a dative first
        obj = next(
            (
                t
                for t in tok.doc[tok.i + 1 : min(f.sent.end, tok.i + 8)]
                if (t.pos_ == "NOUN" or t.head.i == tok.i or t.head.head.i == tok.i) and t.lemma_.lower() in wanted
            ),
            obj,
        )
    if lem in ("authorise", "authorize") and obj is not None and obj.lemma_.lower() in ("sanction", "sanctions"):
        return False  # (r9) "an order which authorises sanctions against ...": the sanction's own event
    if obj is not None and obj.lower_ == "law" and obj.i >= 2 and tok.doc[obj.i - 2].lower_ == "rule":
        return False  # (r9) "the judges have upheld the rule of law": no law was upheld
    ruled = lem in ("rule", "hold", *HELD) and any(c.dep_ == "ccomp" for c in tok.children)  # "the court ruled / held that"
    guilty = lem == "find" and any(  # "Trial Chamber I found Ali Kushayb guilty": a conviction
        c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod", "amod") for t in tok.children for c in (t, *t.children)
    )
    favour = lem in ("rule", "find", "side") and any(  # "the Appeals Chamber ruled in favour of Kenya", "ruled against the Prosecution",
        c.dep_ == "prep"  # (r9) "found in favour of the Prosecutor", "sided with the defence"
        and (
            c.lower_ == "against" and lem != "side"
            or (c.lower_ == "in" and any(g.lemma_.lower() in ("favour", "favor") for g in c.children))
            or (c.lower_ == "with" and lem == "side")
        )
        for c in tok.children
    )
    if guilty or favour:
        ruled = True
    if (obj is None or ("*" not in wanted and obj.lemma_.lower() not in wanted)) and not ruled:
        return False
    if lem == "decline" and obj is not None and obj.dep_ != "xcomp":
        return False
    if lem in ("decline", "refuse") and obj is not None and obj.lemma_.lower() in REFUSED_PARTS:
        return False
    if obj is not None and obj.lemma_.lower() in ("warrant", "warrants"):
        return False  # "withdrew the warrant": the warrant's own event, status withdrawn
    body = act_body(f, tok, lem)
    if lem in court_acts():  # "the Chamber ordered reparations", not "Israel ordered an evacuation"
        body = [b for b in body if f.idx.kind(b) in ("court", "organization")]
    if lem in JUDGED_VERBS:  # (r11) a court's holding, not "Amnesty considered the law unlawful"
        body = [b for b in body if f.idx.kind(b) == "court" or re.search(r"court|tribunal|chamber", b)]
    if lem in ("decline", "refuse"):  # a Chamber or the judges refusing, not "the Court's Registry declined"
        body = [b for b in body if b.startswith(CHAMBERS[:5]) or f.idx.kind(b) == "organization"]
    if lem in JUDGING or guilty:  # "Trial Chamber X convicted ...", "ICC judges acquitted ...", "found X guilty"
        body = [b for b in body if b.startswith(CHAMBERS[:5]) or f.idx.kind(b) == "organization"]
    if lem in ("rule", "hold"):  # "a court in Pretoria ruled ...": only a court rules, not the State it sits in
        body = [b for b in body if f.idx.kind(b) != "state"]
    if lem == "side" or (lem == "find" and favour):  # (r9) only a court sides with a party in a ruling
        body = [b for b in body if b.startswith(CHAMBERS[:5]) or f.idx.kind(b) == "organization"]
    elif lem == "hold" or (lem in HELD and ruled and not guilty):  # "the Supreme Court of Appeal held / confirmed that": a national
        told = ruled and background_ruling(ctx, f, tok)  # court's ruling; the ICC's reasoning is not one, unless told as past news
        body = [b for b in body if f.idx.kind(b) == "organization" or (told and b.startswith(CHAMBERS[:5]))] if ruled else []
    if body and all(b.startswith(CHAMBERS) for b in body) and JUDICIAL.search(f.lower) and lem in ("rule", "hold", *TOLD_IN_FINDING, *HELD):
        return False  # "the Chamber ruled that Italy failed to comply": the finding of non-compliance
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not body or (
        lem in ("reject", "dismiss")
        and (not passive or f.prep_objects(tok, ("by",)))
        and all(b.startswith("court:") for b in body)
    ):
        return False  # a Chamber's "rejected the challenge", "was dismissed by the Chamber": read with the condemnations (pressure)
    done.update(t.i for t in tok.subtree)
    end = obj.right_edge.i if obj is not None else tok.i
    if favour:  # "ruled in favour of Kenya"
        end = max(c.right_edge.i for c in tok.children if c.dep_ == "prep")
    title = clean_phrase(f.doc[tok.i : end + 1].text, 16)
    component.emit(ctx, f, "decision", {"body": uniq(body)}, {"title": title}, 0.7, anchor=tok, date=frame_date(ctx, f, tok))
    return True


def background_ruling(ctx: DocContext, f: Finder, tok: Token) -> bool:
    """(r10) A Chamber's "held / found / confirmed that ..." told as past news, not as the reasoning of the
    decision the text is: dated in its own sentence ("In February 2021, the judges held that ..."), framed by
    its ruling ("In a ruling last month, the Appeals Chamber confirmed that ...", "ruling on the remanded
    question, the Chamber again held that ...")."""
    if tok.tag_ != "VBD":
        return False  # "the Chamber holds / has found that": the decision's own reasoning
    if any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in ("reject", "dismiss") for c in tok.children):
        return False  # "found him fit to stand trial, rejecting the defence's claim": one ruling, read by its rejection
    if any(d.value for d in ctx.dates_in(f.sent.start_char, f.sent.end_char)):
        return True
    framed = (
        g
        for c in tok.children
        for g in ((c,) if c.dep_ == "advcl" else c.children if c.dep_ == "prep" and c.lower_ in ("in", "by") else ())
    )
    return any(g.lemma_.lower() in FRAMES or (g.dep_ == "advcl" and g.lemma_.lower() == "rule") for g in framed)


FRAMES = frozenset({"ruling", "judgment", "judgement", "decision", "order", "verdict", "opinion", "finding", "determination"})


def frame_date(ctx: DocContext, f: Finder, tok: Token) -> tuple[str | None, str | None] | None:
    """The date of the ruling a court's act is told in: "In a ruling handed down in July 2025, the Chamber
    found ...", "The Appeals Chamber, in a judgment delivered on 24 April 2025, reversed ...", "by its
    decision of 5 May", "The ruling, issued on 21 November 2024, rejected ..."; None when the sentence has no such frame (the usual dating applies)."""
    if tok.dep_ == "relcl":
        # (r12) "the ruling of Trial Chamber V of 3 May 2021, which had rejected the motion of 9
        # February 2020": the day of the decision the clause hangs on (through "of ..."), not of what it rejected
        head = tok.head
        for _ in range(4):
            if head.lemma_.lower() in FRAMES or head.dep_ not in ("pobj", "prep", "compound", "nummod", "appos", "npadvmod"):
                break
            head = head.head
        if head.lemma_.lower() in FRAMES:
            got = [d for d in ctx.dates_in(head.idx, tok.left_edge.idx) if d.value]
            if got:
                return got[-1].value, got[-1].end_value
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "by", "with", "through"):
            continue
        for n in prep.children:
            if n.dep_ == "pobj" and n.lemma_.lower() in FRAMES:
                lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge.text)
                got = [d for d in ctx.dates_in(lo, hi) if d.value]
                if got:
                    return got[0].value, got[0].end_value
    for n in tok.children:  # (r10) "The Chamber, ruling on the remanded question in October, held ...": the ruling's date
        for c in n.children if n.dep_ == "nsubj" else ():
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ("rule", "decide", "sit"):
                got = [d for d in ctx.dates_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) if d.value]
                if got:
                    return got[0].value, got[0].end_value
    for n in tok.children:  # "The ruling, issued by Pre-Trial Chamber I on 21 November 2024, rejected ...",
        if n.dep_ in ("nsubj", "nsubjpass") and n.lemma_.lower() in FRAMES:  # "The judgment of 24 April reversed ..."
            lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge.text)
            got = [d for d in ctx.dates_in(lo, hi) if d.value]
            if got:
                return got[0].value, got[0].end_value
    return None
