"""Round 5 (lead): a joint statement whose States are listed in a footnote on its title, where the
page's next footnote (naming judges) runs on into the same paragraph once the markers are blanked,
and the footnotes fall in the middle of a sentence at a page break. Text written for this test."""

from __future__ import annotations

import pytest

STATES = (
    "Albania, Andorra, Argentina, Australia, Austria, Belgium, Bolivia\n(Plurinational State of), Chile, "
    "Costa Rica, Ireland, Netherlands (Kingdom of the), New\nZealand, Slovenia and Vanuatu."
)
TEXT = f"""                 JOINT STATEMENT ON THE INDEPENDENCE OF THE COURT¹

                       Delivered by Vanuatu — 2 December 2025

Mr President,

1. I have the honour to speak on behalf of 14 States Parties from all regions.

2. We are deeply troubled by the designation of four judges² of the Court by the United
States. We condemn these measures, which are aimed at the independence of judges who

_____________________
¹ {STATES}
² Judge Solomy Balungi Bossa, Judge Luz del Carmen Ibáñez Carranza, Judge Reine Alapini-Gansou
and Judge Beti Hohler.
                                                                                     1
carry out their functions in good faith.

3. We reaffirm our unwavering support for the Court. We will continue to defend its independence.

Thank you.
"""


@pytest.mark.slow
def test_the_footnote_list_is_who_the_statement_speaks_for():
    from romewatch.extract.pipeline import extract_text
    from romewatch.ingest.normalise import clean_text

    events = extract_text(clean_text(TEXT), date="2025-12-02").events
    statement = next(e for e in events if e.type == "statement")
    behalf = statement.roles.get("on_behalf_of", [])
    assert len(behalf) == 14 and {"state:bo", "state:nl", "state:nz", "state:vu"} <= set(behalf), statement.roles
    assert not [i for i in behalf if i.startswith("person:")]
    support = next(e for e in events if e.type == "support")
    assert set(support.roles["agent"]) == set(behalf)
