"""Drug and glossary facts that dev_blind21 asked for and no page held, or held where the answer did not reach
(branch cont23): asked in plain words, the answer now shows the fact from a cited line."""

from collections.abc import Callable

import pytest

CASES = [
    # durvalumab: ADRIATIC, after chemo and radiation for limited-stage small cell lung cancer
    ("Does Imfinzi after chemoradiation for limited-stage small cell lung cancer help people live longer?",
     ["adriatic", "55.9 months", "33.4 months"]),
    # palbociclib: PALOMA-3 overall survival, with fulvestrant
    ("Did Ibrance with Faslodex help people live longer in the big study?",
     ["paloma-3", "34.9 months", "28.0 months", "not big enough to be sure"]),
    # ramucirumab: the liver cancer use depends on the AFP blood test
    ("Which blood test decides if Cyramza can be used for liver cancer after Nexavar?",
     ["afp (alpha-fetoprotein)", "400 ng/ml"]),
    # sacituzumab govitecan: ASCENT-03, first treatment when immunotherapy is not an option
    ("Trodelvy as the first treatment for spread triple negative breast cancer without immunotherapy: did it beat chemo?",
     ["ascent-03", "9.7 months", "6.9 months"]),
    # trastuzumab: ToGA, HER2-positive stomach cancer
    ("How much longer did people with HER2 positive stomach cancer live when Herceptin was added to chemo?",
     ["toga", "13.8 months", "11.1 months"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    cited_answer_text: Callable[[str], str], question: str, facts: list[str]
) -> None:
    text = cited_answer_text(question)
    assert all(f in text for f in facts), (question, text[:3000])
