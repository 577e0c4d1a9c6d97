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

  // Show <time data-local-time datetime="..."> in the browser's time zone.
  function localiseTimes(root) {
    root.querySelectorAll("time[data-local-time]").forEach(function (node) {
      var value = new Date(node.getAttribute("datetime"));
      if (!isNaN(value)) {
        node.textContent = value.toLocaleString(undefined, {dateStyle: "medium", timeStyle: "short"});
        node.title = node.getAttribute("datetime");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { localiseTimes(document); });
  document.addEventListener("htmx:afterSwap", function (event) { localiseTimes(event.target); });
})();
