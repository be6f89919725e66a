"""Event extraction: one component per event family, run in this order.

* ``Authorship`` — who the document speaks for ("we"), and the document's own statement;
* ``Assembly`` — sessions, side events, meetings, participation, decisions (fixes the main session);
* ``Voice`` — statements, demands, commitments, support;
* ``Rolls`` — rolls of speakers in session reports ("Among the States that took the floor were ...");
* ``Pressure`` — sanctions, threats, condemnations;
* ``Justice`` — arrest warrants, non-cooperation findings, fugitive visits;
* ``Membership`` — signature, ratification, accession, withdrawal;
* ``CondemnedActs`` — a condemnation of "the decision" / "the visit" just told is aimed at its actor;
* ``Finalise`` — merge duplicates, fill session dates, check every role id is an entity.

Shared machinery: ``index`` (lexicons from ``extract/lexicon.yaml``, token -> mention), ``finder``
(role finding, with its mixins ``finder_lists`` and ``finder_args``), ``dating`` (which date an event
gets), ``base`` (the component base); ``finalise_merge`` holds the merging of events told twice.
Family modules too large for one file are split into mixins: ``statements`` (with ``statement_nouns``
and ``statement_speech``), ``support`` (with ``support_roles``), ``commitments`` (with ``commitment_told``)
and ``demands`` (of ``Voice``);
``pressure`` (with ``sanction_settle`` and ``pressure_years``), ``sanctions`` (with ``sanction_orders``
and ``sanction_forms``), ``threats`` (with ``threat_verbs``, ``threat_nouns``, ``threat_forms``,
``threat_hostile`` and ``threat_told``) and ``pressure_condemn`` (with ``condemn_acts``) (of ``Pressure``);
``decisions`` (with ``decision_verbs`` and ``decision_nouns``, of ``Assembly``); ``membership`` (with
``membership_acts`` and
``membership_dates``); ``justice`` (with ``warrant_nouns``, the warrant read from its noun, and
``warrant_args``); ``demands`` has ``demand_asked`` among its mixins. Argument helpers sit beside their
family: ``sanction_args``, ``sanction_actors``, ``threat_args``, ``threat_agents``, ``support_groups``,
``condemn_cues``.
"""

from __future__ import annotations

from .assembly import Assembly
from .author import Authorship
from .finalise import Finalise
from .justice import Justice
from .membership import Membership
from .pressure import Pressure
from .pressure_condemn import CondemnedActs
from .statement_rolls import Rolls
from .voice import Voice

COMPONENTS: list = [Authorship(), Assembly(), Voice(), Rolls(), Pressure(), Justice(), Membership(), CondemnedActs(), Finalise()]

__all__ = [
    "COMPONENTS", "Assembly", "Authorship", "CondemnedActs", "Finalise", "Justice", "Membership", "Pressure", "Rolls", "Voice",
]
