// romewatch: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  window.romewatch = { csrf: csrf };

  // Document view: highlight the sentence(s) an event was read from and scroll to them.
  function highlight(id, scroll) {
    var text = document.getElementById("doc-text");
    if (!text || !id) return;
    text.querySelectorAll(".ev.hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll(".event-list li.hl").forEach(function (el) { el.classList.remove("hl"); });
    var pieces = Array.prototype.filter.call(text.querySelectorAll(".ev"), function (el) {
      return (" " + el.getAttribute("data-ev") + " ").indexOf(" " + id + " ") >= 0;
    });
    pieces.forEach(function (el) { el.classList.add("hl"); });
    var item = document.querySelector('.event-list li[data-event="' + id + '"]');
    if (item) item.classList.add("hl");
    if (scroll && pieces.length) pieces[0].scrollIntoView({ block: "center" });
  }
  function fromHash(scroll) {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (id) highlight(id, scroll);
  }
  window.addEventListener("hashchange", function () { fromHash(true); });

  // Actor boxes suggest known entities (fetched once, on first focus).
  var actorsLoaded = false;
  document.addEventListener("focusin", function (e) {
    if (actorsLoaded || !e.target.matches || !e.target.matches("input[list=actor-list]")) return;
    actorsLoaded = true;
    var list = document.getElementById("actor-list");
    if (!list) { list = document.createElement("datalist"); list.id = "actor-list"; document.body.appendChild(list); }
    fetch("/api/actors?limit=800", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
      .then(function (data) {
        data.entities.forEach(function (ent) {
          var opt = document.createElement("option"); opt.value = ent.id; opt.label = ent.name; opt.textContent = ent.name;
          list.appendChild(opt);
        });
      });
  });
  document.addEventListener("DOMContentLoaded", function () {
    fromHash(true);
    // clicking highlighted text selects the event in the side list
    var text = document.getElementById("doc-text");
    if (text) text.addEventListener("click", function (e) {
      var el = e.target.closest(".ev");
      if (!el || e.target.closest("a")) return;
      var id = el.getAttribute("data-ev").split(" ")[0];
      history.replaceState(null, "", "#" + id);
      highlight(id, false);
      var item = document.querySelector('.event-list li[data-event="' + id + '"]');
      if (item) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
  });
})();
