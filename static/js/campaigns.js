// The campaign wizard, one step at a time: type and agent → audience → schedule and limits → review.
// Without JavaScript every step shows at once and the form still saves; the server checks everything.
(function () {
  "use strict";

  function setUp(form) {
    var steps = Array.prototype.slice.call(form.querySelectorAll(".wizard-step"));
    if (!steps.length) { return; }
    var current = 0;

    function fieldText(name) {
      var field = form.elements[name];
      if (!field) { return "—"; }
      if (field.tagName === "SELECT") { return field.options[field.selectedIndex] ? field.options[field.selectedIndex].text : "—"; }
      return field.value || "—";
    }

    function summarise() {
      form.querySelectorAll("[data-summary-of]").forEach(function (node) {
        node.textContent = fieldText(node.getAttribute("data-summary-of"));
      });
    }

    function show(index) {
      current = Math.max(0, Math.min(index, steps.length - 1));
      steps.forEach(function (step, i) { step.hidden = i !== current; });
      form.querySelectorAll("[data-step-link]").forEach(function (link, i) {
        link.classList.toggle("current", i === current);
        if (i === current) { link.setAttribute("aria-current", "step"); } else { link.removeAttribute("aria-current"); }
      });
      if (current === steps.length - 1) { summarise(); }
    }

    function valid(step) {
      var fields = step.querySelectorAll("input, select, textarea");
      for (var i = 0; i < fields.length; i++) {
        if (!fields[i].checkValidity()) { fields[i].reportValidity(); return false; }
      }
      return true;
    }

    form.addEventListener("click", function (event) {
      if (event.target.closest("[data-step-next]")) {
        event.preventDefault();
        if (valid(steps[current])) { show(current + 1); window.scrollTo(0, 0); }
      } else if (event.target.closest("[data-step-back]")) {
        event.preventDefault();
        show(current - 1);
      } else if (event.target.closest("[data-step-link]")) {
        event.preventDefault();
        show(Number(event.target.closest("[data-step-link]").getAttribute("data-step-link")) - 1);
      }
    });

    // After a refused save, open the first step that holds an error.
    var first = 0;
    if (form.hasAttribute("data-wizard-errors")) {
      steps.some(function (step, i) { if (step.querySelector(".field-error")) { first = i; return true; } return false; });
    }
    form.classList.add("stepped");
    show(first);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-wizard]").forEach(setUp);
  });
})();
