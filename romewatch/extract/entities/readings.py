"""How a KB name is read in context: city or government, adjective of an actor or not, whole
name or the tail of a longer unknown one."""

from __future__ import annotations

import re
from typing import Any

DETERMINERS = {"the", "this", "that", "its", "our", "your", "their", "his", "her", "'s", "\u2019s"}
ACTOR_NOUNS = {
    "government", "authority", "authorities", "regime", "state", "force", "forces", "army", "military",
    "official", "officials", "minister", "ministry", "president", "prime", "leader", "leadership",
    "administration", "delegation", "parliament", "court", "courts", "police", "soldier", "soldiers", "troops",
    "intelligence", "navy", "embassy", "ambassador", "diplomat", "diplomats", "spokesperson", "spokesman",
    "spokeswoman", "occupation", "cabinet", "lawmaker", "lawmakers", "judiciary", "prosecutor", "prosecutors",
    "agent", "agents", "security", "counterpart", "envoy", "representative", "representatives", "mission",
    "foreign", "defence", "defense", "interior", "sanctions", "attack", "attacks", "strike", "strikes",
    "offensive", "invasion", "aggression", "bombardment", "blockade", "apartheid", "policy", "policies",
    "measures", "decision", "law", "legislation", "senator", "senators", "congress", "chancellor", "king",
    "premier", "head", "parliamentarians", "ministers", "ministries", "presidency", "treasury",
    "department", "agency", "service", "services", "settler", "colonial", "colonialism", "annexation",
    "nationals", "national", "citizens", "leaders", "politicians", "operatives", "spies", "hackers",
}  # fmt: skip


_LOCATIVE = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "outside",
    "into",
    "via",
    "across",
    "around",
    "inside",
    "visit",
    "visited",
    "visiting",
    "arrived",
    "travelled",
    "traveled",
    "after",
    "beyond",
    "throughout",
    "within",
    "through",
    "between",
    "hosted",
    "host",
}


_CITY_NOUNS = {"capital", "city", "town", "seat"}


def locative(doc: Any, i: int, j: int, depth: int = 0) -> bool:
    """A city named as a place (dateline, "in Moscow", "visited Khartoum", "the capital, Ulaanbaatar",
    "made in Bamako, Niamey and Ouagadougou"), not as its government."""
    first = doc[i]
    k = i - 1
    while k >= 0 and doc[k].text in (",", "\u2019s", "'s"):
        k -= 1
    if k >= 0 and doc[k].lower_ in _CITY_NOUNS:
        return True  # "the Mongolian capital Ulan Bator", "in the capital, Ulaanbaatar,"
    if (
        first.dep_ == "conj"
        and depth < 4
        and first.head.i < i
        and locative(doc, first.head.i, first.head.i + 1, depth + 1)
    ):
        return True  # a later item of a list of places: as the first item is read
    line_start = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    if line_start and (first.text.isupper() or (j < len(doc) and doc[j].text in ("(", "-", "\u2013", "\u2014"))):
        return True
    if line_start and j < len(doc) and doc[j].text == ",":  # "Dakar, 25 September 2025" / "Geneva, Switzerland"
        nxt = doc[j + 1 : j + 4]
        if any(t.like_num or t.ent_type_ == "DATE" for t in nxt) or "\n" in doc[j : j + 4].text:
            return True
    if first.dep_ == "pobj" and first.head.head.lemma_.lower() in ACTOR_NOUNS:
        return False  # "the administration in Washington": the government
    if i > 0 and doc[i - 1].lower_ in _LOCATIVE:
        return True
    if i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in _LOCATIVE:
        return True
    if (
        i > 1
        and doc[i - 1].text == ","
        and doc[i - 2].text[:1].isupper()
        and (j >= len(doc) or "\n" in doc[j].text or "\n" in doc[j - 1].whitespace_)
    ):
        return True  # an address line: "Union Buildings, Pretoria"
    return first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE


def adjective_ok(doc: Any, i: int, j: int) -> bool:
    """An adjective names its state when it qualifies a government or an actor."""
    tok = doc[j - 1]
    if j < len(doc) and doc[j].text in ("'s", "\u2019s"):
        return True
    window = [doc[k] for k in range(j, min(len(doc), j + 4))]
    head = tok.head
    if head.i >= j and head.i < j + 6:
        window.append(head)
        if head.head.i > head.i and head.head.i < j + 8:
            window.append(head.head)
    for t in window:
        if t.lemma_.lower() in ACTOR_NOUNS or t.text.lower() in ACTOR_NOUNS:
            return True
        if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":  # "Russian President Vladimir Putin", "Israeli PM Netanyahu"
            return True
        if (
            t.pos_ in ("NOUN",)
            and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
            and t.lemma_.lower() not in ACTOR_NOUNS
        ):
            break
    return False


def one_reading_per_city(matches: list, doc: Any) -> list:
    """A city read once as its government ("Khartoum defiant") is the state throughout the text:
    annotators keep one entity per name, and the government reading is the one that acts."""
    gov: dict[str, tuple] = {}
    for i, j, entry, *_ in matches:
        if entry[1] == "stand_in":
            gov[doc[i:j].text.lower()] = entry
    if not gov:
        return matches
    out = []
    for m in matches:
        i, j, entry = m[:3]
        if entry[0].startswith("place:") and doc[i:j].text.lower() in gov and not doc[i:j].text.isupper():
            m = (i, j, gov[doc[i:j].text.lower()], *m[3:])
        out.append(m)
    return out


_TITLE_WORDS = re.compile(r"Secretary|President|Director|Chair|Registrar|Prosecutor|Commissioner|Rapporteur")


def inside_longer_name(doc: Any, i: int, j: int, eid: str) -> bool:
    """A KB name that is only the tail of a longer unknown one: "U.S. National Security Council",
    "Amnesty International's Secretary General"."""
    if i == 0 or j - i < 2 or eid.startswith(("person:", "state:", "session:")):
        return False
    prev = doc[i - 1]
    if prev.text in ("'s", "\u2019s"):
        return bool(_TITLE_WORDS.search(doc[i:j].text)) and i > 1 and doc[i - 2].text[:1].isupper()
    return (
        prev.text[:1].isupper()
        and not prev.text.isupper()
        and not prev.is_sent_start
        and prev.pos_ in ("PROPN", "ADJ")
        and prev.lower_ not in DETERMINERS
        and prev.ent_type_ not in ("NORP", "GPE")
    )
