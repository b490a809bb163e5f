// Orchestration Advisor on phones. Chainlit shows its side panel there as a sheet over the whole
// chat, and the app refreshes the profile panel after every turn: a sheet that appears without
// being asked for (a citation, or the Profile button, with its user icon, under each reply) is
// closed at once.
(() => {
  const phone = window.matchMedia("(max-width: 767px)");
  let askedAt = 0;
  let shown = null;
  document.addEventListener("click", (event) => {
    const opener = ".element-link, button:has(.lucide-user-round)";
    if (event.target instanceof Element && event.target.closest(opener)) askedAt = Date.now();
  }, true);
  const closeUnasked = () => {
    const content = document.getElementById("side-view-content");
    const sheet = content ? content.closest('[role="dialog"]') : null;
    if (sheet === shown) return;
    shown = sheet;
    if (!sheet || !phone.matches) return;
    const asked = Date.now() - askedAt < 2000;
    askedAt = 0;  // one request opens one sheet
    if (asked) return;
    const close = sheet.querySelector("button:has(.lucide-x)");
    if (close) close.click();
    else document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  };
  new MutationObserver(closeUnasked).observe(document.body, { childList: true, subtree: true });
})();
