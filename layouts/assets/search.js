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
  var ui = new PagefindUI({ element: "#search", bundlePath: bundle, mergeIndex: merge, baseUrl: base, showImages: false, showSubResults: false, resetStyles: false, autofocus: true });
  // Pagefind's field has only a title; a label names it for assistive technology.
  var input = host.querySelector("input[type='text'], input[type='search']");
  if (input) input.setAttribute("aria-label", "Search the archive");
  var fallback = document.getElementById("search-fallback");
  if (fallback) fallback.hidden = true;
  // A CVE ID typed whole finds that CVE exactly: the index matches words by their start, so CVE-2024-3400 alone
  // would find CVE-2024-34000 too. The ID sets the CVE filter; a query without one lets go of it.
  var cvePattern = /(?:^|[^\w-])(CVE-\d{4}-\d{4,})(?![\w-])/gi;
  var exact = "";
  function exactCves(term) {
    var ids = [];
    var match;
    cvePattern.lastIndex = 0;
    while ((match = cvePattern.exec(" " + term))) ids.push(match[1].toUpperCase());
    var key = ids.join(" ");
    if (key === exact) return;
    exact = key;
    ui.triggerFilters(ids.length > 0 ? { CVE: ids } : {});
  }
  if (input) input.addEventListener("input", function () { exactCves(input.value); });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    exactCves(query);
    ui.triggerSearch(query);
  }
})();
