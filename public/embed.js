// LNB Studio's embed helper, served from the studio's own site. The embed snippet is an
// iframe and this file, with no inline script or style, so a partner page with a strict
// Content-Security-Policy only has to allow the studio's origin in script-src and
// frame-src. A partner may also copy this file to its own site: then its script tag
// names the studio, <script src="embed.js" data-studio="https://studio.example">. It gives every LNB Studio iframe on the page the full width and no border,
// and sets its height from the editor's "lnb-studio:height" messages, so it never
// scrolls.
(function () {
  var script = document.currentScript;
  var origin = new URL(script.getAttribute("data-studio") || script.src, location.href).origin;
  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe"), function (frame) {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch (e) {
        return false;
      }
    });
  }
  function fit() {
    frames().forEach(function (frame) {
      frame.style.border = "0";
      frame.style.width = "100%";
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fit);
  else fit();
  addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "lnb-studio:height") return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";
    });
  });
})();
