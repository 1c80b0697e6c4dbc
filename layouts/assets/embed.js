// Loads an embedded video only when the reader asks: the placeholder's button swaps in the player's <iframe>.
// Until then the page makes no request to the embed's host (src/content/embeds.ts writes the placeholder).
(function () {
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button.embed-load") : null;
    // A <figure>, or a <span> where the placeholder stands inside a paragraph or heading.
    var figure = button ? button.closest(".embed") : null;
    if (!figure) return;
    var src = figure.getAttribute("data-embed-src") || "";
    // Only what newsdesk wrote: an https address on a host the page's policy frames (frame-src, from embeds:).
    if (!/^https:\/\//.test(src) || frameOrigins().indexOf(new URL(src).origin) < 0) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = figure.getAttribute("data-embed-title") || "Embedded video";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
    frame.setAttribute("allow", "fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("loading", "lazy");
    var placeholder = figure.querySelector(".embed-placeholder");
    if (placeholder) figure.replaceChild(frame, placeholder);
    else figure.appendChild(frame);
    figure.classList.add("embed-loaded");
    frame.focus();
  });

  // The origins the page's <meta> Content-Security-Policy lets it frame: none without a frame-src.
  function frameOrigins() {
    var meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    var found = /(?:^|;)\s*frame-src\s+([^;]*)/i.exec(meta ? meta.getAttribute("content") || "" : "");
    return found ? found[1].trim().split(/\s+/) : [];
  }
})();
