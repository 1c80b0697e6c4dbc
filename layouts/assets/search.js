// Starts Pagefind's search UI on /search/ and runs the query from ?q= (the header form works without script).
(function () {
  var host = document.getElementById("search");
  if (!host || typeof PagefindUI === "undefined") return;
  var bundle = host.getAttribute("data-bundle") || "/pagefind/";
  var base = host.getAttribute("data-base") || "/";
  // A large archive's index comes in several bundles, indexed side by side; the others are merged into the first.
  var merge = (host.getAttribute("data-merge") || "").split(" ").filter(Boolean).map(function (path) {
    return { bundlePath: path };
  });
  // Several bundles are searched through newsdesk's module (search-bundles.js), which hands each call on to the
  // first bundle's Pagefind and leaves out the answers of bundles that only matched the beginning of a word.
  var through = host.getAttribute("data-merged-by");
  var ui = new PagefindUI({ element: "#search", bundlePath: through || bundle, mergeIndex: merge, baseUrl: base, showImages: false, showSubResults: false, resetStyles: false, autofocus: true });
  // Pagefind's field has only a title; a label names it for assistive technology.
  var input = host.querySelector("input[type='text'], input[type='search']");
  if (input) input.setAttribute("aria-label", "Search the archive");
  var fallback = document.getElementById("search-fallback");
  if (fallback) fallback.hidden = true;
  // A CVE ID typed whole finds that CVE exactly: the index matches words by their start, so CVE-2024-3400 alone
  // would find CVE-2024-34000 too. The ID sets the CVE filter; a query without one lets go of it. Filters the
  // reader ticked (an agency, a year, a CVE picked from the list) stay as they were.
  var cvePattern = /(?:^|[^\w-])(CVE-\d{4}-\d{4,})(?![\w-])/gi;
  var typed = [];
  function ticked() {
    var filters = {};
    host.querySelectorAll("input[type='checkbox']:checked").forEach(function (box) {
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }
  function exactCves(term) {
    var ids = [];
    var match;
    cvePattern.lastIndex = 0;
    while ((match = cvePattern.exec(" " + term))) if (ids.indexOf(match[1].toUpperCase()) < 0) ids.push(match[1].toUpperCase());
    if (ids.join(" ") === typed.join(" ")) return;
    var filters = ticked();
    var cves = (filters.CVE || []).filter(function (id) { return typed.indexOf(id) < 0; });
    ids.forEach(function (id) { if (cves.indexOf(id) < 0) cves.push(id); });
    if (cves.length > 0) filters.CVE = cves;
    else delete filters.CVE;
    typed = ids;
    ui.triggerFilters(filters);
  }
  if (input) input.addEventListener("input", function () { exactCves(input.value); });
  // Filters set before Pagefind has drawn its filter panel leave every other group out of it: an ID given in the
  // address sets the CVE filter once the panel is there.
  function whenShown(selector, then) {
    if (host.querySelector(selector)) return then();
    var observer = new MutationObserver(function () {
      if (!host.querySelector(selector)) return;
      observer.disconnect();
      then();
    });
    observer.observe(host, { childList: true, subtree: true });
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
    whenShown(".pagefind-ui__filter-block", function () { exactCves(query); });
  }
})();
