/* Parallax page behaviour: passage links, highlight, layer toggles, tap tooltips.
 *
 * Runs on first load and after every Material instant navigation
 * (document$), and re-highlights on every hash change (location$ /
 * hashchange). No inline handlers: the site works under a strict CSP. All
 * text placed in the page is set with textContent, never innerHTML.
 */
(function () {
  "use strict";

  var LAYERS_KEY = "parallax.hiddenLayers";

  function hiddenLayers() {
    try {
      return JSON.parse(localStorage.getItem(LAYERS_KEY) || "[]");
    } catch (e) {
      return [];
    }
  }

  function applyLayers() {
    var hidden = hiddenLayers();
    ["quotes", "entities", "sources", "artifacts"].forEach(function (layer) {
      document.body.classList.toggle("px-hide-" + layer, hidden.indexOf(layer) !== -1);
    });
    document.querySelectorAll("[data-layer-toggle]").forEach(function (box) {
      box.checked = hidden.indexOf(box.getAttribute("data-layer-toggle")) === -1;
    });
  }

  /* The legend: a toggle and a key per layer (parallax.render.LAYER_TITLES),
     written here into the page's empty .px-legend, as the toggles need the
     script anyway; the page carries 80 bytes instead of 900. */
  var LAYERS = [["quotes", "Quotes"], ["entities", "Names"], ["sources", "Sources"], ["artifacts", "Damage"]];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function buildLegend() {
    document.querySelectorAll(".px-legend").forEach(function (legend) {
      if (legend.firstChild) return;
      legend.appendChild(el("span", "px-legend-title", "Show:"));
      LAYERS.forEach(function (layer) {
        var label = el("label", "px-toggle px-toggle-" + layer[0]);
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("data-layer-toggle", layer[0]);
        label.appendChild(box);
        label.appendChild(document.createTextNode(" "));
        label.appendChild(el("span", "px-key px-key-" + layer[0]));
        label.appendChild(document.createTextNode(" " + layer[1]));
        legend.appendChild(label);
      });
      legend.appendChild(el("span", "px-legend-hint", "Hover or tap a mark for details. Hover a sentence for its link."));
    });
  }

  function initToggles() {
    buildLegend();
    document.querySelectorAll("[data-layer-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        var layer = box.getAttribute("data-layer-toggle");
        var hidden = hiddenLayers().filter(function (l) { return l !== layer; });
        if (!box.checked) hidden.push(layer);
        try { localStorage.setItem(LAYERS_KEY, JSON.stringify(hidden)); } catch (e) { /* private mode */ }
        applyLayers();
        initMarks();
      });
    });
    applyLayers();
  }

  /* ---------------------------------------------------------------- links */

  function passageUrl(id) {
    return location.origin + location.pathname + "#" + id;
  }

  /* "¶3 s2" for p3-s2, "¶3" for p3; a passage whose id no longer says
     where it is carries data-cite (parallax.render.cite_of). */
  function citeOf(el) {
    var cite = el.getAttribute("data-cite");
    if (cite) return cite;
    var m = /^p(\d+)(?:-s(\d+))?$/.exec(el.id);
    return m ? "¶" + m[1] + (m[2] ? " s" + m[2] : "") : el.id;
  }

  function citeFor(el) {
    var cite = citeOf(el);
    var text = document.querySelector(".px-text");
    var outlet = text ? text.getAttribute("data-outlet") : "";
    var title = text ? text.getAttribute("data-title") : document.title;
    return (outlet ? outlet + ", " : "") + "“" + title + "”, " + cite + ", " + passageUrl(el.id);
  }

  function plainText(el) {
    var c = el.cloneNode(true);
    c.querySelectorAll(".px-copy, .px-plink, .px-alias, .px-tip, .px-popover").forEach(function (x) { x.remove(); });
    return c.textContent.replace(/\s+/g, " ").trim();
  }

  function textFragment(el) {
    var words = plainText(el).split(" ");
    var enc = function (s) { return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C"); };
    if (words.length <= 8) return passageUrl(el.id) + ":~:text=" + enc(words.join(" "));
    return passageUrl(el.id) + ":~:text=" + enc(words.slice(0, 4).join(" ")) + "," + enc(words.slice(-4).join(" "));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }

  function legacyCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  function closePopover() {
    document.querySelectorAll(".px-popover").forEach(function (p) { p.remove(); });
  }

  function showPopover(anchorEl, passage, copiedUrl) {
    closePopover();
    var pop = document.createElement("div");
    pop.className = "px-popover";
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", "Link to " + citeOf(passage));
    var status = document.createElement("p");
    status.className = "px-popover-status";
    status.setAttribute("role", "status");
    status.textContent = "Link copied: ";
    var code = document.createElement("code");
    code.textContent = copiedUrl;
    status.appendChild(code);
    pop.appendChild(status);
    [
      ["Copy link with text fragment", function () { return textFragment(passage); }],
      ["Copy citation", function () { return citeFor(passage); }],
    ].forEach(function (item) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "md-button px-popover-button";
      b.textContent = item[0];
      b.addEventListener("click", function () {
        var value = item[1]();
        copy(value);
        code.textContent = value;
        status.firstChild.textContent = "Copied: ";
      });
      pop.appendChild(b);
    });
    anchorEl.after(pop);
  }

  function onCopy(control, el, ev) {
    ev.preventDefault();
    ev.stopPropagation();
    var url = passageUrl(el.id);
    copy(url);
    history.replaceState(history.state, "", "#" + el.id);
    highlight(false);
    showPopover(control, el, url);
  }

  function addCopyControls() {
    document.querySelectorAll(".px-text .px-sent[id]").forEach(function (el) {
      if (el.querySelector(":scope > .px-copy")) return;
      var b = document.createElement("button");
      b.type = "button";
      b.className = "px-copy";
      var cite = citeOf(el);
      b.setAttribute("aria-label", "Copy link to " + cite);
      b.title = "Copy link to " + cite;
      b.textContent = "🔗";
      b.setAttribute("data-target", el.id);
      b.addEventListener("click", function (ev) { onCopy(b, el, ev); });
      el.appendChild(b);
    });
    document.querySelectorAll(".px-text .px-plink").forEach(function (link) {
      var para = link.closest(".px-para");
      if (!para || link.dataset.pxBound) return;
      link.dataset.pxBound = "1";
      link.title = "Copy link to " + citeOf(para);
      link.addEventListener("click", function (ev) { onCopy(link, para, ev); });
    });
  }

  /* ------------------------------------------------------------ highlight */

  function targetId() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ""));
    var cut = h.indexOf(":~:");
    return cut >= 0 ? h.slice(0, cut) : h;
  }

  function highlight(scroll) {
    document.querySelectorAll(".px-target").forEach(function (e) { e.classList.remove("px-target"); });
    document.querySelectorAll(".px-retired-note").forEach(function (e) { e.remove(); });
    var id = targetId();
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    revealColumn(el);
    var passage = el;
    if (el.classList.contains("px-alias")) {
      passage = el.closest(".px-sent, .px-para") || el.parentElement;
      if (el.classList.contains("px-retired")) {
        var note = document.createElement("p");
        note.className = "px-retired-note";
        note.setAttribute("role", "note");
        note.textContent = el.getAttribute("data-note") || "This passage was removed.";
        var para = passage.closest(".px-para") || passage;
        para.before(note);
      }
    }
    passage.classList.add("px-target");
    if (passage.closest(".px-para") && !passage.classList.contains("px-para")) {
      passage.closest(".px-para").classList.add("px-target-para");
    }
    if (scroll !== false) passage.scrollIntoView({ block: "center" });
  }

  /* ------------------------------------------------------------- tooltips */

  /* Marks of the annotation layers: quotes, entities, sources, damage. */
  var MARKS = ".px-text .px-q, .px-text .px-e, .px-text .px-s, .px-text .px-d";
  var LAYER_OF = { "px-q": "quotes", "px-e": "entities", "px-s": "sources", "px-d": "artifacts" };
  var pinned = false;

  function layerOf(mark) {
    for (var cls in LAYER_OF) if (mark.classList.contains(cls)) return LAYER_OF[cls];
    return "";
  }

  /* Kinds of names and sources as readers say them, by the mark's class
     (parallax.render.ENTITY_KINDS and SOURCE_TYPES). */
  var KINDS = { org: "organisation", norp: "nationality or group", misc: "other name" };
  var TYPES = { "news-agency": "news agency", anonymous: "unnamed" };

  function suffix(mark, prefix) {
    for (var i = 0; i < mark.classList.length; i++) {
      var c = mark.classList[i];
      if (c.indexOf(prefix) === 0) return c.slice(prefix.length);
    }
    return "";
  }

  /* A name or a source whose canonical form is its own words carries no
     title (parallax.render._derivable): its tooltip is written here. */
  function derivedTip(mark) {
    var words = mark.textContent.replace(/\s+/g, " ").trim();
    if (mark.classList.contains("px-e")) {
      var kind = suffix(mark, "px-e-");
      kind = KINDS[kind] || kind;
      return kind.charAt(0).toUpperCase() + kind.slice(1) + " — " + words;
    }
    if (mark.classList.contains("px-s")) {
      var type = suffix(mark, "px-s-") || "other";
      return "Source — " + words + " (" + (TYPES[type] || type) + ")";
    }
    return "";
  }

  /* A counterpart link says what it leads to: data-cp is the relation's
     letter and the number of other articles (parallax.render._counterpart_html). */
  var RELATION = { q: "same-quote", f: "same-fact", r: "related" };

  function titleCounterparts() {
    document.querySelectorAll(".px-text .px-cp[data-cp]").forEach(function (link) {
      if (link.title) return;
      var m = /^(.*?)(\d+)$/.exec(link.getAttribute("data-cp"));
      if (!m) return;
      var n = +m[2];
      link.title = "Compare: " + (RELATION[m[1]] || m[1]) + " in " + n + " other article" + (n > 1 ? "s" : "");
    });
  }

  /* A mark's title moves to data-tip: one tooltip (ours) instead of a
     browser or Material tooltip per nested mark, stacked on one another.
     Only a mark's first fragment of a shown layer is a tab stop. */
  function initMarks() {
    var hidden = hiddenLayers();
    document.querySelectorAll(MARKS).forEach(function (mark) {
      if (mark.hasAttribute("title")) {
        mark.setAttribute("data-tip", mark.title);
        mark.removeAttribute("title");
      } else if (!mark.hasAttribute("data-tip") && !mark.hasAttribute("data-part")) {
        var tip = derivedTip(mark);
        if (tip) mark.setAttribute("data-tip", tip);
      }
      var tabbable = !mark.hasAttribute("data-part") && hidden.indexOf(layerOf(mark)) === -1;
      if (tabbable) mark.setAttribute("tabindex", "0");
      else mark.removeAttribute("tabindex");
    });
  }

  /* What is at a point: the mark and every mark it sits in (an entity
     inside a source inside a quote), innermost first, hidden layers left out. */
  function tipLines(mark) {
    var hidden = hiddenLayers();
    var lines = [];
    for (var m = mark; m; m = m.parentElement && m.parentElement.closest(MARKS)) {
      var text = m.getAttribute("data-tip");
      if (text && hidden.indexOf(layerOf(m)) === -1 && lines.indexOf(text) === -1) lines.push(text);
    }
    return lines;
  }

  function hideTip() {
    pinned = false;
    document.querySelectorAll(".px-tip").forEach(function (t) { t.remove(); });
    document.querySelectorAll("[aria-describedby='px-tip']").forEach(function (m) { m.removeAttribute("aria-describedby"); });
  }

  function showTip(mark, ev) {
    var lines = tipLines(mark);
    hideTip();
    if (!lines.length) return;
    var tip = document.createElement("div");
    tip.className = "px-tip";
    tip.id = "px-tip";
    tip.setAttribute("role", "tooltip");
    lines.forEach(function (line) {
      var p = document.createElement("span");
      p.className = "px-tip-line";
      p.textContent = line;
      tip.appendChild(p);
    });
    document.body.appendChild(tip);
    mark.setAttribute("aria-describedby", "px-tip");
    /* Under the line of the mark that was pointed at (a mark may wrap). */
    var rects = Array.prototype.slice.call(mark.getClientRects());
    var rect = rects[0] || mark.getBoundingClientRect();
    if (ev && "clientY" in ev) {
      rects.forEach(function (r) { if (ev.clientY >= r.top && ev.clientY <= r.bottom) rect = r; });
    }
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - w - 8));
    var top = rect.bottom + 6;
    if (top + h > window.innerHeight && rect.top - h - 6 > 0) top = rect.top - h - 6;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
  }

  document.addEventListener("mouseover", function (ev) {
    var mark = ev.target.closest && ev.target.closest(MARKS);
    if (mark && !pinned) showTip(mark, ev);
  });
  document.addEventListener("mouseout", function (ev) {
    var to = ev.relatedTarget;
    if (!pinned && !(to && to.closest && to.closest(MARKS))) hideTip();
  });
  document.addEventListener("focusin", function (ev) {
    var mark = ev.target.closest && ev.target.closest(MARKS);
    if (mark && ev.target === mark) showTip(mark);
  });
  document.addEventListener("focusout", function () { if (!pinned) hideTip(); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hideTip(); });

  /* -------------------------------------------------------------- filters */

  function initFilters() {
    document.querySelectorAll("[data-filter-table]").forEach(function (input) {
      var table = document.getElementById(input.getAttribute("data-filter-table"));
      if (!table) return;
      input.closest(".px-filter").hidden = false;
      input.addEventListener("input", function () {
        var q = input.value.toLowerCase();
        table.querySelectorAll("tbody tr").forEach(function (row) {
          row.hidden = q && row.textContent.toLowerCase().indexOf(q) === -1;
        });
      });
    });
  }

  /* ------------------------------------------- side by side: two outlets */

  /* A big story's one side-by-side table has a column per outlet; the
     chooser shows two of them (or all) and hides rows neither reports.
     Without JavaScript the whole table shows. */
  function showColumns(form) {
    var table = document.getElementById(form.getAttribute("data-sbs-chooser"));
    if (!table) return;
    var a = form.querySelector('[data-sbs="a"]').value;
    var b = form.querySelector('[data-sbs="b"]').value;
    var all = form.querySelector('[data-sbs="all"]').checked;
    table.querySelectorAll("[data-col]").forEach(function (cell) {
      var col = cell.getAttribute("data-col");
      cell.hidden = !all && col !== a && col !== b;
    });
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var filled = Array.prototype.some.call(row.querySelectorAll("td[data-col]"), function (cell) {
        return !cell.hidden && cell.firstChild;
      });
      row.hidden = !filled;
    });
  }

  /* A body cell of the side-by-side table carries no data-col in the
     HTML (one per outlet per row was a tenth of a big story's page): the
     column is its place in the row, after the row-number cell. */
  function numberColumns(table) {
    table.querySelectorAll("tbody tr").forEach(function (row) {
      for (var i = 1; i < row.cells.length; i++) {
        if (!row.cells[i].hasAttribute("data-col")) row.cells[i].setAttribute("data-col", String(i - 1));
      }
    });
  }

  function initSideBySide() {
    document.querySelectorAll("[data-sbs-chooser]").forEach(function (form) {
      var table = document.getElementById(form.getAttribute("data-sbs-chooser"));
      if (table) numberColumns(table);
      form.hidden = false;
      form.addEventListener("change", function () { showColumns(form); });
      showColumns(form);
    });
  }

  /* A link into a hidden column of the side-by-side table shows that column. */
  function revealColumn(el) {
    var cell = el.closest(".px-sbs td[data-col]");
    if (!cell || (!cell.hidden && !cell.parentElement.hidden)) return;
    var form = document.querySelector('[data-sbs-chooser="' + cell.closest("table").id + '"]');
    if (!form) return;
    var a = form.querySelector('[data-sbs="a"]');
    var b = form.querySelector('[data-sbs="b"]');
    var col = cell.getAttribute("data-col");
    if (a.value !== col && b.value !== col) b.value = col;
    showColumns(form);
  }

  /* On a phone a table with a column per outlet becomes a card per row,
     each cell named by its outlet (compare.css, data-label): the names are
     copied here from the outlet column heads instead of written into every
     cell of the HTML. A row's link says what it is. */
  function labelCells() {
    document.querySelectorAll("table.px-reflow").forEach(function (table) {
      var heads = table.tHead ? table.tHead.rows[0].cells : [];
      table.querySelectorAll("tbody tr").forEach(function (row) {
        for (var i = 0; i < row.cells.length && i < heads.length; i++) {
          var cell = row.cells[i];
          if (cell.tagName === "TD" && !cell.hasAttribute("data-label") && heads[i].classList.contains("px-outlet-col")) {
            cell.setAttribute("data-label", heads[i].textContent);
          }
        }
      });
    });
    document.querySelectorAll(".px-rowlink:not([title])").forEach(function (link) {
      link.title = "Link to this row";
    });
  }

  /* Material's search dialog has no accessible name; give it one. */
  function labelWidgets() {
    document.querySelectorAll(".md-search[role=dialog]:not([aria-label])").forEach(function (el) {
      el.setAttribute("aria-label", "Search");
    });
  }

  function init() {
    labelWidgets();
    addCopyControls();
    initToggles();
    hideTip();
    initMarks();
    titleCounterparts();
    initFilters();
    labelCells();
    initSideBySide();
    highlight();
  }

  /* A tap or click on a mark pins its tooltip; one anywhere else closes it. */
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest(".px-popover, .px-copy")) closePopover();
    var mark = ev.target.closest(MARKS);
    if (mark && !ev.target.closest("a, button")) {
      showTip(mark, ev);
      pinned = true;
    } else {
      hideTip();
    }
  });
  window.addEventListener("hashchange", function () { highlight(); });

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(function () { init(); });
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
  if (typeof window.location$ !== "undefined" && window.location$.subscribe) {
    window.location$.subscribe(function () { setTimeout(function () { highlight(); }, 0); });
  }
})();
