// law-explainer's loader, second part: a module that assets/embed.js loads once per page, pinned.
// It knows every file the widget fetches (FILES, names and integrity values), fetches each
// element's language file (its loader words and first screen), adds the words beside the exit, shows
// the build's first screen (xtask/src/nodes.rs) with the walkthrough's styles it carries, loads the
// walkthrough when the element nears the viewport and hands the first screen over to it, and runs
// the exit's helpers that watch the page (a covering header, a clipping wrapper, focus in another
// frame). Nothing here is needed for the quick exit itself to work. `cargo xtask build` fills in
// the files, assets/loader.css and assets/widget.css and minifies it with the first part,
// sharing the shortened _ names.
export default function (api) {
  var FILES = LE_FILES;
  var el = api._el;
  var instances = api._instances;
  var shell = api._shell;
  var extra = new CSSStyleSheet();
  extra.replaceSync(LE_LOADER_CSS);
  var wasm = {};
  var sheet = null;
  var contents = {};
  var languages = {};

  // A language's loader words and first screen (JSON), fetched once per page. The first part
  // started the elements' own languages' files before this part arrived (api._early), without
  // integrity (it does not know the values): their bytes are checked here instead, and a file
  // that does not match, or did not come, is fetched again with its integrity.
  function language(code) {
    return languages[code] = languages[code] || checked(code).catch(function () {
      return api._fetch(FILES.locales[code]);
    }).then(function (response) {
      return response.json();
    });
  }

  function checked(code) {
    var started = api._early[code];
    if (!started) return Promise.reject();
    return started.then(function (response) {
      return response.arrayBuffer();
    }).then(function (bytes) {
      return crypto.subtle.digest("SHA-256", bytes).then(function (digest) {
        if ("sha256-" + btoa(String.fromCharCode.apply(null, new Uint8Array(digest))) !== FILES.locales[code][1]) throw Error();
        return new Response(bytes);
      });
    });
  }

  // The walkthrough's wasm, or the classroom's (FILES.classroom: the same walkthrough with
  // presenter mode and the handouts), which only a widget that presents or shows the classroom
  // controls needs. The wasm download starts beside the glue's, not after it.
  function loadWasm(files) {
    if (!wasm[files.wasm[0]]) {
      var bytes = api._fetch(files.wasm);
      wasm[files.wasm[0]] = api._module(files.js).then(function (bindings) {
        return bindings.default({ module_or_path: bytes }).then(function () { return bindings; });
      });
    }
    return wasm[files.wasm[0]];
  }

  // The wasm an element needs: the classroom's by the attributes' rule in model::config
  // (mode=present or audience, or classroom on or bare), else the visitor's.
  function wasmFor(host) {
    var on = host.getAttribute("classroom");
    var classroom = /^(present|audience)$/.test(host.getAttribute("mode")) || (on !== null && /^(on)?$/.test(on.trim()));
    return classroom ? FILES.classroom : FILES;
  }

  // Only the language shown is downloaded; another is fetched when the visitor switches to it.
  function loadContent(code) {
    return contents[code] = contents[code] || api._fetch(FILES.content[code]).then(function (response) {
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  // The walkthrough's styles travel in this file: fetched on their own, they shared the link
  // with the wasm and held the first screen back (docs/PERFORMANCE.md). Parsed only for a widget
  // that shows.
  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(LE_WIDGET_CSS);
    }
    return sheet;
  }

  // The build's first screen is data, [tag, attributes, ...children] or a string, made into
  // elements here: no HTML is parsed, so a page enforcing Trusted Types has nothing to refuse.
  // It was rendered at the default heading level; each heading moves by the element's difference.
  function build(node, shift) {
    return typeof node === "string" ? node : el(node[0].replace(/^h(\d)$/, function (tag, n) {
      return "h" + (+n + shift);
    }), node[1], node.slice(2).map(function (child) { return build(child, shift); }));
  }

  // Until the walkthrough mounts, the rendered step's buttons do nothing: remember which one the
  // visitor pressed, to press it again once it works. A press that begins on the rendered step
  // counts too: if the walkthrough replaces the step before the pointer or Space is released,
  // the browser fires no click at all.
  function hold(instance) {
    var first = instance._app;
    ["pointerdown", "keydown", "click"].forEach(function (type) {
      first.addEventListener(type, function (event) {
        if (type === "keydown" && event.key !== " ") return;
        instance._pressed = [].indexOf.call(first.querySelectorAll("button"), event.target.closest("button"));
      });
    });
  }

  // Keys pressed in another frame (a partner's video, another site's form) never reach this
  // page: while focus is in one, each widget says so beside its exit.
  function unheard() {
    var lost = document.activeElement && document.activeElement.tagName === "IFRAME";
    instances.forEach(function (instance) { if (instance._unheard) instance._unheard.hidden = !lost; });
  }
  addEventListener("blur", function () { setTimeout(unheard); });
  // Back on the page: a click on its text moves focus without always firing "focus" (WebKit).
  ["focus", "focusin", "pointerdown"].forEach(function (type) {
    addEventListener(type, function () { setTimeout(unheard); }, true);
  });

  // A partner's fixed header can cover the sticky exit bar. Once the page scrolls, each widget
  // looks at what is under its exit's centre; if that is something of the page's, the bar moves
  // below it (the partner can also set --le-exit-offset), with one console warning.
  function uncover(instance) {
    var host = instance._host;
    var box = instance._link.getBoundingClientRect();
    if (!box.width || box.bottom < 0 || box.top > innerHeight) return;
    var over = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!over || over === host || host.contains(over) || over.matches(".le-overlay-host,.le-float-host")) return;
    var offset = Math.ceil(over.getBoundingClientRect().bottom);
    if (offset <= 0 || offset >= innerHeight / 2) return;
    host.style.setProperty("--le-exit-offset", offset + "px");
    if (!instance._moved) api._warn("something on the page covers the quick exit; it now sits " + offset + "px lower (set --le-exit-offset to choose)");
    instance._moved = true;
  }

  var checking = false;
  addEventListener("scroll", function () {
    if (checking) return;
    checking = true;
    requestAnimationFrame(function () {
      checking = false;
      instances.forEach(uncover);
      float();
    });
  }, { passive: true });

  // A partner's wrapper that clips or scrolls (overflow other than visible) keeps the exit bar
  // from sticking to the window: while a widget is in view but its own exit is not, the same
  // exit floats at the window's top corner, outside every wrapper of the page.
  var floating = null;
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
      floating.attachShadow({ mode: "open" }).adoptedStyleSheets = [shell, extra];
      document.body.append(floating);
    }
    // Made again only for another widget, so a keyboard user's focus on it survives scrolling.
    if (floating._for !== needing) {
      floating._for = needing;
      var link = el("a", { class: "le-exit le-exit--float", href: needing._link.href, rel: "nofollow noreferrer", target: "_top", lang: needing._lang }, needing._link.textContent);
      link.addEventListener("click", function (event) { api._exit(event, needing); });
      floating.shadowRoot.replaceChildren(link);
    }
    floating.style.setProperty("--le-exit-offset", getComputedStyle(needing._host).getPropertyValue("--le-exit-offset") || "0px");
    floating.hidden = false;
  }

  addEventListener("pageshow", function (event) {
    if (event.persisted && floating) floating.hidden = true;
  });

  // What the second part does for each element: once its language's file has arrived, the rest.
  // The walkthrough's own files start as soon as the element nears the viewport, beside the
  // language's file rather than a round trip after it; its styles are parsed while that file
  // travels, so the first screen shows as soon as it arrives.
  return function (instance) {
    var near = new IntersectionObserver(function (entries) {
      if (instance._gone || !entries.some(function (entry) { return entry.isIntersecting; })) return;
      near.disconnect();
      instance._near = true;
      styles();
      // Handled where they are used (load, below); here only started.
      [loadWasm(wasmFor(instance._host)), loadContent(instance._lang)].forEach(function (started) {
        started.catch(Object);
      });
      if (instance._load) instance._load();
    }, { rootMargin: "300px" });
    near.observe(instance._host);
    instance._stop = function () {
      near.disconnect();
      if (instance._mounted) instance._mounted.destroy();
    };
    language(instance._lang).then(function (file) {
      if (!instance._gone) start(instance, file);
    }).catch(function (error) { instance._fail(error); });
  };

  function start(instance, file) {
    var host = instance._host;
    var root = host.shadowRoot;
    var words = instance._text = file.words;
    root.adoptedStyleSheets = [shell, extra];
    var skip = el("a", { class: "le-skip", href: "#" }, words.skip);
    instance._unheard = el("p", { class: "le-exit-hint", hidden: "" }, words.unheard);
    instance._bar.prepend(skip, instance._unheard);
    instance._placeholder.textContent = words.loading;
    if (instance._app.hasAttribute("data-le-first")) hold(instance);
    // The skip link moves focus without touching the URL: a #fragment would add a history entry.
    skip.addEventListener("click", function (event) {
      event.preventDefault();
      var target = instance._app.querySelector(".le-step__title") || instance._app;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    });

    // The first screen is what the build rendered when the element asks for what every build
    // renders, at a heading level the widget takes; else the placeholder stays.
    var first = file.first;
    var written = host.getAttribute("heading-level");
    var level = written === null ? first.level : first.levels.indexOf(written) < 0 ? 0 : +written;
    var show = function () {
      root.adoptedStyleSheets = [shell, extra, styles()];
      if (!level || !instance._plain() || instance._app.hasAttribute("data-le-first")) return;
      var screen = build(first.screen, level - first.level);
      instance._app.replaceWith(screen);
      instance._app = screen;
      hold(instance);
    };

    var load = instance._load = function () {
      if (instance._loading) return;
      instance._loading = true;
      show();
      Promise.all([loadWasm(wasmFor(host)), loadContent(instance._lang)]).then(function (loaded) {
        if (instance._gone) return;
        root.querySelectorAll("style").forEach(function (style) { style.remove(); });
        // The walkthrough renders the same step over the rendered one: focus and a press carry over.
        var buttons = function () { return instance._app.querySelectorAll("button"); };
        var focused = [].indexOf.call(buttons(), root.activeElement);
        mount(loaded[0], loaded[1]);
        // Yew renders in a microtask after mount: by the next task the buttons are live.
        setTimeout(function () {
          var live = buttons();
          if (live[focused]) live[focused].focus();
          if (live[instance._pressed]) live[instance._pressed].click();
        });
      }).catch(function (error) {
        instance._fail(error);
      }).finally(function () {
        instance._app.removeAttribute("data-le-first");
      });
    };
    function mount(bindings, content) {
      // The language switcher: the loader's words change once the new language has arrived.
      instance._mounted = bindings.mount(host, instance._widget, instance._app, instance._number, api._base, content, function (code) {
        return Promise.all([language(code), loadContent(code)]).then(function (both) {
          var next = instance._text = both[0].words;
          instance._lang = code;
          instance._link.textContent = next.exit;
          skip.textContent = next.skip;
          instance._unheard.textContent = next.unheard;
          return both[1];
        });
      });
    }

    // "For educators" on the widget's own page: the classroom's wasm takes over at the step the
    // visitor's had reached (event.detail, its id), with the controls on and focus on the first.
    host.addEventListener("le-classroom", function (event) {
      Promise.all([loadWasm(FILES.classroom), loadContent(instance._lang)]).then(function (loaded) {
        if (instance._gone) return;
        instance._mounted.destroy();
        host.setAttribute("classroom", "on");
        host.setAttribute("start", event.detail);
        mount(loaded[0], loaded[1]);
        setTimeout(function () {
          var present = instance._app.querySelector(".le-tools button");
          if (present) present.focus();
        });
      }).catch(function (error) {
        api._warn("the classroom controls could not load: " + error);
      });
    });

    if (instance._near) load();
    host.addEventListener("focusin", load);
    host.addEventListener("pointerenter", load);
  }
}
