"""Event extraction: one component per event family, run in this order.

* ``Authorship`` — who the document speaks for ("we"), and the document's own statement;
* ``Assembly`` — sessions, side events, meetings, participation, decisions (fixes the main session);
* ``Voice`` — statements, demands, commitments, support;
* ``Pressure`` — sanctions, threats, condemnations;
* ``Justice`` — arrest warrants, non-cooperation findings, fugitive visits;
* ``Membership`` — signature, ratification, accession, withdrawal;
* ``CondemnedActs`` — a condemnation of "the decision" / "the visit" just told is aimed at its actor;
* ``Finalise`` — merge duplicates, fill session dates, check every role id is an entity.

Shared machinery: ``index`` (lexicons from ``extract/lexicon.yaml``, token -> mention), ``finder``
(role finding and lists), ``dating`` (which date an event gets), ``base`` (the component base).
Family modules too large for one file are split into mixins: ``statements`` and ``demands`` (of
``Voice``), ``sanctions`` and ``threats`` (of ``Pressure``), ``decisions`` (of ``Assembly``).
"""

from __future__ import annotations

from .assembly import Assembly
from .author import Authorship
from .finalise import Finalise
from .justice import Justice
from .membership import Membership
from .pressure import Pressure
from .pressure_condemn import CondemnedActs
from .voice import Voice

COMPONENTS: list = [Authorship(), Assembly(), Voice(), Pressure(), Justice(), Membership(), CondemnedActs(), Finalise()]

__all__ = ["COMPONENTS", "Assembly", "Authorship", "CondemnedActs", "Finalise", "Justice", "Membership", "Pressure", "Voice"]
