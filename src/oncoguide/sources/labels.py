"""Moved to oncoguide.store.labels and oncoguide.site.labels (issue #16): an alias for web/, which imports
these names from here; once it imports them from their new homes, delete this module (and its entry in
tests/test_import_direction.py)."""

from ..site.labels import LabelView, SectionView, label_view
from ..store.labels import find_labels, load_label, stored_label

__all__ = ["LabelView", "SectionView", "find_labels", "label_view", "load_label", "stored_label"]
