/*
 * icm_ebooth video facade: the page shows a poster and a play button; the YouTube or Vimeo
 * player is only created when the visitor presses play, so no request reaches the video host
 * before that. Without this script the fallback link to the video's own site stays visible.
 * The file may be included once per video block: each facade is set up only once.
 */
(function () {
  "use strict";

  var ALLOWED_PLAYERS = [
    "https://www.youtube-nocookie.com/embed/",
    "https://player.vimeo.com/video/"
  ];

  function isAllowedPlayer(url) {
    return ALLOWED_PLAYERS.some(function (prefix) {
      return url.indexOf(prefix) === 0;
    });
  }

  function play(stage) {
    var iframe = document.createElement("iframe");
    iframe.src = stage.getAttribute("data-embed-url");
    iframe.title = stage.getAttribute("data-embed-title");
    iframe.className = "ebooth-video__frame";
    iframe.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    iframe.setAttribute("allowfullscreen", "");
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    stage.replaceChildren(iframe);
    iframe.focus();
  }

  function setUp(stage) {
    if (stage.hasAttribute("data-ebooth-video-ready")) {
      return;
    }
    stage.setAttribute("data-ebooth-video-ready", "");
    var button = stage.querySelector("[data-ebooth-video-play]");
    var fallback = stage.querySelector("[data-ebooth-video-fallback]");
    if (!button || !isAllowedPlayer(stage.getAttribute("data-embed-url") || "")) {
      return;
    }
    button.hidden = false;
    if (fallback) {
      fallback.hidden = true;
    }
    button.addEventListener("click", function () {
      play(stage);
    });
  }

  document.querySelectorAll("[data-ebooth-video]").forEach(setUp);
})();
