// Week grid: drag an appointment onto another time to reschedule it (managers only).
// The server decides; on a conflict the appointment stays where it was and the reason is shown.
(function () {
  "use strict";

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (error) {
      return "";
    }
  }

  function status(text, ok) {
    var node = document.getElementById("calendar-status");
    if (node) {
      node.textContent = text;
      node.className = "calendar-status message " + (ok ? "success" : "error");
    }
  }

  var dragged = null;

  document.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest(".appt[draggable='true']");
    if (!item) { return; }
    dragged = item;
    item.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.getAttribute("data-appointment"));
  });

  document.addEventListener("dragend", function () {
    if (dragged) { dragged.classList.remove("dragging"); }
    dragged = null;
    document.querySelectorAll(".week-cell.drop-target").forEach(function (cell) { cell.classList.remove("drop-target"); });
  });

  document.addEventListener("dragover", function (event) {
    var cell = event.target.closest && event.target.closest(".week-cell[data-start]");
    if (!dragged || !cell) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll(".week-cell.drop-target").forEach(function (c) { if (c !== cell) { c.classList.remove("drop-target"); } });
    cell.classList.add("drop-target");
  });

  document.addEventListener("drop", function (event) {
    var cell = event.target.closest && event.target.closest(".week-cell[data-start]");
    if (!dragged || !cell) { return; }
    event.preventDefault();
    var url = dragged.getAttribute("data-reschedule-url");
    var body = new URLSearchParams();
    body.set("start_at", cell.getAttribute("data-start"));
    status("Moving…", true);
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {"X-CSRFToken": csrfToken(), "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"},
      body: body.toString()
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, data: data}; });
    }).then(function (result) {
      status(result.data.message || (result.ok ? "Moved." : "Could not move it."), result.ok);
      if (result.ok && window.htmx) {
        window.htmx.ajax("GET", window.location.href, {target: "#calendar-body", select: "#calendar-body", swap: "outerHTML"})
          .then(function () { status(result.data.message, true); });
      }
    }).catch(function () {
      status("Could not reach the server; nothing was changed.", false);
    });
  });
})();
