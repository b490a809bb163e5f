"""The board-ready report: executive summary first, the profile and every assumption, criteria
and costs tables, then the details; stamped with the profile hash and the versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advisor.templates import label, value_text
from advisor.view import details
from advisor.view.cite import Numbering, tag
from advisor.view.parts import assumptions, flip_lines, ordered_costs, viability_note
from scoring import sources as src
from scoring.profile import ALL_FIELDS

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _status(view: RecommendationView, field: str, value: Any) -> str:
    status = (view.provenance.get(field) or {}).get("status")
    defaults = {a.field for a in view.advice.scorecard.assumptions}
    if status in ("stated", "inferred") or (status is None and value is not None and field != "regulation"
                                            and field not in defaults):
        return view.w("report.stated")
    if status == "assumed":
        return view.w("report.assumed")
    if field in defaults:
        return view.w("report.default")
    return view.w("report.derived" if value is not None else "report.missing")


def profile_table(view: RecommendationView) -> list[str]:
    w, lang = view.w, view.lang
    profile = view.advice.profile.model_dump(mode="json")
    profile |= {a.field: a.value for a in view.advice.scorecard.assumptions}
    rows = [f"| {w('report.field')} | {w('report.value')} | {w('report.status')} |", "|---|---|---|"]
    for field in ALL_FIELDS:
        value = profile.get(field)
        shown = value_text(field, value, lang) if value is not None else "—"
        rows.append(f"| {_cell(label(field, lang))} | {_cell(shown)} | {_status(view, field, value)} |")
    return rows


def assumption_lines(view: RecommendationView, cite: Any) -> list[str]:
    w = view.w
    found = assumptions(view.advice, view.provenance, w)
    lines = [w("report.assumptions_intro") if found else w("report.no_assumption"), ""]
    lines += ["- " + w("details.assumed", label=lab, value=value, basis=basis) for lab, value, basis in found]
    a: dict[str, float] = {k: float(v) for k, v in view.advice.costs.assumptions
                           if isinstance(v, int | float)}
    money = w.money
    lines += ["", w("cost_model.intro") + tag(cite, src.METHOD_COSTS), "",
              "- " + w("cost_model.engineer", amount=money(a["engineer_cost_eur_per_year"])),
              "- " + w("cost_model.teams", base=w.num(a["central_base_fte"], 1),
                       per_team=w.num(a["central_fte_per_team"], 1),
                       decentral=w.num(a["decentral_fte_per_team"], 1)),
              "- " + w("cost_model.platform", base=money(a["platform_base_eur_per_year"]),
                       per_employee=money(a["platform_eur_per_employee_year"])),
              "- " + w("cost_model.stack", amount=money(a["stack_eur_per_team_year"])),
              "- " + w("cost_model.compliance", central=money(a["central_compliance_eur_per_year"]),
                       team=money(a["team_compliance_eur_per_year"])),
              "- " + w("cost_model.hidden", multiple=w.num(a["hidden_cost_multiplier"], 1)),
              "- " + w("cost_model.full"), ""]
    return lines


def criteria_table(view: RecommendationView, cite: Any) -> list[str]:
    w = view.w
    rows = [details.score_line(view.advice, w), "",
            f"| {w('report.criterion')} | {w('report.vote')} | {w('report.weight')} | {w('report.why')} |",
            "|---|---:|---:|---|"]
    for c in sorted(view.advice.scorecard.criteria, key=lambda c: -abs(c.contribution)):
        rows.append(f"| {w(f'criterion.{c.key}')} | {w.signed(c.vote, 1)} | {w.pct(c.weight)} | "
                    f"{w.reason(c.reason)}{tag(cite, *c.sources[:1])} |")
    return [*rows, ""]


def costs_table(view: RecommendationView) -> list[str]:
    w, advice = view.w, view.advice
    heads = ("option", "total", "value_roi", "days", "sec", "comp", "interop")
    rows = ["| " + " | ".join(w(f"report.{h}") for h in heads) + " |", "|---|---|---:|---:|---:|---:|---:|"]
    for c in ordered_costs(advice):
        mark = "" if c.viable else " ✗"
        rows.append(f"| {w.arch(c.architecture)}{mark} | {w.money(c.total.mid)} ({w.money(c.total.low)}–"
                    f"{w.money(c.total.high)}) | {w.money(c.roi.mid)} | {w.dec(c.time_to_market_days)} | "
                    f"{w.pct(c.security_pct / 100)} | {w.pct(c.compliance_pct / 100)} | "
                    f"{w.pct(c.interoperability_pct / 100)} |")
    rows += ["- ✗ " + w("details.labelled", label=w.arch(c.architecture),
                        text=w("details.not_viable", note=viability_note(c, advice, w)))
             for c in advice.costs.costs if not c.viable]
    return [*rows, ""]


def _sections(lines: list[str], level: str = "##") -> list[str]:
    """The details' "####" headings as report sections (or subsections)."""
    return [f"{level} {line[len(details.HEADING) + 1:]}" if line.startswith(details.HEADING + " ") else line
            for line in lines]


def report_parts(view: RecommendationView) -> tuple[str, str]:
    """(title, stamp and executive summary; everything else): the PDF puts the charts between."""
    w, advice, numbering = view.w, view.advice, Numbering()
    cite = numbering.mark
    stamp = view.stamp()
    head = [f"# {w('report.title')}", "",
            "_" + w("report.stamp", hash=stamp["profile_hash"], scoring=stamp["scoring_version"],
                    index=stamp["index_version"], date=w.date(view.today)) + "_", "",
            f"## {w('report.summary')}", "", view.summary_markdown(cite), ""]
    months = advice.costs.horizon_months
    tail = [f"## {w('report.profile')}", "", *profile_table(view), "",
            f"## {w('details.assumptions')}", "", *assumption_lines(view, cite),
            f"## {w('report.criteria')}", "", *_sections(details.rules(advice, w, cite), "###"),
            *criteria_table(view, cite),
            f"## {w('report.costs', months=months)}{tag(cite, src.METHOD_COSTS)}", "", *costs_table(view),
            *_sections([*details.split(advice, w, cite), *details.risks(advice, w, cite),
                        *details.plan(advice, w, cite), *details.flips(advice, w, cite)]),
            *_sections(view.sources_lines(numbering)), "", "---",
            "_" + w("report.footer", months=months) + "_", ""]
    return "\n".join(head), "\n".join(tail)


def report_markdown(view: RecommendationView) -> str:
    head, tail = report_parts(view)
    return head + "\n" + tail


def report_json(view: RecommendationView) -> dict[str, Any]:
    """`Advice.to_dict()` (top-level `architecture`), the stamp, and the words of the report."""
    w = view.w
    found = assumptions(view.advice, view.provenance, w)
    return {**view.record(), "language": view.lang, "stamp": view.stamp(),
            "text": {"summary": view.summary_markdown(Numbering().mark),
                     "sensitivity": flip_lines(view.advice, w),
                     "assumptions": [w("details.assumed", label=lab, value=value, basis=basis)
                                     for lab, value, basis in found]}}
