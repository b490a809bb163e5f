"""Never stuck: a required field asked twice and still unread gets its documented assumption, said as
such, instead of a third question; "let me check" waits without assuming and asks something else."""

from __future__ import annotations

from advisor.session import AdvisorSession

START = "We're an 800-person logistics company."


def test_a_field_asked_twice_and_unread_is_assumed_on_the_third_turn(session: AdvisorSession) -> None:
    assert session.send("s1", START).asked == "countries"
    second = session.send("s1", "the warehouses are big and the depots are small")
    assert second.asked == "countries" and second.choices  # asked again, with choices
    third = session.send("s1", "our trucks go everywhere")
    assert third.profile["countries"] == 1
    assert third.asked != "countries"
    assert "still could not read" in third.reply and "assumption" in third.reply
    fourth = session.send("s1", "ok, we are in 4 countries")
    assert fourth.profile["countries"] == 4  # a statement replaces the assumption


def test_hedging_is_not_an_unanswered_question(session: AdvisorSession) -> None:
    session.send("s4", START)
    session.send("s4", "it depends how you count the depots")
    hedged = session.send("s4", "it's complicated, some sites are shared with a partner")
    assert "countries" not in hedged.profile and hedged.asked == "countries"
    answered = session.send("s4", "fine: 3 countries")
    assert answered.profile["countries"] == 3


def test_let_me_check_waits_without_assuming(session: AdvisorSession) -> None:
    session.send("s2", START)
    turn = session.send("s2", "let me check and come back to you on that")
    assert "countries" not in turn.profile
    assert turn.asked == "ai_maturity_months"  # the next question meanwhile
    later = session.send("s2", "in production for 2 years, budget 1.2 M€ a year")
    assert later.asked == "countries"  # asked again once the others are answered
    waiting = session.send("s2", "still waiting on the finance team for that one")
    assert "countries" not in waiting.profile and waiting.recommendation is None
    assert waiting.asked is None and "take your time" in waiting.reply


def test_french_moving_on_is_said_in_french(session: AdvisorSession) -> None:
    session.send("s3", "Nous sommes une entreprise de logistique de 800 personnes.")
    session.send("s3", "les entrepôts sont grands, les dépôts petits")
    turn = session.send("s3", "nos camions vont partout")
    assert turn.profile["countries"] == 1
    assert "toujours pas" in turn.reply and "hypothèse" in turn.reply


def test_a_correction_in_between_is_not_an_unanswered_turn(session: AdvisorSession) -> None:
    session.send("s5", START)
    session.send("s5", "the warehouses are big and the depots are small")  # asked again, with choices
    corrected = session.send("s5", "sorry, 850 people, not 800")
    assert corrected.profile["employees"] == 850
    assert "countries" not in corrected.profile and corrected.asked == "countries"
    answered = session.send("s5", "two: Belgium and the Netherlands")
    assert answered.profile["countries"] == 2


def test_questions_only_still_move_on_with_the_assumption(session: AdvisorSession) -> None:
    session.send("s8", START)
    session.send("s8", "why do you need that?")
    turn = session.send("s8", "and what does centralized mean?")
    assert turn.profile["countries"] == 1 and "assumption" in turn.reply


def test_can_we_skip_it_is_asked_later_not_assumed(session: AdvisorSession) -> None:
    session.send("s6", START)
    turn = session.send("s6", "can we skip this one?")
    assert "countries" not in turn.profile and turn.asked == "ai_maturity_months"


def test_a_language_request_taken_back_keeps_the_language(session: AdvisorSession) -> None:
    turn = session.send("s7", START + " Could you answer in French? No wait, keep it in English.")
    assert turn.language == "en"


def test_other_facts_count_half_an_ask(session: AdvisorSession) -> None:
    """A user who keeps giving other facts is not asked the same field forever: each such turn counts
    half, so after four asks the assumption is used and said."""
    assert session.send("s6", "Hello, 300 people here.").asked == "sector"
    assert session.send("s6", "we've had a model live since March 2024").asked == "sector"
    assert session.send("s6", "Portugal and Spain").asked == "sector"
    turn = session.send("s6", "about 400k a year for AI")
    assert turn.profile["sector"] == "other" and turn.recommendation is not None
    assert "assumption" in turn.reply
