"""Identifiers of the knowledge passages that scoring decisions rest on (see knowledge/sources)."""

SCHOOL_CENTRALIZED = "article/schools/centralized"
SCHOOL_DECENTRALIZED = "article/schools/decentralized"
CRITERION_MATURITY = "article/criteria/maturity"
CRITERION_REGULATION = "article/criteria/regulation"
CRITERION_SIZE = "article/criteria/size"
SCENARIO_STARTUP = "article/scenarios/startup"
SCENARIO_SCALEUP = "article/scenarios/scaleup"
SCENARIO_ENTERPRISE = "article/scenarios/enterprise"
HYBRID = "article/hybrid/core-periphery"
PATTERNS = "article/patterns/maturity"
RISKS = "article/risks/hidden"
MIGRATION = "article/migration/plan"
CHECKLIST = "article/checklist"
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

ALL_SOURCE_IDS: tuple[str, ...] = tuple(
    value for name, value in sorted(globals().items()) if name.isupper() and isinstance(value, str)
)
