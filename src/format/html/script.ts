// The page's only script, inline and allowed by its hash in the
// Content-Security-Policy: the filter box and keyboard navigation. The page
// reads whole without it (the filter form stays hidden). It reads page text
// through textContent and dataset and writes only `hidden`, focus and the
// status line's textContent: no text of a bulletin ever becomes markup.
//
//   j / k   next / previous item        n / p   next / previous finding
//   /       the filter box              Escape  leave the filter box

export const SCRIPT = `(() => {
  "use strict";
  const doc = document;
  const form = doc.getElementById("filter");
  const main = doc.querySelector("main");
  const stores = Array.from(doc.querySelectorAll("noscript.pieces"));
  if (!form || !main) return;
  const status = doc.getElementById("filter-status");
  let items = [];
  const fields = form.elements;
  const texts = new Map();
  const textOf = (item) => {
    let value = texts.get(item);
    if (value === undefined) texts.set(item, (value = item.textContent.toLowerCase()));
    return value;
  };
  const apply = () => {
    const query = fields.q.value.trim().toLowerCase();
    const kind = fields.kind.value;
    const community = fields.community.value;
    const author = fields.author.value;
    const active = query !== "" || kind !== "" || community !== "" || author !== "";
    let shown = 0;
    for (const item of items) {
      const match =
        (kind === "" || item.dataset.kind === kind) &&
        (community === "" || item.dataset.community === community) &&
        (author === "" || JSON.parse(item.dataset.authors || "[]").includes(author)) &&
        (query === "" || textOf(item).includes(query));
      item.hidden = !match;
      if (match) shown++;
    }
    main.classList.toggle("filtering", active);
    status.textContent = active ? shown + " of " + items.length + " items" : items.length + " items";
  };
  // The stores of the page, one at a time, each becoming a chunk of cards: no task long enough to make the page
  // stall (see PIECES_PER_STORE in report.ts). A chunk off screen is skipped whole (content-visibility), so the browser keeps
  // track of a few dozen chunks, not of every card.
  let next = 0;
  const add = () => {
    const until = performance.now() + 12;
    while (next < stores.length && performance.now() < until) {
      const store = stores[next++];
      const chunk = doc.createElement("div");
      chunk.className = "chunk";
      chunk.innerHTML = store.textContent;
      store.replaceWith(chunk);
      // The text the filter searches, a chunk at a time here rather than all at once at the first keystroke.
      for (const item of chunk.querySelectorAll("article.item")) textOf(item);
    }
    if (next < stores.length) {
      setTimeout(add, 0);
      return;
    }
    items = Array.from(doc.querySelectorAll("article.item"));
    form.hidden = false;
    apply();
    doc.documentElement.dataset.ready = "true";
  };
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => setTimeout(apply));
  const visible = (selector) => Array.from(doc.querySelectorAll(selector)).filter((element) => element.closest("[hidden]") === null);
  const step = (selector, forward) => {
    const list = visible(selector);
    if (list.length === 0) return;
    const current = doc.activeElement;
    let target = list.indexOf(current) + (forward ? 1 : -1);
    if (!list.includes(current)) {
      // The first one after the focused item, or else after the top of the window.
      const holder = current && current !== doc.body ? current.closest("article.item") : null;
      const isAfter = (element) =>
        holder ? (element !== holder && holder.contains(element)) || (holder.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : element.getBoundingClientRect().top >= 0;
      // The list is in the order of the page, top to bottom: a binary search asks where a few elements are, since
      // asking where one in a chunk off screen is makes the browser lay that chunk out.
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (isAfter(list[middle])) high = middle;
        else low = middle + 1;
      }
      target = forward ? low : low - 1;
    }
    const next = list[Math.min(list.length - 1, Math.max(0, target))];
    if (!next.hasAttribute("tabindex")) next.tabIndex = -1;
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "center" });
  };
  doc.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) {
      if (event.key === "Escape") target.blur();
      return;
    }
    const moves = { j: ["article.item", true], k: ["article.item", false], n: [".finding", true], p: [".finding", false] };
    if (event.key === "/") {
      event.preventDefault();
      fields.q.focus();
    } else if (Object.hasOwn(moves, event.key)) {
      event.preventDefault();
      step(moves[event.key][0], moves[event.key][1]);
    }
  });
  add();
})();`;
