// Contact list: select rows or the whole filtered result, and show only the inputs a bulk action needs.
// Everything works without this file: all inputs are then visible and the scope is "selected rows".
(function () {
  "use strict";

  function showActionInputs(form) {
    var select = form.querySelector("[data-bulk-action]");
    if (!select) { return; }
    form.querySelectorAll("[data-for]").forEach(function (input) {
      var wanted = input.getAttribute("data-for").split(" ").indexOf(select.value) !== -1;
      input.hidden = !wanted;
      input.disabled = !wanted;
    });
  }

  function resetScope(form) {
    var scope = form.querySelector("[data-scope]");
    var label = form.querySelector("[data-selection-label]");
    if (scope) { scope.value = "selected"; }
    if (label) { label.textContent = "Selected contacts"; }
  }

  function init(root) {
    root.querySelectorAll("[data-bulk-form]").forEach(showActionInputs);
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    var form = target.closest("[data-bulk-form]");
    if (!form) { return; }
    if (target.matches("[data-check-all]")) {
      form.querySelectorAll("[data-row-check]").forEach(function (box) { box.checked = target.checked; });
      resetScope(form);
    } else if (target.matches("[data-row-check]")) {
      resetScope(form);
    } else if (target.matches("[data-bulk-action]")) {
      showActionInputs(form);
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-select-matching]");
    if (!button) { return; }
    var form = button.closest("[data-bulk-form]");
    form.querySelectorAll("[data-row-check], [data-check-all]").forEach(function (box) { box.checked = true; });
    form.querySelector("[data-scope]").value = "filter";
    var label = form.querySelector("[data-selection-label]");
    if (label) { label.textContent = "All " + button.textContent.replace(/^Select all /, "") + " contacts"; }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-bulk-form]");
    if (!form) { return; }
    var select = form.querySelector("[data-bulk-action]");
    var button = form.querySelector("[data-confirm-delete]");
    if (select && select.value === "delete" && button && !window.confirm(button.getAttribute("data-confirm-delete"))) {
      event.preventDefault();
    }
  });

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSwap", function (event) { init(event.target.ownerDocument || document); });
})();
