// Sends a reader who asks for WordPress's short address of a post or page (/?p=123, /?page_id=45) on to its
// redirect page (/p/123/, /page-id/45/), which a static host serves: a host answers any query with the home
// page, and the home page loads this only when the site has such aliases (src/model/query-alias.ts).
(function () {
  var script = document.currentScript;
  var base = script ? script.getAttribute("data-base") || "" : "";
  // The site's path prefix as newsdesk wrote it ("/" or "/news/"): a path on this origin, nothing else.
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base)) return;
  var query = new URLSearchParams(location.search);
  var post = query.getAll("p");
  var page = query.getAll("page_id");
  // One number, for one of the two: anything else stays on the home page.
  if (post.length + page.length !== 1) return;
  var id = post.length === 1 ? post[0] : page[0];
  if (!/^[1-9][0-9]{0,18}$/.test(id)) return;
  location.replace(base + (post.length === 1 ? "p/" : "page-id/") + id + "/");
})();
