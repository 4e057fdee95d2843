// gapcheck report behaviour: status filters, expand/collapse, graph focus. No library, no network.
// Statute text reaches the page only through textContent, never through innerHTML.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var dataNode = document.getElementById("gapcheck-data");
  var data = dataNode ? JSON.parse(dataNode.textContent) : {};
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };

  // ---- status filters -------------------------------------------------------------
  var boxes = all("input[data-filter-status]");
  function applyFilters() {
    var shown = {};
    boxes.forEach(function (box) { shown[box.getAttribute("data-filter-status")] = box.checked; });
    all("[data-status]").forEach(function (el) {
      var status = el.getAttribute("data-status");
      el.classList.toggle("filtered-out", shown[status] === false);
    });
  }
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });

  // ---- expand / collapse ------------------------------------------------------------
  function setCollapsed(section, collapsed) {
    section.classList.toggle("collapsed", collapsed);
    var button = section.querySelector(".toggle");
    if (button) {
      button.setAttribute("aria-expanded", collapsed ? "false" : "true");
      button.textContent = collapsed ? "show" : "hide";
    }
  }
  all(".requirement .toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      var section = button.closest(".requirement");
      setCollapsed(section, !section.classList.contains("collapsed"));
    });
  });
  all("button[data-expand]").forEach(function (button) {
    button.addEventListener("click", function () {
      var collapse = button.getAttribute("data-expand") === "none";
      all(".requirement").forEach(function (s) { setCollapsed(s, collapse); });
    });
  });

  // ---- graph focus ------------------------------------------------------------------
  var svg = document.querySelector("svg.graph");
  var info = document.getElementById("graph-info");
  var requirements = {};
  (data.requirements || []).forEach(function (r) { requirements[r.id] = r; });
  var focused = null;

  function clearFocus() {
    focused = null;
    if (!svg) { return; }
    svg.classList.remove("focused");
    all("svg.graph .on").forEach(function (el) { el.classList.remove("on"); });
    if (info) { info.textContent = "Click a requirement or a provision to see its links."; }
  }

  function focus(kind, key) {
    if (!svg) { return; }
    if (focused && focused.kind === kind && focused.key === key) { clearFocus(); return; }
    clearFocus();
    focused = {kind: kind, key: key};
    svg.classList.add("focused");
    var attr = kind === "req" ? "data-req" : "data-prov";
    var other = kind === "req" ? "data-prov" : "data-req";
    var linked = {};
    all("svg.graph .edge").forEach(function (edge) {
      if (edge.getAttribute(attr) === key) {
        edge.classList.add("on");
        linked[edge.getAttribute(other)] = true;
      }
    });
    all("svg.graph .node").forEach(function (node) {
      if (node.getAttribute(attr) === key || linked[node.getAttribute(other)] === true) {
        node.classList.add("on");
      }
    });
    if (!info) { return; }
    var count = Object.keys(linked).length;
    if (kind === "req") {
      var r = requirements[key] || {};
      info.textContent = key + " (" + (r.status || "?") + "): " + count + " provision(s) \u2014 " +
        Object.keys(linked).join(", ");
    } else {
      info.textContent = key + ": evidence for " + count + " requirement(s) \u2014 " + Object.keys(linked).join(", ");
    }
  }

  if (svg) {
    all("svg.graph .node").forEach(function (node) {
      var kind = node.hasAttribute("data-prov") && !node.classList.contains("req") ? "prov" : "req";
      var key = node.getAttribute(kind === "req" ? "data-req" : "data-prov");
      node.addEventListener("click", function (event) { event.stopPropagation(); focus(kind, key); });
      node.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); focus(kind, key); }
      });
    });
    svg.addEventListener("click", clearFocus);
    clearFocus();
  }

  // ---- state from the address: #status=missing,partial&focus=grooming ---------------
  function fromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    var statuses = params.get("status");
    if (statuses !== null) {
      var wanted = statuses.split(",");
      boxes.forEach(function (box) { box.checked = wanted.indexOf(box.getAttribute("data-filter-status")) >= 0; });
    }
    applyFilters();
    var target = params.get("focus");
    if (target !== null && requirements[target]) { focus("req", target); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  root.setAttribute("data-ready", "1");
}());
