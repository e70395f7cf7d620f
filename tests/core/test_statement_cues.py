"""Issue #11, a closing report's participle the parser hung on the clause the report says
("Police said the bomber was 20, adding that 3 were held"): the one who adds is the reporter,
never the subject of the reported clause. Sentences we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.statement_cues import added_to
from core.extract.statements import find_statements

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Police said the bomber was about 20 years old, adding that 3 suspects had been"
        " detained.",
        "Officials said the attackers were heavily armed, adding that 7 policemen were"
        " wounded.",
    ],
)
def test_the_reporter_adds(nlp: Language, text: str) -> None:
    found = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    speakers = {s.speaker for s in found}
    assert speakers == {text.split(" said", maxsplit=1)[0]}


def test_a_participle_on_a_clause_of_no_report(nlp: Language) -> None:
    # near miss: the clause before the participle is the sentence's own, not a report's
    doc = nlp("The bomber fled the market, adding to the panic.")
    adding = next(t for t in doc if t.lower_ == "adding")
    assert added_to(adding) is None
