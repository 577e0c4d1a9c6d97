// Analytics dashboard: draws the charts from the JSON the page carries (#an-chart-data),
// again after every HTMX refresh. Series differ by dash pattern and point shape as well as
// colour, and every chart has a table view next to it.
(function () {
  "use strict";

  var PALETTE = ["#3b5bdb", "#2b8a3e", "#e8590c", "#862e9c", "#c92a2a", "#0b7285", "#5f3dc4", "#e67700",
    "#495057", "#d6336c", "#1098ad", "#74b816", "#f08c00", "#364fc7"];
  var DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2]];
  var POINTS = ["circle", "rect", "triangle", "rectRot", "crossRot"];

  function line(label, values, index) {
    return {
      label: label, data: values, borderColor: PALETTE[index], backgroundColor: PALETTE[index],
      borderDash: DASHES[index % DASHES.length], pointStyle: POINTS[index % POINTS.length], pointRadius: 3,
      tension: 0.2, fill: false,
    };
  }

  function bars(label, values, index) {
    return {
      label: label, data: values, backgroundColor: PALETTE[index] + "99", borderColor: PALETTE[index],
      borderWidth: index === 0 ? 1 : 2, borderDash: DASHES[index % DASHES.length],
    };
  }

  var legend = {labels: {usePointStyle: true}};

  var BUILDERS = {
    timeseries: function (data) {
      var rows = data.timeseries;
      var days = rows.map(function (r) { return r.day; });
      var pick = function (key) { return rows.map(function (r) { return r[key]; }); };
      var interested = rows.map(function (r) { return r.qualified + r.confirmed; });
      return {type: "line", data: {labels: days, datasets: [
        line("Calls", pick("calls"), 0), line("Answered", pick("answered"), 1),
        line("Unreached", pick("unreached"), 2), line("Qualified or confirmed", interested, 3),
        line("Not interested", pick("not_interested"), 4),
      ]}, options: {plugins: {legend: legend}, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}};
    },
    lead_statuses: function (data) {
      var rows = data.lead_statuses;
      return {type: "doughnut", data: {
        labels: rows.map(function (r) { return r.label + " (" + r.count + ")"; }),
        datasets: [{data: rows.map(function (r) { return r.count; }),
          backgroundColor: rows.map(function (_, i) { return PALETTE[i % PALETTE.length]; }),
          borderColor: "#fff", borderWidth: 2}],
      }, options: {plugins: {legend: {position: "right"}}}};
    },
    funnel: function (data) {
      var rows = data.funnel;
      return {type: "bar", data: {
        labels: rows.map(function (r) { return r.label + (r.share === null ? "" : " (" + r.share + "%)"); }),
        datasets: [bars("Count", rows.map(function (r) { return r.count; }), 0)],
      }, options: {indexAxis: "y", plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true}}}};
    },
    lead_sources: function (data) {
      var rows = data.lead_sources;
      var pick = function (key) { return rows.map(function (r) { return r[key]; }); };
      return {type: "bar", data: {labels: pick("label"), datasets: [
        bars("Added", pick("added"), 0), bars("Qualified", pick("qualified"), 1), bars("Converted", pick("converted"), 2),
      ]}, options: {plugins: {legend: legend}, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}};
    },
    appointments: function (data) {
      var now = data.appointments.current, before = data.appointments.previous;
      return {type: "bar", data: {labels: ["Confirmation rate %", "No-show rate %"], datasets: [
        bars("This period", [now.confirmation_rate, now.no_show_rate], 0),
        bars("Previous period", [before.confirmation_rate, before.no_show_rate], 2),
      ]}, options: {plugins: {legend: legend}, scales: {y: {beginAtZero: true, max: 100}}}};
    },
  };

  function shadeHeatmap(root) {
    root.querySelectorAll("table.an-heat td[data-calls]").forEach(function (cell) {
      var calls = +cell.getAttribute("data-calls"), max = +cell.getAttribute("data-max");
      var level = calls && max ? Math.max(1, Math.ceil(5 * calls / max)) : 0;
      cell.className = "h" + level;
    });
  }

  function draw(root) {
    var source = root.querySelector("#an-chart-data") || document.getElementById("an-chart-data");
    if (!source || typeof Chart === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var build = BUILDERS[canvas.getAttribute("data-chart")];
      if (!build) { return; }
      var existing = Chart.getChart(canvas);
      if (existing) { existing.destroy(); }
      var config = build(data);
      config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false}, config.options);
      new Chart(canvas, config);
    });
    shadeHeatmap(root);
  }

  function toggleCustom() {
    var select = document.querySelector("select[data-period]");
    if (!select) { return; }
    document.querySelectorAll(".an-custom").forEach(function (label) {
      label.hidden = select.value !== "custom";
    });
  }

  document.addEventListener("DOMContentLoaded", function () { toggleCustom(); draw(document); });
  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-period]")) { toggleCustom(); }
  });
  document.addEventListener("htmx:afterSettle", function (event) { draw(event.target.parentNode || document); });
})();
