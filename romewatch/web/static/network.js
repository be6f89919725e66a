// romewatch network: a small Fruchterman-Reingold layout drawn in SVG, with zoom, pan, drag and click.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = { state: "#0e7c66", person: "#6941c6", organization: "#1d5fb8", court: "#b86e00", session: "#b86e00" };

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }

  function layout(nodes, edges, width, height) {
    var n = nodes.length, area = width * height, k = Math.sqrt(area / Math.max(n, 1)) * 0.9;
    nodes.forEach(function (d, i) {  // start on a circle, heaviest first, so the result is stable
      var a = (2 * Math.PI * i) / n, r = Math.min(width, height) * 0.35;
      d.x = width / 2 + r * Math.cos(a); d.y = height / 2 + r * Math.sin(a);
    });
    var aspect = Math.max(1, width / height), temp = width / 8, iterations = n > 150 ? 180 : 300;
    for (var it = 0; it < iterations; it++) {
      nodes.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var dist = Math.sqrt(dx * dx + dy * dy) || 0.01;
          if (dist > 4 * k) continue;  // far-apart nodes stop pushing, so groups stay near each other
          var f = (k * k) / dist;
          a.dx += (dx / dist) * f; a.dy += (dy / dist) * f; b.dx -= (dx / dist) * f; b.dy -= (dy / dist) * f;
        }
      }
      edges.forEach(function (e) {
        var dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, dist = Math.sqrt(dx * dx + dy * dy) || 0.01;
        // stronger for repeated partners; shared by a node's links so cliques of co-signatories open up
        var f = ((dist * dist) / k) * (0.6 + 0.4 * Math.min(e.weight, 4) / 4);
        var fs = f / Math.sqrt(e.s.links.length), ft = f / Math.sqrt(e.t.links.length);
        e.s.dx -= (dx / dist) * fs; e.s.dy -= (dy / dist) * fs; e.t.dx += (dx / dist) * ft; e.t.dy += (dy / dist) * ft;
      });
      nodes.forEach(function (d) {  // gravity keeps separate groups on screen
        d.dx += (width / 2 - d.x) * 0.02; d.dy += (height / 2 - d.y) * 0.02 * aspect;
        var len = Math.sqrt(d.dx * d.dx + d.dy * d.dy) || 1, step = Math.min(len, temp);
        d.x += (d.dx / len) * step; d.y += (d.dy / len) * step;
      });
      temp *= 0.985;
    }
    // stretch the result to the box (labels need room on the right), then keep nodes apart
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    nodes.forEach(function (d) {
      d.x = 40 + ((d.x - x0) / ((x1 - x0) || 1)) * (width - 240);
      d.y = 24 + ((d.y - y0) / ((y1 - y0) || 1)) * (height - 48);
    });
    for (var pass = 0; pass < 40; pass++) {  // finally, no two nodes overlap
      for (var p = 0; p < n; p++) {
        for (var q = p + 1; q < n; q++) {
          var u = nodes[p], v = nodes[q], ex = v.x - u.x, ey = v.y - u.y;
          var gap = Math.sqrt(ex * ex + ey * ey) || 0.01, need = 34;
          if (gap < need) {
            var push = (need - gap) / 2;
            u.x -= (ex / gap) * push; u.y -= (ey / gap) * push; v.x += (ex / gap) * push; v.y += (ey / gap) * push;
          }
        }
      }
    }
  }

  function start() {
    var svg = document.getElementById("network"), source = document.getElementById("network-data");
    if (!svg || !source) return;
    var data = JSON.parse(source.textContent), view = document.getElementById("net-viewport");
    var byId = {}, nodes = data.nodes.map(function (d) { var c = Object.assign({}, d); byId[c.id] = c; c.links = []; return c; });
    var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; }).map(function (e) {
      var c = Object.assign({}, e); c.s = byId[e.source]; c.t = byId[e.target];
      c.s.links.push(c.t.id); c.t.links.push(c.s.id); return c;
    });
    var box = svg.getBoundingClientRect(), W = Math.max(box.width, 400), H = Math.max(box.height, 300);
    layout(nodes, edges, W, H);
    var maxW = Math.max.apply(null, nodes.map(function (d) { return d.weight; }).concat([1]));
    var labelled = nodes.length <= 60 ? 0 : nodes.slice().sort(function (a, b) { return b.weight - a.weight; })[40].weight;

    var edgeLayer = el("g", {}, view), nodeLayer = el("g", {}, view);
    edges.forEach(function (e) {
      e.line = el("line", { class: "edge", "stroke-width": String(1 + Math.min(e.weight, 6) * 0.8) }, edgeLayer);
      var t = el("title", {}, e.line); t.textContent = e.s.name + " — " + e.t.name + ": " + e.weight + " shared event(s)";
    });
    nodes.forEach(function (d) {
      d.r = 5 + 11 * Math.sqrt(d.weight / maxW);
      d.g = el("g", { class: "node", tabindex: "0", role: "link", "data-id": d.id, "aria-label": d.name }, nodeLayer);
      el("circle", { r: String(d.r), fill: COLOURS[d.kind] || "#4a5568" }, d.g);
      var title = el("title", {}, d.g); title.textContent = d.name + " (" + d.id + "): " + d.weight + " joint acts";
      d.label = el("text", { x: String(d.r + 3), y: "4" }, d.g);
      d.label.textContent = d.name.length > 32 ? d.name.slice(0, 30) + "…" : d.name;
      if (d.weight < labelled) d.label.style.display = "none";
    });
    function draw() {
      edges.forEach(function (e) {
        e.line.setAttribute("x1", e.s.x); e.line.setAttribute("y1", e.s.y);
        e.line.setAttribute("x2", e.t.x); e.line.setAttribute("y2", e.t.y);
      });
      nodes.forEach(function (d) { d.g.setAttribute("transform", "translate(" + d.x + "," + d.y + ")"); });
    }
    draw();

    // zoom and pan: one transform on the viewport group
    var tf = { x: 0, y: 0, k: 1 };
    function apply() {
      view.setAttribute("transform", "translate(" + tf.x + "," + tf.y + ") scale(" + tf.k + ")");
      svg.style.setProperty("--label-size", (12 / tf.k).toFixed(2) + "px");  // labels stay readable at any zoom
      nodes.forEach(function (d) { d.label.setAttribute("x", String(d.r + 3 / tf.k)); });
    }
    function zoomAt(px, py, factor) {
      var k = Math.max(0.2, Math.min(6, tf.k * factor)); factor = k / tf.k;
      tf.x = px - (px - tf.x) * factor; tf.y = py - (py - tf.y) * factor; tf.k = k; apply();
    }
    function fit() {
      var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
      var x0 = Math.min.apply(null, xs) - 40, x1 = Math.max.apply(null, xs) + 120;
      var y0 = Math.min.apply(null, ys) - 30, y1 = Math.max.apply(null, ys) + 30;
      var b = svg.getBoundingClientRect(), k = Math.min(b.width / (x1 - x0), b.height / (y1 - y0), 2.5);
      tf.k = k; tf.x = (b.width - (x1 + x0) * k) / 2; tf.y = (b.height - (y1 + y0) * k) / 2; apply();
    }
    fit();
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var b = svg.getBoundingClientRect();
      zoomAt(e.clientX - b.left, e.clientY - b.top, e.deltaY < 0 ? 1.15 : 1 / 1.15);
    }, { passive: false });
    document.querySelectorAll("[data-zoom]").forEach(function (btn) {
      btn.addEventListener("click", function () {
        var b = svg.getBoundingClientRect(), how = btn.getAttribute("data-zoom");
        if (how === "fit") fit(); else zoomAt(b.width / 2, b.height / 2, how === "in" ? 1.3 : 1 / 1.3);
      });
    });

    var drag = null;
    svg.addEventListener("pointerdown", function (e) {
      var g = e.target.closest(".node");
      drag = { node: g ? byId[g.getAttribute("data-id")] : null, x: e.clientX, y: e.clientY, moved: false, tx: tf.x, ty: tf.y };
      svg.setPointerCapture(e.pointerId); svg.classList.add("dragging");
    });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.node) {
        drag.node.x += dx / tf.k; drag.node.y += dy / tf.k; drag.x = e.clientX; drag.y = e.clientY; draw();
      } else { tf.x = drag.tx + dx; tf.y = drag.ty + dy; apply(); }
    });
    svg.addEventListener("pointerup", function () {
      svg.classList.remove("dragging");
      if (drag && drag.node && !drag.moved) window.location.href = "/actors/" + encodeURIComponent(drag.node.id).replace(/%3A/g, ":");
      drag = null;
    });
    nodeLayer.addEventListener("keydown", function (e) {
      var g = e.target.closest(".node");
      if (g && e.key === "Enter") window.location.href = "/actors/" + encodeURIComponent(g.getAttribute("data-id")).replace(/%3A/g, ":");
    });

    // hover: show the node's neighbourhood
    var info = document.getElementById("net-info");
    function focus(d) {
      var keep = {}; if (d) { keep[d.id] = 1; d.links.forEach(function (id) { keep[id] = 1; }); }
      nodes.forEach(function (n) {
        n.g.classList.toggle("faded", !!d && !keep[n.id]); n.g.classList.toggle("focus", !!d && n.id === d.id);
        n.label.style.display = (d && keep[n.id]) || n.weight >= labelled ? "" : "none";
      });
      edges.forEach(function (e) { e.line.classList.toggle("faded", !!d && e.s !== d && e.t !== d); });
      if (info) info.textContent = d ? d.name + ": " + d.links.length + " partner(s), " + d.weight + " joint act(s)" : "";
    }
    nodeLayer.addEventListener("mouseover", function (e) { var g = e.target.closest(".node"); if (g && !drag) focus(byId[g.getAttribute("data-id")]); });
    nodeLayer.addEventListener("mouseout", function () { if (!drag) focus(data.focus ? byId[data.focus] : null); });
    if (data.focus && byId[data.focus]) focus(byId[data.focus]);
    svg.setAttribute("data-ready", "true");
  }
  document.addEventListener("DOMContentLoaded", start);
})();
