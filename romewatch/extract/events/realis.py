"""Did it happen? Events the sentence says did not take place, or only might.

"Brazil refused to commit to ...", "The United States has not imposed sanctions ...", "No State has
called on ...", "It remains unclear whether Washington will sanction more judges": the trigger is there,
the event is not. The family rules read their own triggers; this check looks at what governs the
trigger they anchor the event on, the same way for every type it applies to.

Types are treated apart on purpose: a failure is the very event of a non-cooperation finding or of a
fugitive's visit ("failed to arrest him"), and "must not", "will not", "cannot accept" are how demands,
commitments and condemnations are often put, so negation is read only where it undoes the act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..context import DocContext

# verbs and adjectives that, governing the trigger, say the act was withheld ("refused to sign")
WITHHOLDING = frozenset({
    "refuse", "decline", "fail", "hesitate", "reluctant", "unwilling", "unable", "reject", "resist", "stop",
    "avoid", "neglect", "forgo", "forego",
})  # fmt: skip
# types a withholding governor undoes
WITHHELD_TYPES = frozenset({
    "commitment", "demand", "support", "condemnation", "sanction", "threat", "decision", "membership_change",
    "meeting", "participation", "side_event",
})  # fmt: skip
# types a plain negation of the trigger undoes ("has not imposed", "did not meet")
NEGATED_TYPES = frozenset({"sanction", "threat", "decision", "membership_change", "meeting", "participation", "side_event"})
# types a "whether / if" clause leaves open ("unclear whether X will sanction")
OPEN_TYPES = frozenset({"sanction", "threat", "decision", "membership_change", "commitment", "condemnation", "support"})
# r7 voice: types a conditional "would" ("if X were to ..., Y would condemn") or a question ("Will X support ...?") leave open
SUPPOSED_TYPES = frozenset({"condemnation", "support", "commitment"})
SUPPOSING = frozenset({"would", "could", "might"})
# types an act merely supposed leaves undone: "warned of sanctions if the Court issued warrants", "Should the
# Court issue a warrant, ...", "unless he travels to Mongolia"
IFFY_TYPES = frozenset({"arrest_warrant", "fugitive_visit", "non_cooperation_finding", "membership_change", "meeting"})
# types whose subject "no one" undoes ("No State has called on ...")
NOBODY_TYPES = frozenset({"demand", "support", "condemnation", "commitment", "sanction", "threat", "meeting"})


def unrealised(anchor: Token | None, etype: str) -> bool:
    """Does the sentence say the event anchored on ``anchor`` did not (or may not) happen?"""
    if anchor is None:
        return False
    if etype in IFFY_TYPES and _supposing_clause(anchor):  # "if the Court issued warrants", "should he travel"
        return True
    if anchor.pos_ == "NOUN":  # "has not imposed sanctions", "no sanctions were imposed"
        if etype not in NEGATED_TYPES:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children):
            return True
        head = anchor.head
        return anchor.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and (
            any(c.dep_ == "neg" for c in head.children) or _withheld(head)
        )
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    if etype in NEGATED_TYPES and any(c.dep_ == "neg" for c in anchor.children):
        return True
    if etype in NOBODY_TYPES and _nobody_does(anchor):
        return True
    if etype in OPEN_TYPES and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in anchor.children):
        return True
    if etype in SUPPOSED_TYPES and (_supposed(anchor) or _asked(anchor)):
        return True
    return etype in WITHHELD_TYPES and (_withheld(anchor) or _no_sign_of(anchor))


# nouns that, with "no", deny what their clause tells ("gave no sign that they intended to arrest him")
SIGNS = frozenset({"sign", "indication", "suggestion", "evidence", "hint", "signal", "assurance", "word"})


def _no_sign_of(v: Token) -> bool:
    """ "Officials gave no sign that they intended to arrest him", "there was no indication that X would
    sanction ...": the clause hangs from a denied sign (up to three levels up)."""
    t = v
    for _ in range(3):
        if t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in SIGNS:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children)
        if t.dep_ not in ("xcomp", "ccomp", "acl") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _supposing_clause(anchor: Token) -> bool:
    """The act is the verb of an "if / unless" clause or of an inverted condition ("Should the
    Court issue a warrant, ...", "Were he to travel, ..."); a noun anchor is read at the verb it hangs on."""
    v = anchor.head if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "nsubjpass", "nsubj") else anchor
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children):  # not "decide whether to issue"
        return v.pos_ in ("VERB", "AUX")
    first = v.doc[v.left_edge.i]  # the clause opens on its auxiliary (the tagger may take the verb for a noun)
    if v.dep_ == "advcl" and first.lower_ in ("should", "were", "had") and first.head.i == v.i:
        return True
    words = [t for t in anchor.sent if not t.is_space]  # the parse lost the clause: read the surface
    if not words or words[0].lower_ not in ("should", "were", "had") or anchor.sent.text.rstrip().endswith("?"):
        return False
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and anchor.i < comma


def _supposed(v: Token) -> bool:
    """ "If Hungary were to withdraw, Germany would condemn the decision": a "would" under an "if" clause."""
    if not any(c.dep_ == "aux" and c.lower_ in SUPPOSING for c in v.children):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in v.children
    )


def _asked(v: Token) -> bool:
    """ "Will the European Union support the Court?": an auxiliary before the subject, in a question."""
    if v.dep_ != "ROOT" or not v.sent.text.rstrip().endswith("?"):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in v.children)


def _nobody_does(v: Token) -> bool:
    """ "No State has called on ...", "None of the delegations condemned ...", "Nobody pledged ..."
    (not "No State should shelter a fugitive": a call on every State)."""
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "shall", "ought", "can", "may", "will") for c in v.children):
        return False
    for c in v.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in ("nobody", "none", "noone") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _withheld(v: Token) -> bool:
    """The trigger is the "to V" (or "V-ing") of a withholding verb: "refused to commit", "declined to
    sign", "failed to adopt", "stopped short of condemning", "was unwilling to pledge"; up to three
    levels up ("refused to commit to arresting")."""
    t = v
    for _ in range(3):
        if t.dep_ == "pcomp" and t.head.dep_ == "prep":  # "short of condemning", "commit to arresting"
            head = t.head.head
        elif t.dep_ in ("xcomp", "acomp", "advmod") and t.head.i != t.i:
            head = t.head
        else:
            return False
        if head.lemma_.lower() in WITHHOLDING and not any(c.dep_ == "neg" for c in head.children):
            return True  # (not "did not hesitate to condemn")
        t = head
    return False


# types whose trigger inside an item of a call ("We call on States to: (a) reaffirm their support ...")
# is what is asked, not done
ASKED_TYPES = frozenset({"support", "condemnation", "commitment"})
CALLING = re.compile(
    r"\b(?:call(?:s|ed)?|urg(?:e|es|ed)|ask(?:s|ed)?|request(?:s|ed)?|recommend(?:s|ed)?|invit(?:e|es|ed)|"
    r"encourag(?:e|es|ed)|demand(?:s|ed)?|appeal(?:s|ed)?|exhort(?:s|ed)?)\b[^\n]*:\s*$",
    re.IGNORECASE,
)


def asked_item(ctx: DocContext, sent: Span) -> bool:
    """Is ``sent`` an item of a list that a call introduces ("We call on all States Parties to:"), and
    does it open on the act asked ("1. publicly reaffirm their support ...")?"""
    from ..sentences import BULLET, lead_in

    text = ctx.document.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    indent = len(text[line_start:]) - len(text[line_start:].lstrip(" \t"))
    marker = BULLET.match(text, line_start + indent)
    if marker is None or marker.end() > sent.end_char:
        return False
    first = next((t for t in sent if t.idx >= marker.end() and t.is_alpha and t.pos_ != "ADV"), None)
    if first is None or first.tag_ not in ("VB", "VBP"):
        return False
    return bool(CALLING.search(lead_in(text, line_start)))
