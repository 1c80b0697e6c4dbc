// Search over an index split into several Pagefind bundles. When a large archive's index comes in several bundles,
// the search page gives Pagefind's search UI this module as its "pagefind.js": every call goes on to Pagefind's own
// module (the first bundle's, named by data-bundle on #search), which merges the other bundles into its answers.
//
// What this module adds: a bundle with no word that begins with a query's word answers with the longest beginning
// of that word it does have (Pagefind's fallback, which cannot be turned off). One index does that only when the
// word is nowhere in the archive; merged, every bundle that lacks a rare word (a CVE, a malware name, an event of
// one year) adds unrelated stories that share its first letters. So each bundle is tagged with a filter of its own
// ("bundle"), and where some bundle holds a query's word, the answers of bundles that only matched its beginning
// are left out, their filter counts with them. Where no bundle holds it, the answers of the bundles that came
// nearest stand, as the nearest word would with one index. The "bundle" filter never reaches the page.

var pagefind = null;
var merged = 0;
var holdersOf = new Map();
var debounced = 0;

function load() {
  if (!pagefind) {
    var host = document.getElementById("search");
    var primary = (host && host.getAttribute("data-bundle")) || "/pagefind/";
    pagefind = import(primary + "pagefind.js");
  }
  return pagefind;
}

function tag(options, bundle) {
  var tagged = Object.assign({}, options || {});
  tagged.mergeFilter = Object.assign({}, tagged.mergeFilter || {}, { bundle: String(bundle) });
  return tagged;
}

// A response as Pagefind's UI expects it, without the bundle tags.
function untagged(response) {
  if (!response) return response;
  if (response.filters) delete response.filters.bundle;
  if (response.totalFilters) delete response.totalFilters.bundle;
  return response;
}

// How many of a response's results each bundle gave, by its tag.
function perBundle(response) {
  var counts = (response && response.filters && response.filters.bundle) || {};
  return Object.keys(counts).filter(function (bundle) {
    return counts[bundle] > 0;
  });
}

// A query as Pagefind reads it: lower case, without punctuation, its words split at spaces.
var PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
function normalized(text) {
  return text.toLocaleLowerCase().replace(PUNCTUATION, "").replace(/\s+/g, " ").trim();
}

// How many first letters of `word` a result's matched words share with it, at most: all of them when one begins
// with it. A word joined by hyphens or dots is indexed whole and in its parts, so each part counts too. A result
// without locations is taken to hold the word.
function reach(data, word) {
  var content = data.content || "";
  var words = content.indexOf("\u200B") >= 0 ? content.split("\u200B") : content.split(/[\r\n\s]+/g);
  var locations = data.locations || [];
  if (locations.length === 0) return word.length;
  var best = 0;
  locations.forEach(function (at) {
    var found = (words[at] || "").toLocaleLowerCase();
    [normalized(found)].concat(found.split(PUNCTUATION)).forEach(function (part) {
      var n = 0;
      while (n < word.length && n < part.length && part[n] === word[n]) n++;
      if (n > best) best = n;
    });
  });
  return best;
}

// Which bundles hold `word` or a word that begins with it ("sure"), and, where none does, which came nearest (the
// longest beginning of it). A bundle that holds the word itself (as Pagefind stems it) answers its exact search;
// one that answers only the open search is asked for its best result, whose matched words show whether the
// bundle holds a longer word or fell back to a shorter one.
function holders(pf, word) {
  if (!holdersOf.has(word)) {
    holdersOf.set(
      word,
      Promise.all([pf.search(word, {}), pf.search('"' + word + '"', {})]).then(function (both) {
        var sure = perBundle(both[1]);
        var unsure = perBundle(both[0]).filter(function (bundle) {
          return sure.indexOf(bundle) < 0;
        });
        return Promise.all(
          unsure.map(function (bundle) {
            return pf.search(word, { filters: { bundle: bundle } }).then(function (own) {
              var best = own && own.results[0];
              if (!best) return 0;
              return best.data().then(function (data) {
                return reach(data, word);
              });
            });
          }),
        ).then(function (reaches) {
          var longest = Math.max.apply(null, [0].concat(reaches));
          unsure.forEach(function (bundle, k) {
            if (reaches[k] >= word.length) sure.push(bundle);
          });
          var nearest = unsure.filter(function (bundle, k) {
            return longest > 0 && reaches[k] === longest;
          });
          return { sure: sure, nearest: nearest };
        });
      }).catch(function () {
        // A bundle's file that did not load: nothing is left out for this word, and the next search asks again.
        holdersOf.delete(word);
        return { sure: [], nearest: [] };
      }),
    );
  }
  return holdersOf.get(word);
}

// The bundles whose answer to `term` holds each of its words, or null to keep every bundle's answer (a quoted
// phrase is matched exactly). For a word no bundle holds, the bundles that came nearest to it stand, as the
// nearest word in the whole archive would with one index.
function kept(pf, term) {
  if (/^\s*".+"\s*$/.test(term)) return Promise.resolve(null);
  var words = normalized(term).split(" ").filter(Boolean);
  return Promise.all(
    words.map(function (word) {
      return holders(pf, word);
    }),
  ).then(function (found) {
    var keep = null;
    found.forEach(function (one) {
      var list = one.sure.length > 0 ? one.sure : one.nearest;
      if (list.length === 0) return;
      keep = keep === null ? list : keep.filter(function (bundle) {
        return list.indexOf(bundle) >= 0;
      });
    });
    return keep;
  });
}

export async function options(options) {
  var pf = await load();
  return pf.options(tag(options, 0));
}

export async function mergeIndex(path, options) {
  var pf = await load();
  merged += 1;
  return pf.mergeIndex(path, tag(options, merged));
}

export async function init() {
  return (await load()).init();
}

export async function destroy() {
  var pf = await load();
  holdersOf = new Map();
  merged = 0;
  pagefind = null;
  return pf.destroy();
}

export async function preload(term, options) {
  return (await load()).preload(term, options);
}

export async function filters() {
  var all = await (await load()).filters();
  delete all.bundle;
  return all;
}

export async function search(term, options) {
  var pf = await load();
  options = options || {};
  var answer = await pf.search(term, options);
  if (!answer || typeof term !== "string" || merged === 0) return untagged(answer);
  var answered = perBundle(answer);
  if (answered.length === 0) return untagged(answer);
  var keep = await kept(pf, term);
  if (keep === null) return untagged(answer);
  var dropped = answered.filter(function (bundle) {
    return keep.indexOf(bundle) < 0;
  });
  if (dropped.length === 0) return untagged(answer);
  // A tag no bundle carries leaves no result when no bundle holds every word.
  var only = keep.length > 0 ? { any: keep } : "none";
  var narrowing = Object.assign({}, options.filters, { bundle: only });
  var narrowed = await pf.search(term, Object.assign({}, options, { filters: narrowing }));
  // Before the reader's filters, only the kept bundles' results count.
  var whole = Object.keys(options.filters || {}).length === 0 ? answer : await pf.search(term, {});
  var counts = (whole.filters && whole.filters.bundle) || {};
  narrowed.unfilteredResultCount = keep.reduce(function (sum, bundle) {
    return sum + (counts[bundle] || 0);
  }, 0);
  return untagged(narrowed);
}

export async function debouncedSearch(term, options, wait) {
  var mine = ++debounced;
  await new Promise(function (done) {
    setTimeout(done, wait === undefined ? 300 : wait);
  });
  if (mine !== debounced) return null;
  var answer = await search(term, options);
  return mine === debounced ? answer : null;
}
