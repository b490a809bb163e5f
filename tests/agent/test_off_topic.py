"""Off-topic requests are refused and store nothing; short echoes of a question are answers."""

from __future__ import annotations

import pytest

from advisor.session import AdvisorSession

OFF_TOPIC = [
    "got a good lasagna recipe for 12 people?",
    "what's the best hiking trail near Geneva for a team of 15?",
    "un bon restaurant à Lille pour 6 personnes ce soir ?",
    "comment calculer les congés payés d'un salarié avec 3 ans d'ancienneté ?",
    "recette de tarte tatin pour 10 personnes stp",
    "hourly price of a GPU instance for 20 agents on AWS vs Azure?",  # vendor prices: not in the article
    "how do I set up Kubernetes autoscaling for 12 agent worker pods? yaml please",  # infra how-to
    "can you write me a python decorator that retries a LangGraph node 3 times?",  # code to write
    "petite question hors sujet : le match commence à quelle heure ce soir pour nos 40 invités ?",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_request_is_refused_and_stores_nothing(session: AdvisorSession, text: str) -> None:
    turn = session.send("off", text)
    assert turn.profile == {}
    assert turn.recommendation is None
    assert not turn.citations
    assert "orchestration" in turn.reply.lower()


def test_off_topic_request_mid_interview_changes_nothing(session: AdvisorSession) -> None:
    first = session.send("mid", "We are a 300-person fintech operating in 3 countries.")
    turn = session.send("mid", "unrelated: best pizza place in Milan for 8 of us?")
    assert turn.profile == first.profile


def test_a_short_statement_next_to_an_off_topic_question_is_kept(session: AdvisorSession) -> None:
    turn = session.send("aside", "Only the Netherlands, obviously. Quick question though: where is this conversation stored?")
    assert turn.profile.get("countries") == 1
    assert "orchestration" in turn.reply.lower()  # the question itself is still refused


def test_company_facts_with_a_framework_question_are_kept(session: AdvisorSession) -> None:
    turn = session.send("kept", "We're 5,000 people, does that make central the obvious choice?")
    assert turn.profile.get("employees") == 5000


def test_an_echoed_question_word_is_part_of_the_answer(session: AdvisorSession) -> None:
    session.send("echo", "We are a 300-person fintech operating in 3 countries.")
    turn = session.send("echo", "AI maturity? nothing in prod, only prototypes")
    assert turn.profile.get("ai_maturity_months") == 0


def test_a_football_club_describing_itself_is_not_off_topic(session: AdvisorSession) -> None:
    turn = session.send("club", "I run IT at a rugby and football club, 120 staff.")
    assert turn.profile.get("employees") == 120


def test_quoting_a_colleague_is_not_an_injection(session: AdvisorSession) -> None:
    turn = session.send("quote", "my architects say 'hybrid orchestration' all the time: what does it mean?")
    assert "can't change how the advice" not in turn.reply


def test_which_orchestration_model_is_in_scope(session: AdvisorSession) -> None:
    turn = session.send("fr", "Banque, 900 salariés, 3 pays : quel modèle d'orchestration ?")
    assert "sort de mon périmètre" not in turn.reply
    assert "**centralisée**" in turn.reply


def test_a_short_question_before_a_request_is_still_a_question() -> None:
    from datetime import date

    from advisor.extraction import extract

    today = date(2026, 11, 30)
    assert extract("Et le coût ? Donnez-moi les chiffres.", today=today).is_question
    assert not extract("combien de pays ? aucune idée", today=today).is_question


def test_options_offered_in_a_question_are_not_the_present_governance() -> None:
    from datetime import date

    from advisor.extraction import extract

    question = "on est 20, rien en prod. une plateforme centrale ou chacun fait sa sauce ?"
    assert "governance" not in extract(question, today=date(2026, 11, 30), describing=True).values


def test_the_articles_own_example_is_answered_not_stored(session: AdvisorSession) -> None:
    turn = session.send("example", "scenrio B in the article, the 500-employee scale-up: give me total cost")
    assert turn.profile == {}
    assert "3.8" in turn.reply and turn.citations
