"""The KB's entity record."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class KBEntity:
    """One known entity with every surface form the KB has for it.

    ``aliases`` holds every form that names the entity (its name, acronyms, other names and, for
    states, the stand-ins such as "Washington"); adjectives and generic short forms are kept apart
    because they refer to the entity only indirectly or by coreference.
    """

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    generic_aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    attrs: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def stand_ins(self) -> tuple[str, ...]:
        """Names standing for a government ("Washington", "the Kremlin"); states only."""
        return tuple(self.attrs.get("stand_ins", ()))
