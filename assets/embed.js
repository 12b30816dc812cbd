// law-explainer's loader: the one script a partner page includes. Plain JavaScript on purpose:
// the quick exit must work before, and without, the WebAssembly. For each <law-explainer> it
// attaches an open shadow root (the page's CSS cannot reach in, the widget's cannot leak out),
// shows the quick exit and a placeholder at once, and loads the walkthrough only when the element
// nears the viewport or the visitor reaches it. `cargo xtask build` fills in the LE_ values and
// minifies it; names starting with _ are private and get shortened, to keep it under 3 KB.
(function () {
  "use strict";

  // Included twice (say embed.js and a pinned embed-<hash>.js): the first copy does the work.
  if (customElements.get("law-explainer")) return;

  var FILES = LE_FILES;
  var SHELL_CSS = LE_SHELL_CSS;
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  // Each language's loader words and direction, from content/<locale>/ui.ftl (loader-* messages).
  var TEXT = LE_TEXT;
  var DEFAULT_EXIT = LE_DEFAULT_EXIT;
  var PARAMS = LE_PARAMS;

  var script = document.currentScript;
  // Inline (the offline copy) there is no src: the page itself is the base.
  var base = script && script.src || location.href;
  var framed = window.top !== window.self;
  // Framed by WordPress's "paste a link" embed (wp-embed), which sandboxes the frame with
  // allow-scripts alone: its address ends in #?secret=..., which every message to the page
  // around it must repeat. That page then sizes the frame, and follows a link to this host.
  var secret = framed && (/^#\?secret=([A-Za-z0-9]+)$/.exec(location.hash) || [])[1];
  var shell = new CSSStyleSheet();
  shell.replaceSync(SHELL_CSS);
  var wasm = null;
  var css = null;
  var contents = {};
  var overlay = null;
  var instances = [];
  var made = 0;

  function url(name) {
    return new URL(name, base).href;
  }

  function warn(message) {
    console.warn("law-explainer: " + message);
  }

  // The language to show: the one the lang value asks for (es-MX asks for es), else the first of
  // the visitor's browser languages the widget has, else English; only among the languages the
  // partner offers (languages="en es pt"; English always, and every language when it is absent).
  function locale(lang, languages) {
    // A list naming none of the widget's languages offers them all, as the widget does.
    var offered = String(languages || "").toLowerCase().split(/[\s,]+/).filter(function (code) {
      return Object.hasOwn(TEXT, code);
    });
    // Own keys only: lang="constructor" must not find Object's.
    var has = function (code) {
      return Object.hasOwn(TEXT, code) && (!offered.length || code === "en" || offered.indexOf(code.toLowerCase()) >= 0);
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

  function el(tag, attributes, content) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (content) node.append.apply(node, [].concat(content));
    return node;
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

  // Fetched once per page, with the integrity xtask recorded, so a changed file is refused.
  function fetchChecked(name) {
    return fetch(url(name[0]), { integrity: name[1], credentials: "omit", referrerPolicy: "no-referrer" }).then(function (response) {
      if (!response.ok) throw new Error(name[0] + ": HTTP " + response.status);
      return response;
    });
  }

  // The glue runs in the page's origin, so it is pinned too. import() cannot check integrity:
  // a module script with the recorded integrity loads it first, and import() is called only
  // once that succeeded, getting the same module from the page's module map (same address)
  // without fetching again. The address passes through the widget's own Trusted Types policy,
  // which a page requiring Trusted Types asks for (see docs/EMBEDDING.md).
  function loadGlue() {
    var address = url(FILES.js[0]);
    return new Promise(function (resolve, reject) {
      var policy;
      try {
        policy = window.trustedTypes && trustedTypes.createPolicy("law-explainer", {
          createScriptURL: function (value) {
            if (value !== address) throw new TypeError("it loads only its own glue");
            return value;
          }
        });
      } catch (e) {
        throw new Error("the page's trusted-types directive must allow the policy law-explainer");
      }
      var tag = el("script", { type: "module", integrity: FILES.js[1], crossorigin: "anonymous", referrerpolicy: "no-referrer" });
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error(FILES.js[0] + " was refused")); };
      tag.src = policy ? policy.createScriptURL(address) : address;
      document.head.append(tag);
    }).then(function () { return import(address); });
  }

  // The wasm download starts beside the glue's, not after it.
  function loadWasm() {
    if (!wasm) {
      var bytes = fetchChecked(FILES.wasm);
      wasm = loadGlue().then(function (bindings) {
        return bindings.default({ module_or_path: bytes }).then(function () { return bindings; });
      });
    }
    return wasm;
  }

  // Only the language shown is downloaded; another is fetched when the visitor switches to it.
  function loadContent(code) {
    return contents[code] = contents[code] || fetchChecked(FILES.content[code]).then(function (response) {
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  function loadCss() {
    return css = css || fetchChecked(FILES.css).then(function (response) { return response.text(); }).then(function (source) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(source);
      return sheet;
    });
  }

  function exit(event, instance) {
    if (event) event.preventDefault();
    instance = instance || instances[0];
    // le-exit tells a presenting widget to make its other window leave too (page::present).
    instances.forEach(function (instance) {
      instance._widget.hidden = true;
      instance._host.dispatchEvent(new Event("le-exit"));
    });
    // A presenter's or audience window the widget opened (its own page in that mode) tells the
    // window that opened it, which then leaves through its own exit (view::browser::screen).
    // Only those windows: any other page's opener learns nothing.
    var mode = instance._host.getAttribute("mode");
    if (window.opener && instance._host.hasAttribute("params") && (mode === "present" || mode === "audience")) {
      try { window.opener.postMessage("law-explainer:exit", "*"); } catch (e) { /* its opener has closed */ }
    }
    // The tab's title goes with the content (it may name the subject while the next page
    // loads): it says only what the cover says.
    if (title === null) title = document.title;
    document.title = TEXT[instance._lang].leaving;
    // A second activation (a double click, or Shift x3 after a click) tries again under the same cover.
    if (!overlay) {
      overlay = el("div", { class: "le-overlay-host" });
      var root = overlay.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [shell];
      root.append(el("div", { class: "le-exit-overlay", role: "alert", lang: instance._lang, dir: TEXT[instance._lang].dir }, TEXT[instance._lang].leaving));
      document.body.append(overlay);
    }
    // A navigation on its way unloads this document (a frame's too, when the top one leaves):
    // until then, however slow the destination, the cover says it is leaving.
    var departing = false;
    addEventListener("beforeunload", function () { departing = true; }, { once: true });
    // WordPress navigates its page (not replacing it) only to an address on the frame's host:
    // the leave page there goes on at once to the default destination (assets/leave.html).
    if (secret) parent.postMessage({ message: "link", value: url("leave.html"), secret: secret }, "*");
    // replace(), not assign(): the page with the widget must not stay in the tab's history.
    try {
      (framed ? window.top : window).location.replace(instance._link.href);
    } catch (e) {
      blocked(instance);
    }
    // A sandboxed frame may refuse to navigate the top window without throwing.
    setTimeout(function () { if (!departing) blocked(instance); }, 1500);
  }

  function blocked(instance) {
    if (overlay) overlay.shadowRoot.firstChild.textContent = TEXT[instance._lang].blocked;
  }

  // Shift pressed alone three times within five seconds leaves. Any other key cancels the count,
  // so typing capitals (Shift held with a letter) can never add up to an exit.
  var count = 0;
  var timer = 0;
  var shiftAlone = false;

  function announce(key) {
    var first = instances[0];
    if (first) first._status.textContent = key ? TEXT[first._lang][key] : "";
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
      resetCount("");
      exit();
    } else {
      announce(count === 1 ? "one" : "two");
    }
  }, true);

  // Keys pressed in another frame (a partner's video, another site's form) never reach this
  // page: while focus is in one, each widget says so beside its exit.
  function unheard() {
    var lost = document.activeElement && document.activeElement.tagName === "IFRAME";
    instances.forEach(function (instance) { instance._unheard.hidden = !lost; });
  }
  addEventListener("blur", function () { setTimeout(unheard); });
  // Back on the page: a click on its text moves focus without always firing "focus" (WebKit).
  ["focus", "focusin", "pointerdown"].forEach(function (type) {
    addEventListener(type, function () { setTimeout(unheard); }, true);
  });

  // A partner's fixed header can cover the sticky exit bar. Once the page scrolls, each widget
  // looks at what is under its exit's centre; if that is something of the page's, the bar moves
  // below it (the partner can also set --le-exit-offset), with one console warning.
  var checking = false;
  addEventListener("scroll", function () {
    if (checking) return;
    checking = true;
    requestAnimationFrame(function () {
      checking = false;
      instances.forEach(function (instance) { instance._uncover(); });
      float();
    });
  }, { passive: true });

  // A partner's wrapper that clips or scrolls (overflow other than visible) keeps the exit bar
  // from sticking to the window: while a widget is in view but its own exit is not, the same
  // exit floats at the window's top corner, outside every wrapper of the page.
  var floating = null;
  // The page's title, kept while the exit has blanked it (see exit).
  var title = null;
  function float() {
    var needing = instances.filter(function (instance) {
      var box = instance._host.getBoundingClientRect();
      var own = instance._link.getBoundingClientRect();
      var inView = function (r) { return r.bottom > 0 && r.top < innerHeight; };
      return !instance._widget.hidden && inView(box) && box.height > 0 && !(own.width && inView(own));
    })[0];
    if (!needing) {
      if (floating) floating.hidden = true;
      return;
    }
    if (!floating) {
      floating = el("div", { class: "le-float-host" });
      floating.attachShadow({ mode: "open" }).adoptedStyleSheets = [shell];
      document.body.append(floating);
    }
    // Made again only for another widget, so a keyboard user's focus on it survives scrolling.
    if (floating._for !== needing) {
      floating._for = needing;
      var link = el("a", { class: "le-exit le-exit--float", href: needing._link.href, rel: "nofollow noreferrer", target: "_top", lang: needing._lang }, needing._link.textContent);
      link.addEventListener("click", function (event) { exit(event, needing); });
      floating.shadowRoot.replaceChildren(link);
    }
    floating.style.setProperty("--le-exit-offset", getComputedStyle(needing._host).getPropertyValue("--le-exit-offset") || "0px");
    floating.hidden = false;
  }

  // Coming back from the back-forward cache must not show the step the visitor was on.
  addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    if (overlay) overlay.remove();
    overlay = null;
    if (floating) floating.hidden = true;
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
    // The iframe page takes its settings from its own query; exit-url only when a partner frames it,
    // because a crafted link sent to a victim could otherwise choose where the exit goes.
    if (host.hasAttribute("params")) {
      var query = new URLSearchParams(location.search);
      PARAMS.concat(framed ? ["exit-url"] : []).forEach(function (name) {
        if (query.has(name)) host.setAttribute(name, query.get(name));
      });
    }
    this._lang = locale(host.getAttribute("lang"), host.getAttribute("languages"));
    var t = TEXT[this._lang];
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [shell];
    // The standalone page arrives with its first step rendered (xtask/src/prerender.rs). It is
    // kept, until the walkthrough renders over it, only if it is what these settings would show.
    var first = root.querySelector("[data-le-first]");
    if (first && (first.getAttribute("data-le-first") !== this._lang + " " + (host.getAttribute("heading-level") || "") ||
        host.matches("[start],[mode],[resources]"))) first = null;
    this._link = el("a", { class: "le-exit", href: DEFAULT_EXIT, rel: "nofollow noreferrer", target: "_top" }, t.exit);
    if (host.hasAttribute("exit-url")) this._link.href = destination(host.getAttribute("exit-url"));
    this._status = el("p", { class: "le-visually-hidden", role: "status" });
    this._unheard = el("p", { class: "le-exit-hint", hidden: "" }, t.unheard);
    var skip = this._skip = el("a", { class: "le-skip", href: "#" }, t.skip);
    this._placeholder = el("p", { class: "le-app__loading", role: "status" }, t.loading);
    // The walkthrough names this region when it loads (page::mount).
    this._app = first || el("section", { class: "le-app", tabindex: "-1" }, this._placeholder);
    this._widget = el("div", { class: "le-widget", lang: this._lang, dir: t.dir }, [
      el("div", { class: "le-exit-bar" }, [skip, this._unheard, this._link, this._status]),
      this._app
    ]);
    // The first step's styles stay until the loaded ones are adopted.
    root.replaceChildren.apply(root, (first ? [].slice.call(root.querySelectorAll("style")) : []).concat(this._widget));

    var self = this;
    // Until the walkthrough mounts, the rendered step's buttons do nothing: remember which one
    // the visitor pressed, to press it again once it works (see _load). A press that begins on
    // the rendered step counts too: if the walkthrough replaces the step before the pointer or
    // Space is released, the browser fires no click at all.
    if (first) ["pointerdown", "keydown", "click"].forEach(function (type) {
      first.addEventListener(type, function (event) {
        if (type === "keydown" && event.key !== " ") return;
        self._pressed = [].indexOf.call(first.querySelectorAll("button"), event.target.closest("button"));
      });
    });
    this._link.addEventListener("click", function (event) { exit(event, self); });
    // The skip link moves focus without touching the URL: a #fragment would add a history entry.
    skip.addEventListener("click", function (event) {
      event.preventDefault();
      var target = self._app.querySelector(".le-step__title") || self._app;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    });
    var load = function () { self._load(); };
    this._observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) load();
    }, { rootMargin: "300px" });
    this._observer.observe(host);
    host.addEventListener("focusin", load);
    host.addEventListener("pointerenter", load);
    // In a partner's iframe, tell the partner's resize helper (assets/resize.js) how tall the
    // walkthrough is. The element's own height does not depend on the frame's, so resizing the
    // frame cannot feed back into a growth loop. A height says nothing about the visitor.
    // In WordPress's embed, the same height in its protocol; it asks again once ready.
    if (framed && host.hasAttribute("params")) {
      var report = function () {
        var height = Math.ceil(host.getBoundingClientRect().bottom + scrollY);
        parent.postMessage(secret ? { message: "height", value: height, secret: secret } : { type: "law-explainer:height", height: height }, "*");
      };
      new ResizeObserver(report).observe(host);
      // WordPress keeps the frame clipped to a pixel until it hears a height, so no resize comes
      // to tell again, and its listener may arrive after the first report and its "ready" before
      // this one: a few more reports in the first seconds.
      if (secret) [0, 500, 1500, 4000].forEach(function (ms) { setTimeout(report, ms); });
      if (secret) addEventListener("message", function (event) {
        if (event.source === parent && event.data && event.data.message === "ready" && event.data.secret === secret) report();
      });
    }
  }

  Instance.prototype._uncover = function () {
    var box = this._link.getBoundingClientRect();
    if (!box.width || box.bottom < 0 || box.top > innerHeight) return;
    var over = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!over || over === this._host || this._host.contains(over) || over === overlay || over === floating) return;
    var offset = Math.ceil(over.getBoundingClientRect().bottom);
    if (offset <= 0 || offset >= innerHeight / 2) return;
    this._host.style.setProperty("--le-exit-offset", offset + "px");
    if (!this._moved) warn("something on the page covers the quick exit; it now sits " + offset + "px lower (set --le-exit-offset to choose)");
    this._moved = true;
  };

  Instance.prototype._load = function () {
    if (this._loading) return;
    this._loading = true;
    this._observer.disconnect();
    var self = this;
    var root = this._host.shadowRoot;
    Promise.all([loadWasm(), loadCss(), loadContent(this._lang)]).then(function (loaded) {
      if (self._gone) return;
      root.adoptedStyleSheets = [shell, loaded[1]];
      root.querySelectorAll("style").forEach(function (style) { style.remove(); });
      // The walkthrough renders the same step over the rendered one: focus and a press carry over.
      var buttons = function () { return self._app.querySelectorAll("button"); };
      var focused = [].indexOf.call(buttons(), root.activeElement);
      // The language switcher: the quick exit's words change once the new language has arrived.
      self._mounted = loaded[0].mount(self._host, self._widget, self._app, self._number, base, loaded[2], function (code) {
        return loadContent(code).then(function (bytes) {
          var t = TEXT[self._lang = code];
          self._link.textContent = t.exit;
          self._skip.textContent = t.skip;
          return bytes;
        });
      });
      // Yew renders in a microtask after mount: by the next task the buttons are live.
      setTimeout(function () {
        var live = buttons();
        if (live[focused]) live[focused].focus();
        if (live[self._pressed]) live[self._pressed].click();
      });
    }).catch(function (error) {
      warn(String(error));
      // Above the first step when there is one: it stays readable, but it will not move on.
      self._app.prepend(self._placeholder);
      self._placeholder.textContent = TEXT[self._lang].failed;
    }).finally(function () {
      self._app.removeAttribute("data-le-first");
    });
  };

  Instance.prototype._destroy = function () {
    this._gone = true;
    this._observer.disconnect();
    if (this._mounted) this._mounted.destroy();
    this._host.shadowRoot.replaceChildren();
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
        if (self.isConnected || !self._instance) return;
        instances.splice(instances.indexOf(self._instance), 1);
        self._instance._destroy();
        self._instance = null;
      });
    }
  });
})();
