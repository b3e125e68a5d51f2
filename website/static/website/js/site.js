/* Progressive enhancement only: the site works without this file.
   1. Quick exit: hide the page at once and replace it in the history with a neutral site.
      Pressing Shift three times in a row does the same.
   2. Before printing, open closed "details" (not content notes: the reader chooses those). */
(function () {
  "use strict";

  var exiting = false;

  function exitPage(href) {
    if (exiting) {
      return;
    }
    exiting = true;
    document.body.hidden = true;
    document.title = "";
    window.location.replace(href);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest("[data-quick-exit]") : null;
    if (!link || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    exitPage(link.href);
  });

  var exitLink = document.querySelector("[data-quick-exit]");
  var status = document.querySelector("[data-quick-exit-status]");
  var presses = 0;
  var timer = null;

  function say(key) {
    if (status) {
      status.textContent = key ? status.getAttribute("data-" + key) || "" : "";
    }
  }

  function reset(announce) {
    if (presses && announce) {
      say("timed-out");
    } else {
      say("");
    }
    presses = 0;
    window.clearTimeout(timer);
  }

  if (exitLink) {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        if (presses) {
          reset(false);
        }
        return;
      }
      if (event.repeat) {
        return;
      }
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= 3) {
        presses = 0;
        say("exiting");
        exitPage(exitLink.href);
        return;
      }
      say(presses === 1 ? "pressed-once" : "pressed-twice");
      timer = window.setTimeout(function () {
        reset(true);
      }, 1000);
    });
  }

  // Coming back to this page through the browser's history: show it again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      exiting = false;
      document.body.hidden = false;
    }
  });

  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = [];
    var all = document.querySelectorAll("details:not([open]):not([data-print-closed])");
    for (var i = 0; i < all.length; i += 1) {
      all[i].open = true;
      opened.push(all[i]);
    }
  });
  window.addEventListener("afterprint", function () {
    for (var i = 0; i < opened.length; i += 1) {
      opened[i].open = false;
    }
    opened = [];
  });
})();
