"""Block Kit views of an advisor Turn: the recommendation card and ordinary replies."""

from __future__ import annotations

from typing import Any

from advisor.session import Turn
from scoring.render import eur
from scoring.texts import architecture_name, reason_text
from ui.slack.mrkdwn import (
    MAX_MESSAGE_TEXT,
    clip,
    context,
    divider,
    escape,
    fields,
    header,
    section,
    sections,
    to_mrkdwn,
    within_limits,
)

_L = {
    "title": ("Recommendation: {arch}", "Recommandation : {arch}"),
    "score": ("Weighted score *{score:+.2f}* (from +0.30 centralized, at −0.30 or below decentralized)",
              "Score pondéré *{score:+.2f}* (centralisé dès +0,30, décentralisé à −0,30 ou moins)"),
    "rules": ("Rules that fixed the result", "Règles qui ont fixé le résultat"),
    "criteria": ("Criteria", "Critères"),
    "cols": ("criterion          vote  weight  contrib  leans",
             "critère            vote  poids   contrib  penche"),
    "why": ("Why", "Pourquoi"),
    "costs": ("Costs over {h} months (low–high) and value", "Coûts sur {h} mois (bas–haut) et valeur"),
    "value": ("value {v} · {d:.1f} days/workflow · security {s:.0f}%",
              "valeur {v} · {d:.1f} j/workflow · sécurité {s:.0f} %"),
    "not_viable": ("✗ not viable: {note}", "✗ non viable : {note}"),
    "risks": ("Hidden risks of decentralization", "Risques cachés de la décentralisation"),
    "sensitivity": ("What would change the advice", "Ce qui changerait la recommandation"),
    "sources": ("Sources", "Sources"),
}


def _t(key: str, lang: str, **values: Any) -> str:
    return _L[key][lang == "fr"].format(**values)


def is_new_recommendation(turn: Turn) -> bool:
    """True when this turn computed a recommendation (not merely carried an old one)."""
    return turn.recommendation is not None and any(c.get("tool") == "score_profile" for c in turn.tool_calls)


def fallback_text(turn: Turn) -> str:
    """The plain-text version: notifications, screen readers, clients without blocks."""
    return clip(to_mrkdwn(turn.reply), MAX_MESSAGE_TEXT)


def reply_blocks(turn: Turn) -> list[dict[str, Any]]:
    """The card for a new recommendation, otherwise the reply text plus its sources."""
    if is_new_recommendation(turn) and turn.recommendation is not None:
        lead = turn.reply.split("###", 1)[0].strip()
        card = recommendation_blocks(turn.recommendation, turn.citations, turn.language)
        return within_limits(sections(to_mrkdwn(lead)) + card, sources(turn.citations))
    body = turn.reply.split("**Sources**", 1)[0] if turn.citations else turn.reply
    return within_limits(sections(to_mrkdwn(body)) + choice_blocks(turn.choices), sources(turn.citations))


def choice_blocks(choices: list[str]) -> list[dict[str, Any]]:
    """Option buttons under a question asked twice (Slack allows 25 per block)."""
    if not choices:
        return []
    buttons = [{"type": "button", "action_id": f"advisor_choice_{n}", "value": c[:2000],
                "text": {"type": "plain_text", "text": c[:75]}} for n, c in enumerate(choices[:25])]
    return [{"type": "actions", "elements": buttons}]


def sources(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [divider(), *citation_blocks(citations)] if citations else []


def recommendation_blocks(rec: dict[str, Any], citations: list[dict[str, Any]],
                          lang: str = "en") -> list[dict[str, Any]]:
    """Header, score, rules, per-criterion table, costs, risks, sensitivity; `[n]` marks the citations
    (list them with `sources`)."""
    number = {c["id"]: c["n"] for c in citations}

    def cite(ids: list[str]) -> str:
        marks = sorted({number[i] for i in ids if i in number})
        return "".join(f" [{n}]" for n in marks[:2])

    blocks = [header(_t("title", lang, arch=architecture_name(rec["architecture"], lang))),
              section(_t("score", lang, score=rec["score"]))]
    rules = [f"• {reason_text(r['key'], lang)}{cite(list(r.get('sources', [])))}"
             for r in rec.get("hard_rules", [])]
    rules += [f"• {reason_text(key, lang)}" for key in rec.get("adjustments", [])]
    if rules:
        blocks.append(section(f"*{_t('rules', lang)}*\n" + "\n".join(rules)))
    blocks += [divider(), section(f"*{_t('criteria', lang)}*\n" + criteria_table(rec["criteria"], lang)),
               section(f"*{_t('why', lang)}*\n" + "\n".join(
                   f"• *{c['key']}*: {reason_text(c['reason'], lang)}{cite(list(c.get('sources', [])))}"
                   for c in rec["criteria"]))]
    blocks += [divider(), *cost_blocks(rec["costs"], lang)]
    if rec.get("risks"):
        blocks.append(section(f"*{_t('risks', lang)}*\n" + "\n".join(
            f"• *{r['figure']}* — {r['estimate']}{cite([r['source']])}" for r in rec["risks"])))
    if rec.get("sensitivity"):
        blocks.append(section(f"*{_t('sensitivity', lang)}*\n" + "\n".join(
            f"• {s['text']}" for s in rec["sensitivity"][:5])))
    return blocks


def criteria_table(criteria: list[dict[str, Any]], lang: str = "en") -> str:
    """A monospaced table, one row per criterion, heaviest weight first."""
    rows = [_t("cols", lang)]
    for c in sorted(criteria, key=lambda c: -c["weight"]):
        rows.append(f"{c['key'][:18]:<18} {c['vote']:+.1f}  {c['weight']:>5.0%}  {c['contribution']:>+7.3f}  "
                    f"{architecture_name(c['leaning'], lang)}")
    return "```\n" + "\n".join(rows) + "\n```"


def cost_blocks(costs: dict[str, Any], lang: str = "en") -> list[dict[str, Any]]:
    """One field per architecture: total (low–high), value, time to market, security, viability."""
    items = []
    for arch, c in costs["by_architecture"].items():
        total = c["total"]
        text = (f"*{architecture_name(arch, lang)}*: {eur(total['mid'])} "
                f"({eur(total['low'])}–{eur(total['high'])})\n"
                + _t("value", lang, v=eur(c["roi"]["mid"]), d=c["time_to_market_days"], s=c["security_pct"]))
        if not c.get("viable", True):
            text += "\n" + _t("not_viable", lang, note=c.get("viability_note", ""))
        items.append(text)
    return [section(f"*{_t('costs', lang, h=costs['horizon_months'])}*"), fields(items)]


def citation_blocks(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Numbered sources as small print: [n] id — publisher, section."""
    lines = []
    for c in citations:
        where = escape(", ".join(str(c[k]) for k in ("publisher", "section") if c.get(k)))
        cid = escape(str(c["id"]).replace("`", ""))
        lines.append(f"[{c['n']}] `{cid}` — {where}" if where else f"[{c['n']}] `{cid}`")
    return context(lines)
