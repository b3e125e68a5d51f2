/* Progressive enhancement only: the site works without this file.
   1. Quick exit: hide the page at once and replace it in the history with a neutral site.
      Pressing Shift three times in a row does the same.
   2. Before printing, open closed "details" (not content notes: the reader chooses those).
   3. Page tools on guides, each shown only where the browser can do it:
      "Listen to this page" (the browser's own speech, in the page's language) and
      "Save this guide for offline reading" (registers /sw.js only when pressed). */
(function () {
  "use strict";

  var exiting = false;

  function exitPage(href) {
    if (exiting) {
      return;
    }
    exiting = true;
    document.body.hidden = true;
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel();
    }
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

  // Shift counts when it is let go, and only if no other key was pressed while it was held: typing a
  // capital letter is never part of an exit. Any other key starts the count again.
  var chord = false;
  if (exitLink) {
    document.addEventListener(
      "keydown",
      function (event) {
        if (event.key === "Shift") {
          return;
        }
        chord = chord || event.shiftKey;
        if (presses) {
          reset(false);
        }
      },
      true
    );
    document.addEventListener(
      "keyup",
      function (event) {
        if (event.key !== "Shift") {
          return;
        }
        if (chord) {
          chord = false;
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
      },
      true
    );
  }

  // Coming back to this page through the browser's history: show it again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      exiting = false;
      document.body.hidden = false;
    }
  });

  function show(element, visible) {
    if (element) {
      element.hidden = !visible;
    }
  }

  var tools = document.querySelector("[data-page-tools]");
  function refreshTools() {
    show(tools, !!tools.querySelector("[data-tool]:not([hidden])"));
  }
  var main = document.getElementById("main-content");
  var lang = ((main && main.getAttribute("lang")) || document.documentElement.lang).toLowerCase();

  // Listen to this page ------------------------------------------------------------------------------
  var listen = tools && tools.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (listen && synth && window.SpeechSynthesisUtterance) {
    var start = listen.querySelector("[data-listen-start]");
    var stop = listen.querySelector("[data-listen-stop]");
    var voice = null;

    var findVoice = function () {
      var voices = synth.getVoices() || [];
      var want = lang.split("-")[0];
      voice = null;
      for (var v = 0; v < voices.length && !voice; v += 1) {
        var code = String(voices[v].lang || "").toLowerCase().replace("_", "-");
        if (code === lang || code.split("-")[0] === want) {
          voice = voices[v];
        }
      }
      show(listen, !!voice);
      refreshTools();
    };

    var speaking = function (on) {
      var hadFocus = document.activeElement === (on ? start : stop);
      show(start, !on);
      show(stop, on);
      if (hadFocus) {
        (on ? stop : start).focus();
      }
    };

    start.addEventListener("click", function () {
      synth.cancel();
      var parts = document.querySelectorAll("[data-listen-text]");
      var lines = [];
      for (var p = 0; p < parts.length; p += 1) {
        lines = lines.concat(parts[p].innerText.split(/\n+/));
      }
      var last = null;
      for (var l = 0; l < lines.length; l += 1) {
        if (lines[l].trim()) {
          last = new window.SpeechSynthesisUtterance(lines[l].trim());
          last.lang = voice.lang || lang;
          last.voice = voice;
          synth.speak(last);
        }
      }
      if (last) {
        var done = function () {
          speaking(false);
        };
        last.addEventListener("end", done);
        last.addEventListener("error", done);
        speaking(true);
      }
    });
    stop.addEventListener("click", function () {
      synth.cancel();
      speaking(false);
    });
    window.addEventListener("pagehide", function () {
      synth.cancel();
    });
    if (synth.addEventListener) {
      synth.addEventListener("voiceschanged", findVoice);
    }
    findVoice();
  }

  // Save this guide for offline reading ------------------------------------------------------------
  var save = tools && tools.querySelector("[data-save]");
  if (save && "serviceWorker" in navigator && window.caches && window.isSecureContext) {
    var CACHE = "saved-guides-v1";
    var saveButton = save.querySelector("[data-save-button]");
    var removeButton = save.querySelector("[data-save-remove]");
    var saveStatus = save.querySelector("[data-save-status]");
    var here = window.location.pathname;

    var saved = function (isSaved, message, focus) {
      show(saveButton, !isSaved);
      show(removeButton, isSaved);
      saveStatus.textContent = message ? saveStatus.getAttribute("data-" + message) : "";
      if (focus) {
        (isSaved ? removeButton : saveButton).focus();
      }
    };

    saveButton.addEventListener("click", function () {
      var urls = [here];
      var files = document.querySelectorAll("link[rel=stylesheet][href], script[src]");
      for (var f = 0; f < files.length; f += 1) {
        urls.push(files[f].getAttribute("href") || files[f].getAttribute("src"));
      }
      saveStatus.textContent = saveStatus.getAttribute("data-saving");
      navigator.serviceWorker
        .register(save.getAttribute("data-worker"), { scope: "/" })
        .then(function () {
          return caches.open(CACHE);
        })
        .then(function (cache) {
          return cache.addAll(urls);
        })
        .then(function () {
          saved(true, "saved", true);
        })
        .catch(function () {
          saved(false, "failed", false);
        });
    });

    removeButton.addEventListener("click", function () {
      caches
        .open(CACHE)
        .then(function (cache) {
          return cache.delete(here).then(function () {
            return cache.keys();
          });
        })
        .then(function (keys) {
          // No saved pages left (page addresses end in "/"): remove the cache and the worker too.
          var pages = keys.filter(function (request) {
            return /\/$/.test(new URL(request.url).pathname);
          });
          if (pages.length) {
            return null;
          }
          return caches.delete(CACHE).then(function () {
            return navigator.serviceWorker.getRegistrations();
          }).then(function (registrations) {
            registrations.forEach(function (registration) {
              registration.unregister();
            });
          });
        })
        .then(function () {
          saved(false, "removed", true);
        });
    });

    show(save, true);
    refreshTools();
    // Only look in the cache if this visitor has saved something before (has() creates nothing).
    caches.has(CACHE).then(function (exists) {
      return exists && caches.open(CACHE).then(function (cache) {
        return cache.match(here);
      });
    }).then(function (match) {
      if (match) {
        saved(true, "saved", false);
      }
    });
  }

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
