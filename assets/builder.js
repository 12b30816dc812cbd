// The snippet builder: turns the form into a live <law-explainer> preview and into snippets to
// copy. Every value goes into the preview as an attribute or JSON text (never as markup), and
// into the snippets escaped for HTML.
(function () {
  "use strict";

  var form = document.getElementById("settings");
  var preview = document.getElementById("preview");
  var hostInput = document.getElementById("host");
  var accentNote = document.getElementById("accent-note");
  var DEFAULT_ACCENT = "#1d4f91";
  var pinned = { versioned: "embed.js", integrity: "" };
  hostInput.value = new URL(".", location.href).href;

  function value(name) {
    return form.elements[name].value.trim();
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // A full http(s) address, or null.
  function address(text) {
    try {
      var parsed = new URL(text);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed : null;
    } catch (e) {
      return null;
    }
  }

  function settings() {
    var attributes = value("lang") ? [["lang", value("lang")]] : [];
    var offers = [].slice.call(form.querySelectorAll("input[name=offer]"));
    var offered = offers.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (offered.length < offers.length) attributes.push(["languages", ["en"].concat(offered).join(" ")]);
    if (value("theme") !== "auto") attributes.push(["theme", value("theme")]);
    attributes.push(["heading-level", value("heading-level")]);
    // The widget would use its default for anything else: say so, and leave it out.
    var exit = value("exit-url");
    document.getElementById("exit-note").textContent = exit && !address(exit)
      ? "Not a full http or https address: the Quick exit will go to the default instead." : "";
    if (exit && address(exit)) attributes.push(["exit-url", exit]);
    var contact = {};
    ["name", "phone", "text", "url", "hours"].forEach(function (field) {
      if (value("r-" + field)) contact[field] = value("r-" + field);
    });
    var resources = Object.keys(contact).length ? [contact] : null;
    if (resources) attributes.push(["resources", "law-explainer-help"]);
    var accent = value("accent").toLowerCase();
    return { attributes: attributes, resources: resources, accent: accent === DEFAULT_ACCENT ? null : accent };
  }

  function render() {
    var chosen = settings();
    // The widget checks the colour itself (WCAG contrast) and says what it will not use; the
    // builder shows that verdict rather than computing its own.
    accentNote.textContent = "";

    preview.replaceChildren();
    var data = document.createElement("script");
    data.type = "application/json";
    data.id = "law-explainer-help";
    data.textContent = JSON.stringify(chosen.resources || []);
    var element = document.createElement("law-explainer");
    chosen.attributes.forEach(function (pair) { element.setAttribute(pair[0], pair[1]); });
    if (chosen.accent) element.style.setProperty("--le-accent", chosen.accent);
    element.addEventListener("le-warning", function (event) {
      if (String(event.detail).indexOf("--le-accent ") === 0) accentNote.textContent = event.detail + ".";
    });
    preview.append(data, element);

    // The snippets name the widget's host: with an address that is not one, write none.
    var host = address(value("host") || hostInput.placeholder);
    document.getElementById("host-note").textContent = host ? "" : "Not a full http or https address: no snippets until it is one.";
    if (!host) {
      ["script-snippet", "css-snippet", "csp-snippet", "iframe-snippet", "link-snippet"].forEach(function (id) {
        document.getElementById(id).value = "";
      });
      return;
    }
    host = host.href;
    var origin = new URL(host).origin;
    var attrs = chosen.attributes.map(function (pair) { return " " + pair[0] + '="' + escapeHtml(pair[1]) + '"'; }).join("");
    var lines = [
      '<script src="' + escapeHtml(new URL(pinned.versioned, host).href) + '"' +
        (pinned.integrity ? ' integrity="' + pinned.integrity + '" crossorigin="anonymous"' : "") + " defer></script>",
      "<law-explainer" + attrs + "></law-explainer>"
    ];
    if (chosen.resources) {
      // "<" escaped inside JSON, so no value can close the script element early.
      lines.push('<script type="application/json" id="law-explainer-help">' +
        JSON.stringify(chosen.resources, null, 2).replace(/</g, "\\u003c") + "</script>");
    }
    document.getElementById("script-snippet").value = lines.join("\n");
    // In a stylesheet rather than a style attribute, which a strict style-src would block.
    document.getElementById("css-snippet").value = chosen.accent
      ? "law-explainer { --le-accent: " + chosen.accent + "; }"
      : "/* The default colours need no CSS. */";
    document.getElementById("csp-snippet").value =
      "script-src 'self' " + origin + " 'wasm-unsafe-eval'; connect-src 'self' " + origin;

    var query = new URLSearchParams();
    chosen.attributes.forEach(function (pair) { if (pair[0] !== "resources") query.set(pair[0], pair[1]); });
    var page = new URL("index.html?" + query, host).href;
    document.getElementById("iframe-snippet").value = [
      '<iframe src="' + escapeHtml(page) + '" title="Force, fraud and coercion: Maine\'s sex trafficking law" ' +
        'data-law-explainer width="100%" height="800"></iframe>',
      '<script src="' + escapeHtml(new URL("resize.js", host).href) + '" defer></script>'
    ].join("\n");
    document.getElementById("link-snippet").value =
      '<a href="' + escapeHtml(new URL("index.html", host).href) + '">Learn about force, fraud and coercion in Maine law</a>';
  }

  document.addEventListener("click", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-copy");
    if (!id) return;
    var text = document.getElementById(id).value;
    var done = function () { document.getElementById("copied").textContent = "Copied."; };
    navigator.clipboard.writeText(text).then(done, function () {
      document.getElementById(id).select();
      document.getElementById("copied").textContent = "Select all and copy with Ctrl+C (Cmd+C on a Mac).";
    });
  });

  form.addEventListener("input", render);
  form.addEventListener("change", render);
  fetch("embed.json").then(function (response) { return response.json(); }).then(function (embed) {
    pinned = embed;
  }).catch(function () { /* the unpinned embed.js still works */ }).then(render);
})();
