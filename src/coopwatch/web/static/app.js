// coopwatch pages: the only script, loaded from /static (the pages allow no inline script).
// On a document page, a fact's evidence link (#fact-<kind>-<n>) marks every fragment of
// that fact's evidence in the text, not only the first one, and scrolls to it.
"use strict";

function factFromHash() {
  var match = /^#fact-([a-z]+-\d+)$/.exec(window.location.hash);
  return match ? match[1] : null;
}

function showFact(fact) {
  document.querySelectorAll("mark.active, tr.active").forEach(function (element) {
    element.classList.remove("active");
  });
  if (!fact) {
    return;
  }
  var marks = document.querySelectorAll('mark[data-facts~="' + fact + '"]');
  marks.forEach(function (mark) { mark.classList.add("active"); });
  var row = document.getElementById("fact-" + fact);
  if (row) {
    row.classList.add("active");
  }
  var status = document.getElementById("fact-status");
  if (status) {
    status.textContent = marks.length
      ? "Выделено фрагментов основания: " + marks.length
      : "";
  }
  if (marks.length) {
    marks[0].scrollIntoView({ block: "center" });
  }
}

function onMarkClick(event) {
  var mark = event.target.closest("mark[data-facts]");
  if (mark) {
    var first = mark.getAttribute("data-facts").split(" ")[0];
    if (first) {
      window.location.hash = "fact-" + first;
    }
  }
}

document.addEventListener("DOMContentLoaded", function () {
  if (!document.getElementById("text")) {
    return;
  }
  document.getElementById("text").addEventListener("click", onMarkClick);
  window.addEventListener("hashchange", function () { showFact(factFromHash()); });
  showFact(factFromHash());
});
