/* claimcheck review page: pair a finding with its spans, filter, accept or dismiss. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var RANK = { info: 0, warning: 1, error: 2 };
  var NAMES = ["info", "warning", "error"];
  var STORE = "claimcheck:decision:";
  var memory = {};
  var cards = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ev"));
  var byKey = {};
  cards.forEach(function (c) { byKey[c.getAttribute("data-key")] = c; });
  var hidden = { severity: {}, rule: {} };
  var hideDismissed = false;
  var active = null;

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function q(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s; }
  function section(card) { return card.closest("section.file"); }
  function storeKey(card) { return STORE + (section(card).getAttribute("data-path") || "") + "\u001f" + card.getAttribute("data-id"); }
  function load(card) {
    try { return window.localStorage.getItem(storeKey(card)) || ""; } catch (e) { return memory[storeKey(card)] || ""; }
  }
  function save(card, value) {
    try {
      if (value) { window.localStorage.setItem(storeKey(card), value); } else { window.localStorage.removeItem(storeKey(card)); }
    } catch (e) { memory[storeKey(card)] = value; }
  }
  function decision(card) { return card.getAttribute("data-decision") || ""; }
  function shown(card) {
    return !hidden.severity[card.getAttribute("data-severity")] && !hidden.rule[card.getAttribute("data-rule")] &&
      !(hideDismissed && decision(card) === "dismissed");
  }
  function live(card) { return shown(card) && decision(card) !== "dismissed"; }

  function setDecision(card, value) {
    if (value) { card.setAttribute("data-decision", value); } else { card.removeAttribute("data-decision"); }
    each(card.querySelectorAll("button.decision"), function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-decision") === value ? "true" : "false");
    });
  }

  function refresh() {
    cards.forEach(function (c) { c.hidden = !shown(c); });
    marks.forEach(function (m) {
      var best = -1;
      m.getAttribute("data-f").split(" ").forEach(function (k) {
        var c = byKey[k];
        if (c && live(c)) { best = Math.max(best, RANK[c.getAttribute("data-severity")]); }
      });
      if (best < 0) { m.classList.add("off"); } else { m.classList.remove("off"); m.setAttribute("data-sev", NAMES[best]); }
    });
    each(document.querySelectorAll("aside.findings"), function (aside) {
      var any = aside.querySelector("li.finding:not([hidden])");
      var note = aside.querySelector(".empty-filter");
      if (note) { note.hidden = !!any || !aside.querySelector("li.finding"); }
    });
    var done = { accepted: 0, dismissed: 0 };
    cards.forEach(function (c) { if (decision(c)) { done[decision(c)] += 1; } });
    var status = document.getElementById("review-status");
    if (status) {
      status.textContent = (cards.length - done.accepted - done.dismissed) + " to review · " +
        done.accepted + " accepted · " + done.dismissed + " dismissed";
    }
    if (active && byKey[active].hidden) { select(null); }
    syncTicks();
  }

  var ticks = [];  // [mark, tick] pairs: a tick for each span start, on its section's rail

  function buildRails() {
    ticks = [];
    each(document.querySelectorAll("section.file"), function (sec) {
      var art = sec.querySelector("article.text");
      var rail = sec.querySelector(".rail");
      if (!rail) { return; }
      rail.textContent = "";
      rail.hidden = !art || art.offsetHeight < window.innerHeight;
      if (rail.hidden) { return; }
      var view = document.createElement("div");
      view.className = "view";
      rail.appendChild(view);
      each(art.querySelectorAll("mark.ev[data-starts]"), function (m) {
        var t = document.createElement("button");
        t.type = "button";
        t.className = "tick";
        t.tabIndex = -1;
        t.style.top = (100 * m.offsetTop / art.offsetHeight).toFixed(2) + "%";
        t.addEventListener("click", function () {
          m.scrollIntoView({ block: "center" });
          m.click();
        });
        rail.appendChild(t);
        ticks.push([m, t]);
      });
    });
    syncTicks();
    showViews();
  }

  function syncTicks() {
    ticks.forEach(function (pair) {
      var m = pair[0], t = pair[1];
      t.className = "tick" + (m.classList.contains("off") ? " off" : "") + (m.classList.contains("on") ? " on" : "");
      t.setAttribute("data-sev", m.getAttribute("data-sev"));
    });
  }

  function showViews() {
    each(document.querySelectorAll("section.file"), function (sec) {
      var art = sec.querySelector("article.text");
      var view = sec.querySelector(".rail .view");
      if (!art || !view) { return; }
      var box = art.getBoundingClientRect();
      var top = Math.min(Math.max(-box.top / box.height, 0), 1);
      var bottom = Math.min(Math.max((window.innerHeight - box.top) / box.height, 0), 1);
      view.style.top = (100 * top).toFixed(2) + "%";
      view.style.height = (100 * (bottom - top)).toFixed(2) + "%";
    });
  }

  function clear() {
    each(document.querySelectorAll("mark.ev.on"), function (m) { m.classList.remove("on"); m.removeAttribute("data-n"); });
    each(document.querySelectorAll("li.finding.active"), function (c) {
      c.classList.remove("active");
      c.querySelector(".pick").setAttribute("aria-expanded", "false");
    });
    each(document.querySelectorAll("section.file.has-active"), function (s) {
      s.classList.remove("has-active");
      s.removeAttribute("data-active-sev");
    });
    active = null;
    syncTicks();
  }

  function spanMark(sec, key, i) {
    return sec.querySelector('mark[data-starts~="' + q(key + ":" + i) + '"]');
  }

  function revealCard(card) {
    var aside = card.closest("aside.findings");
    if (!aside || aside.scrollHeight <= aside.clientHeight) { return; }
    var top = card.offsetTop - aside.offsetTop;
    if (top < aside.scrollTop || top + card.offsetHeight > aside.scrollTop + aside.clientHeight) {
      aside.scrollTop = Math.max(0, top - 8);
    }
  }

  function select(key, spanIndex, scrollText) {
    clear();
    if (!key || !byKey[key]) { return; }
    var card = byKey[key];
    var sec = section(card);
    active = key;
    card.classList.add("active");
    card.querySelector(".pick").setAttribute("aria-expanded", "true");
    sec.classList.add("has-active");
    sec.setAttribute("data-active-sev", card.getAttribute("data-severity"));
    each(sec.querySelectorAll('mark[data-f~="' + q(key) + '"]'), function (m) { m.classList.add("on"); });
    var n = card.querySelectorAll(".evidence > li").length;
    for (var i = 0; i < n; i++) {
      var first = spanMark(sec, key, i);
      if (first) { first.setAttribute("data-n", String(i + 1)); }
    }
    syncTicks();
    revealCard(card);
    if (scrollText !== false) {
      var target = spanMark(sec, key, spanIndex || 0) || sec.querySelector("mark.ev.on");
      if (target) {
        var smooth = !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
        target.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      }
    }
    if (window.history && history.replaceState) { history.replaceState(null, "", "#" + key); }
  }

  function step(delta) {
    var visible = cards.filter(function (c) { return !c.hidden; });
    if (!visible.length) { return; }
    var at = active ? visible.indexOf(byKey[active]) : -1;
    var next = at < 0 ? (delta > 0 ? 0 : visible.length - 1) : (at + delta + visible.length) % visible.length;
    select(visible[next].getAttribute("data-key"), 0, true);
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var pick = t.closest("button.pick");
    if (pick) {
      var key = pick.closest("li.finding").getAttribute("data-key");
      if (key === active) { clear(); } else { select(key, 0, true); }
      return;
    }
    var jump = t.closest("button.jump");
    if (jump) {
      var parts = jump.getAttribute("data-span").split(":");
      select(parts[0], parseInt(parts[1], 10), true);
      return;
    }
    var dec = t.closest("button.decision");
    if (dec) {
      var card = dec.closest("li.finding");
      var value = dec.getAttribute("data-decision");
      value = decision(card) === value ? "" : value;
      setDecision(card, value);
      save(card, value);
      refresh();
      return;
    }
    var chip = t.closest("button.chip");
    if (chip) {
      var on = chip.getAttribute("aria-pressed") !== "true";
      chip.setAttribute("aria-pressed", on ? "true" : "false");
      hidden[chip.getAttribute("data-filter")][chip.getAttribute("data-value")] = !on;
      refresh();
      return;
    }
    var mark = t.closest("mark.ev");
    if (mark && !mark.classList.contains("off")) {
      var keys = mark.getAttribute("data-f").split(" ").filter(function (k) { return byKey[k] && live(byKey[k]); });
      keys.sort(function (a, b) {
        return RANK[byKey[b].getAttribute("data-severity")] - RANK[byKey[a].getAttribute("data-severity")];
      });
      if (keys.length) {
        var idx = keys.indexOf(active);
        select(keys[(idx + 1) % keys.length], 0, false);
      }
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) { return; }
    if (ev.key === "n" || ev.key === "j") { step(1); ev.preventDefault(); }
    else if (ev.key === "p" || ev.key === "k") { step(-1); ev.preventDefault(); }
    else if (ev.key === "Escape") { clear(); }
  });

  var box = document.getElementById("hide-dismissed");
  if (box) {
    box.addEventListener("change", function () { hideDismissed = box.checked; refresh(); });
  }

  var pending = false;
  window.addEventListener("scroll", function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; showViews(); });
  }, { passive: true });
  window.addEventListener("resize", buildRails);

  cards.forEach(function (c) { setDecision(c, load(c)); });
  refresh();
  buildRails();
  var start = window.location.hash.slice(1);
  if (start && byKey[start]) { select(start, 0, true); }
})();
