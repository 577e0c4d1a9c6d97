// Call pages: click a line of the transcript to hear it; keep the test chat scrolled to the end.
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-seek]");
    if (!target) { return; }
    var audio = document.querySelector("audio[data-call-audio]");
    var seconds = parseFloat(target.getAttribute("data-seek"));
    if (!audio || isNaN(seconds)) { return; }
    audio.currentTime = seconds;
    audio.play();
  });

  function scrollChats(root) {
    root.querySelectorAll("[data-scroll-end]").forEach(function (list) { list.scrollTop = list.scrollHeight; });
  }
  document.addEventListener("DOMContentLoaded", function () { scrollChats(document); });
  document.addEventListener("htmx:afterSwap", function (event) {
    scrollChats(event.target);
    var input = event.target.querySelector("input[autofocus]");
    if (input) { input.focus(); }
  });
})();
