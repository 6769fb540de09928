/*
 * Adds the visitor's own local time beside an event time given in the event's zone.
 * Without JavaScript the page already shows the time in the event's zone.
 */
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  var nodes = document.querySelectorAll("[data-ebooth-start]");
  Array.prototype.forEach.call(nodes, function (node) {
    var target = node.parentNode.querySelector("[data-ebooth-local-time]");
    var start = new Date(node.getAttribute("data-ebooth-start"));
    if (!target || isNaN(start.getTime())) {
      return;
    }
    var endValue = node.getAttribute("data-ebooth-end");
    var end = endValue ? new Date(endValue) : null;
    var dateFormat = new Intl.DateTimeFormat(lang, { weekday: "long", day: "numeric", month: "long" });
    var timeFormat = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    var text = dateFormat.format(start) + ", " + timeFormat.format(start);
    if (end && !isNaN(end.getTime())) {
      text = dateFormat.format(start) + ", " + new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" }).format(start) + "–" + timeFormat.format(end);
    }
    var label = target.getAttribute("data-label") || "Your local time:";
    target.textContent = label + " " + text;
    target.hidden = false;
  });
})();
