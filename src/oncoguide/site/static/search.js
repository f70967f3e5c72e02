/* Offline search for the static site: the same names and scoring as oncoguide.search.pages, no server.
   Reads ?q= from the address, scores every name, and lists the best pages in #results. */
(function () {
  "use strict";
  var data = window.ONCOGUIDE_SEARCH;
  var results = document.getElementById("results");
  var input = document.getElementById("search-q");
  if (!data || !results) return;
  var STOP = {};
  "a an and are as at be by can do for from how i in is it my of on or the to what when with you your".split(" ").forEach(function (w) { STOP[w] = true; });

  function norm(s) { return s.toLowerCase().replace(/[®™]/g, "").replace(/[^a-z0-9]+/g, " ").trim(); }
  function words(s) { return s.split(" ").filter(function (w) { return w && !STOP[w]; }); }
  // Similarity 0..1 from edit distance (close to Python's difflib ratio for short names).
  function ratio(a, b) {
    if (a === b) return 1;
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return 1 - prev[b.length] / Math.max(a.length, b.length);
  }
  // The lengths alone rule out a ratio of `at` or more; skip the edit distance then.
  function near(a, b, at) { return 2 * Math.min(a.length, b.length) / (a.length + b.length) >= at && ratio(a, b) >= at; }
  // Plural to singular, roughly (the same rule as oncoguide.search.pages.stem).
  function stem(w) { return w.length > 4 && /s$/.test(w) && !/ss$/.test(w) ? w.slice(0, -1) : w; }
  function score(q, qw, close, name) {
    if (q === name) return 1;
    // "lenal" finds lenalidomide; "blood cancer" does not find "blood cancers later on"
    if (q.length >= 3 && name.indexOf(q) === 0 && (q.indexOf(" ") < 0 || name.charAt(q.length) === " ")) return 0.85;
    var nw = name.split(" "), ns = {};
    nw.forEach(function (w) { ns[stem(w)] = true; });
    if (qw.length && qw.every(function (w) { return ns[stem(w)]; })) return 0.8 * qw.length / Math.max(nw.length, qw.length) + 0.1;
    // misspelt words: every query word must be close to a word of the name ("breast" is not "brain")
    if (!(qw.length && qw.every(function (w) { return Object.keys(ns).some(function (n) { return close[w][n]; }); }))) return 0;
    if (near(q, name, 0.8)) return 0.75 * ratio(q, name);
    return 0.6 * qw.length / Math.max(nw.length, qw.length);
  }
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  var q = new URLSearchParams(window.location.search).get("q") || "";
  if (input) input.value = q;
  var nq = norm(q);
  if (!nq) return;
  var qw = words(nq), close = {}, vocabulary = {};
  data.names.forEach(function (n) { n[1].split(" ").forEach(function (w) { vocabulary[w] = true; }); });
  qw.forEach(function (w) {
    close[w] = {};
    close[w][stem(w)] = true;
    Object.keys(vocabulary).forEach(function (v) { if (near(w, v, 0.85)) close[w][stem(v)] = true; });
  });
  var best = {}, seen = {};
  data.names.forEach(function (n) {
    if (!(n[1] in seen)) seen[n[1]] = score(nq, qw, close, n[1]);
    var s = seen[n[1]] * n[3];
    if (s > 0.2 && (!best[n[0]] || s > best[n[0]].s)) best[n[0]] = { s: s, why: n[2] };
  });
  var stems = qw.map(stem);
  (data.descriptions || []).forEach(function (d) {
    var found = d[1].some(function (sentence) {  // one sentence must hold every query word
      var words = {};
      sentence.forEach(function (w) { words[w] = true; });
      return stems.every(function (w) { return words[w]; });
    });
    if (stems.length && found) {
      if (!best[d[0]] || data.description_score > best[d[0]].s) best[d[0]] = { s: data.description_score, why: d[2] };
    }
  });
  var hits = Object.keys(best).map(function (k) { return { page: data.pages[k], s: best[k].s, why: best[k].why }; });
  hits.sort(function (a, b) { return b.s - a.s || a.page[0].localeCompare(b.page[0]); });
  results.textContent = "";
  results.appendChild(el("h2", (hits.length ? "Results for “" : "No results for “") + q + "”"));
  if (!hits.length) {
    results.appendChild(el("p", "Try a drug name, a brand name, a cancer type, or a plain word such as “low platelets”."));
    return;
  }
  var list = el("ol", "", { "class": "hits" });
  hits.slice(0, 20).forEach(function (h) {
    var li = el("li");
    li.appendChild(el("a", h.page[0], { href: h.page[1] }));
    li.appendChild(document.createTextNode(" "));
    li.appendChild(el("span", h.why, { "class": "context" }));
    list.appendChild(li);
  });
  results.appendChild(list);
})();
