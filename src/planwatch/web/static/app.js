// planwatch pages: sortable tables, charts, and the document viewer's fact panel.
// Everything inserted into the page is either text (textContent) or HTML the
// server rendered with autoescape on; document text never passes through here.
"use strict";

function cellValue(td) {
  const raw = td.dataset.sort !== undefined ? td.dataset.sort : td.textContent.trim();
  const num = parseFloat(String(raw).replace(/[≥≤≈,%\s]/g, ""));
  return Number.isNaN(num) ? String(raw) : num;
}

function makeSortable(table) {
  table.querySelectorAll("thead th").forEach((th, col) => {
    th.addEventListener("click", () => {
      const asc = !th.classList.contains("sorted-asc");
      table.querySelectorAll("thead th").forEach(h => h.classList.remove("sorted-asc", "sorted-desc"));
      th.classList.add(asc ? "sorted-asc" : "sorted-desc");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        if (!a.cells[col] || !b.cells[col]) return 0;
        const x = cellValue(a.cells[col]), y = cellValue(b.cells[col]);
        const cmp = (typeof x === "number" && typeof y === "number") ? x - y
          : String(x).localeCompare(String(y), "zh-CN");
        return asc ? cmp : -cmp;
      });
      rows.forEach(r => body.appendChild(r));
    });
  });
}

function drawCharts() {
  if (typeof Plotly === "undefined") return;
  document.querySelectorAll("div.chart[data-figure]").forEach(div => {
    try {
      const fig = JSON.parse(div.dataset.figure);
      Plotly.newPlot(div, fig.data || [], fig.layout || {}, {displayModeBar: false, responsive: true});
    } catch (e) {
      div.textContent = "chart could not be drawn: " + e;
    }
  });
}

// On a phone the panel sits below the whole text; it moves next to the tapped
// figure instead (and back beside the text when the window widens).
const narrow = window.matchMedia("(max-width: 1100px)")  // the width where the viewer stacks (style.css);
let panelHome = null;

function placePanel(panel, mark) {
  if (!panelHome) panelHome = {parent: panel.parentNode, next: panel.nextSibling};
  if (narrow.matches && mark) {
    const block = mark.closest("p, li, tr, .para") || mark;
    block.after(panel);
    panel.classList.add("inline");
  } else if (panel.classList.contains("inline")) {
    panelHome.parent.insertBefore(panel, panelHome.next);
    panel.classList.remove("inline");
  }
}

function selectFact(id, scroll) {
  document.querySelectorAll("a.fact.active").forEach(a => a.classList.remove("active"));
  const mark = document.getElementById("f" + id);
  if (mark) {
    mark.classList.add("active");
    if (scroll) mark.scrollIntoView({block: "center"});
  }
  const panel = document.getElementById("factpanel");
  if (!panel) return;
  placePanel(panel, mark);
  fetch("/facts/" + encodeURIComponent(id) + "/panel")
    .then(r => r.ok ? r.text() : Promise.reject(r.status))
    .then(html => { panel.innerHTML = html; })  // server-rendered, escaped fragment
    .catch(err => { panel.textContent = "could not load fact " + id + ": " + err; });
  const url = new URL(window.location.href);
  url.searchParams.set("fact", id);
  url.hash = "f" + id;
  history.replaceState(null, "", url);
}

function documentViewer() {
  const text = document.getElementById("doctext");
  if (!text) return;
  text.addEventListener("click", ev => {
    const a = ev.target.closest("a.fact");
    if (!a) return;
    ev.preventDefault();
    selectFact(a.dataset.fact, false);
  });
  document.querySelectorAll("a.cellfact").forEach(a => a.addEventListener("click", ev => {
    ev.preventDefault();
    selectFact(a.dataset.fact, true);
  }));
}

// The indicator grapher: picked areas go to the URL as one areas=a,b parameter
// (shareable); PNG download of the chart as drawn.
function grapherControls() {
  const form = document.querySelector("form.areapicker");
  if (form) form.addEventListener("submit", () => {
    const picked = Array.from(form.querySelectorAll("input[name=pick]:checked")).map(i => i.value);
    form.querySelector("input[name=areas]").value = picked.join(",");
    form.querySelectorAll("input[name=pick]").forEach(i => { i.disabled = true; });
  });
  const png = document.getElementById("png-download");
  const chart = document.getElementById("grapher-chart");
  if (png && chart) png.addEventListener("click", ev => {
    ev.preventDefault();
    if (typeof Plotly !== "undefined") {
      Plotly.downloadImage(chart, {format: "png", width: 1200, height: 600, filename: png.dataset.name});
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable").forEach(makeSortable);
  drawCharts();
  documentViewer();
  grapherControls();
});
