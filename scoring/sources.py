"""Identifiers of the knowledge passages that scoring decisions rest on (knowledge/sources)."""

SCHOOL_CENTRALIZED = "article/schools/centralized"
SCHOOL_CENTRALIZED_LIMITS = "article/schools/centralized-limits"
SCHOOL_DECENTRALIZED = "article/schools/decentralized"
SCHOOL_DECENTRALIZED_LIMITS = "article/schools/decentralized-limits"
CRITERION_MATURITY = "article/criteria/maturity"
CRITERION_REGULATION = "article/criteria/regulation"
CRITERION_SIZE = "article/criteria/team-size"
SCENARIO_STARTUP = "article/comparison/startup"
SCENARIO_SCALEUP = "article/comparison/scaleup"
SCENARIO_ENTERPRISE = "article/comparison/enterprise"
HYBRID = "article/hybrid/architecture"
HYBRID_RATIO = "article/hybrid/ratio"
PATTERN_WILD_WEST = "article/patterns/wild-west"
PATTERN_CONTROLLED_HYBRID = "article/patterns/controlled-hybrid"
PATTERN_FULL_CENTRAL = "article/patterns/full-central"
RISKS_GOVERNANCE = "article/risks/governance"
RISKS_COSTS = "article/risks/costs"
MIGRATION = "article/migration/plan"
CHECKLIST_MATURITY_REGULATION = "article/checklist/maturity-regulation"
CHECKLIST_SIZE_BUDGET = "article/checklist/size-budget"
MATRIX = "article/matrix"

METHOD_BUDGET = "method/criteria/budget"
METHOD_INTEROPERABILITY = "method/criteria/interoperability"
METHOD_SECURITY = "method/criteria/security"
METHOD_AGILITY = "method/criteria/agility"
METHOD_RESILIENCE = "method/criteria/resilience"
METHOD_WEIGHTS = "method/scoring/weights"
METHOD_CONTRADICTIONS = "method/contradictions"
METHOD_COSTS = "method/costs/model"
METHOD_ASSUMPTIONS = "method/profile/assumptions"

PATTERN_SOURCES = {
    "wild_west": PATTERN_WILD_WEST,
    "controlled_hybrid": PATTERN_CONTROLLED_HYBRID,
    "central_full": PATTERN_FULL_CENTRAL,
}

ALL_SOURCE_IDS: tuple[str, ...] = tuple(
    sorted(value for name, value in globals().items() if name.isupper() and isinstance(value, str))
)
