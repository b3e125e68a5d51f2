/* Training pages. Everything here only improves pages that already work without JavaScript.
   - Reflection: the record is built in the browser, printed or downloaded from here. Nothing is sent.
     (Without this file the form posts to the page, which sends the same record back and keeps nothing;
     this file then only offers its Print button.)
   - Video: nothing loads from the video's host until the visitor presses Play.
   - Checklist: a running count of ticked actions, and a Print button. Ticks are not saved anywhere. */
(function () {
  "use strict";

  var MAX = 4000;

  function each(selector, root, fn) {
    var found = (root || document).querySelectorAll(selector);
    for (var i = 0; i < found.length; i += 1) {
      fn(found[i]);
    }
  }

  /* The Print buttons of a record or a checklist: shown only where this script can press them. */
  function bindPrint(root) {
    each("[data-print]", root, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /* Keep line breaks; tidy spaces; cut very long answers, as the server does. */
  function cleanAnswer(value) {
    var lines = value.replace(/\r\n?/g, "\n").split("\n");
    for (var i = 0; i < lines.length; i += 1) {
      lines[i] = lines[i].replace(/\s+/g, " ").trim();
    }
    return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim().slice(0, MAX);
  }

  function recordText(record) {
    var lines = [text(record.querySelector("[data-record-title]")), ""];
    each("[data-record-fact]", record, function (fact) {
      lines.push(text(fact.querySelector("dt")) + " " + text(fact.querySelector("dd")));
    });
    var headings = record.querySelectorAll("[data-record-heading]");
    lines.push("", text(headings[0]));
    each("[data-record-outcomes] li", record, function (li) {
      lines.push("- " + text(li));
    });
    lines.push("", text(headings[1]));
    var number = 0;
    each("[data-record-answers] > li", record, function (li) {
      number += 1;
      lines.push("", number + ". " + text(li.querySelector("[data-record-question]")));
      lines.push(li.querySelector("[data-record-answer]").textContent.trim());
    });
    return "\ufeff" + lines.join("\n") + "\n";
  }

  function download(content, filename) {
    var url = URL.createObjectURL(new Blob([content], { type: "text/plain;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function setUpReflection() {
    var form = document.querySelector("[data-reflection-form]");
    var output = document.querySelector("[data-reflection-output]");
    var pattern = document.querySelector("template[data-reflection-template]");
    var module = document.querySelector("[data-module]");
    if (!form || !output || !pattern || !window.Blob || !window.URL) {
      return;
    }

    function build() {
      var record = pattern.content.firstElementChild.cloneNode(true);
      var empty = record.querySelector("[data-record-answers]").getAttribute("data-empty");
      each("[data-record-answer]", record, function (slot) {
        var box = form.elements[slot.getAttribute("data-record-answer")];
        slot.textContent = (box && cleanAnswer(box.value)) || empty;
      });
      return record;
    }

    function close() {
      output.textContent = "";
      if (module) {
        module.classList.remove("module--has-record");
      }
    }

    function show() {
      var record = build();
      close();
      output.appendChild(record);
      if (module) {
        module.classList.add("module--has-record");
      }
      bindPrint(record);
      record.querySelector("[data-download]").addEventListener("click", function () {
        download(recordText(record), "reflection-record.txt");
      });
      record.querySelector("[data-edit]").addEventListener("click", function () {
        close();
        form.elements[0].focus();
      });
      record.querySelector("[data-record-title]").focus();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : "record";
      if (action === "download") {
        download(recordText(build()), "reflection-record.txt");
      } else {
        show();
      }
    });
  }

  function setUpVideos() {
    each("[data-video-play]", document, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var player = button.closest("[data-video-player]");
        var frame = document.createElement("iframe");
        frame.src = button.getAttribute("data-embed-url");
        frame.title = button.getAttribute("data-video-title");
        frame.className = "video__frame";
        frame.setAttribute("allow", "fullscreen; picture-in-picture");
        frame.setAttribute("allowfullscreen", "");
        frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        player.textContent = "";
        player.appendChild(frame);
        frame.focus();
      });
    });
  }

  function setUpChecklist() {
    var form = document.querySelector("[data-checklist]");
    if (!form) {
      return;
    }
    var progress = form.querySelector("[data-checklist-progress]");
    var boxes = form.querySelectorAll("input[type=checkbox]");

    function count() {
      var done = 0;
      for (var i = 0; i < boxes.length; i += 1) {
        done += boxes[i].checked ? 1 : 0;
      }
      progress.textContent = progress
        .getAttribute("data-template")
        .replace("{done}", done)
        .replace("{total}", boxes.length);
    }

    if (progress) {
      progress.hidden = false;
      count();
      form.addEventListener("change", count);
      form.addEventListener("reset", function () {
        window.setTimeout(count, 0);
      });
    }
    bindPrint(form);
  }

  each("[data-reflection-record]", document, bindPrint); /* a record posted back without JavaScript */
  setUpReflection();
  setUpVideos();
  setUpChecklist();
})();
