"""Sanctions told through an Executive Order: "X signed Executive Order N, 'Imposing Sanctions on ...',
which names Y", "A had been designated under EO N", "the Order authorises the blocking of the property
of certain officials of the Court". A mixin of ``Sanctions`` (rounds and later mentions of an order are
read in ``sanction_rounds``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Finder, uniq
from .pressure_args import IMPOSERS, TARGETS, clause_targets
from .sanction_actors import announcer, pronoun_imposer
from .sanction_args import SANCTIONING_ORDERS, USING, by_agent, is_passive, titled_target
from .sanction_rounds import SanctionRounds

if TYPE_CHECKING:  # pragma: no cover
    from ..context import DocContext

ORDER_VERBS = frozenset(
    {
        "sign",
        "issue",
        "adopt",
        "designate",
        "impose",
        "sanction",
        "use",
        "invoke",
        "announce",
        "add",
        "list",
        "extend",
        "expand",
        "apply",
        "enact",
    }
)
SIGNING = frozenset({"sign", "issue", "enact", "adopt"})
UNDOING = frozenset({"revoke", "lift", "rescind", "reverse", "repeal", "cancel", "withdraw", "end", "suspend", "annul"})


#: (r12) what an order's "targets" may name that is no one: "an order that targets the Court's hostile conduct"
ACT_WORDS = frozenset({
    "effort", "action", "act", "activity", "investigation", "conduct", "attempt", "transgression", "overreach",
    "abuse", "work", "measure", "step", "proceeding",
})  # fmt: skip


ANYONE = frozenset({"individuals", "persons", "people", "anyone", "those", "entities", "anybody", "foreigners", "officials"})
PEOPLE_WORDS = re.compile(r"\b(?:officials?|staff|personnel|persons?|individuals?|judges?|prosecutors?|employees?)\b")


def aims_at_acts(f: Finder, tok: object) -> bool:
    """Does the phrase that starts at ``tok`` name acts ("malign efforts by the ICC"), not people or bodies?"""
    doc = f.doc
    j = tok.i  # type: ignore[attr-defined]
    while j < f.sent.end and (doc[j].is_quote or doc[j].pos_ in ("DET", "ADJ", "PUNCT")):
        j += 1
    if j >= f.sent.end:
        return False
    head = doc[j]
    while head.dep_ in ("amod", "compound") and head.head.i > head.i:
        head = head.head
    if f.idx.mention(head) is not None:
        return False
    if head.pos_ == "NOUN" and head.lemma_.lower() in ACT_WORDS:
        return True
    # "which targets individuals cooperating with the Court", "powers to sanction those who assist the ICC": people
    # described by what they do, no one named (the body they help is no target)
    return head.lower_ in ANYONE and any(c.dep_ in ("acl", "relcl") for c in head.children)


class SanctionOrders(SanctionRounds):
    """The `sanction` told by an Executive Order in the sentence (mixin of ``Sanctions``)."""

    def sanction_by_order(self, ctx: DocContext, f: Finder) -> bool:
        """ "X signed Executive Order N, 'Imposing Sanctions on ...', which names Y": one sanction."""
        orders = [m for m in ctx.mentions_in(f.sent.start_char, f.sent.end_char) if "-eo-" in m.entity_id]
        if not orders:
            return self._order_again(ctx, f)
        tok = f.token_at(orders[0].start)
        v = tok
        while v is not None and v.pos_ != "VERB" and v.head.i != v.i:
            v = v.head
        imposer = f.subject(v, IMPOSERS) if v is not None and v.pos_ == "VERB" and v.lemma_ in ORDER_VERBS else []
        if v is not None and any(c.dep_ == "nsubjpass" for c in v.children):
            imposer = f.prep_objects(v, ("by",), IMPOSERS)
        imposer = imposer or f.after_cue(" by ", IMPOSERS)
        acts = [t for t in f.tokens if t.lemma_.lower() in ("designate", "sanction") and t.pos_ in ("VERB", "ADJ")]
        if acts and not imposer:  # "X had been designated under EO N": the designated are not the imposers
            imposer = pronoun_imposer(f, acts[0]) or (
                by_agent(f, acts[0]) or announcer(f, acts[0]) if is_passive(acts[0]) else f.subject(acts[0], IMPOSERS)
            )
        if imposer:  # who sanctions under which order, for the sentences that follow ("X was designated first")
            states = [i for i in imposer if f.idx.kind(i) == "state"]
            ctx.notes["events.sanction_context"] = (states or imposer, uniq(m.entity_id for m in orders))
        if v is not None and v.lemma_ in UNDOING and not acts:
            return False  # "urge the United States to revoke Executive Order 14203": no sanction told
        if v is not None and v.lemma_ in USING and not acts and self._used_against(ctx, f, v, imposer, uniq(m.entity_id for m in orders)):
            return True
        if not re.search(r"sanction|designat|blocking|names|named|targets|freez|\bbans?\b", f.lower):
            return False
        target: list[str] = []
        titled: list[str] = []
        for cue in (
            "sanctions on",
            "sanctions against",
            " names ",
            " named ",
            " designates ",
            " designating ",
            " targets ",
            " targeting ",
            " sanctioning ",
            " sanctions ",
            " designate, ",
            " designate ",
            " sanction ",
            " lists ",
            "bans against",
            "bans on",
            "freezes against",
            "freezes on",
            "restrictions on",
            "restrictions against",
        ):
            pos = f.lower.find(cue)
            if pos >= 0:
                after = f.token_at(f.sent.start_char + pos + len(cue))
                if after is not None and aims_at_acts(f, after):
                    continue  # (r12) "the decree, which targets 'the Court's hostile conduct'": acts, not people
                read = clause_targets(f, after.i) if after is not None else []
                target += read if any(f.idx.kind(t) == "person" for t in read) else f.after_cue(cue, TARGETS)
                titled += titled_target(ctx, f, f.sent.start_char + pos)
        people_after = PEOPLE_WORDS.search(f.lower[orders[0].end - f.sent.start_char :])
        if not acts and {m.entity_id for m in orders} & SANCTIONING_ORDERS and people_after:
            # "the Order ..., which authorises the blocking of the property of certain officials of the Court"
            titled += [c for c in f.mentions(frozenset({"court"}), start=orders[0].end) if c == "court:icc"]
        target = [x for x in uniq([*target, *([] if acts else titled)]) if x not in imposer]  # the title's Court too
        instrument = uniq(m.entity_id for m in orders)
        untitled = f.lower
        for m in orders:  # the words outside the order's title: "... have faced sanctions" is read by the noun
            a, b = m.start - f.sent.start_char, m.end - f.sent.start_char
            untitled = untitled[: max(a, 0)] + " " * (b - max(a, 0)) + untitled[b:]
        signed = (
            not acts
            and imposer
            and v is not None
            and v.lemma_ in SIGNING
            and set(instrument) & SANCTIONING_ORDERS
            and not re.search(r"sanction|designat", untitled)
        )
        if not target and not signed:
            return False  # "the United States sanctioned X under EO ...": the verb reading has the target
        imposer = [i for i in imposer if f.idx.kind(i) != "person" or i not in target]
        self.emit(
            ctx,
            f,
            "sanction",
            {"imposer": imposer, "target": target, "instrument": instrument},
            {},
            0.85 if imposer and target else 0.65,
            anchor=tok,
        )
        return True
