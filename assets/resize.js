// law-explainer's iframe resize helper, for partner pages that frame the widget. Include it
// once; it sizes every <iframe data-law-explainer> to the walkthrough inside it. It trusts a
// message only from that frame's window and that frame's origin, and only a plain number.
(function () {
  "use strict";
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
})();
