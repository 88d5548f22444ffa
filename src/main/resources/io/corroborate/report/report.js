// Inlined into every HTML report. Filters: with no button pressed in a group, that group lets every
// verdict through; pressing buttons narrows the list to their values (labels AND kinds). The page
// reads only data attributes and sets `hidden`, so no report text ever reaches the script as code.
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) {
    return;
  }
  var verdicts = Array.prototype.slice.call(document.querySelectorAll("article.verdict"));
  var status = document.getElementById("filter-status");

  function pressed(group) {
    var buttons = filters.querySelectorAll('[data-filter="' + group + '"] button[aria-pressed="true"]');
    return Array.prototype.map.call(buttons, function (b) { return b.getAttribute("data-value"); });
  }

  function apply() {
    var labels = pressed("label");
    var kinds = pressed("kind");
    var shown = 0;
    verdicts.forEach(function (v) {
      var visible = (labels.length === 0 || labels.indexOf(v.getAttribute("data-label")) >= 0)
          && (kinds.length === 0 || kinds.indexOf(v.getAttribute("data-kind")) >= 0);
      v.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    status.textContent = shown === verdicts.length
        ? "Showing all " + verdicts.length + " verdicts"
        : "Showing " + shown + " of " + verdicts.length + " verdicts";
  }

  filters.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.classList.contains("reset")) {
      filters.querySelectorAll('button[aria-pressed="true"]').forEach(function (b) {
        b.setAttribute("aria-pressed", "false");
      });
    } else {
      button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
    }
    apply();
  });

  filters.hidden = false; // without scripts the page shows every verdict and no dead buttons
  apply();
})();
