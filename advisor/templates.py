"""Templated replies of the offline engine, in English and French."""

from __future__ import annotations

from typing import Any

QUESTIONS: dict[str, tuple[str, str]] = {
    "sector": (
        "Which sector is your company in (finance, insurance, health, public, tech, retail, industry, energy, telecom, education, other)?",
        "Dans quel secteur êtes-vous (finance, assurance, santé, public, tech, retail, industrie, énergie, télécom, éducation, autre) ?",
    ),
    "employees": ("How many employees does your company have?", "Combien de salariés compte votre entreprise ?"),
    "ai_maturity_months": (
        "How long have you been using AI beyond first experiments (months or years)?",
        "Depuis combien de temps utilisez-vous l'IA au-delà des premières expérimentations (mois ou années) ?",
    ),
    "countries": ("In how many countries do you operate?", "Dans combien de pays êtes-vous présents ?"),
    "annual_ai_budget_eur": (
        "Roughly what is your yearly AI budget (e.g. 500 k€, 2 M€)?",
        "Quel est à peu près votre budget IA annuel (par ex. 500 k€, 2 M€) ?",
    ),
}
REFINE_QUESTIONS: dict[str, tuple[str, str]] = {
    "current_architecture": (
        "To refine the advice: how is AI orchestrated today — each team on its own stack, a hybrid set-up, one central platform, or nothing yet?",
        "Pour affiner : comment l'IA est-elle orchestrée aujourd'hui — chaque équipe avec sa stack, un modèle hybride, une plateforme centrale, ou rien encore ?",
    ),
    "governance": (
        "To refine the advice: is there AI governance today — none, partial, or central?",
        "Pour affiner : existe-t-il une gouvernance IA aujourd'hui — aucune, partielle ou centrale ?",
    ),
    "teams_using_ai": ("To refine the advice: how many teams use AI today?", "Pour affiner : combien d'équipes utilisent l'IA aujourd'hui ?"),
    "ai_stacks": (
        "To refine the advice: how many distinct AI stacks or frameworks are in use?",
        "Pour affiner : combien de stacks ou frameworks IA différents sont utilisés ?",
    ),
}
# Options offered once a required field has been asked twice without an answer (the user can still type).
CHOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "employees": (("about 50 employees", "about 300 employees", "about 2,000 employees", "about 8,000 employees"),
                  ("environ 50 salariés", "environ 300 salariés", "environ 2 000 salariés", "environ 8 000 salariés")),
    "sector": (("finance", "insurance", "health", "public sector", "tech", "retail", "industry", "energy",
                "telecom", "education", "other"),
               ("finance", "assurance", "santé", "secteur public", "tech", "commerce", "industrie", "énergie",
                "télécoms", "éducation", "autre")),
    "countries": (("1 country", "3 countries", "8 countries"), ("1 pays", "3 pays", "8 pays")),
    "ai_maturity_months": (("only POCs so far", "AI for about a year", "AI for over 2 years"),
                           ("que des POC pour l'instant", "de l'IA depuis environ un an", "de l'IA depuis plus de 2 ans")),
    "annual_ai_budget_eur": (("about 200 k€ a year", "about 1 M€ a year", "about 5 M€ a year"),
                             ("environ 200 k€ par an", "environ 1 M€ par an", "environ 5 M€ par an")),
}
DONT_KNOW = ("I don't know", "je ne sais pas")
SKIP = ("skip this one", "on passe")
SECTOR_NAMES: dict[str, tuple[str, str]] = {
    "finance": ("finance", "finance"), "insurance": ("insurance", "assurance"), "health": ("health", "santé"),
    "public": ("public sector", "secteur public"), "tech": ("tech", "tech"), "retail": ("retail", "commerce"),
    "industry": ("industry", "industrie"), "energy": ("energy", "énergie"), "telecom": ("telecom", "télécoms"),
    "education": ("education", "éducation"), "other": ("other", "autre"),
}
VALUE_NAMES: dict[str, tuple[str, str]] = {
    "none": ("none", "aucune"), "partial": ("partial", "partielle"), "central": ("central", "centrale"),
    "light": ("light", "légère"), "medium": ("medium", "moyenne"), "strong": ("strong", "forte"),
    "critical": ("critical", "critique"), "decentralized": ("decentralized", "décentralisée"),
    "hybrid": ("hybrid", "hybride"), "centralized": ("centralized", "centralisée"),
}
LABELS: dict[str, tuple[str, str]] = {
    "employees": ("employees", "salariés"),
    "sector": ("sector", "secteur"),
    "countries": ("countries", "pays"),
    "ai_maturity_months": ("AI maturity", "maturité IA"),
    "annual_ai_budget_eur": ("yearly AI budget", "budget IA annuel"),
    "regulation": ("regulation", "régulation"),
    "ai_stacks": ("AI stacks", "stacks IA"),
    "teams_using_ai": ("teams using AI", "équipes utilisant l'IA"),
    "governance": ("AI governance", "gouvernance IA"),
    "current_architecture": ("current architecture", "architecture actuelle"),
}
TEXT: dict[str, tuple[str, str]] = {
    "welcome": (
        "Hello! I help you choose between centralized, hybrid and decentralized AI orchestration, and cost it over 24 months.",
        "Bonjour ! Je vous aide à choisir entre une orchestration IA centralisée, hybride ou décentralisée, chiffrée sur 24 mois.",
    ),
    "noted": ("Noted: {items}.", "C'est noté : {items}."),
    "corrected": ("Updated {label}: {old} → {new}.", "Corrigé, {label} : {old} → {new}."),
    "assumed": (
        "No problem: for {label} I will assume {basis} (flagged as an assumption).",
        "Pas de souci : pour {label}, je retiens {basis} (signalé comme hypothèse).",
    ),
    "kept_default": (
        "Fine: for {label} I keep the default assumption.",
        "Très bien : pour {label}, je garde l'hypothèse par défaut.",
    ),
    "invalid": ("I could not use that: {message}. Nothing was changed.", "Je ne peux pas retenir cela : {message}. Rien n'a été modifié."),
    "injection": (
        "I can't change how the advice is computed: the recommendation comes from a fixed, deterministic scorecard. I can explain any criterion or run a what-if instead.",
        "Je ne peux pas modifier la façon dont le conseil est calculé : la recommandation vient d'une grille fixe et déterministe. Je peux expliquer un critère ou simuler un scénario.",
    ),
    "not_understood": ("I did not catch a profile fact there.", "Je n'ai pas repéré d'information de profil dans ce message."),
    "what_if": (
        "What-if (your profile stays as it is): with {changes}, the recommendation would be **{after}** (score {after_score:+.2f}) instead of **{before}** (score {before_score:+.2f}).",
        "Simulation (votre profil reste inchangé) : avec {changes}, la recommandation serait **{after}** (score {after_score:+.2f}) au lieu de **{before}** (score {before_score:+.2f}).",
    ),
    "what_if_same": (
        "What-if (your profile stays as it is): with {changes}, the recommendation would stay **{after}** (score {after_score:+.2f} instead of {before_score:+.2f}).",
        "Simulation (votre profil reste inchangé) : avec {changes}, la recommandation resterait **{after}** (score {after_score:+.2f} au lieu de {before_score:+.2f}).",
    ),
    "what_if_costs": ("24-month costs in that case: {costs}.", "Coûts sur 24 mois dans ce cas : {costs}."),
    "what_if_later": (
        "I can run that what-if once the profile is complete.",
        "Je pourrai simuler ce scénario une fois le profil complet.",
    ),
    "unchanged": ("The recommendation is unchanged: **{arch}**.", "La recommandation ne change pas : **{arch}**."),
    "follow_up": (
        "You can correct a fact, ask a what-if (\"what if we were 800 people?\"), or ask why a criterion matters.",
        "Vous pouvez corriger une information, simuler un scénario (« et si nous étions 800 ? ») ou demander pourquoi un critère compte.",
    ),
    "no_answer": (
        "I found nothing in the framework on that question.",
        "Je n'ai rien trouvé dans le cadre de référence sur cette question.",
    ),
    "choices": ("You can pick one: {options} — or type your own answer.",
                "Vous pouvez choisir : {options} — ou répondre librement."),
    "inferred": ("I read *{words}* as {value} — say if not.", "J'ai compris *{words}* comme {value} — dites-le si ce n'est pas ça."),
    "confirm": ("Did you mean {value} (from *{words}*)? Say yes, or tell me the right one.",
                "Vouliez-vous dire {value} (d'après *{words}*) ? Répondez oui, ou donnez la bonne valeur."),
    "conflict": ("I am not sure I read that right: {options}? Please say which.",
                 "Je ne suis pas sûr d'avoir bien lu : {options} ? Dites-moi lequel."),
    "index_unavailable": (
        "(The knowledge index is not ready, so this reply has no citations; run `advisor index`.)",
        "(L'index de connaissances n'est pas prêt : cette réponse n'a pas de citations ; lancez `advisor index`.)",
    ),
    "reset": ("Starting over with an empty profile.", "On recommence avec un profil vide."),
    "profile": ("Current profile: {items}.", "Profil actuel : {items}."),
    "empty_profile": ("The profile is still empty.", "Le profil est encore vide."),
}


def t(key: str, lang: str, **values: Any) -> str:
    en, fr = TEXT[key]
    return (fr if lang == "fr" else en).format(**values)


def choices(field: str, lang: str) -> list[str]:
    """The options offered for `field`, with "I don't know" and "skip" last."""
    fr = lang == "fr"
    options = CHOICES.get(field, ((), ()))[fr]
    return [*options, DONT_KNOW[fr], SKIP[fr]]


def question(field: str, lang: str) -> str:
    en, fr = QUESTIONS[field]
    return fr if lang == "fr" else en


def refine_question(field: str, lang: str) -> str:
    en, fr = REFINE_QUESTIONS[field]
    return fr if lang == "fr" else en


def label(field: str, lang: str) -> str:
    en, fr = LABELS.get(field, (field, field))
    return fr if lang == "fr" else en


def show_value(field: str, value: Any, lang: str) -> str:
    """A value as a person reads it: "300 employees", "1.50 M€", "18 months"."""
    fr = lang == "fr"
    if value is None:
        return "?"
    if field == "annual_ai_budget_eur":
        from advisor.compose import money

        return money(float(value), lang) + (" par an" if fr else " a year")
    if field == "ai_maturity_months":
        return f"{value} mois" if fr else f"{value} months"
    if field in ("employees", "countries", "ai_stacks", "teams_using_ai"):
        number = f"{int(value):,}".replace(",", "\u202f" if fr else ",")
        noun = label(field, lang)
        if int(value) == 1 and not fr:
            noun = {"employees": "employee", "countries": "country", "ai_stacks": "AI stack",
                    "teams_using_ai": "team using AI"}[field]
        return f"{number} {noun}"
    if field == "sector" and str(value) in SECTOR_NAMES:
        return f"{label(field, lang)} {SECTOR_NAMES[str(value)][fr]}"
    if str(value) in VALUE_NAMES:
        return f"{label(field, lang)} {VALUE_NAMES[str(value)][fr]}"
    return f"{label(field, lang)} {value}"
