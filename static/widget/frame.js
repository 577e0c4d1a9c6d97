/* The chat inside the widget's iframe. Talks to its own origin only; to the embedding page only by
   postMessage pinned to the page's origin, and it listens to nothing else. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("vp-config").textContent);
  var PARENT = cfg.parent, BASE = "/widget/" + cfg.key, STORE = "vpChat:" + cfg.key;
  var $ = function (sel) { return document.querySelector(sel); };
  var log = $("[data-log]"), text = $("[data-text]"), typing = $("[data-typing]"), errorBox = $("[data-error]");
  var visitor = "", last = 0, conversation = null, opened = window.parent === window, timer = null, busy = false;

  function remember(value) { try { localStorage.setItem(STORE, value); } catch (e) { /* storage blocked */ } }
  function recall() { try { return localStorage.getItem(STORE) || ""; } catch (e) { return ""; } }
  function tell(message) { if (window.parent !== window) window.parent.postMessage(message, PARENT); }

  function api(method, path, body) {
    return fetch(BASE + path, {
      method: method,
      credentials: "omit",
      headers: { "Content-Type": "application/json", "X-Widget-Origin": PARENT },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var err = (data && data.error) || {};
          var fields = err.fields || {};
          var first = Object.keys(fields).map(function (k) { return [].concat(fields[k])[0]; })[0];
          throw { message: first || err.message || "Something went wrong. Please try again.", fields: fields };
        }
        return data;
      });
    });
  }

  function showError(message) { errorBox.textContent = message || ""; errorBox.hidden = !message; }

  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : ""; }

  function add(message) {
    if (message.id <= last) return;
    last = message.id;
    var item = document.createElement("li");
    item.className = "msg " + message.role;
    item.setAttribute("data-role", message.role);
    if (message.role === "staff" && message.author) {
      var who = document.createElement("span");
      who.className = "author";
      who.textContent = message.author;
      item.appendChild(who);
    }
    var body = document.createElement("p");
    body.textContent = message.text;
    item.appendChild(body);
    if (message.citations && message.citations.length) {
      var sources = document.createElement("ul");
      sources.className = "cites";
      message.citations.forEach(function (cite) {
        var li = document.createElement("li"), url = safeUrl(cite.url);
        var label = cite.title || cite.heading || url || "Source";
        if (url) {
          var link = document.createElement("a");
          link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer"; link.textContent = label;
          li.appendChild(link);
        } else {
          li.textContent = label;
        }
        sources.appendChild(li);
      });
      item.appendChild(sources);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    if (!opened && message.role !== "user") tell({ vpChat: "unread" });
  }

  function apply(conv) {
    if (!conv) return;
    conversation = conv;
    (conv.messages || []).forEach(add);
    var banner = $("[data-banner]");
    if (conv.human) { banner.textContent = "You are chatting with a person."; banner.hidden = false; }
    else if (conv.status === "waiting_for_human") { banner.textContent = "Waiting for a person to join…"; banner.hidden = false; }
    else banner.hidden = true;
    $("[data-prompts]").hidden = last > 0;
    if (conv.lead) $("[data-lead-open]").hidden = true;
  }

  function welcome() {
    if (last || !cfg.welcome) return;
    var item = document.createElement("li");
    item.className = "msg assistant welcome";
    item.textContent = cfg.welcome;
    log.appendChild(item);
  }

  function poll() {
    if (!visitor || !conversation || !conversation.id) return;
    api("GET", "/messages?visitor_id=" + encodeURIComponent(visitor) + "&after=" + last)
      .then(function (data) { apply(data.conversation); })
      .catch(function () { /* try again on the next tick */ });
  }

  function schedule() {
    clearInterval(timer);
    timer = setInterval(poll, opened ? 3000 : 15000);
  }

  function send(value) {
    value = (value || "").trim();
    if (!value || busy) return;
    if (value.length > cfg.max_message) { showError("Keep messages under " + cfg.max_message + " characters."); return; }
    busy = true;
    showError("");
    // Shown at once, replaced by the stored message when the answer arrives.
    var echo = document.createElement("li");
    echo.className = "msg user pending";
    echo.textContent = value;
    log.appendChild(echo);
    log.scrollTop = log.scrollHeight;
    text.value = "";
    typing.hidden = false;
    api("POST", "/messages", { visitor_id: visitor, text: value })
      .then(function (data) { echo.remove(); apply(data.conversation); })
      .catch(function (err) { echo.remove(); text.value = value; showError(err.message); })
      .then(function () { typing.hidden = true; busy = false; schedule(); });
  }

  function buildLeadForm() {
    var holder = $("[data-lead-fields]");
    (cfg.lead_fields || []).forEach(function (field) {
      var label = document.createElement("label");
      label.textContent = field.label + (field.required ? " *" : "");
      var input;
      if (field.kind === "choice" && field.choices && field.choices.length) {
        input = document.createElement("select");
        [""].concat(field.choices).forEach(function (choice) {
          var option = document.createElement("option");
          option.value = choice; option.textContent = choice || "Choose…";
          input.appendChild(option);
        });
      } else if (field.kind === "textarea") {
        input = document.createElement("textarea"); input.rows = 2;
      } else {
        input = document.createElement("input");
        input.type = field.kind === "email" ? "email" : field.kind === "phone" ? "tel" : "text";
      }
      input.name = field.name;
      input.required = !!field.required;
      input.maxLength = 500;
      label.appendChild(input);
      holder.appendChild(label);
    });
  }

  function close() {
    if (conversation && conversation.id && !conversation.rated && last >= 1) {
      $("[data-rate]").hidden = false;
      return;
    }
    tell({ vpChat: "close" });
  }

  function rate(value) {
    var comment = $("[data-rate-comment]").value;
    var done = function () { $("[data-rate]").hidden = true; if (conversation) conversation.rated = true; tell({ vpChat: "close" }); };
    if (!value) { done(); return; }
    api("POST", "/rating", { visitor_id: visitor, rating: value, comment: comment }).then(done, function (err) { showError(err.message); });
  }

  var chosen = 0;
  document.querySelectorAll("[data-star]").forEach(function (star) {
    star.addEventListener("click", function () {
      chosen = Number(star.getAttribute("data-star"));
      document.querySelectorAll("[data-star]").forEach(function (s) {
        s.classList.toggle("on", Number(s.getAttribute("data-star")) <= chosen);
      });
    });
  });
  $("[data-rate-send]").addEventListener("click", function () { rate(chosen); });
  $("[data-rate-skip]").addEventListener("click", function () { rate(0); });
  $("[data-close]").addEventListener("click", close);
  if (window.parent === window) $("[data-close]").hidden = true;

  $("[data-compose]").addEventListener("submit", function (event) { event.preventDefault(); send(text.value); });
  text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); send(text.value); }
  });
  (cfg.quick_prompts || []).forEach(function (prompt) {
    var button = document.createElement("button");
    button.type = "button"; button.className = "chip"; button.textContent = prompt;
    button.addEventListener("click", function () { send(prompt); });
    $("[data-prompts]").appendChild(button);
  });

  $("[data-human]").addEventListener("click", function () {
    api("POST", "/human", { visitor_id: visitor })
      .then(function (data) { apply(data.conversation); schedule(); })
      .catch(function (err) { showError(err.message); });
  });

  var leadForm = $("[data-lead]");
  buildLeadForm();
  $("[data-lead-open]").addEventListener("click", function () { leadForm.hidden = false; leadForm.querySelector("input,select,textarea").focus(); });
  $("[data-lead-cancel]").addEventListener("click", function () { leadForm.hidden = true; });
  leadForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var fields = {};
    (cfg.lead_fields || []).forEach(function (field) {
      var value = leadForm.elements[field.name].value.trim();
      if (value) fields[field.name] = value;
    });
    var errorLine = $("[data-lead-error]");
    api("POST", "/lead", { visitor_id: visitor, fields: fields, consent: $("[data-consent]").checked })
      .then(function () {
        leadForm.hidden = true;
        $("[data-lead-open]").hidden = true;
        errorLine.hidden = true;
        var item = document.createElement("li");
        item.className = "msg system";
        item.setAttribute("data-role", "system");
        item.textContent = "Thanks! We have your details and will be in touch.";
        log.appendChild(item);
      })
      .catch(function (err) { errorLine.textContent = err.message; errorLine.hidden = false; });
  });

  window.addEventListener("message", function (event) {
    // Only the page this frame was opened for may talk to it.
    if (event.origin !== PARENT || event.source !== window.parent) return;
    var data = event.data || {};
    if (data.vpChat === "opened") { opened = true; text.focus(); poll(); schedule(); }
    else if (data.vpChat === "closed") { opened = false; schedule(); }
  });

  api("POST", "/session", { visitor_id: recall() })
    .then(function (data) {
      visitor = data.visitor_id;
      remember(visitor);
      welcome();
      apply(data.conversation);
      document.body.setAttribute("data-ready", "1");
      schedule();
    })
    .catch(function (err) { showError(err.message); });
})();
