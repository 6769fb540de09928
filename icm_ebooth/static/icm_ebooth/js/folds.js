/*
 * icm_ebooth folded sections: a booth's long sections are <details> elements that start
 * closed, and the stylesheet shows them whole on wider screens and on paper, so they work
 * without this script. With it, they are open on wider screens (so that their state is
 * what a screen reader announces), an in-page link or the address's #fragment opens the
 * section it leads to, and the closed ones open for printing.
 */
(function () {
  "use strict";

  // The same width as the stylesheet's: a phone held upright, or a window as narrow.
  var NARROW = window.matchMedia("(max-width: 40em)");
  var folds = Array.prototype.slice.call(document.querySelectorAll("[data-ebooth-fold]"));
  if (!folds.length) {
    return;
  }

  function openAll() {
    folds.forEach(function (fold) {
      fold.open = true;
    });
  }

  // The fold that holds the element with this id, or that the element holds (a section).
  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) {
      return;
    }
    var fold = target.closest("[data-ebooth-fold]") || target.querySelector("[data-ebooth-fold]");
    if (fold) {
      fold.open = true;
    }
  }

  function revealHash() {
    reveal(decodeURIComponent(window.location.hash.slice(1)));
  }

  folds.forEach(function (fold) {
    fold.classList.add("ebooth-fold--js");
  });
  if (!NARROW.matches) {
    openAll();
  }
  NARROW.addEventListener("change", function (event) {
    if (!event.matches) {
      openAll();
    }
  });

  // Before the browser scrolls: a link to the fragment already in the address fires no
  // hashchange, and the section must be open when it is scrolled to.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (link) {
      reveal(decodeURIComponent(link.getAttribute("href").slice(1)));
    }
  });
  window.addEventListener("hashchange", revealHash);
  revealHash();

  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = folds.filter(function (fold) {
      return !fold.open;
    });
    openAll();
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (fold) {
      fold.open = false;
    });
    closedForPrint = [];
  });
})();
