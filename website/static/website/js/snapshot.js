/* Personal snapshot: build the printable summary in the browser. Nothing is sent anywhere.
   Without this file the form posts to the page, which sends the same summary back and keeps nothing. */
(function () {
  "use strict";

  var MAX = 300;

  function bindPrint(root) {
    var buttons = root.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i += 1) {
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function () {
        window.print();
      });
    }
  }

  bindPrint(document);

  var form = document.querySelector("[data-snapshot-form]");
  var output = document.querySelector("[data-snapshot-output]");
  var shell = document.querySelector("template[data-snapshot-summary]");
  var itemPattern = document.querySelector("template[data-snapshot-item]");
  if (!form || !output || !shell || !itemPattern || !window.Blob || !window.URL) {
    return;
  }
  var lang = document.documentElement.lang;

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function labelOf(input) {
    return input.labels && input.labels.length ? text(input.labels[0]) : "";
  }

  function collect() {
    var items = [];
    var questions = form.querySelectorAll("[data-question]");
    for (var q = 0; q < questions.length; q += 1) {
      var answers = [];
      var inputs = questions[q].querySelectorAll("input");
      for (var i = 0; i < inputs.length; i += 1) {
        var input = inputs[i];
        if (input.type === "radio" || input.type === "checkbox") {
          if (input.checked) {
            answers.push({ text: labelOf(input), en: input.getAttribute("data-en") || labelOf(input) });
          }
        } else {
          var value = input.value.replace(/\s+/g, " ").trim().slice(0, MAX);
          if (value) {
            var labelled = input.hasAttribute("data-en");
            answers.push({
              label: labelled ? labelOf(input) : "",
              labelEn: labelled ? input.getAttribute("data-en") : "",
              text: value,
              en: value,
              free: true,
            });
          }
        }
      }
      if (answers.length) {
        items.push({
          question: text(questions[q].querySelector("[data-q]")),
          questionEn: questions[q].getAttribute("data-en") || "",
          answers: answers,
        });
      }
    }
    return items;
  }

  function fillAnswers(list, answers, english) {
    if (!list) {
      return;
    }
    for (var a = 0; a < answers.length; a += 1) {
      var answer = answers[a];
      var li = document.createElement("li");
      var label = english ? answer.labelEn : answer.label;
      if (label) {
        li.appendChild(document.createTextNode(label + ": "));
      }
      var span = document.createElement("span");
      span.textContent = english ? answer.en : answer.text;
      if (answer.free) {
        span.dir = "auto";
        if (english) {
          span.lang = lang;
        }
      }
      li.appendChild(span);
      list.appendChild(li);
    }
  }

  function line(label, value) {
    return label ? label + ": " + value : value;
  }

  function asText(summary, items) {
    var get = function (name) {
      return text(summary.querySelector("[data-" + name + "]"));
    };
    var bilingual = !!summary.querySelector("[data-title-en]");
    var lines = [get("title"), get("made-on") + " " + get("date")];
    if (bilingual) {
      lines.push("", get("title-en"), get("made-on-en") + " " + get("date-en"));
    }
    items.forEach(function (item, index) {
      var number = index + 1 + ". ";
      lines.push("", number + item.question);
      item.answers.forEach(function (answer) {
        lines.push("   - " + line(answer.label, answer.text));
      });
      if (bilingual) {
        lines.push("   " + number + item.questionEn);
        item.answers.forEach(function (answer) {
          lines.push("     - " + line(answer.labelEn, answer.en));
        });
      }
    });
    return "\ufeff" + lines.join("\n") + "\n";
  }

  function download(content) {
    var url = URL.createObjectURL(new Blob([content], { type: "text/plain;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = "my-snapshot.txt";
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  function date(locale) {
    try {
      return new Date().toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
    } catch (error) {
      return new Date().toLocaleDateString();
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var items = collect();
    var summary = shell.content.firstElementChild.cloneNode(true);
    var now = new Date();
    var iso = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map(function (n) {
        return String(n).padStart(2, "0");
      })
      .join("-");
    var times = summary.querySelectorAll("time");
    for (var t = 0; t < times.length; t += 1) {
      times[t].setAttribute("datetime", iso);
      times[t].textContent = date(times[t].hasAttribute("data-date-en") ? "en-GB" : lang);
    }
    var list = summary.querySelector("[data-items]");
    items.forEach(function (item) {
      var li = itemPattern.content.firstElementChild.cloneNode(true);
      li.querySelector("[data-q]").textContent = item.question;
      var english = li.querySelector("[data-q-en]");
      if (english) {
        english.textContent = item.questionEn;
      }
      fillAnswers(li.querySelector("[data-a]"), item.answers, false);
      fillAnswers(li.querySelector("[data-a-en]"), item.answers, true);
      list.appendChild(li);
    });
    summary.querySelector("[data-empty]").hidden = items.length > 0;
    summary.querySelector("[data-download]").addEventListener("click", function () {
      download(asText(summary, items));
    });
    summary.querySelector("[data-edit]").addEventListener("click", function () {
      var first = form.querySelector("input");
      if (first) {
        first.focus();
      }
    });
    bindPrint(summary);
    output.replaceChildren(summary);
    form.closest("[data-snapshot]").classList.add("snapshot--done");
    summary.focus();
  });
})();
