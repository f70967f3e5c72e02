"""Kinds of other medicines (a blood thinner, a stomach-acid medicine…) and the medicines known to be of each kind.

Content/medicines.yaml holds them, each with a citation naming the medicine as of that kind. The tracker uses
them to find which cited interaction statements of a person's cancer drugs concern the other medicines they take.
"""

from __future__ import annotations

import re

from pydantic import Field, PrivateAttr

from .base import Cites, Slug, Strict, Text


def plain_name(name: str) -> str:
    """A medicine name as compared: lower case, curly quotes and dots gone, single spaces (St. John’s = st john's)."""
    name = name.replace("\u2019", "'").replace(".", " ").lower()
    return re.sub(r"\s+", " ", name).strip()


def _spaced(text: str) -> str:
    """A plain name with every run of other characters one space: "tylenol," and "Tylenol" compare equal."""
    return re.sub(r"[^a-z0-9]+", " ", plain_name(text)).strip()


class MedicineClass(Strict):
    """A kind of medicine that drug labels name in their interaction sections."""

    id: Slug
    name: Text = Field(description="Plain name shown to the person, e.g. `medicine that lowers stomach acid`.")
    terms: list[Text] = Field(min_length=1, description="Words that name this kind in a drug's interaction "
                                                          "statements, e.g. `proton pump inhibitor`, `stomach acid`.")


class KnownMedicine(Strict):
    """A medicine (or food or herb) and the kinds it belongs to, with where that is said."""

    name: Text
    other_names: list[Text] = Field([], description="Brand names and other spellings a person may type.")
    classes: list[Slug] = Field(min_length=1, description="Ids of `classes` in this file.")
    cite: Cites

    @property
    def names(self) -> list[str]:
        return [self.name, *self.other_names]


class MedicineMap(Strict):
    """content/medicines.yaml."""

    classes: list[MedicineClass] = Field(min_length=1)
    medicines: list[KnownMedicine] = []
    _spaced: list[tuple[KnownMedicine, list[str]]] | None = PrivateAttr(None)

    def find(self, name: str) -> KnownMedicine | None:
        """The known medicine a person's typed name means, by any of its names (case and dots aside)."""
        wanted = plain_name(name)
        return next((m for m in self.medicines if wanted in {plain_name(n) for n in m.names}), None)

    def named_in(self, text: str) -> list[KnownMedicine]:
        """The known medicines a question or note names, by any of their names ("St. John's wort")."""
        words = f" {_spaced(text)} "
        if self._spaced is None:  # each name spaced once, not again at every question (every answer asks this)
            self._spaced = [(m, [f" {_spaced(n)} " for n in m.names]) for m in self.medicines]
        return [m for m, spaced in self._spaced if any(s in words for s in spaced)]

    def kind(self, class_id: str) -> MedicineClass | None:
        return next((c for c in self.classes if c.id == class_id), None)
