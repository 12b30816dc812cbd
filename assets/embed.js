// law-explainer's loader, first part: the one script a partner page includes, holding only what
// must work before any other file arrives. Plain JavaScript on purpose: the quick exit works
// before, and without, everything else. For each <law-explainer> it attaches an open shadow root
// (the page's CSS cannot reach in, the widget's cannot leak out) and shows the quick exit, in the
// element's language, above an empty region at once, and loads the loader's second part
// (assets/loader.js), which fetches the language's words and first screen and does the rest. `cargo xtask build` fills in the LE_ values and minifies
// it; names starting with _ are shared with the second part and get shortened, to keep it small.
(function () {
  "use strict";

  // Included twice (say embed.js and a pinned embed-<hash>.js): the first copy does the work.
  if (customElements.get("law-explainer")) return;

  // Each language's quick-exit word, from content/<locale>/ui.ftl: a language costs this file only
  // its word; the rest of its loader words come with its first screen.
  var LANGS = LE_LANGS;
  // The languages written right to left, so the exit bar sits right before the file arrives.
  var RTL = LE_RTL;
  // The hash every language's file has in its name (locale-<lang>-<hash>.json), so this part
  // can start the element's file itself (see Instance).
  var LOCALES = LE_LOCALES;
  var SECOND = LE_SECOND;
  // The offline copy's data: addresses by file name (empty when served).
  var INLINE = LE_INLINE;
  var DEFAULT_EXIT = LE_DEFAULT_EXIT;
  var PRESSES = 3;
  var WINDOW_MS = 5000;

  var script = document.currentScript;
  // Inline (the offline copy) there is no src: the page itself is the base.
  var base = script && script.src || location.href;
  var shell = new CSSStyleSheet();
  shell.replaceSync(LE_SHELL_CSS);
  var instances = [];
  var early = {};
  var allowed = [];
  var policy;
  var made = 0;
  var overlay = null;
  // The page's title, kept while the exit has blanked it (see exit).
  var title = null;

  function url(name) {
    return INLINE[name] || new URL(name, base).href;
  }

  function warn(message) {
    console.warn("law-explainer: " + message);
  }

  function el(tag, attributes, content) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (content) node.append.apply(node, [].concat(content));
    return node;
  }

  // The language to show: the one the lang value asks for (es-MX asks for es), else the first of
  // the visitor's browser languages the widget has, else English; only among the languages the
  // partner offers (languages="en es pt"; English always, and every language when it is absent).
  function locale(lang, languages) {
    // A list naming none of the widget's languages offers them all, as the widget does.
    var offered = String(languages || "").toLowerCase().split(/[\s,]+/).filter(function (code) {
      return Object.hasOwn(LANGS, code);
    });
    // Own keys only: lang="constructor" must not find Object's.
    var has = function (code) {
      return Object.hasOwn(LANGS, code) && (!offered.length || code === "en" || offered.indexOf(code.toLowerCase()) >= 0);
    };
    var wanted = [lang].concat(navigator.languages);
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i] || "");
      var key = tag.split("-")[0].toLowerCase();
      if (has(tag)) return tag;
      if (has(key)) return key;
    }
    return "en";
  }

  // Only http(s) destinations: a javascript: or data: URL here would run code on the way out.
  function destination(value) {
    try {
      var parsed = new URL(value);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.href;
    } catch (e) { /* falls through to the warning */ }
    warn('exit-url="' + String(value).slice(0, 200) + '" is not an http(s) address; using ' + DEFAULT_EXIT);
    return DEFAULT_EXIT;
  }

  // Every file is fetched with the integrity xtask recorded, so a changed file is refused.
  function fetchChecked(file) {
    return fetch(url(file[0]), { integrity: file[1], credentials: "omit", referrerPolicy: "no-referrer" }).then(function (response) {
      if (!response.ok) throw new Error(file[0] + ": HTTP " + response.status);
      return response;
    });
  }

  // A module runs in the page's origin, so it is pinned too. import() cannot check integrity: a
  // module script with the recorded integrity loads it first, and import() is called only once
  // that succeeded, getting the same module from the page's module map without fetching again.
  // The address passes through the widget's own Trusted Types policy, which a page requiring
  // Trusted Types asks for (docs/EMBEDDING.md), and which passes only the files asked for here.
  function loadModule(file) {
    var address = url(file[0]);
    allowed.push(address);
    return new Promise(function (resolve, reject) {
      try {
        policy = policy || window.trustedTypes && trustedTypes.createPolicy("law-explainer", {
          createScriptURL: function (value) {
            if (allowed.indexOf(value) < 0) throw new TypeError("it loads only its own files");
            return value;
          }
        });
      } catch (e) {
        throw new Error("the page's trusted-types directive must allow the policy law-explainer");
      }
      var tag = el("script", { type: "module", integrity: file[1], crossorigin: "anonymous", referrerpolicy: "no-referrer" });
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error(file[0] + " was refused")); };
      tag.src = policy ? policy.createScriptURL(address) : address;
      document.head.append(tag);
    }).then(function () { return import(address); });
  }

  // The second part, started once: it returns what it does for each element.
  var second = loadModule(SECOND).then(function (module) {
    return module.default({ _url: url, _el: el, _warn: warn, _fetch: fetchChecked, _module: loadModule, _shell: shell, _instances: instances, _exit: exit, _base: base, _early: early });
  });

  function exit(event, instance) {
    if (event) event.preventDefault();
    instance = instance || instances[0];
    // le-exit tells a presenting widget to make its other window leave too (view::browser), and
    // the standalone page to tell a frame's parent (assets/standalone.js).
    instances.forEach(function (one) {
      one._host.dispatchEvent(new Event("le-exit"));
    });
    // The widgets go once the cover has been painted over them, and the tab's title with them
    // (it may name the subject while the next page loads: it says only what the cover says).
    // Doing either before the cover's frame made its paint later than GOV.UK's
    // (docs/PERFORMANCE.md): hiding a walkthrough reflows the page, and a new title cost the
    // exit's handler a third of its time. A hidden page paints no frame, so there they go at once.
    var hide = function () {
      instances.forEach(function (one) { one._widget.hidden = true; });
      if (title === null) title = document.title;
      document.title = instance._text.leaving || instance._link.textContent;
    };
    if (document.hidden) hide();
    else requestAnimationFrame(function () { setTimeout(hide); });
    // A navigation on its way unloads this document (a frame's too, when the top one leaves):
    // until then, however slow the destination, the cover says it is leaving.
    var departing = false;
    var refused = false;
    addEventListener("beforeunload", function () { departing = true; }, { once: true });
    // replace(), not assign(): the page with the widget must not stay in the tab's history.
    // In a frame, top is the partner's window, which leaves with it. Asked for before the cover
    // is made, so the next page's request does not wait for it; the cover is still made in this
    // task, so it shows in the next frame all the same.
    try {
      top.location.replace(instance._link.href);
    } catch (e) {
      refused = true;
    }
    // A second activation (a double click, or Shift x3 after a click) tries again under the same cover.
    if (!overlay) {
      overlay = el("div", { class: "le-overlay-host" });
      var root = overlay.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [shell];
      root.append(el("div", { class: "le-exit-overlay", role: "alert", lang: instance._lang, dir: instance._widget.dir }, instance._text.leaving || ""));
      document.body.append(overlay);
    }
    if (refused) blocked(instance);
    // A sandboxed frame may refuse to navigate the top window without throwing.
    setTimeout(function () { if (!departing) blocked(instance); }, 1500);
  }

  function blocked(instance) {
    if (overlay) overlay.shadowRoot.firstChild.textContent = instance._text.blocked || "";
  }

  // Shift pressed alone three times within five seconds leaves. Any other key cancels the count,
  // so typing capitals (Shift held with a letter) can never add up to an exit.
  var count = 0;
  var timer = 0;
  var shiftAlone = false;

  // Said once the language's words have arrived; the count works before them.
  function announce(key) {
    var first = instances[0];
    if (first) first._status.textContent = first._text[key] || "";
  }

  function resetCount(key) {
    clearTimeout(timer);
    count = 0;
    announce(key);
  }

  addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    if (count > 0) resetCount("");
  }, true);

  addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone || !instances.length) return;
    shiftAlone = false;
    count += 1;
    if (count === 1) timer = setTimeout(function () { resetCount("timeout"); }, WINDOW_MS);
    if (count >= PRESSES) {
      // The count starts again, but what it last said stays until the page comes back (pageshow
      // clears it): changing it now would lay the widget out again in the cover's frame.
      clearTimeout(timer);
      count = 0;
      exit();
    } else {
      announce(count === 1 ? "one" : "two");
    }
  }, true);

  // Coming back from the back-forward cache must not show the step the visitor was on.
  addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (overlay) overlay.remove();
    overlay = null;
    if (title !== null) document.title = title;
    title = null;
    resetCount("");
    instances.forEach(function (instance) {
      instance._widget.hidden = false;
      instance._host.dispatchEvent(new Event("le-reset"));
    });
  });

  function Instance(host) {
    this._host = host;
    this._number = ++made;
    this._text = {};
    var lang = this._lang = locale(host.getAttribute("lang"), host.getAttribute("languages"));
    // The element's language file starts now, beside the second part rather than a round trip
    // after it. The second part checks its bytes with crypto.subtle, which only a secure context
    // has: elsewhere it fetches the file itself, with its integrity.
    if (isSecureContext) (early[lang] = early[lang] || fetchChecked(["locale-" + lang + "-" + LOCALES + ".json"])).catch(Object);
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [shell];
    // The standalone page arrives with its first step rendered (xtask/src/prerender.rs). It is
    // kept, until the walkthrough renders over it, only if it is what these settings would show.
    var first = root.querySelector("[data-le-first]");
    if (first && (first.getAttribute("data-le-first") !== lang + " " + (host.getAttribute("heading-level") || "") || !this._plain())) first = null;
    this._link = el("a", { class: "le-exit", href: DEFAULT_EXIT, rel: "nofollow noreferrer", target: "_top" }, LANGS[lang]);
    if (host.hasAttribute("exit-url")) this._link.href = destination(host.getAttribute("exit-url"));
    this._status = el("p", { class: "le-visually-hidden", role: "status" });
    this._bar = el("div", { class: "le-exit-bar" }, [this._link, this._status]);
    this._placeholder = el("p", { class: "le-app__loading", role: "status" });
    this._app = first || el("section", { class: "le-app", tabindex: "-1" }, this._placeholder);
    this._widget = el("div", { class: "le-widget", lang: lang, dir: RTL.indexOf(lang) < 0 ? "ltr" : "rtl" }, [this._bar, this._app]);
    // The first step's styles stay until the loaded ones are adopted.
    root.replaceChildren.apply(root, (first ? [].slice.call(root.querySelectorAll("style")) : []).concat(this._widget));
    var self = this;
    this._link.addEventListener("click", function (event) { exit(event, self); });
    second.then(function (add) {
      if (!self._gone) add(self);
    }).catch(function (error) { self._fail(error); });
  }

  // Whether the element asks for the first screen every build renders: no other step, mode,
  // help lines, offered languages or classroom controls, and the page's first widget (a second
  // one numbers its landmarks).
  Instance.prototype._plain = function () {
    return this._number < 2 && !this._host.matches("[start],[mode],[resources],[languages],[classroom]:not([classroom=off])");
  };

  // Above the first step when there is one: it stays readable, but it will not move on. In the
  // language's words once they have arrived; before them (the second part refused), the
  // element's own content, the partner's fallback, shows under the exit.
  Instance.prototype._fail = function (error) {
    warn(String(error));
    this._app.prepend(this._placeholder);
    this._placeholder.replaceChildren(this._text.failed || el("slot"));
  };

  customElements.define("law-explainer", class extends HTMLElement {
    connectedCallback() {
      // Moved (taken out and put back in the same task): keep the walkthrough and its place.
      if (this._instance) return;
      this._instance = new Instance(this);
      instances.push(this._instance);
    }

    disconnectedCallback() {
      var self = this;
      queueMicrotask(function () {
        var instance = self._instance;
        if (self.isConnected || !instance) return;
        instances.splice(instances.indexOf(instance), 1);
        instance._gone = true;
        if (instance._stop) instance._stop();
        self.shadowRoot.replaceChildren();
        self._instance = null;
      });
    }
  });
})();
