"""Pure domain types: no I/O, and nothing else of oncoguide is imported here."""

from .base import (
    DAILYMED,
    FAQ,
    Citation,
    Dated,
    Labeled,
    Review,
    Source,
    SourceKind,
    Statement,
    cited_items,
    item_text,
    sentences,
)
from .cancer import DISEASE_SECTIONS, CancerType, GlossaryTerm
from .drug import Category, Chemotherapy, Drug, DrugClass, Frequency, Indication, MissedDose, Rems, SideEffect
from .kb import KnowledgeBase
from .regimen import (
    Component,
    Interval,
    MonitoringItem,
    MonitoringPlan,
    Phase,
    Regimen,
    Route,
    Schedule,
    TestKind,
    Unit,
)

__all__ = [
    "DAILYMED", "DISEASE_SECTIONS", "FAQ", "CancerType", "Category", "Chemotherapy", "Citation", "Component", "Dated", "Drug", "DrugClass",
    "Frequency", "GlossaryTerm", "Indication", "Interval", "KnowledgeBase", "Labeled", "MissedDose",
    "MonitoringItem", "MonitoringPlan", "Phase", "Regimen", "Rems", "Review", "Route", "Schedule", "SideEffect",
    "Source", "SourceKind", "Statement", "TestKind", "Unit", "cited_items", "item_text", "sentences",
]

from .plan import CareContact, Delay, DoseChange, Event, EventKind, Hold, LogStatus, TreatmentPlan, time_zones

__all__ += ["CareContact", "Delay", "DoseChange", "Event", "EventKind", "Hold", "LogStatus", "TreatmentPlan",
            "time_zones"]

from .answer import Answer, Cited, Disagreement, Group, Notice, PageLink, Reference  # noqa: E402

__all__ += ["Answer", "Cited", "Disagreement", "Group", "Notice", "PageLink", "Reference"]
