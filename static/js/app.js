// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Ask before destructive actions: <button data-confirm="...">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  // Narrow screens: the sidebar is a drawer opened by the menu button (CSS keeps it open on wide screens).
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-nav-toggle]");
    var open = document.body.classList.contains("nav-open");
    if (toggle) {
      document.body.classList.toggle("nav-open", !open);
      toggle.setAttribute("aria-expanded", String(!open));
    } else if (open && !event.target.closest(".sidebar")) {
      document.body.classList.remove("nav-open");
    }
  });

  // Tables become cards on narrow screens: label each cell with its column's header.
  function labelCells(root) {
    root.querySelectorAll("table.table").forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          // A cell spanning the row (an empty-state message) is not one column's value.
          if (cell.colSpan > 1) { return; }
          if (heads[index] && !cell.hasAttribute("data-label")) { cell.setAttribute("data-label", heads[index]); }
        });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { labelCells(document); });
  document.addEventListener("htmx:afterSwap", function () { labelCells(document); });
})();
