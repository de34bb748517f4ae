// The pages' only script. It calls the JSON API and draws tables and charts from the rows the
// API returns; nothing the server sends is ever run as code. Text goes in with textContent.
"use strict";
const CyclingPro = (() => {
  const keyName = "cyclingpro-api-key";

  async function api(path, body) {
    const headers = { "Content-Type": "application/json" };
    const key = localStorage.getItem(keyName);
    if (key) headers.Authorization = "Bearer " + key;
    const response = await fetch(path, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
    if (response.status === 401) {
      const entered = prompt("This service needs an API key:");
      if (entered) { localStorage.setItem(keyName, entered.trim()); return api(path, body); }
    }
    const json = await response.json().catch(() => ({ error: { message: "the service sent no JSON (" + response.status + ")" } }));
    return { status: response.status, json };
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  const isNumber = (v) => typeof v === "number";
  // Years, months, quarters, keys and ids are labels, not amounts: no thousands separators.
  const labelColumn = (name) => /year|month|quarter|day|week|key|_id|number/i.test(name || "");
  const format = (v, column) => v === null ? "n/a" : isNumber(v)
    ? (labelColumn(column) ? String(v) : Number.isInteger(v) ? v.toLocaleString("en") : v.toLocaleString("en", { maximumFractionDigits: 2 }))
    : String(v);

  function table(columns, rows, limit = 200) {
    const head = el("tr", {}, ...columns.map((c) => el("th", {}, c)));
    const body = rows.slice(0, limit).map((r) => el("tr", {}, ...r.map((v, i) => el("td", isNumber(v) && !labelColumn(columns[i]) ? { class: "num" } : {}, format(v, columns[i])))));
    const t = el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
    return rows.length > limit ? el("div", {}, t, el("p", {}, `… ${rows.length - limit} more rows`)) : t;
  }

  // A chart only where one helps: a label column and one number column. Time-like labels
  // (years, months, quarters) make a line; anything else makes bars.
  function chart(columns, rows) {
    if (columns.length < 2 || rows.length < 2 || rows.length > 60) return null;
    const valueIndex = columns.length - 1;
    if (!rows.every((r) => isNumber(r[valueIndex]) || r[valueIndex] === null)) return null;
    const labels = rows.map((r) => r.slice(0, valueIndex).map((v, i) => format(v, columns[i])).join(" "));
    const values = rows.map((r) => r[valueIndex] ?? 0);
    const timeLike = /year|month|quarter|date|day|week/i.test(columns[0]);
    const w = 640, h = 220, pad = 36, max = Math.max(...values, 0), min = Math.min(...values, 0);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${w} ${h + 40}`);
    svg.setAttribute("width", "100%");
    const y = (v) => pad + (h - pad) * (max === min ? 0.5 : (max - v) / (max - min));
    const step = (w - 2 * pad) / Math.max(values.length - (timeLike ? 1 : 0), 1);
    const shape = (name, attrs) => { const s = document.createElementNS(ns, name); for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v); svg.append(s); return s; };
    if (timeLike) {
      shape("polyline", { points: values.map((v, i) => `${pad + i * step},${y(v)}`).join(" "), fill: "none", stroke: "#0b6e4f", "stroke-width": 2 });
    } else {
      values.forEach((v, i) => shape("rect", { x: pad + i * step + 2, y: Math.min(y(v), y(0)), width: Math.max(step - 4, 1), height: Math.abs(y(0) - y(v)), fill: "#0b6e4f" }));
    }
    const every = Math.ceil(labels.length / 12);
    labels.forEach((l, i) => { if (i % every === 0) { const t = shape("text", { x: pad + i * step + (timeLike ? 0 : step / 2), y: h + 16, "text-anchor": "middle" }); t.textContent = l.slice(0, 14); } });
    const top = shape("text", { x: 2, y: pad - 8 }); top.textContent = format(max, columns[valueIndex]);
    return svg;
  }

  function chat() {
    const form = document.getElementById("ask"), input = document.getElementById("question"), turns = document.getElementById("turns");
    let history = [];
    document.getElementById("new").addEventListener("click", () => { history = []; turns.replaceChildren(); input.focus(); });
    api("/v1/suggestions").then(({ json }) => {
      const box = document.getElementById("suggestions");
      (json.suggestions || []).slice(0, 6).forEach((s) => box.append(el("button", { type: "button", onclick: () => { input.value = s; form.requestSubmit(); } }, s)));
    });
    // A link may carry a question (/?q=...): it is asked as soon as the page opens.
    const linked = new URLSearchParams(location.search).get("q");
    if (linked) setTimeout(() => { input.value = linked; form.requestSubmit(); }, 0);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const question = input.value.trim();
      if (!question) return;
      input.value = "";
      const turn = el("div", { class: "turn" }, el("div", { class: "q" }, question), el("div", { class: "interp" }, "…"));
      turns.prepend(turn);
      const { status, json } = await api("/v1/ask", { question, history });
      if (!json.status) { turn.querySelector(".interp").textContent = (json.error && json.error.message) || "error " + status; turn.classList.add("failed"); return; }
      turn.classList.add(json.status);
      turn.querySelector(".interp").textContent = json.status === "answered" ? json.interpretation : (json.message || json.interpretation);
      if (json.status === "answered") {
        history.push({ question, sql: json.sql });
        const picture = chart(json.columns, json.rows);
        if (picture) turn.append(picture);
        turn.append(table(json.columns, json.rows));
      }
      if (json.sql) turn.append(el("details", {}, el("summary", {}, "SQL"), el("pre", {}, json.sql)));
      if (json.status === "refused" && json.suggestions.length) {
        turn.append(el("div", { class: "suggestions" }, "Try: ", ...json.suggestions.slice(0, 4).map((s) => el("button", { type: "button", onclick: () => { input.value = s; form.requestSubmit(); } }, s))));
      }
      if (json.log_id) {
        const note = el("span", {});
        const send = async (positive) => { const r = await api(`/v1/logs/${json.log_id}/feedback`, { positive }); note.textContent = r.status === 200 ? " thanks" : " could not record"; };
        turn.append(el("div", { class: "feedback" }, el("button", { type: "button", title: "right", onclick: () => send(true) }, "👍"), el("button", { type: "button", title: "wrong", onclick: () => send(false) }, "👎"), note));
      }
    });
  }

  // Each tile is a query run through POST /v1/sql: the same guard, limits and log as any other.
  const tiles = [
    ["Customers by country", "SELECT country, COUNT(*) AS customers FROM dim_customers GROUP BY country ORDER BY customers DESC"],
    ["Customers by gender", "SELECT gender, COUNT(*) AS customers FROM dim_customers GROUP BY gender ORDER BY customers DESC"],
    ["Customers by age band", "SELECT CASE WHEN birth_date IS NULL THEN 'unknown' WHEN age < 35 THEN 'under 35' WHEN age < 50 THEN '35-49' WHEN age < 65 THEN '50-64' ELSE '65 and over' END AS age_band, COUNT(*) AS customers FROM (SELECT birth_date, CAST((julianday((SELECT MAX(order_date) FROM fact_sales)) - julianday(birth_date)) / 365.25 AS INTEGER) AS age FROM dim_customers) GROUP BY age_band ORDER BY age_band"],
    ["New and repeat buyers", "SELECT CASE WHEN orders > 1 THEN 'repeat' ELSE 'one order' END AS buyers, COUNT(*) AS customers FROM (SELECT customer_key, COUNT(DISTINCT order_number) AS orders FROM fact_sales GROUP BY customer_key) GROUP BY buyers"],
    ["Revenue by category", "SELECT p.category, SUM(f.sales_amount) AS revenue FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY p.category ORDER BY revenue DESC"],
    ["Revenue by subcategory", "SELECT p.subcategory, SUM(f.sales_amount) AS revenue FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY p.subcategory ORDER BY revenue DESC"],
    ["Top 10 products by revenue", "SELECT p.product_name, SUM(f.sales_amount) AS revenue FROM fact_sales f JOIN dim_products p ON p.product_key = f.product_key GROUP BY p.product_name ORDER BY revenue DESC LIMIT 10"],
    ["Revenue by month", "SELECT substr(order_date, 1, 7) AS month, SUM(sales_amount) AS revenue FROM fact_sales WHERE order_date IS NOT NULL GROUP BY month ORDER BY month"],
    ["Orders by month", "SELECT substr(order_date, 1, 7) AS month, COUNT(DISTINCT order_number) AS orders FROM fact_sales WHERE order_date IS NOT NULL GROUP BY month ORDER BY month"],
    ["Revenue year over year", "SELECT year, revenue, ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY year)) / LAG(revenue) OVER (ORDER BY year), 1) AS growth_pct FROM (SELECT CAST(substr(order_date, 1, 4) AS INTEGER) AS year, SUM(sales_amount) AS revenue FROM fact_sales WHERE order_date IS NOT NULL GROUP BY year) ORDER BY year"],
  ];

  function dashboard() {
    const grid = document.getElementById("tiles");
    for (const [title, sql] of tiles) {
      const tile = el("section", { class: "tile" }, el("h2", {}, title));
      grid.append(tile);
      api("/v1/sql", { sql }).then(({ status, json }) => {
        if (status !== 200) { tile.append(el("p", { class: "error" }, (json.error && json.error.message) || "error " + status)); return; }
        const columns = title.includes("year over year") ? json.columns.slice(0, 2) : json.columns;
        const rows = title.includes("year over year") ? json.rows.map((r) => r.slice(0, 2)) : json.rows;
        const picture = chart(columns, rows);
        if (picture) tile.append(picture);
        tile.append(table(json.columns, json.rows, 12));
      });
    }
  }

  function review() {
    const body = document.querySelector("#entries tbody"), detail = document.getElementById("entry");
    async function load() {
      const params = new URLSearchParams({ limit: "100" });
      const status = document.getElementById("status").value, text = document.getElementById("text").value.trim();
      if (status) params.set("status", status);
      if (text) params.set("q", text);
      const { json } = await api("/v1/logs?" + params);
      body.replaceChildren(...(json.entries || []).map((e) => el("tr", { class: "pick", onclick: () => show(e.id) },
        el("td", {}, e.id), el("td", {}, e.time.slice(0, 19)), el("td", {}, e.status), el("td", { class: "num" }, e.row_count), el("td", {}, e.feedback || ""), el("td", {}, e.question))));
    }
    async function show(id) {
      const { json: e } = await api(`/v1/logs/${id}`);
      const message = el("p", {});
      const verify = async () => { const r = await api(`/v1/logs/${id}/verify`, {}); message.textContent = r.status === 200 ? "verified as " + r.json.verified_query : (r.json.error && r.json.error.message); load(); };
      const flag = async () => { const note = prompt("What is wrong?"); if (note === null) return; const r = await api(`/v1/logs/${id}/feedback`, { positive: false, note }); message.textContent = r.status === 200 ? "flagged" : (r.json.error && r.json.error.message); load(); };
      const verifyButton = el("button", { type: "button", onclick: verify }, "Verify");
      verifyButton.disabled = e.status !== "answered";
      detail.replaceChildren(el("div", { class: "turn" }, el("div", { class: "q" }, `#${e.id} ${e.question}`),
        el("p", {}, `${e.status} · ${e.row_count} rows · ${e.elapsed_ms.toFixed(1)} ms · ${e.interface}${e.user ? " · " + e.user : ""}`),
        e.error ? el("p", { class: "error" }, e.error) : "", e.sql ? el("pre", {}, e.sql) : "",
        el("p", {}, "feedback: " + (e.feedback || "none") + (e.flag_note ? " — " + e.flag_note : "")),
        el("div", {}, verifyButton, " ", el("button", { type: "button", onclick: flag }, "Flag as wrong")), message));
    }
    document.getElementById("refresh").addEventListener("click", load);
    load();
  }

  return { chat, dashboard, review };
})();
