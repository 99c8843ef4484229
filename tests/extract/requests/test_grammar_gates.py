"""The gates of the request patterns: a pattern that matches a sentence is always tried on it."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.grammar import english_gates, grammar

SENTENCES = [
    "We urge the Government of Ostrand to release Mr Tovesk immediately.",
    "The Committee requests that the Government provide information on the dismissals.",
    "The federation calls for the immediate reinstatement of the dismissed workers.",
    "The union called for the charges to be dropped.",
    "The authorities should release the detained leaders and drop the charges.",
    "Nous exhortons les autorités à libérer les dirigeants syndicaux et à abandonner les poursuites.",
    "La confédération a appelé le gouvernement à respecter la liberté syndicale.",
    "Pedimos al Gobierno que garantice el derecho de huelga.",
    "El sindicato exigió la liberación de los detenidos.",
    "Мы требуем освободить задержанных профсоюзных активистов.",
    "The strike ended on 3 March after the company reinstated the workers.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_english_pattern_matching_a_sentence_is_tried(sentence: str) -> None:
    g, tried = grammar(), english_gates().open(sentence)
    for name in g.cues:
        if getattr(g, name).search(sentence):
            assert name in tried


@pytest.mark.parametrize(
    ("sentence", "closed"),
    [
        ("The strike ended on 3 March after the company reinstated the workers.", "demand"),
        ("The strike ended on 3 March after the company reinstated the workers.", "modal"),
    ],
)
def test_a_sentence_without_a_patterns_words_leaves_it_untried(sentence: str, closed: str) -> None:
    assert closed not in english_gates().open(sentence)
