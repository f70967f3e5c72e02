import json
from pathlib import Path

from typer.testing import CliRunner

from oncoguide.answer import check
from oncoguide.cli import app
from oncoguide.model import Answer

CONTENT = str(Path(__file__).parent / "content")


def test_ask_prints_a_cited_answer_with_references_and_disclaimer():
    result = CliRunner().invoke(app, ["ask", "--content", CONTENT, "Is Revlimid chemotherapy?"])
    assert result.exit_code == 0, result.output
    assert "No. Lenalidomide is not classic chemotherapy" in result.output
    assert "References" in result.output and "[1] REVLIMID" in result.output
    assert "not medical advice" in result.output


def test_ask_json_is_the_structured_answer():
    result = CliRunner().invoke(app, ["ask", "--content", CONTENT, "--json", "How do I store lenalidomide?"])
    answer = Answer.model_validate(json.loads(result.output))
    assert check(answer) == [] and "room temperature" in " ".join(i.text for i in answer.cited())


def test_ask_rejects_an_empty_question_with_a_message():
    result = CliRunner().invoke(app, ["ask", "--content", CONTENT, "  "])
    assert result.exit_code == 1 and "type a question" in result.output
