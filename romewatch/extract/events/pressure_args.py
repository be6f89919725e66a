"""Where the actors of sanctions and threats are read: target lists that run to the end of a clause
("two judges of the Court - Judge A and Judge B"), offices in apposition, a capital or a demonym;
lists of wanted persons; threats told only as something to prevent, answer or reject. Shared by
``sanctions`` and ``threats`` (who imposes a sanction is read in ``sanction_actors``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Finder, uniq

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..context import DocContext

IMPOSERS = frozenset({"state", "igo", "person"})
TARGETS = frozenset({"court", "person", "organization", "igo", "state", "group"})
LISTED = frozenset({"court", "person", "organization", "igo", "group"})
INSTR = frozenset({"instrument"})
PERPETRATORS = frozenset({"state", "person", "group", "organization", "igo"})
CLAUSE_END = frozenset({
    ";", ".", "for", "because", "after", "since", "while", "which", "who", "following", "as", "over", "in", "under",
    "pursuant",
    "according",  # (r12) "A and B, according to a statement from X": the source, not one more target
})  # fmt: skip
# words that tell a threat only as something to prevent or reject ("urge the Bureau to protect the Court
# from threats", "refrain from any act that would undermine"): no threat is told there
PREVENTING = frozenset({
    "refrain", "avoid", "prevent", "protect", "shield", "resist", "reject", "rejection", "tolerate",
    "safeguard", "defend", "guard", "insulate", "procedure", "mechanism",
})  # fmt: skip
# verbs whose subject answers a threat that did happen ("the Court responded to the incident")
ANSWERING = frozenset({"respond", "counter", "address", "withstand", "react", "recover", "investigate"})
NAMING = frozenset({"describe", "call", "term", "label", "characterise", "characterize", "brand"})
CONDITIONAL = frozenset({"if", "whenever", "when", "unless", "should", "where"})


GLUE = (("as", "well", "as"), ("together", "with"), ("along", "with"), ("alongside",), ("plus",))
SAYING = frozenset({"say", "tell", "announce", "state", "declare", "write", "add", "confirm"})
LINKS = frozenset({",", "and", "or", "&", "-", "–", "as", "well"})


def wrapped(doc: Any, j: int, start: int) -> bool:
    """Is the line break at token ``j`` a hard wrap inside a list ("Judges A,\nB and the Deputy
    Prosecutors C\nand D"), not the end of a heading or a list line? One break, joined by a comma or
    "and" on either side, or running on in lower case."""
    if "\n\n" in doc[j].text or j <= start or j + 1 >= len(doc):
        return False
    before, after = doc[j - 1], doc[j + 1]
    return before.lower_ in LINKS or after.lower_ in LINKS or after.text[:1].islower()


def clause_targets(f: Finder, start: int) -> list[str]:
    """Who a sanction verb's object names, read on the surface to the end of its clause: "two judges
    of the Court - Judge A and Judge B - and both Deputy Prosecutors, Ms C and Mr D" -> A, B, C, D. The
    people named win over the descriptors that introduce them ("judges of the Court", "its officials")."""
    idx, doc = f.idx, f.doc
    ids: list[str] = []
    after_of: set[str] = set()
    j = start
    end = min(f.sent.end, start + 45)
    while j < end:
        t = doc[j]
        m = idx.mention(t)
        if m is None and not ids and t.lower_ in ("pursuant", "under", "through", "via"):
            k = j + 1  # "designate, pursuant to Executive Order 14203, two judges": step over the legal basis
            while k < end and (idx.mention(doc[k]) is None or idx.kind(idx.mention(doc[k]).entity_id) == "instrument"):
                if doc[k].text == "," and k > j + 2:
                    break
                k += 1
            j = k + 1
            continue
        if m is None and t.is_space and "\n" in t.text and not wrapped(doc, j, start):
            break
        if m is None and t.text == ":" and ids:  # "four judges: A, B" goes on; "sanctions on X: UN expert" stops
            nxt = idx.mention(doc[j + 1]) if j + 1 < end else None
            if nxt is None or idx.kind(nxt.entity_id) != "person":
                break
        glue = next((len(g) for g in GLUE if [x.lower_ for x in doc[j : j + len(g)]] == list(g)), 0)
        if m is None and ids and glue:  # "Judge A as well as Judge B", "A, together with B"
            j += glue
            continue
        finite = t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")
        finite = finite and not (t.text[:1].isupper() and j > f.sent.start)  # "Deputy Prosecutors" mis-tagged
        if m is None and (t.lower_ in CLAUSE_END or finite) and (ids or j > start):
            break
        if m is None and ids and t.tag_ == "VBN" and t.dep_ in ("acl", "relcl") and doc[j - 1].lower_ not in LINKS:
            break  # (r12) "Ms X, a rapporteur named by the Council in Geneva": who appointed her is no target
        if m is not None and ids is not None:
            k = idx.tok_index(m.end)
            if k < f.sent.end and doc[k].lemma_ in SAYING and doc[k].pos_ == "VERB":
                break  # "..., Secretary of State Marco Rubio said": the speaker, not one more target
        if m is not None:
            if idx.kind(m.entity_id) in LISTED:
                ids.append(m.entity_id)
                prev = doc[j - 1].lower_ if j > start else ""
                if prev in ("of", "at") or (prev == "the" and j - 1 > start and doc[j - 2].lower_ in ("of", "at")):
                    after_of.add(m.entity_id)
            k = j
            while k < f.sent.end and idx.mention(doc[k]) is m:
                k += 1
            j = k
            continue
        j += 1
    ids = uniq(ids)
    if any(idx.kind(i) in ("person", "organization") or i not in after_of for i in ids):
        # "two judges and two deputy prosecutors of the International Criminal Court": their Court is no target
        ids = [i for i in ids if not (idx.kind(i) == "court" and i in after_of)]
    return drop_appositions(f, ids)


def possessive_appositions(f: Finder, ids: list[str]) -> list[str]:
    """ "a warrant for Tomoko Akane, the Court's President": the body whose office follows a person's
    name (possessive, after a comma) is no target of its own."""
    idx, doc = f.idx, f.doc
    keep: set[str] = set()
    seen: set[str] = set()
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id not in ids or idx.kind(m.entity_id) == "person":
            continue
        first, last = idx.tok_index(m.start), idx.tok_index(m.end) - 1
        if "according to" in f.ctx.document.text[max(f.sent.start_char, m.start - 20) : m.start]:
            continue  # "..., according to the Court": the source, not a target
        seen.add(m.entity_id)
        j = first - 1
        while j > f.sent.start and doc[j].lower_ in ("the", "former", "then"):
            j -= 1
        owner = last + 1 < len(doc) and doc[last + 1].lower_ in ("'s", "’s", "'", "’")
        prev = idx.mention(doc[j - 1]) if j > f.sent.start and doc[j].text == "," else None
        if not (owner and prev is not None and idx.kind(prev.entity_id) == "person" and prev.entity_id in ids):
            keep.add(m.entity_id)
    return [i for i in ids if i not in seen or i in keep]


def drop_appositions(f: Finder, ids: list[str]) -> list[str]:
    """ "Francesca Albanese, the UN Special Rapporteur on ...": the office after a person's name is
    the person, not a second target."""
    idx, doc = f.idx, f.doc
    drop: set[str] = set()
    for m in f.ctx.mentions_in(f.sent.start_char, f.sent.end_char):
        if m.entity_id not in ids or idx.kind(m.entity_id) == "person":
            continue
        j = idx.tok_index(m.start) - 1
        while j > f.sent.start and doc[j].lower_ in ("the", "a", "former", "then"):
            j -= 1
        if j > f.sent.start and doc[j].text == ",":
            prev = idx.mention(doc[j - 1])
            if prev is not None and idx.kind(prev.entity_id) == "person" and prev.entity_id in ids:
                drop.add(m.entity_id)
        k = idx.tok_index(m.end)  # "The UN Special Rapporteur on ..., Francesca Albanese, was": the mandate before the name
        if idx.kind(m.entity_id) == "igo" and k + 1 < f.sent.end and doc[k].text == ",":
            after = idx.mention(doc[k + 1])
            end = idx.tok_index(after.end) if after is not None else k
            if (
                after is not None
                and idx.kind(after.entity_id) == "person"
                and after.entity_id in ids
                and end < f.sent.end
                and doc[end].text == ","
            ):
                drop.add(m.entity_id)
    return [i for i in ids if i not in drop]


def hypothetical(tok: Token, demand_verbs: frozenset[str]) -> bool:
    """Is the threat only spoken of as a possibility, a thing to prevent or a thing asked for ("any
    attempt to undermine", "urge States to protect the Court from threats", "whenever it is threatened")?"""
    for t in (tok, *list(tok.ancestors)[:6]):
        if t.lemma_.lower() in PREVENTING or (t.lemma_.lower() in demand_verbs and t.pos_ == "VERB"):
            return True
        if t.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("any", "no") for c in t.children if c.dep_ == "det"):
            return True
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONAL and c.i < t.i for c in t.children):
            return True
    return False


def seat_of(f: Finder, v: Token) -> list[str]:
    """ "proceedings were opened in Moscow": the state whose seat of government did it."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj":
                    return capital_state(f, g)
    return []


def capital_state(f: Finder, tok: Token) -> list[str]:
    """The state named by a capital where the act took place ("opened in Moscow"): the linker read
    the city as a place; here it stands for the government seated there."""
    m = f.idx.mention(tok)
    if m is None:
        return []
    if f.idx.kind(m.entity_id) == "state":
        return [m.entity_id]
    kb, ent = f.ctx.kb, f.ctx.entities.get(m.entity_id)
    if kb is None or ent is None or ent.kind != "place":
        return []
    for state in kb.by_kind("state"):
        if state.attrs.get("capital") == ent.name:
            if state.id not in f.ctx.entities:
                from ...model import Entity

                f.ctx.entities[state.id] = Entity(id=state.id, kind="state", name=state.name, aliases=[m.text])
            if (m.start, m.end) not in f.ctx.entities[state.id].mentions:
                f.ctx.entities[state.id].mentions.append((m.start, m.end))
            return [state.id]
    return []


def after_noun(f: Finder, tok: Token) -> tuple[list[str], list[str]]:
    """ "criminal proceedings opened in Moscow earlier in the year against the Prosecutor", "a campaign
    by X targeting Y": the words after the noun, to the end of its clause, when the parse lost them."""
    perp: list[str] = []
    target: list[str] = []
    doc, end = f.doc, min(f.sent.end, tok.i + 20)
    j = tok.i + 1
    while j < end:
        t = doc[j]
        if (
            t.text in ";:"
            or (
                t.pos_ in ("VERB", "AUX")
                and t.tag_ not in ("VBN", "VBG")
                # "the campaign waged against it by X": a participle the tagger read as a past tense
                and not (t.tag_ == "VBD" and j + 1 < end and doc[j + 1].lower_ in ("against", "by", "on", "at"))
            )
            or t.lower_ in ("which", "who", "that")
            or (t.dep_ == "cc" and t.head.i == tok.i)  # "a cyber incident ... and the proceedings ...": another act
        ):
            break
        if t.lower_ == "by" and not perp:
            k = j
            perp, j = f.list_span(j + 1, PERPETRATORS, skip=1)
            if not perp:  # "by the government of the United States": the phrase's head
                head = next((g for g in t.children if g.dep_ == "pobj"), None)
                perp, j = (f.resolve(head, PERPETRATORS), max(j, k + 1)) if head is not None else ([], max(j, k + 1))
            continue
        if t.lower_ in ("against", "targeting", "at") and (not target or doc[j - 1].lower_ == "and"):
            # "against the Prosecutor, Mr X, and against three judges of the Court - Judge A, Judge B"
            listed, k = f.list_span(j + 1, TARGETS, skip=3)
            if not listed and j + 1 < end and doc[j + 1].lower_ in ("it", "them", "him", "her"):
                listed, k = f.resolve(doc[j + 1], TARGETS), j + 2  # "the campaign waged against it by X"
            read = clause_targets(f, j + 1)
            target = uniq([*target, *(read if len(read) > len(listed) else listed)])
            j = max(k, j + 1)
            continue
        if t.lower_ == "in" and not perp and doc[j - 1].tag_ == "VBN" and j + 1 < end:  # "opened in Moscow"
            perp = capital_state(f, doc[j + 1])
        j += 1
    return perp, target


def pronoun_target(f: Finder, tok: Token) -> bool:
    """Is the threat aimed at "them", "him", "her" ("a criminal case has been opened against them")?"""
    heads = [tok, tok.head] if tok.dep_ in ("nsubjpass", "dobj") else [tok]
    for h in heads:
        for c in h.children:
            if (
                c.dep_ in ("dobj", "nsubjpass")
                and c.lower_ in ("them", "him", "her", "they", "he", "she")
                and c.i != tok.i
            ):
                return True
            if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i and any(  # "sentenced several of them in absentia"
                p.lower_ == "of" and any(g.lower_ == "them" for g in p.children) for p in c.children
            ):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in ("against", "on", "at")
                and any(g.dep_ == "pobj" and g.lower_ in ("them", "him", "her") for g in c.children)
            ):
                return True
    return False


def recent_threat(ctx: DocContext, f: Finder) -> Any:
    for e in reversed(ctx.events):
        if e.evidence[-1][1] < f.sent.start_char - 600:
            return None
        if e.type == "threat" and e.evidence[0][0] < f.sent.start_char and e.roles.get("target"):
            return e
    return None


def on_a_list(f: Finder, tok: Token) -> tuple[list[str], list[str]] | None:
    """ "X remains on a Russian list of wanted persons", "X was placed on Russia's wanted list": the
    one who stands (or was put) on the list is its target, the list's owner its perpetrator."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "onto", "to"):
        return None
    v = tok.head.head
    if tok.head.lower_ == "to" and v.lemma_ != "add":  # "added to Russia's wanted list"
        return None
    if v.pos_ in ("NOUN", "PROPN") and v.dep_ == "conj":  # (r10) "placed the President and several judges on wanted lists"
        from .sanctions import negated
        from .threat_args import court_word

        first = v
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        verb = first.head
        if first.dep_ == "dobj" and verb.lemma_ in ("place", "put", "add") and not negated(verb):
            target = uniq(i for o in (first, *first.conjuncts) for i in f.resolve(o, TARGETS) or court_word(f, o))
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            perp = f.subject(verb, PERPETRATORS) if subj is not None else []
            perp = perp or ([i for c in subj.children if c.dep_ in ("amod", "compound") for i in f.demonym(c)] if subj is not None else [])
            owner = f.possessor(tok)
            perp = perp or (f.resolve(owner, frozenset({"state"})) if owner is not None else [])
            return perp, [t for t in target if t not in perp]
        return None
    if v.lemma_ in ("add", "place", "put") and v.tag_ == "VBG" and v.dep_ in ("advcl", "conj", "xcomp") and v.i < tok.i:
        # (r12) "updated its database, adding ICC judge X to the wanted list": the words between the participle and
        # the list (the parse may lose the object); the participle's doer is the clause's subject
        from .sanction_args import title_modifiers

        target = title_modifiers(f, [t for t in clause_targets(f, v.i + 1) if f.idx.kind(t) in ("person", "court")])
        perp = f.subject(v.head, PERPETRATORS) if v.head.pos_ == "VERB" else []
        if target and perp:
            return perp, [t for t in target if t not in perp]
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in v.children):
        return None  # "Russia put Khan on its list": the active reading below
    # a headline's passive without its "was": "Karim Khan added to Russian wanted list"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or v.lemma_ in ("add", "place", "put")
    if not passive and v.lemma_ not in ("remain", "be", "appear", "stay", "figure", "feature", "sit", "end"):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    w = v
    while subj is None and w.dep_ == "conj" and w.head.i != w.i:  # (r10) "who was sanctioned ... and placed on ..."
        w = w.head
        subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Khan, who was placed on a wanted list in May": the relative pronoun resolves to the one the clause is about
    target = f.resolve(subj, TARGETS) if subj is not None else []
    for c in v.children:  # "Khan was put on the list, as were judges A and B"
        if c.dep_ == "advcl" and c.lemma_ in ("be", "do") and any(m.lower_ == "as" for m in c.children):
            target = uniq([*target, *clause_targets(f, c.i + 1)])
    perp = f.prep_objects(v, ("by",), PERPETRATORS) or f.prep_objects(tok, ("by",), PERPETRATORS)  # "on a list by X"
    owner = f.possessor(tok)
    perp = perp or (f.resolve(owner, frozenset({"state"})) if owner is not None else [])
    for c in tok.children:
        if not perp and c.dep_ in ("amod", "compound", "nmod", "poss"):
            perp = f.resolve(c, frozenset({"state"})) or f.demonym(c)
    return perp, [t for t in target if t not in perp]


def attempt_by_measures(ctx: DocContext, f: Finder, tok: Token, target: list[str]) -> tuple[list[str], list[str]]:
    """ "These designations constitute an attempt to impede ... and to intimidate ...": the sanctions
    just told are the attempt, their imposer its perpetrator; the Court's bodies named in it its targets."""
    v = tok.head if tok.dep_ == "conj" else tok
    attempt = v.head if v.dep_ in ("acl", "relcl") else None
    if (
        attempt is None
        or attempt.lemma_ not in ("attempt", "effort", "bid", "ploy")
        or attempt.dep_ not in ("dobj", "attr")
    ):
        return [], target
    subj = next((c for c in attempt.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in (
        "they",
        "these",
        "this",
        "it",
        "sanction",
        "designation",
        "measure",
        "order",
    ):
        return [], target
    told = next(
        (
            e
            for e in reversed(ctx.events)
            if e.type == "sanction" and e.roles.get("imposer") and e.evidence[-1][1] >= f.sent.start_char - 1500
        ),
        None,
    )
    if told is None:
        return [], target
    perp = [i for i in told.roles["imposer"] if f.idx.kind(i) == "state"]
    courts = [
        m.entity_id
        for t in attempt.subtree
        if (m := f.idx.mention(t)) is not None and f.idx.kind(m.entity_id) == "court"
    ]
    return perp, target or uniq(courts)


def demonym_agent(f: Finder, v: Token) -> list[str]:
    """ "a Russian military intelligence officer who had tried to gain access": the state the agent's
    adjective names."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    w = v
    while subj is None and w.dep_ in ("xcomp", "conj", "relcl", "acl") and w.head.i != w.i:
        if w.dep_ == "relcl" and w.head.pos_ in ("NOUN", "PROPN"):
            subj = w.head
            break
        w = w.head
        subj = next((c for c in w.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that", "which") and w.dep_ == "relcl":
        subj = w.head
    if subj is None:
        return []
    for c in subj.children:
        if (c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "poss" and c.pos_ == "PROPN")) and c.i < subj.i:
            # (r9) "Israel's intelligence agencies had spied on ...": the state that owns them, too
            got = f.resolve(c, frozenset({"state"})) or f.demonym(c)
            if got:
                return got
    if subj.lemma_.lower() in US_LEGISLATORS and "state:us" in f.ctx.entities and any(
        c.lower_ in US_PARTIES for c in subj.children if c.dep_ in ("amod", "compound", "nmod")
    ):
        return ["state:us"]  # (r9) "twelve Republican senators wrote to the Prosecutor", the United States named in the text
    return []


US_LEGISLATORS = frozenset({"senator", "congressman", "congresswoman", "lawmaker", "legislator", "representative", "member"})
US_PARTIES = frozenset({"republican", "democratic", "democrat", "gop"})


def passive_agent(f: Finder, v: Token, kinds: frozenset[str]) -> list[str]:
    """The agent of a passive: "by X", also when the parse hung it on a word after the verb ("were
    outlawed as 'terrorist organisations' by Israel's Ministry of Defence")."""
    got = f.prep_objects(v, ("by",), kinds)
    if got:
        return got
    for t in f.doc[v.i + 1 : min(f.sent.end, v.i + 12)]:
        if (t.pos_ == "VERB" and not (t.head.i == v.i and t.dep_ in ("xcomp", "oprd"))) or t.text in ";:":
            break  # "infected with Pegasus, the spyware sold by NSO Group": another verb's agent ("declared wanted by X" is its own)
        if t.lower_ == "by" and t.dep_ in ("prep", "agent"):
            return [i for g in t.children if g.dep_ == "pobj" for i in f.resolve(g, kinds)]
    return []
