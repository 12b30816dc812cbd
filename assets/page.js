// The page's own script, plain JavaScript on purpose: it must run before, and without, the
// WebAssembly. It enhances the quick exit (a real link in the first markup, which works without
// this script) with a faster exit and the Shift x3 shortcut, and it tells the visitor when the
// walkthrough cannot load instead of leaving a blank widget.
(function () {
  "use strict";

  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var root = document.querySelector("[data-le-widget]");
  var link = document.querySelector("[data-le-exit]");
  var status = document.querySelector("[data-le-exit-status]");
  var app = document.getElementById("le-app");
  if (!root || !link) return;

  var framed = window.top !== window.self;

  // The page supplies translated wording in data-le-* attributes; these are fallbacks.
  function text(name, fallback) {
    return root.getAttribute("data-le-" + name) || fallback;
  }

  function safeDestination(value) {
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // A destination in the page's own URL could come from a crafted link sent to a victim, so it
  // is honoured only when a partner page frames the widget.
  if (framed) {
    var asked = new URLSearchParams(window.location.search).get("exit-url");
    var destination = asked && safeDestination(asked);
    if (destination) link.href = destination;
  }

  var overlay = null;

  function exit(event) {
    if (event) event.preventDefault();
    hideContent(true);
    // A second activation (a double click, or Shift x3 after a click) tries again, under the same overlay.
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.className = "le-exit-overlay";
      overlay.setAttribute("role", "alert");
      overlay.textContent = text("leaving", "Leaving this page.");
      document.body.appendChild(overlay);
    }
    // replace(), not assign(): the widget's page must not stay in the tab's history.
    try {
      (framed ? window.top : window).location.replace(link.href);
    } catch (e) {
      blocked();
    }
    // A sandboxed frame may refuse to navigate the top window without throwing.
    window.setTimeout(blocked, 1500);
  }

  function blocked() {
    if (overlay) overlay.textContent = text("blocked", "This page is hidden. To leave, close this tab or window.");
  }

  function hideContent(hidden) {
    root.hidden = hidden;
  }

  link.addEventListener("click", exit);

  // Shift pressed alone three times within five seconds. Any other key cancels the count, so
  // typing capitals (Shift held with a letter) can never add up to an exit.
  var count = 0;
  var timer = 0;
  var shiftAlone = false;

  function announce(message) {
    if (status) status.textContent = message;
  }

  function resetCount(message) {
    window.clearTimeout(timer);
    count = 0;
    announce(message);
  }

  window.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    if (count > 0) resetCount("");
  }, true);

  window.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone) return;
    shiftAlone = false;
    count += 1;
    if (count === 1) {
      timer = window.setTimeout(function () {
        resetCount(text("timeout", "Quick exit cancelled."));
      }, WINDOW_MS);
    }
    if (count >= PRESSES) {
      resetCount("");
      exit();
    } else {
      announce(count === 1 ? text("press-one", "Shift pressed once.") : text("press-two", "Shift pressed twice."));
    }
  }, true);

  // The skip link moves focus without touching the URL: a #fragment would add a history entry.
  var skip = document.querySelector("[data-le-skip]");
  if (skip) {
    skip.addEventListener("click", function (event) {
      var target = app && (app.querySelector("h2") || app);
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    });
  }

  // When the WebAssembly cannot be fetched or started, the loader fails with an uncaught error
  // (or rejection); while the placeholder is still there, that means the walkthrough is not coming.
  function loadFailed() {
    var loading = app && app.querySelector("[data-le-loading]");
    if (loading) loading.textContent = text("load-failed", "The walkthrough could not load.");
  }
  window.addEventListener("error", loadFailed);
  window.addEventListener("unhandledrejection", loadFailed);

  // Coming back from the back-forward cache must not show the step the visitor was on.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (overlay) overlay.remove();
    overlay = null;
    hideContent(false);
    resetCount("");
    document.dispatchEvent(new Event("le-reset"));
  });
})();
