"""romewatch: who did what to whom around the International Criminal Court."""

__version__ = "0.1.0"
