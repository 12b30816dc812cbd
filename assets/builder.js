// The snippet builder: turns the form into a live <law-explainer> preview and into snippets to
// copy. It writes only what the widget will really use: a value the widget would refuse or drop
// is named beside its field and left out of the preview and of every snippet. Every value goes
// into the preview as an attribute or JSON text (never as markup), and into the snippets escaped.
(function () {
  "use strict";

  var form = document.getElementById("settings");
  var preview = document.getElementById("preview");
  var hostInput = document.getElementById("host");
  var DEFAULT_ACCENT = "#1d4f91";
  var DEFAULT_EXIT = "https://www.weather.gov/";
  // The backgrounds and accent-button text the widget draws an accent on, per theme
  // (assets/shell.css's defaults), and the contrast it asks of an accent against each
  // (crates/model/src/contrast.rs): the builder's verdict is the widget's, before it loads.
  var THEMES = {
    light: { background: "#ffffff", onAccent: "#ffffff" },
    dark: { background: "#151515", onAccent: "#0b1b33" }
  };
  var ACCENT_MINIMUM = 4.5;
  var pinned = null;
  // Text fields say what is wrong once the partner has left them, not at every keystroke.
  var left = {};
  hostInput.value = new URL(".", location.href).href;

  function value(name) {
    return form.elements[name].value.trim();
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // A full address with one of `protocols`, or null.
  function address(text, protocols) {
    try {
      var parsed = new URL(text);
      return protocols.indexOf(parsed.protocol) >= 0 && parsed.hostname ? parsed : null;
    } catch (e) {
      return null;
    }
  }

  function luminance(hex) {
    var channels = [1, 3, 5].map(function (at) {
      var c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // The lower of the accent's two contrasts in a theme (against the background, and against
  // the text on accent buttons).
  function accentContrast(accent, theme) {
    return Math.min(contrast(accent, THEMES[theme].background), contrast(accent, THEMES[theme].onAccent));
  }

  // Each field's message: [text, "error" | "note"], or absent when all is well.
  function check() {
    var messages = {};
    var values = {};
    var exit = value("exit-url");
    var exitAddress = address(exit, ["http:", "https:"]);
    if (exit && !exitAddress) {
      messages["exit-url"] = ["Enter a full address that starts with https://. Until then the Quick exit goes to " + DEFAULT_EXIT + ".", "error"];
    } else if (exitAddress && exitAddress.protocol === "http:") {
      // The widget itself would take an http address; the builder will not write one.
      messages["exit-url"] = ["Use an address that starts with https:// (some browsers stop on a warning page before an http one). Until then the Quick exit goes to " + DEFAULT_EXIT + ".", "error"];
    } else if (exitAddress) {
      values.exit = exitAddress.href;
    }

    var accent = value("accent").toLowerCase();
    if (accent !== DEFAULT_ACCENT) {
      var themes = value("theme") === "auto" ? ["light", "dark"] : [value("theme")];
      var failing = themes.filter(function (theme) { return accentContrast(accent, theme) < ACCENT_MINIMUM; });
      var said = failing.map(function (theme) { return accentContrast(accent, theme).toFixed(2) + ":1 in the " + theme + " theme"; });
      if (failing.length === themes.length) {
        messages.accent = ["This colour is too hard to read (" + said.join(", ") + "; 4.5:1 is needed), so the widget would not use it: the snippet leaves it out.", "error"];
      } else {
        values.accent = accent;
        if (failing.length) {
          messages.accent = ["Visitors whose device is set to " + failing[0] + " see the default accent instead: this colour has " + said[0] + " (4.5:1 is needed). To use it for everyone, choose Colours: Always " + themes.filter(function (t) { return failing.indexOf(t) < 0; })[0] + ".", "note"];
        }
      }
    }

    // A contact the widget would refuse is left out whole (crates/model/src/config.rs).
    var contact = {};
    ["name", "phone", "text", "url", "hours"].forEach(function (field) {
      if (value("r-" + field)) contact[field] = value("r-" + field);
    });
    ["phone", "text"].forEach(function (field) {
      var number = contact[field];
      var digits = number ? number.replace(/[^0-9]/g, "").length : 0;
      if (number && (!/^[0-9 ()+.-]*$/.test(number) || digits < 3 || digits > 15)) {
        messages["r-" + field] = ["Enter a number of 3 to 15 digits (spaces and - + ( ) . are fine).", "error"];
      }
    });
    if (contact.url && !address(contact.url, ["https:"])) {
      messages["r-url"] = ["Enter a full address that starts with https://.", "error"];
    }
    var reachable = contact.phone || contact.text || contact.url;
    if (Object.keys(contact).length && !contact.name) {
      messages["r-name"] = ["Add the contact's name: without it the widget leaves the contact out.", "error"];
    } else if (contact.name && !reachable) {
      messages["r-name"] = ["Add a phone, text number or website: without one the widget leaves the contact out.", "error"];
    }
    var contactFine = ["r-name", "r-phone", "r-text", "r-url"].every(function (name) { return !messages[name]; });
    if (contact.name && reachable && contactFine) values.contact = contact;

    var host = address(value("host"), ["http:", "https:"]);
    if (host) {
      values.host = host.href;
    } else {
      messages.host = ["Enter the full address where the widget's files are published, starting with https://. No snippets until then.", "error"];
    }
    return { messages: messages, values: values };
  }

  function show(messages) {
    [].forEach.call(form.querySelectorAll("[data-field]"), function (field) {
      var name = field.getAttribute("data-field");
      var input = document.getElementById(name);
      var message = messages[name];
      // The colour picker has no typing to wait for; a missing name is said once any of the
      // contact's fields has been left, since the whole contact is left out without one.
      var waited = input.type === "color" || left[name] || (name === "r-name" && left.contact);
      if (!waited) message = null;
      var node = document.getElementById(name + "-message");
      node.textContent = message ? message[0] : "";
      node.className = "le-builder__message" + (message ? " le-builder__message--" + message[1] : "");
      field.className = "le-builder__field" + (message && message[1] === "error" ? " le-builder__field--error" : "");
      if (message && message[1] === "error") input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    });
  }

  function attributes(values) {
    var pairs = value("lang") ? [["lang", value("lang")]] : [];
    var offers = [].slice.call(form.querySelectorAll("input[name=offer]"));
    var offered = offers.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (offered.length < offers.length) pairs.push(["languages", ["en"].concat(offered).join(" ")]);
    if (value("theme") !== "auto") pairs.push(["theme", value("theme")]);
    pairs.push(["heading-level", value("heading-level")]);
    if (document.getElementById("classroom").checked) pairs.push(["classroom", "on"]);
    if (values.exit) pairs.push(["exit-url", values.exit]);
    if (values.contact) pairs.push(["resources", "law-explainer-help"]);
    return pairs;
  }

  // WordPress ends a shortcode at its first "]" and an attribute at its first quote, and has
  // no escape for either: such a value is refused, not mangled.
  function shortcode(pairs) {
    var unsafe = pairs.filter(function (pair) { return /["[\]]/.test(pair[1]); });
    if (unsafe.length) return { refused: unsafe[0][0] };
    return { text: "[law_explainer" + pairs.map(function (pair) { return " " + pair[0] + '="' + pair[1] + '"'; }).join("") + "]" };
  }

  function setSnippet(id, text) {
    document.getElementById(id).value = text;
  }

  function render() {
    // "Copied" would otherwise vouch for a snippet that has since changed.
    [].forEach.call(document.querySelectorAll("[data-copied]"), function (status) { status.textContent = ""; });
    var checked = check();
    var values = checked.values;
    show(checked.messages);
    var pairs = attributes(values);

    preview.replaceChildren();
    var data = document.createElement("script");
    data.type = "application/json";
    data.id = "law-explainer-help";
    data.textContent = JSON.stringify(values.contact ? [values.contact] : []);
    var element = document.createElement("law-explainer");
    pairs.forEach(function (pair) { element.setAttribute(pair[0], pair[1]); });
    if (values.accent) element.style.setProperty("--le-accent", values.accent);
    preview.append(data, element);

    var ids = ["script-snippet", "css-snippet", "csp-snippet", "shortcode-snippet", "iframe-snippet", "link-snippet"];
    document.getElementById("shortcode-message").textContent = "";
    if (!values.host) {
      ids.forEach(function (id) { setSnippet(id, ""); });
      return;
    }
    var host = values.host;
    var origin = new URL(host).origin;
    var usePinned = pinned && document.getElementById("loader-pinned").checked;
    var loader = usePinned
      ? '<script src="' + escapeHtml(new URL(pinned.versioned, host).href) + '" integrity="' + pinned.integrity + '" crossorigin="anonymous" defer></script>'
      : '<script src="' + escapeHtml(new URL("embed.js", host).href) + '" defer></script>';
    var lines = [loader, "<law-explainer" + pairs.map(function (pair) { return " " + pair[0] + '="' + escapeHtml(pair[1]) + '"'; }).join("") + "></law-explainer>"];
    if (values.contact) {
      // "<" escaped inside JSON, so no value can close the script element early.
      lines.push('<script type="application/json" id="law-explainer-help">' +
        JSON.stringify([values.contact], null, 2).replace(/</g, "\\u003c") + "</script>");
    }
    setSnippet("script-snippet", lines.join("\n"));
    // In a stylesheet rather than a style attribute, which a strict style-src would block.
    setSnippet("css-snippet", values.accent
      ? "law-explainer { --le-accent: " + values.accent + "; }"
      : "/* The default colours need no CSS. */");
    setSnippet("csp-snippet", "script-src 'self' " + origin + " 'wasm-unsafe-eval'; connect-src 'self' " + origin);

    // The plugin's shortcode takes the element's attributes; a contact's JSON has no place in it.
    var code = shortcode(pairs.filter(function (pair) { return pair[0] !== "resources"; }));
    setSnippet("shortcode-snippet", code.text || "");
    document.getElementById("shortcode-message").textContent = code.refused
      ? "The " + code.refused + " value holds a quote or a square bracket, which a shortcode cannot carry: change it, or use the HTML snippet in a Custom HTML block."
      : values.contact ? "A shortcode cannot carry your local help contact: to show it, use the HTML snippet in a Custom HTML block." : "";

    var query = new URLSearchParams();
    pairs.forEach(function (pair) { if (pair[0] !== "resources") query.set(pair[0], pair[1]); });
    var page = new URL("index.html?" + query, host).href;
    setSnippet("iframe-snippet", [
      '<iframe src="' + escapeHtml(page) + '" title="Force, fraud and coercion: Maine\'s sex trafficking law" ' +
        'data-law-explainer width="100%" height="800"></iframe>',
      '<script src="' + escapeHtml(new URL("resize.js", host).href) + '" defer></script>'
    ].join("\n"));
    setSnippet("link-snippet",
      '<a href="' + escapeHtml(new URL("index.html", host).href) + '">Learn about force, fraud and coercion in Maine law</a>');
  }

  // Tabs, as the ARIA Authoring Practices' tabs with automatic activation.
  var tabs = [].slice.call(document.querySelectorAll("[role=tab]"));
  function select(tab) {
    tabs.forEach(function (other) {
      var chosen = other === tab;
      other.setAttribute("aria-selected", String(chosen));
      other.tabIndex = chosen ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !chosen;
    });
  }
  tabs.forEach(function (tab, at) {
    tab.addEventListener("click", function () { select(tab); });
    tab.addEventListener("keydown", function (event) {
      var to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      var next = tabs[(to + tabs.length) % tabs.length];
      select(next);
      next.focus();
    });
  });

  // "Copied" is said beside the button pressed, in its own live region; the others empty.
  document.addEventListener("click", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-copy");
    if (!id) return;
    var field = document.getElementById(id);
    var say = function (text) {
      [].forEach.call(document.querySelectorAll("[data-copied]"), function (status) {
        status.textContent = status.getAttribute("data-copied") === id ? text : "";
      });
    };
    if (!field.value) {
      say("Nothing to copy until the address of the widget's files is right.");
      return;
    }
    navigator.clipboard.writeText(field.value).then(function () { say("Copied"); }, function () {
      field.select();
      say("Selected: press Ctrl+C (Cmd+C on a Mac) to copy.");
    });
  });

  form.addEventListener("change", function (event) {
    if (event.target.name) left[event.target.name] = true;
    if (/^r-/.test(event.target.name)) left.contact = true;
  });
  // Not the document's: the preview's own controls would remake it as a visitor tried them.
  [form, document.getElementById("loader")].forEach(function (part) {
    part.addEventListener("input", render);
    part.addEventListener("change", render);
  });
  fetch("embed.json").then(function (response) { return response.json(); }).then(function (embed) {
    pinned = embed;
    document.getElementById("loader-pinned").disabled = false;
  }).catch(function () { /* without it, only the current loader is offered */ }).then(render);
})();
