// Tab and Shift+Tab cycle inside an element marked data-focus-trap while it is on the page (the cell drawer, which
// covers the matrix). Done here in the browser: a trap that asks the server first lets a quick second Tab escape while
// the answer travels.
(() => {
  'use strict';

  const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

  document.addEventListener('keydown', event => {
    if (event.key !== 'Tab') {
      return;
    }
    const trap = document.querySelector('[data-focus-trap]');
    if (!trap) {
      return;
    }
    const stops = [...trap.querySelectorAll(focusable)].filter(e => e.offsetParent !== null || e === document.activeElement);
    const active = document.activeElement;
    if (stops.length === 0) {
      event.preventDefault();
      trap.focus();
      return;
    }
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!trap.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (event.shiftKey && (active === first || active === trap)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
})();
