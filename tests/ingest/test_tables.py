"""A PDF's list in columns read back one name per line (``romewatch.ingest.tables``)."""

from __future__ import annotations

from romewatch.ingest.normalise import clean_text
from romewatch.ingest.tables import unfold_tables

ANNEX = """\
    Albania                  Netherlands (Kingdom      Slovenia
    Andorra                  of the)                   Spain
    Bolivia (Plurinational   New Zealand               United Kingdom of
    State of)                                          Great Britain and
                                                       Northern Ireland
    Chile                    Norway"""


def test_wrapped_cells_join_the_name_above_them_in_reading_order():
    assert unfold_tables(ANNEX.split("\n")) == [
        "Albania", "Netherlands (Kingdom of the)", "Slovenia",
        "Andorra", "Spain",
        "Bolivia (Plurinational State of)", "New Zealand", "United Kingdom of Great Britain and Northern Ireland",
        "Chile", "Norway",
    ]  # fmt: skip


def test_a_single_row_is_read_cell_by_cell():
    assert clean_text("   Costa Rica                    New Zealand\n") == "Costa Rica\nNew Zealand"


def test_prose_and_numbered_paragraphs_stay_whole():
    text = "1.   We call on all States to act.\n     Indented prose that goes on      with gaps in it.\nNext line"
    assert unfold_tables(text.split("\n")) == text.split("\n")


def test_a_block_ends_at_prose_or_a_blank_line():
    lines = ["Chile        Netherlands (Kingdom", "             of the)", "", "  Ghana      Kenya", "We thank you all."]
    assert unfold_tables(lines) == ["Chile", "Netherlands (Kingdom of the)", "", "Ghana", "Kenya", "We thank you all."]
