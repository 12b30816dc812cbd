// law-explainer's iframe helper, for partner pages that frame the widget. Include it once; it
// sizes every <iframe data-law-explainer> to the walkthrough inside it (trusting a message only
// from that frame's window and that frame's origin, and only a plain number), and hears the
// quick exit's Shift x3 on this page, where the widget in its frame cannot.
(function () {
  "use strict";
  // Filled in by the build from the widget's own default (model::config::DEFAULT_EXIT).
  var DEFAULT_EXIT = LE_DEFAULT_EXIT;
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var MIN = 200;
  var MAX = 20000;
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "law-explainer:height" || typeof data.height !== "number") return;
    var frames = document.querySelectorAll("iframe[data-law-explainer]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || new URL(frame.src, location.href).origin !== event.origin) continue;
      var height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height)));
      // Only a real change: equal heights must not start another round of messages.
      if (Math.abs(frame.clientHeight - height) > 1) frame.style.height = height + "px";
    }
  });

  // Shift pressed alone three times within five seconds, with focus on this page, leaves as the
  // widget's exit does: to the destination the first frame was given (its exit-url), replacing
  // this page in the tab's history. Any other key cancels the count, so capitals never add up.
  var count = 0;
  var timer = 0;
  var alone = false;
  addEventListener("keydown", function (event) {
    alone = event.key === "Shift" && !event.repeat;
    if (event.key !== "Shift") count = 0;
  }, true);
  addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !alone) return;
    alone = false;
    clearTimeout(timer);
    timer = setTimeout(function () { count = 0; }, WINDOW_MS);
    if (++count >= PRESSES) leave();
  }, true);

  function leave() {
    var frame = document.querySelector("iframe[data-law-explainer]");
    if (!frame) return;
    var destination = DEFAULT_EXIT;
    try {
      var asked = new URL(new URL(frame.src, location.href).searchParams.get("exit-url") || "");
      if (asked.protocol === "http:" || asked.protocol === "https:") destination = asked.href;
    } catch (e) { /* no exit-url, or not an address: the default */ }
    document.documentElement.style.setProperty("visibility", "hidden", "important");
    document.title = "";
    location.replace(destination);
  }
})();
