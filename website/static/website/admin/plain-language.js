// Plain-language warnings in the page editor's Checks panel.
//
// The admin's preview of a page carries its plain-language report (website/plain_language.py, put there by
// BasePage.get_context in preview only). Each time Wagtail reloads the preview as the writer types, this
// script reads the report from the preview frame and lists the warnings at the top of the Checks panel.
// The warnings only guide: nothing here stops a save.
(function () {
  "use strict";

  function strings() {
    var template = document.getElementById("plain-language-strings");
    return template ? template.content : null;
  }

  function section() {
    var existing = document.getElementById("plain-language-checks");
    if (existing) return existing;
    var panel = document.querySelector('[data-side-panel="checks"]');
    var source = strings();
    if (!panel || !source) return null;
    var node = source.querySelector(".plain-language").cloneNode(true);
    node.id = "plain-language-checks";
    var content = panel.querySelector(".w-divide-y") || panel;
    content.insertBefore(node, content.firstChild);
    return node;
  }

  function render(report) {
    var node = section();
    if (!node) return;
    var list = node.querySelector("[data-plain-language-list]");
    var none = node.querySelector("[data-plain-language-none]");
    var age = node.querySelector("[data-plain-language-reading-age]");
    var count = node.querySelector("[data-plain-language-count]");
    list.replaceChildren();
    report.warnings.forEach(function (warning) {
      var item = document.createElement("li");
      item.className = "plain-language__item plain-language__item--" + warning.kind;
      item.setAttribute("data-plain-language-kind", warning.kind);
      var message = document.createElement("p");
      message.className = "plain-language__message";
      message.textContent = warning.message;
      item.appendChild(message);
      if (warning.text) {
        var quote = document.createElement("q");
        quote.className = "plain-language__text";
        quote.setAttribute("lang", report.language);
        quote.setAttribute("dir", "auto");
        quote.textContent = warning.text;
        item.appendChild(quote);
      }
      list.appendChild(item);
    });
    none.hidden = report.warnings.length > 0;
    count.textContent = String(report.warnings.length);
    age.textContent = report.reading_age === null ? "-" : String(report.reading_age);
  }

  function readFrom(frame) {
    var doc;
    try {
      doc = frame.contentDocument;
    } catch (error) {
      return;
    }
    var data = doc && doc.getElementById("plain-language-report");
    if (!data) return;
    try {
      render(JSON.parse(data.textContent));
    } catch (error) {
      // A half-loaded preview: the next reload brings a whole report.
    }
  }

  // Load events do not bubble, but they can be caught on the way down.
  document.addEventListener(
    "load",
    function (event) {
      var frame = event.target;
      if (frame && frame.tagName === "IFRAME" && frame.matches('[data-w-preview-target="iframe"]')) {
        readFrom(frame);
      }
    },
    true
  );

  document.addEventListener("DOMContentLoaded", function () {
    section();
    document.querySelectorAll('iframe[data-w-preview-target="iframe"]').forEach(readFrom);
  });
})();
