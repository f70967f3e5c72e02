"""Evidence answers: question understanding, evidence selection, composition and the citation check."""

from ..search.passages import Passage, PassageSource
from .check import check
from .compose import Composer, answer_question
from .evidence import PassageSearch
from .understand import Question, understand

__all__ = ["Composer", "Passage", "PassageSearch", "PassageSource", "Question", "answer_question", "check",
           "understand"]
