/* global document, getComputedStyle, Node */
// What a worker cannot see whole in a narrow task pane, measured rather than eyeballed from a screenshot:
//  - "outside": an element that reaches past the pane's left or right edge (not inside a box that scrolls sideways);
//  - "cut": a control (button, drop-down, badge, label, tab) whose own text is wider than its box and hidden,
//    or a piece of text cut down to an ellipsis so short it says nothing (under MIN_SHOWN px shown);
//  - "select": a drop-down whose chosen option is wider than the room beside its arrow;
//  - "overlap": two controls drawn over each other.
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
