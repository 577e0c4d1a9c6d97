/* Voice Platform chat widget loader: a launcher button and an isolated iframe. No third-party requests. */
(function () {
  var C = __CONFIG__, w = window, d = document;
  w.__vpChat = w.__vpChat || {};
  if (w.__vpChat[C.k]) return;
  w.__vpChat[C.k] = 1;
  var open = false, frame, button, side = C.p === "left" ? "left" : "right";
  function css(el, rules) { el.style.cssText = rules; }
  function place() {
    var small = w.innerWidth < 480;
    css(frame, "position:fixed;z-index:2147483647;border:0;background:transparent;color-scheme:normal;" +
      (open ? "display:block;" : "display:none;") +
      (small ? "inset:0;width:100%;height:100%;border-radius:0;"
             : "bottom:88px;" + side + ":20px;width:370px;height:560px;max-width:calc(100vw - 40px);" +
               "max-height:calc(100vh - 108px);border-radius:14px;box-shadow:0 10px 34px rgba(0,0,0,.28);"));
    css(button, "position:fixed;bottom:20px;" + side + ":20px;z-index:2147483646;width:58px;height:58px;" +
      "border-radius:50%;border:0;cursor:pointer;padding:0;background:" + C.c + ";color:#fff;" +
      "box-shadow:0 4px 16px rgba(0,0,0,.3);font:600 26px/58px system-ui,sans-serif;" +
      (open && small ? "display:none;" : ""));
  }
  function send(message) { if (frame.contentWindow) frame.contentWindow.postMessage(message, C.o); }
  function toggle(value) {
    open = value;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "\u00d7" : "\u2709";
    place();
    send({ vpChat: open ? "opened" : "closed" });
  }
  function start() {
    button = d.createElement("button");
    button.type = "button";
    button.setAttribute("aria-label", C.t);
    button.setAttribute("data-vp-chat-launcher", C.k);
    frame = d.createElement("iframe");
    frame.title = C.t;
    frame.setAttribute("data-vp-chat-frame", C.k);
    frame.setAttribute("allow", "clipboard-write");
    frame.src = C.f + "&origin=" + encodeURIComponent(location.origin);
    button.onclick = function () { toggle(!open); };
    w.addEventListener("message", function (event) {
      // Only the widget's own frame, from the widget's own origin, may talk to this page.
      if (event.origin !== C.o || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.vpChat === "close") toggle(false);
      else if (data.vpChat === "open") toggle(true);
      else if (data.vpChat === "unread" && !open) button.textContent = "\u2709\u2022";
    });
    w.addEventListener("resize", place);
    d.body.appendChild(frame);
    d.body.appendChild(button);
    toggle(false);
  }
  if (d.body) start(); else d.addEventListener("DOMContentLoaded", start);
})();
