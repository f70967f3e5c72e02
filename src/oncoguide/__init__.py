"""oncoguide: cited cancer-treatment information."""

__version__ = "0.1.0"
