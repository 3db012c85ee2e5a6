/* global document, getComputedStyle, Node */
// What a worker cannot see whole in a narrow task pane, measured rather than eyeballed from a screenshot:
//  - "outside": an element that reaches past the pane's left or right edge (not inside a box that scrolls sideways);
//  - "cut": a control (button, drop-down, badge, label, tab) whose own text is wider than its box and hidden,
//    or a piece of text cut down to an ellipsis so short it says nothing (under MIN_SHOWN px shown);
//  - "select": a drop-down whose chosen option is wider than the room beside its arrow;
//  - "overlap": two controls drawn over each other;
//  - "alone": a number wrapped onto a line of its own ("paragraph" ending one line, "2" alone on the next).
// Returns one short description per problem (tag, text, sizes), empty when the pane fits.
//
//   const problems = await clipped(page);            // main and any open dialog
//   const problems = await clipped(page, '[role="listbox"]');
const MIN_SHOWN = 48;

export function clipped(page, scope = 'main, [role="dialog"]') {
  return page.evaluate(
    ({ scope, minShown }) => {
      const limit = document.documentElement.clientWidth;
      const out = [];
      const name = (el) => {
        const text = (el.getAttribute("aria-label") || el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[${el.getAttribute("role")}]` : ""} “${text}”`;
      };
      const visible = (el) => {
        const r = el.getBoundingClientRect();
        // 1 px boxes are text for screen readers only (the visually-hidden idiom).
        if (r.width <= 1 || r.height <= 1) return false;
        const s = getComputedStyle(el);
        return s.visibility !== "hidden" && s.display !== "none" && Number(s.opacity) > 0;
      };
      const scrollsSideways = (el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const o = getComputedStyle(a).overflowX;
          if (o === "auto" || o === "scroll") return true;
        }
        return false;
      };
      // The part of an element not hidden by a box that scrolls or clips it (a virtual list's rows out of view).
      const shownRect = (el) => {
        let { left, right, top, bottom } = el.getBoundingClientRect();
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === "visible" && s.overflowY === "visible") continue;
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
          top = Math.max(top, c.top);
          bottom = Math.min(bottom, c.bottom);
        }
        return { left, right, top, bottom };
      };
      const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const isControl = (el) =>
        el.matches('button, select, label, [role="tab"], [role="radio"], [role="checkbox"], .fui-Badge, .fui-Button__content') || !!el.closest("button, .fui-Badge");
      const canvas = document.createElement("canvas").getContext("2d");
      const roots = [...document.querySelectorAll(scope)];
      const controls = [];
      for (const root of roots) {
        for (const el of [root, ...root.querySelectorAll("*")]) {
          if (el.closest("[data-tabster-dummy], [aria-hidden='true']") || !visible(el)) continue;
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          if ((r.right > limit + 1 || r.left < -1) && !scrollsSideways(el) && s.position !== "fixed") {
            out.push(`outside: ${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of a ${limit} px pane`);
            continue;
          }
          if (el.tagName === "SELECT") {
            const option = el.selectedOptions[0];
            canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
            const need = option ? canvas.measureText(option.text).width : 0;
            const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
            if (need > room + 1) out.push(`select: ${name(el)} shows ${Math.round(room)} of ${Math.round(need)} px of “${option.text}”`);
            continue;
          }
          if (ownText(el) && el.scrollWidth > el.clientWidth + 1 && s.overflowX !== "visible" && s.overflowX !== "auto" && s.overflowX !== "scroll") {
            const shown = el.clientWidth;
            if (isControl(el) || shown < minShown) out.push(`cut: ${name(el)} shows ${shown} of ${el.scrollWidth} px`);
          }
          if (el.matches('button, select, input, textarea, [role="option"], .fui-Badge')) controls.push({ el, r: shownRect(el) });
        }
      }
      // A number wrapped onto a line of its own ("paragraph" at the end of one line, "2" alone on the next): read
      // alone, a count or a place says nothing. Each run of digits in visible text is compared with the nearest
      // characters either side of it in the same box (React splits "1 of {n}" into several text nodes): on a line
      // of its own when neither shares its line. A box whose whole text is the number (a count badge) is not wrapped.
      const boxOf = (el) => {
        for (let a = el; a; a = a.parentElement) if (!/^(inline|contents)$/.test(getComputedStyle(a).display)) return a;
        return document.body;
      };
      for (const root of roots) {
        const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
        const chars = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const host = node.parentElement;
          if (!host || host.closest("[data-tabster-dummy], [aria-hidden='true'], textarea, input, [role='listbox']") || !visible(host)) continue;
          const box = boxOf(host);
          for (let i = 0; i < node.textContent.length; i++) chars.push({ node, i, c: node.textContent[i], box });
        }
        const top = (from, to) => {
          const range = document.createRange();
          range.setStart(from.node, from.i);
          range.setEnd(to.node, to.i + 1);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          return rects.length ? Math.round(rects[0].top) : null;
        };
        for (let k = 0; k < chars.length; k++) {
          if (!/\d/.test(chars[k].c) || (k > 0 && /\d/.test(chars[k - 1].c) && chars[k - 1].box === chars[k].box)) continue;
          let end = k;
          while (end + 1 < chars.length && /\d/.test(chars[end + 1].c) && chars[end + 1].box === chars[k].box && chars[end + 1].node === chars[k].node) end++;
          const box = chars[k].box;
          let before = k - 1;
          while (before >= 0 && /\s/.test(chars[before].c) && chars[before].box === box) before--;
          let after = end + 1;
          while (after < chars.length && /\s/.test(chars[after].c) && chars[after].box === box) after++;
          const hasBefore = before >= 0 && chars[before].box === box;
          const hasAfter = after < chars.length && chars[after].box === box;
          if (!hasBefore && !hasAfter) continue;
          const at = top(chars[k], chars[end]);
          const prev = hasBefore ? top(chars[before], chars[before]) : null;
          const next = hasAfter ? top(chars[after], chars[after]) : null;
          if (at !== null && (!hasBefore || (prev !== null && prev < at - 6)) && (!hasAfter || (next !== null && next > at + 6))) {
            const number = chars
              .slice(k, end + 1)
              .map((ch) => ch.c)
              .join("");
            out.push(`alone: “${number}” on a line of its own in ${name(box)}`);
          }
        }
      }
      for (let i = 0; i < controls.length; i++)
        for (let j = i + 1; j < controls.length; j++) {
          const a = controls[i];
          const b = controls[j];
          if (a.el.contains(b.el) || b.el.contains(a.el) || a.r.right <= a.r.left || b.r.right <= b.r.left) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 2 && h > 2) out.push(`overlap: ${name(a.el)} and ${name(b.el)}`);
        }
      return [...new Set(out)];
    },
    { scope, minShown: MIN_SHOWN },
  );
}
