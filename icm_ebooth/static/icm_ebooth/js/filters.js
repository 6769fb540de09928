/*
 * icm_ebooth filter panels: on a narrow screen the finder's and the library's filters start
 * folded away behind their heading, so that the results come first. The heading's text
 * becomes a button that shows and hides the filters (the disclosure pattern). Without this
 * script the filters are always shown.
 */
(function () {
  "use strict";

  // A phone held upright, or a window as narrow.
  var NARROW = "(max-width: 40em)";

  function setExpanded(button, body, expanded) {
    button.setAttribute("aria-expanded", expanded ? "true" : "false");
    body.hidden = !expanded;
  }

  function setUp(form) {
    var heading = form.querySelector(".ebooth-filters__heading");
    var body = form.querySelector(".ebooth-filters__body");
    if (!heading || !body || heading.querySelector("button")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "ebooth-filters__toggle";
    button.setAttribute("aria-controls", body.id);
    while (heading.firstChild) {
      button.appendChild(heading.firstChild);
    }
    heading.appendChild(button);
    setExpanded(button, body, !window.matchMedia(NARROW).matches);
    button.addEventListener("click", function () {
      setExpanded(button, body, button.getAttribute("aria-expanded") !== "true");
    });
  }

  document.querySelectorAll("[data-ebooth-filters]").forEach(setUp);
})();
