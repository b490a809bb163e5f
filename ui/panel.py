"""The profile panel: Chainlit's side panel, and the Profile button under every reply that shows it
again (after a citation was opened, or on a phone, where `public/advisor.js` closes a panel that
nobody asked for)."""

from __future__ import annotations

import chainlit as cl

from ui.presenter import TurnView


def button(view: TurnView) -> cl.Action:
    """The button under every reply that shows the profile panel again."""
    return cl.Action(name="profile", payload={}, label=view.panel_title, icon="user-round")


async def show(view: TurnView) -> None:
    """The profile in the side panel, sent last. Chainlit's page shows all the chat's "side"
    elements in the panel whenever that set changes (and closes it when there are none): the
    previous profile is withdrawn so only one is ever there, and the panel is set after the rest."""
    previous = cl.user_session.get("panel_element")
    if previous:
        await cl.context.emitter.emit("remove_element", {"id": previous})
    panel = cl.Text(name=view.panel_title, content=view.panel_markdown, display="side")
    await cl.ElementSidebar.set_title(view.panel_title)
    await cl.ElementSidebar.set_elements([panel], key=str(hash(view.panel_markdown)))
    cl.user_session.set("panel_element", panel.id)
