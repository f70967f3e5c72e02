import pytest
from trackerkb import MDS, PHASED, drug

from oncoguide.model import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase(
        drugs={"lenalidomide": drug("lenalidomide", missed_dose={"take_within_hours": 12, "text": "x",
                                                                 "cite": ["revlimid-label § 2.2"]}),
               "rituximab": drug("rituximab")},
        regimens={"len-mds": MDS, "r2": PHASED},
    )
