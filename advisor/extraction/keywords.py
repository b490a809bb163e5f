"""Keyword tables (EN/FR regex fragments) for the profile's categorical fields."""

from __future__ import annotations

SECTOR_BARE: dict[str, str] = {  # answers read only to the sector question or after "Sector:"
    "public": r"public|publique|government|gouvernement",
    "tech": r"tech|technology|technologie|high[- ]tech|informatique",
    "other": r"other|autres?|aucun de ceux-là|none of these",
}

_REG = r"(?:réglementée?s?|régulée?s?|regulated)"
# "for us regulation is critical", "la réglementation est très forte": the level said as a sentence
_RULES_ARE = (r"(?:regulation|réglementation|régulation|compliance|conformité) "
              r"(?:is|est|c'est|were|was|would be|serait|était|étaient|devenait|became) (?:\w+ )?")
REGULATION_WORDS: dict[str, str] = {
    "light": r"(?:gdpr|rgpd) (?:only|uniquement|seulement)|(?:only|just) (?:the )?gdpr|"
    r"(?:juste|seulement|uniquement) (?:le )?rgpd|lightly regulated|light regulation|"
    r"(?:peu|faiblement|pas(?: très| vraiment| trop| beaucoup| si)?|non) (?:réglementée?s?|régulée?s?)|"
    r"not (?:very |heavily |highly |really |much |strongly |particularly )?regulated|"
    r"unregulated|little regulation|(?:low|minimal|light) regulation|"
    r"peu de (?:réglementation|régulation|contraintes réglementaires)|"
    r"pas de contraintes? réglementaires?|no (?:specific |particular |real )?regulation|"
    r"réglementation (?:légère|faible)|"
    rf"{_RULES_ARE}(?:light|low|minimal|légère|faible|minimale)",
    "critical": r"critical infrastructures?|infrastructures? critiques?|infrastructure vitale|"
    r"oiv|opérateurs? d'importance vitale|vital importance|critically regulated|"
    rf"extrêmement {_REG}|extremely regulated|secret défense|classified|life-critical|"
    r"sûreté nucléaire|nuclear safety|"
    rf"{_RULES_ARE}(?:critical|critique)",
    "strong": rf"(?:heavily|highly|strongly|very|tightly|strictly) regulated|"
    rf"(?:fortement|très|hautement|lourdement|strictement) {_REG}|"
    r"strict(?:e)? (?:regulation|réglementation|régulation)|"
    r"(?:réglementation|régulation) (?:forte|stricte|lourde|importante)|"
    r"(?:heavy|strong|strict) regulation|lots of regulation|beaucoup de réglementation|"
    r"dora|hipaa|hds|solvency(?: ii| 2)?|solvabilité (?:ii|2)|acpr|finma|"
    r"(?:bâle|basel) (?:ii|iii|iv|[234])\b|"  # the accords, not the city
    r"pci[- ]dss|nis ?2|(?:ai act )?high[- ]risk|haut risque|"
    rf"{_RULES_ARE}(?:strong|heavy|strict|high|forte|lourde|stricte|élevée)",
    "medium": rf"(?:moderately|somewhat|fairly) regulated|(?:modérément|moyennement|assez) {_REG}|"
    r"(?:medium|moderate|some|average|standard) regulation|"
    r"(?:réglementation|régulation) (?:modérée|moyenne|standard)|iso ?27001|soc ?2|"
    rf"{_RULES_ARE}(?:medium|moderate|average|moyenne|modérée)",
}
REGULATION_BARE: dict[str, str] = {
    "critical": r"critical|critique|very high|très forte|très élevée|maximale?",
    "strong": r"strong|high|forte|élevée|haute|lourde|heavy|strict|stricte",
    "medium": r"medium|moderate|moyenne|modérée|average|standard",
    "light": r"light|low|faible|légère|minimal|minimale|aucune|none",
}

GOVERNANCE_WORDS: dict[str, str] = {
    "none": r"(?:no|zero|nil) (?:real |formal |ai |central |proper )*governance|"
    r"(?:central )?(?:governance|gouvernance)\s*:\s*(?:none|nothing|nada|nil|aucune|rien|néant|zéro|zero)|"
    r"(?:zéro|aucune) gouvernance|"
    r"(?:aucune|pas de|zéro|pas vraiment de) (?:vraie |réelle |véritable )?gouvernance|"
    r"(?:each|every) team does (?:its|their) own thing|"
    r"(?:chaque|chacune des) équipes? fait (?:sa sauce|ce qu'elle veut|son truc|à sa sauce)|"
    r"chacun fait (?:ce qu'il veut|sa sauce|son truc|à sa sauce)|wild west|far[- ]west|"
    r"no (?:ai )?polic(?:y|ies)|(?:aucune|pas de) (?:règles?|politique|charte)|no rules|"
    r"nobody (?:governs|oversees|controls)|personne ne (?:pilote|contrôle|gouverne)|"
    r"no (?:ai )?committee|pas de comité|free for all|anarchie|laissez-faire|"
    r"governance is (?:non-?existent|absent|missing)|gouvernance (?:est )?inexistante",
    "partial": r"partial governance|gouvernance partielle|some governance|"
    r"(?:a few|some) (?:guidelines|rules|policies)|quelques (?:règles|principes|lignes directrices)|"
    r"informal governance|gouvernance informelle|(?:ai |ia )?(?:charter|charte)(?: ia| ai)?|"
    r"governance (?:is )?(?:in progress|being set up|emerging)|"
    r"gouvernance (?:en cours|en construction|embryonnaire|naissante)|"
    r"light governance|gouvernance légère|partially governed|"
    r"governance is (?:partial|limited|patchy)|(?:la )?gouvernance (?:est|n'est que) (?:partielle|limitée)|"
    r"governance is only partial",
    "central": r"(?:central |centralized |centralised )?(?:ai|ia|governance) (?:committee|board|council)|"
    r"central (?:committee|board|council)|"
    r"comité (?:ia|ai|central|de gouvernance|d'éthique|de pilotage)|"
    # "an AI ethics board that signs off every model"
    r"(?:ai )?ethics (?:board|committee)(?: that)? (?:signs off|approves|validates|reviews)|"
    r"comité (?:d'?éthique|éthique)(?: ia)?(?: central)? qui valide|"
    r"(?:central|centralized|centralised|strong) (?:ai |ia )?governance|"
    r"gouvernance (?:ia |ai )?(?:centrale|centralisée|forte)|(?:ai )?governance (?:is )?centrali[sz]ed|"
    r"(?:ai )?cent(?:er|re) of excellence|"
    r"centre d'excellence|coe|ai office|bureau (?:ia|de l'ia)|chief ai officer|caio|"
    r"direction de l'ia|design authority|governance is central(?:i[sz]ed)?|"
    r"(?:la )?gouvernance est centralisée",
}
GOVERNANCE_BARE: dict[str, str] = {
    "none": r"none|aucune?|no|non|rien(?! à voir)|nothing(?! to do with)|pas vraiment|not really",
    "partial": r"partial|partielle|partly|partially|en partie|un peu|some|sort of|a bit",
    "central": r"central|centrale|centralized|centralised|centralisée",
}

# "each team picked its own stack": as many stacks as teams (stated back as an inference).
OWN_STACK = (r"(?:each|every)\b[^.;!?]{0,40}\bown (?:stack|tool|framework|platform)s?|"
             r"(?:chacune?|chaque)\b[^.;!?]{0,40}\b(?:son|sa|ses) (?:propre )?"
             r"(?:outil|stack|pile|framework|plateforme)s?")
ARCHITECTURE_WORDS: dict[str, str] = {
    "decentralized": r"(?:each|every) (?:one |of them |team |business unit |bu |department |country |"
    r"subsidiary |plant |site |squad |office |country office |entity |division |group |unit )?"
    r"(?:has|uses|picks|picked|chooses|chose|selected|went with|builds|runs|does|did|built|has got) "
    r"(?:its|their) own|"
    r"(?:each|every)(?: one| team)? with (?:its|their) own (?:stack|tool|framework|platform)|"
    r"nobody coordinates|no one coordinates|personne ne coordonne|"
    r"(?:chaque|chacune des) (?:équipe|bu|direction|entité|filiale)s? (?:a|ont) (?:monté|construit|développé|"
    r"choisi|déployé) (?:la sienne|le sien|les siens|les siennes|son propre|sa propre|ses propres)|"
    r"(?:each|every) team (?:built|set up|rolled out|deployed) (?:its|their) own|"
    r"(?:chacune?|chaque équipe) avec (?:son|sa|ses) (?:propre )?(?:outil|stack|pile)s?|"
    r"(?:chaque|chacune des) (?:équipe|bu|métier|entité|filiale|direction)s? "
    r"(?:a|utilise|choisit|a choisi|développe) (?:sa|son|ses)|"
    r"(?:chaque|chacune?)\b[^.;!?]{0,30}\bfai(?:t|sait) "
    r"(?:sa (?:sauce|tambouille|cuisine)|(?:son|ses) trucs?|comme (?:il|elle) veut)|"
    r"(?:fait|font|bricole|bricolent)\b[^.;!?]{0,20}\bdans (?:son|leur) coin|"
    r"silos?|siloed|fragmented|fragmentée?|éclatée?|no (?:central|common|shared) platform|"
    r"pas de plateforme (?:centrale|commune|unique|partagée)",
    "centralized": r"(?:single|central|centralized|centralised|common|shared|unique) "
    r"(?:ai |ia )?platform|plateforme (?:ia |ai )?(?:centrale|commune|unique|centralisée|"
    r"mutualisée|partagée)|central ai team|équipe (?:ia )?centrale|platform team|"
    r"équipe plateforme|everything goes through (?:a|one|the) (?:central|single)|"
    r"tout passe par (?:une|la|l'équipe) (?:plateforme|équipe|centrale)",
    "hybrid": r"hub[- ]and[- ]spoke|federated (?:model|approach|setup|organi[sz]ation)|"
    r"(?:it's|it is|c'est) (?:a |un )?(?:mix|mélange|mixte)|(?:a |un )?mix of (?:central|centralized)|"
    r"(?:modèle |organisation )?fédérée?|modèle fédéral|mix of central and local|"
    r"mélange (?:de )?central(?:isé)? (?:et|/) local",
    "none": r"(?:no|aucune?|pas d') (?:ai |ia )?(?:architecture|platform|plateforme|infrastructure)"
    r"(?: yet| en place| encore)?|nothing in place|rien (?:de mis )?en place",
}
# Architecture words that describe the set-up when said about the present.
ARCHITECTURE_STATED: dict[str, str] = {
    "decentralized": r"décentralisée?s?|decentrali[sz]ed|décentralisation|decentrali[sz]ation",
    "centralized": r"centralisée?s?|centrali[sz]ed|centralisation|centrali[sz]ation",
    "hybrid": r"hybrid|hybride",
}
ARCHITECTURE_BARE: dict[str, str] = {
    **ARCHITECTURE_STATED,
    "centralized": ARCHITECTURE_STATED["centralized"] + r"|central|centrale",
    "none": r"none|aucune?|rien(?! à voir)|nothing(?! to do with)",
}

# Agent, workflow and ML platforms counted as distinct AI stacks when listed by name.
FRAMEWORK_NAMES: dict[str, str] = {
    "langchain": r"langchain", "langgraph": r"langgraph", "llamaindex": r"llama[- ]?index",
    "crewai": r"crew ?ai", "autogen": r"autogen", "n8n": r"n8n",
    "semantic-kernel": r"semantic kernel", "haystack": r"haystack", "dspy": r"dspy",
    "copilot-studio": r"copilot studio", "dify": r"dify", "flowise": r"flowise",
    "langflow": r"langflow", "zapier": r"zapier", "make": r"make\.com",
    "power-automate": r"power automate", "vertex": r"vertex(?: ai)?", "sagemaker": r"sagemaker",
    "bedrock": r"bedrock", "azure-openai": r"azure openai", "azure-ml": r"azure ml",
    "databricks": r"databricks", "dataiku": r"dataiku", "mlflow": r"mlflow",
    "kubeflow": r"kubeflow", "uipath": r"uipath", "rasa": r"rasa", "watsonx": r"watsonx",
    "openai-agents": r"openai agents(?: sdk)?", "google-adk": r"google adk",
    "hugging-face": r"hugging ?face", "ollama": r"ollama", "vllm": r"vllm",
}
