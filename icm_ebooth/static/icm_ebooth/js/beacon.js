// Counts one view of this page for the booth's metrics: the page's id and the page's own
// query string go to the site itself, once, with no cookie and nothing about the visitor.
// Not sent when the browser asks not to be tracked (Do Not Track, Global Privacy Control);
// the server does not count such requests either.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon || !window.URLSearchParams) {
    return;
  }
  if (
    navigator.doNotTrack === "1" ||
    window.doNotTrack === "1" ||
    navigator.globalPrivacyControl === true
  ) {
    return;
  }
  var data = new URLSearchParams();
  data.set("page", script.getAttribute("data-page"));
  data.set("query", window.location.search.replace(/^\?/, ""));
  navigator.sendBeacon(script.getAttribute("data-endpoint"), data);
})();
