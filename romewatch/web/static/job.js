// Poll an ingest job's JSON twin and redraw its progress and per-item table until it finishes.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box || box.getAttribute("data-state") === "finished") return;
  var id = box.getAttribute("data-job");
  function text(tag, value, cls) { var td = document.createElement(tag); if (cls) td.className = cls; td.textContent = value == null ? "" : value; return td; }
  function render(job) {
    document.getElementById("job-count").textContent = job.done + " of " + job.total;
    document.getElementById("job-bar").style.width = (job.total ? (100 * job.done / job.total) : 100) + "%";
    document.querySelector('[role="progressbar"]').setAttribute("aria-valuenow", job.done);
    var body = document.querySelector("#job-items tbody");
    body.textContent = "";
    job.items.forEach(function (it) {
      var tr = document.createElement("tr");
      tr.appendChild(text("td", it.source, "mono small"));
      tr.appendChild(text("td", it.status, "status-" + it.status));
      var doc = document.createElement("td");
      if (it.doc_id) { var a = document.createElement("a"); a.href = "/documents/" + encodeURIComponent(it.doc_id); a.textContent = it.title || it.doc_id; doc.appendChild(a); }
      tr.appendChild(doc);
      tr.appendChild(text("td", it.events, "num"));
      tr.appendChild(text("td", it.reason, "small"));
      body.appendChild(tr);
    });
    if (job.state === "finished") {
      document.getElementById("job-state").textContent = "Finished";
      box.setAttribute("data-state", "finished");
      return true;
    }
    return false;
  }
  function poll() {
    fetch("/api/ingest/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) { if (!render(data.job || data)) setTimeout(poll, 700); })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
