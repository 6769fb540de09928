// An import's status page: shows the rows done as the import goes on, and reloads the page
// for the report when it is over. Without this script, the page's "Refresh" link does both.
(function () {
  "use strict";
  var box = document.querySelector("[data-ebooth-import-progress]");
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute("data-ebooth-import-progress");
  var text = box.querySelector("[role=status]");
  var bar = box.querySelector("progress");
  var every = 2000;
  var delay = every;

  function show(data) {
    if (text.textContent !== data.text) {
      text.textContent = data.text;
    }
    if (data.total) {
      bar.max = data.total;
      bar.value = data.done;
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (data.finished) {
          window.location.reload();
          return;
        }
        show(data);
        delay = every;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // A server that does not answer is asked less and less often.
        delay = Math.min(delay * 2, 30000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, delay);
})();
