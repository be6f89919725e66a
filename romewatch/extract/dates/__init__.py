"""Date expressions: the document's own date, then every date the text mentions.

Two components run first in the pipeline, because officials' terms and relative dates ("last
year", "on Tuesday") are read against the document's date:

* ``DocumentDate`` fills ``document.date`` from a dateline or header near the top when the
  document came without one ("THE HAGUE, 4 May 2023 -", "Date: 5 December 2022").
* ``DateMentions`` finds absolute dates, ranges, months, years in date context and relative
  expressions, and records each as a ``DateMention`` with ISO values at the precision the text
  gives (``2025``, ``2025-12``, ``2025-12-01``).

Candidates come from our own patterns and from spaCy's DATE entities (parsed by the same rules).

Modules: ``forms`` (the patterns), ``values`` (ISO values, date arithmetic), ``resolve`` (a matched
form to ISO values), ``anaphors`` ("the previous day", "later that month"), ``tense`` (does the
clause look ahead), ``mentions`` (``find_dates``, ``DateMentions``), ``document`` (``document_date``,
``DocumentDate``), ``wire`` (``yearless_dateline``).
"""

from __future__ import annotations

from .document import DocumentDate, document_date
from .mentions import DateMentions, find_dates
from .values import parse_iso
from .wire import yearless_dateline

COMPONENTS = [DocumentDate(), DateMentions()]

__all__ = [
    "COMPONENTS",
    "DateMentions",
    "DocumentDate",
    "document_date",
    "find_dates",
    "parse_iso",
    "yearless_dateline",
]
