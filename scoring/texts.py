"""One-line rationales for every vote, rule and guard, in English and French."""

from __future__ import annotations

REASONS: dict[str, tuple[str, str]] = {
    "maturity.poc": (
        "Under 6 months of AI use: still a POC phase, where trying several stacks pays off.",
        "Moins de 6 mois d'IA : phase POC, où tester plusieurs stacks est rentable.",
    ),
    "maturity.scale": (
        "6 to 18 months of AI use: a scaling phase, best served by core standards plus free edges.",
        "6 à 18 mois d'IA : phase de passage à l'échelle, standards au cœur et liberté en périphérie.",
    ),
    "maturity.mature": (
        "Over 18 months of AI use: mature enough to run one AI platform for the whole company.",
        "Plus de 18 mois d'IA : assez mature pour une plateforme IA unique pour toute l'entreprise.",
    ),
    "regulation.light": (
        "Light regulation (GDPR-level): team autonomy carries little compliance risk.",
        "Régulation légère (niveau RGPD) : l'autonomie des équipes pose peu de risque de conformité.",
    ),
    "regulation.medium": (
        "Medium regulation: shared compliance controls, teams free elsewhere.",
        "Régulation moyenne : contrôles de conformité partagés, équipes libres ailleurs.",
    ),
    "regulation.strong": (
        "Strong regulation: a single audit trail covering every workflow is worth centralizing.",
        "Régulation forte : une piste d'audit unique couvrant tous les workflows justifie de centraliser.",
    ),
    "regulation.critical": (
        "Critical regulation: sovereignty and end-to-end traceability require one control plane.",
        "Régulation critique : souveraineté et traçabilité totale exigent un plan de contrôle unique.",
    ),
    "size.small": (
        "Under 50 employees: agility matters more than standardisation.",
        "Moins de 50 salariés : l'agilité compte plus que la standardisation.",
    ),
    "size.lean_small": (
        "50 to 99 employees: small, but a light shared core already helps.",
        "50 à 99 salariés : petite structure, mais un cœur partagé léger aide déjà.",
    ),
    "size.mid": (
        "100 to 500 employees: enough teams to need shared standards, not a single platform yet.",
        "100 à 500 salariés : assez d'équipes pour des standards communs, pas encore une plateforme unique.",
    ),
    "size.large": (
        "Over 500 employees: technology sprawl becomes a major risk.",
        "Plus de 500 salariés : la dispersion technologique devient un risque majeur.",
    ),
    "size.multi_country": (
        "Several countries: local compliance under global standards pushes towards the centre.",
        "Plusieurs pays : conformité locale sous standards globaux, ce qui pousse vers le centre.",
    ),
    "budget.tiny": (
        "Under 200 k€ a year: too small to fund a central platform team.",
        "Moins de 200 k€ par an : trop peu pour financer une équipe plateforme centrale.",
    ),
    "budget.hybrid": (
        "Under 2 M€ a year: a hybrid set-up fits the budget.",
        "Moins de 2 M€ par an : une architecture hybride tient dans le budget.",
    ),
    "budget.lean_central": (
        "2 to 5 M€ a year: scale economies of one platform start to matter.",
        "2 à 5 M€ par an : les économies d'échelle d'une plateforme commencent à compter.",
    ),
    "budget.central": (
        "Over 5 M€ a year: duplicated stacks waste more than a central platform costs.",
        "Plus de 5 M€ par an : la duplication des stacks coûte plus qu'une plateforme centrale.",
    ),
    "interop.few_teams": (
        "One or two AI teams: little cross-team agent traffic to standardise.",
        "Une ou deux équipes IA : peu d'échanges d'agents entre équipes à standardiser.",
    ),
    "interop.some_teams": (
        "3 to 5 AI teams: some shared tools (CRM, chat, data) are worth a common layer.",
        "3 à 5 équipes IA : quelques outils partagés (CRM, messagerie, données) méritent une couche commune.",
    ),
    "interop.many_teams": (
        "6 to 15 AI teams: agents must talk across teams; silos get expensive.",
        "6 à 15 équipes IA : les agents doivent dialoguer entre équipes ; les silos coûtent cher.",
    ),
    "interop.sprawl": (
        "Over 15 AI teams or 10+ stacks: without one control plane, interoperability collapses.",
        "Plus de 15 équipes IA ou 10+ stacks : sans plan de contrôle unique, l'interopérabilité s'effondre.",
    ),
    "security.none": (
        "No AI governance: shadow AI and control bypass are likely; security must be centralized.",
        "Aucune gouvernance IA : shadow IA et contournements probables ; la sécurité doit être centralisée.",
    ),
    "security.partial": (
        "Partial governance: a central security/PII core closes the gaps between teams.",
        "Gouvernance partielle : un cœur sécurité/PII central comble les trous entre équipes.",
    ),
    "security.central": (
        "Central governance already in place: security does not by itself force more centralization.",
        "Gouvernance centrale déjà en place : la sécurité n'impose pas à elle seule plus de centralisation.",
    ),
    "agility.fast": (
        "Fast-moving market or experimentation phase: shipping a workflow in 1 day instead of 2 counts.",
        "Marché rapide ou phase d'expérimentation : livrer un workflow en 1 jour au lieu de 2 compte.",
    ),
    "agility.normal": (
        "Time-to-market matters, as everywhere: it tempers full centralization.",
        "Le time-to-market compte, comme partout : il tempère une centralisation totale.",
    ),
    "agility.public": (
        "Public sector: delivery speed does not outweigh traceability.",
        "Secteur public : la vitesse de livraison ne prime pas sur la traçabilité.",
    ),
    "resilience.default": (
        "One platform is a single point of failure and a possible vendor lock-in.",
        "Une plateforme unique est un point de défaillance unique et un risque d'enfermement fournisseur.",
    ),
    "rule.finance_health": (
        "Finance and health: the framework centralizes 100% (one audit covers everything).",
        "Finance et santé : le cadre centralise à 100 % (un audit couvre tout).",
    ),
    "rule.public": (
        "Public sector: centralization is mandatory (sovereignty, full traceability).",
        "Secteur public : la centralisation est obligatoire (souveraineté, traçabilité totale).",
    ),
    "rule.critical": (
        "Critical regulation: the maturity matrix puts it in centralized.",
        "Régulation critique : la matrice de maturité la classe en centralisée.",
    ),
    "rule.enterprise": (
        "5,000 employees or more: decentralized is not viable; centralized is the only scalable option.",
        "5 000 salariés ou plus : le décentralisé est inviable ; le centralisé est la seule option scalable.",
    ),
    "guard.wild_west": (
        "Wild West pattern (under 6 months with 10+ stacks or no governance): move to hybrid now.",
        "Pattern « Far West » (moins de 6 mois avec 10+ stacks ou sans gouvernance) : passer en hybride maintenant.",
    ),
}


def reason_text(key: str, lang: str = "en") -> str:
    """The rationale for `key` in `lang` ("en" or "fr")."""
    en, fr = REASONS[key]
    return fr if lang == "fr" else en


ARCHITECTURE_NAMES: dict[str, tuple[str, str]] = {
    "centralized": ("centralized", "centralisée"),
    "hybrid": ("hybrid", "hybride"),
    "decentralized": ("decentralized", "décentralisée"),
}


def architecture_name(architecture: str, lang: str = "en") -> str:
    en, fr = ARCHITECTURE_NAMES[architecture]
    return fr if lang == "fr" else en
