// The standalone page's own script (index.html, also the page partners frame), run before the
// loader defines the element: what only this page needs, kept out of the loader every partner
// page downloads. It takes the element's settings from the page's query; inside a frame it
// reports the walkthrough's height to the page around it, and in WordPress's "paste a link"
// embed it follows that protocol; when the quick exit is used it tells the window that framed or
// opened this page what it needs to leave too.
(function () {
  "use strict";
  var PARAMS = LE_PARAMS;
  var host = document.querySelector("law-explainer[params]");
  if (!host) return;
  var framed = window.top !== window.self;
  // Framed by WordPress's "paste a link" embed (wp-embed), which sandboxes the frame with
  // allow-scripts alone: its address ends in #?secret=..., which every message to the page
  // around it must repeat. That page then sizes the frame, and follows a link to this host.
  var secret = framed && (/^#\?secret=([A-Za-z0-9]+)$/.exec(location.hash) || [])[1];

  // exit-url only when a partner frames the page, because a crafted link sent to a victim could
  // otherwise choose where the exit goes.
  var query = new URLSearchParams(location.search);
  PARAMS.concat(framed ? ["exit-url"] : []).forEach(function (name) {
    if (query.has(name)) host.setAttribute(name, query.get(name));
  });

  // The loader sends le-exit before it navigates, so these messages go first.
  host.addEventListener("le-exit", function () {
    // WordPress navigates its page (not replacing it) only to an address on the frame's host:
    // the leave page there goes on at once to the default destination (assets/leave.html).
    if (secret) parent.postMessage({ message: "link", value: new URL("leave.html", location.href).href, secret: secret }, "*");
    // A presenter's or audience window the widget opened tells the window that opened it, which
    // then leaves through its own exit (view::browser::screen). Only those windows: any other
    // page's opener learns nothing.
    var mode = host.getAttribute("mode");
    if (window.opener && (mode === "present" || mode === "audience")) {
      try { window.opener.postMessage("law-explainer:exit", "*"); } catch (e) { /* its opener has closed */ }
    }
  });

  // In a partner's iframe, tell the partner's resize helper (assets/resize.js) how tall the
  // walkthrough is. The element's own height does not depend on the frame's, so resizing the
  // frame cannot feed back into a growth loop. A height says nothing about the visitor.
  // In WordPress's embed, the same height in its protocol; it asks again once ready.
  if (!framed) return;
  var report = function () {
    var height = Math.ceil(host.getBoundingClientRect().bottom + scrollY);
    parent.postMessage(secret ? { message: "height", value: height, secret: secret } : { type: "law-explainer:height", height: height }, "*");
  };
  new ResizeObserver(report).observe(host);
  // WordPress keeps the frame clipped to a pixel until it hears a height, so no resize comes
  // to tell again, and its listener may arrive after the first report and its "ready" before
  // this one: a few more reports in the first seconds.
  if (!secret) return;
  [0, 500, 1500, 4000].forEach(function (ms) { setTimeout(report, ms); });
  addEventListener("message", function (event) {
    if (event.source === parent && event.data && event.data.message === "ready" && event.data.secret === secret) report();
  });
})();
