""""Is it safe for our grandchildren to visit?": a person said after "for" is who the question is for, not an illness
oncoguide lacks, so the answer never says its sources "do not cover" the grandchildren. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my wife had radioactive seeds put in for her cervical cancer, is it safe for our grandchildren to visit",
    "dad got seed implants for prostate cancer. is it ok for the grandkids to hug him",
])
def test_no_not_covered_notice(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any("do not cover" in n.text or "does not cover" in n.text for n in answer.notices)
