// The sales coach page: plain JavaScript, no build step. The catalog and customers live in `doc` (the CLI's input
// format); every edit re-posts the selected customer with the whole catalog to /api/rank and /api/coach.
'use strict';

const kinds = ['mustHave', 'performance', 'delighter'];
const thresholdKeys = ['tooCheap', 'cheap', 'expensive', 'tooExpensive'];
let doc = null;
let customerIndex = 0;
let rev = 0;
let timer = 0;
let survey = null; // { name, text }
let psmRev = 0;

const $ = (selector) => document.querySelector(selector);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

const price = (value) => value === null || value === undefined ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const score = (value) => value.toFixed(3);
const numberOrNull = (text) => text.trim() === '' ? null : Number(text);

function customer() { return doc.customers[customerIndex]; }

function numberInput(value, attributes, onChange) {
  const input = el('input', { type: 'number', min: '0', step: 'any', ...attributes });
  input.value = value === undefined || value === null ? '' : String(value);
  input.addEventListener('input', () => { onChange(numberOrNull(input.value)); edited(); });
  return input;
}

function renderCustomer() {
  const c = customer();
  const goals = $('#goals tbody');
  goals.replaceChildren(...c.goals.map((g, i) => {
    const kind = el('select', { id: `goal-${i}-kind`, dataset: { goalId: g.id, field: 'kind' } },
      ...kinds.map((k) => el('option', { value: k }, k)));
    kind.value = g.kind ?? 'performance';
    kind.addEventListener('change', () => { g.kind = kind.value; edited(); });
    return el('tr', { dataset: { goalId: g.id } },
      el('td', { title: g.description ?? '' }, g.id, g.description ? el('div', { className: 'hint' }, g.description) : ''),
      el('td', {}, numberInput(g.importance, { id: `goal-${i}-importance`, max: '1', step: '0.05', dataset: { goalId: g.id, field: 'importance' } }, (v) => { g.importance = v; })),
      el('td', {}, kind),
      el('td', {}, numberInput(g.currentSatisfaction ?? 0, { id: `goal-${i}-currentSatisfaction`, max: '1', step: '0.05', dataset: { goalId: g.id, field: 'currentSatisfaction' } }, (v) => { g.currentSatisfaction = v; })));
  }));

  for (const key of thresholdKeys) {
    const input = $(`#t-${key}`);
    input.value = c.priceThresholds ? String(c.priceThresholds[key]) : '';
    input.oninput = () => {
      const values = Object.fromEntries(thresholdKeys.map((k) => [k, numberOrNull($(`#t-${k}`).value)]));
      c.priceThresholds = thresholdKeys.every((k) => values[k] === null) ? undefined : values;
      edited();
    };
  }

  renderAchievements();
  edited();
}

function renderAchievements() {
  const goalIds = customer().goals.map((g) => g.id);
  $('#achievements thead').replaceChildren(el('tr', {}, el('th', {}, 'solution'), el('th', { className: 'num' }, 'price'), ...goalIds.map((id) => el('th', { className: 'num' }, id))));
  $('#achievements tbody').replaceChildren(...doc.solutions.map((s) => el('tr', { dataset: { solutionId: s.id } },
    el('td', {}, s.name ?? s.id),
    el('td', { className: 'num' }, numberInput(s.price, { className: 'price', dataset: { solutionId: s.id } }, (v) => { s.price = v; })),
    ...goalIds.map((goalId) => el('td', { className: 'num' }, numberInput(s.achievements[goalId], {
      className: 'achievement', max: '1', step: '0.05', placeholder: '0', dataset: { solutionId: s.id, goalId },
    }, (v) => { if (v === null) delete s.achievements[goalId]; else s.achievements[goalId] = v; }))))));
}

function edited() {
  rev += 1;
  document.body.dataset.rev = String(rev);
  $('#status').textContent = 'updating…';
  clearTimeout(timer);
  timer = setTimeout(refresh, 120);
}

async function post(url, body, contentType) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': contentType }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim());
  return JSON.parse(text);
}

async function refresh() {
  const at = rev;
  const body = JSON.stringify({ customers: [customer()], solutions: doc.solutions });
  try {
    const [rank, coach] = await Promise.all([
      post('/api/rank', body, 'application/json'),
      post('/api/coach', body, 'application/json'),
    ]);
    if (at !== rev) return;
    renderRanking(rank.rankings[0], coach.coaching[0]);
    $('#error').hidden = true;
  } catch (error) {
    if (at !== rev) return;
    $('#error').textContent = error.message;
    $('#error').hidden = false;
  }
  $('#ranking').dataset.rev = String(at);
  $('#status').textContent = '';
}

function renderRanking(ranking, coaching) {
  const byId = Object.fromEntries(doc.solutions.map((s) => [s.id, s]));
  $('#ranking tbody').replaceChildren(...ranking.solutions.map((r, i) => el('tr', { dataset: { solutionId: r.solutionId, overall: String(r.overall) } },
    el('td', { className: 'num' }, String(i + 1)),
    el('td', {}, byId[r.solutionId]?.name ?? r.solutionId),
    el('td', { className: 'num' }, price(byId[r.solutionId]?.price)),
    el('td', { className: 'num overall' }, score(r.overall)),
    el('td', { className: `reaction reaction-${r.reaction ?? 'none'}` }, r.reaction ?? '–'))));

  $('#coaching-title').textContent = coaching.solutionId
    ? `Coaching for ${byId[coaching.solutionId]?.name ?? coaching.solutionId} (overall ${score(coaching.overall)})`
    : 'Coaching';
  const smile = coaching.smilePriceRange;
  $('#smile-range').textContent = smile ? `Smiles at a price in [${price(smile.lower)}, ${smile.upper === null ? '∞' : price(smile.upper)})` : '';
  const steps = coaching.steps.map((step) => {
    const what = step.action === 'achieveGoal' ? `Achieve “${step.goalId}” fully`
      : step.action === 'priceInSmileRange' ? `Price it in [${price(step.priceRange.lower)}, ${step.priceRange.upper === null ? '∞' : price(step.priceRange.upper)})`
      : `Offer “${byId[step.solutionId]?.name ?? step.solutionId}” instead`;
    return el('li', { dataset: { action: step.action, gain: String(step.gain) } }, `${what}: overall ${score(step.overallAfter)} (+${score(step.gain)})`);
  });
  $('#coaching').replaceChildren(...(steps.length ? steps : [el('li', {}, 'No goal, price or alternative would raise the overall.')]));
}

// --- Price sensitivity -------------------------------------------------------------------------------------------

const pointRows = [
  ['pointOfMarginalCheapness', 'Point of marginal cheapness (PMC)'],
  ['optimalPricePoint', 'Optimal price point (OPP)'],
  ['indifferencePricePoint', 'Indifference price point (IPP)'],
  ['pointOfMarginalExpensiveness', 'Point of marginal expensiveness (PME)'],
  ['reachOptimalPrice', 'NMS reach-optimal price'],
  ['revenueOptimalPrice', 'NMS revenue-optimal price'],
];

function detectOptions(text) {
  const header = text.split(/\r?\n/, 1)[0].split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  $('#psm-weight').value = header.includes('weight') ? 'weight' : '';
  $('#psm-nms').checked = header.includes('pi_cheap') && header.includes('pi_expensive');
}

async function analyzeSurvey() {
  if (!survey) return;
  const at = ++psmRev;
  const query = new URLSearchParams();
  if ($('#psm-weight').value.trim()) query.set('weightColumn', $('#psm-weight').value.trim());
  if ($('#psm-nms').checked) query.set('nms', 'true');
  try {
    const [points, chart] = await Promise.all([
      post(`/api/psm?${query}`, survey.text, 'text/csv'),
      post(`/api/psm/chart?${query}`, survey.text, 'text/csv'),
    ]);
    if (at !== psmRev) return;
    renderPoints(points);
    drawChart(chart);
    $('#psm-error').hidden = true;
  } catch (error) {
    if (at !== psmRev) return;
    $('#psm-points tbody').replaceChildren();
    $('#psm-chart').replaceChildren();
    $('#psm-error').textContent = error.message;
    $('#psm-error').hidden = false;
  }
  $('#psm-source').textContent = `${survey.name}`;
  $('#psm-points').dataset.source = survey.name;
}

function renderPoints(points) {
  const rows = pointRows.filter(([key]) => points[key] !== null).map(([key, label]) => el('tr', { dataset: { key, value: String(points[key]) } },
    el('th', {}, label), el('td', { className: 'num value' }, points[key].toFixed(2))));
  rows.unshift(el('tr', { dataset: { key: 'respondents' } }, el('th', {}, 'Respondents used'),
    el('td', { className: 'num' }, `${points.respondentsUsed} of ${points.totalRespondents}`)));
  $('#psm-points tbody').replaceChildren(...rows);
}

function drawChart({ curves, pricePoints }) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = (tag, attributes = {}, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const width = 560; const height = 320; const left = 42; const right = 150; const top = 12; const bottom = 32;
  const prices = curves.prices;
  const min = prices[0]; const max = prices[prices.length - 1] > min ? prices[prices.length - 1] : min + 1;
  const x = (p) => left + ((p - min) / (max - min)) * (width - left - right);
  const y = (share) => top + (1 - share) * (height - top - bottom);
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Van Westendorp price sensitivity chart' });
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(share), y2: y(share), stroke: '#e3e6ea' }));
    root.append(svg('text', { x: left - 6, y: y(share) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#5b6472' }, `${share * 100}%`));
  }
  for (let i = 0; i <= 4; i++) {
    const p = min + (i / 4) * (max - min);
    root.append(svg('text', { x: x(p), y: height - bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#5b6472' }, price(p)));
  }
  const series = [
    ['tooCheap', 'too cheap', '#2b7a2b', '4 3'],
    ['cheap', 'cheap', '#2b7a2b', ''],
    ['notCheap', 'not cheap', '#6aa86a', '1 3'],
    ['notExpensive', 'not expensive', '#c06060', '1 3'],
    ['expensive', 'expensive', '#a4161a', ''],
    ['tooExpensive', 'too expensive', '#a4161a', '4 3'],
  ].filter(([key]) => curves[key]);
  series.forEach(([key, label, color, dash], i) => {
    const points = prices.map((p, j) => `${x(p).toFixed(1)},${y(curves[key][j]).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { points, fill: 'none', stroke: color, 'stroke-width': 1.8, 'stroke-dasharray': dash, class: `curve curve-${key}` }));
    const ly = top + 10 + i * 16;
    root.append(svg('line', { x1: width - right + 10, x2: width - right + 34, y1: ly, y2: ly, stroke: color, 'stroke-width': 1.8, 'stroke-dasharray': dash }));
    root.append(svg('text', { x: width - right + 40, y: ly + 4, 'font-size': 11, fill: '#1d2430' }, label));
  });
  [['pointOfMarginalCheapness', 'PMC'], ['optimalPricePoint', 'OPP'], ['indifferencePricePoint', 'IPP'], ['pointOfMarginalExpensiveness', 'PME']].forEach(([key, label], i) => {
    const p = pricePoints[key];
    if (p === null) return;
    root.append(svg('line', { x1: x(p), x2: x(p), y1: top, y2: height - bottom, stroke: '#1f4e79', 'stroke-width': 1, 'stroke-dasharray': '2 2', class: `point point-${key}` }));
    root.append(svg('text', { x: x(p) + 3, y: top + 10 + (i % 2) * 12, 'font-size': 10, fill: '#1f4e79' }, label));
  });
  root.append(svg('text', { x: left + (width - left - right) / 2, y: height - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6472' }, 'price'));
  $('#psm-chart').replaceChildren(root);
}

async function loadSurvey(name, text) {
  survey = { name, text };
  detectOptions(text);
  await analyzeSurvey();
}

$('#psm-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) await loadSurvey(file.name, await file.text());
});
$('#psm-weight').addEventListener('change', analyzeSurvey);
$('#psm-nms').addEventListener('change', analyzeSurvey);
$('#psm-demo').addEventListener('click', async () => loadSurvey('built-in survey', await (await fetch('/api/demo/survey')).text()));

// --- Smile gauge -------------------------------------------------------------------------------------------------

let deals = null; // { name, text }
let gaugeRev = 0;

const percent = (share) => (100 * share).toFixed(1);
const one = (value) => value.toFixed(1);

function showGaugeError(message) {
  $('#gauge-table tbody').replaceChildren();
  $('#gauge-chart').replaceChildren();
  $('#gauge-error').textContent = message;
  $('#gauge-error').hidden = false;
}

// Offers the file's columns (read by the server's CSV reader) as group and weight columns: grouped by seller and
// weighted by the column 'weight' when there are such columns, as the CLI's default weight column is 'weight'.
async function loadDeals(name, text) {
  const at = ++gaugeRev;
  let columns;
  try {
    columns = (await post('/api/columns', text, 'text/csv')).columns;
  } catch (error) {
    if (at !== gaugeRev) return;
    deals = null;
    showGaugeError(error.message);
    $('#gauge-table').dataset.source = name;
    return;
  }
  if (at !== gaugeRev) return;
  deals = { name, text };
  const others = columns.filter((c) => !['deal', 'reaction'].includes(c.toLowerCase()));
  const hasWeight = others.some((c) => c.toLowerCase() === 'weight');
  $('#gauge-by').replaceChildren(el('option', { value: '' }, 'none (overall only)'), ...others.map((c) => el('option', { value: c }, c)));
  $('#gauge-by').value = others.find((c) => c.toLowerCase() === 'seller') ?? '';
  $('#gauge-weight').replaceChildren(el('option', { value: '' }, hasWeight ? 'weight (default)' : 'none'),
    ...others.filter((c) => c.toLowerCase() !== 'weight').map((c) => el('option', { value: c }, c)));
  await measureDeals();
}

// The overall gauge and, with a group column, one gauge per group: /api/gauge answers as `solutionfit gauge --json`.
async function measureDeals() {
  if (!deals) return;
  const at = ++gaugeRev;
  const by = $('#gauge-by').value;
  const weight = $('#gauge-weight').value;
  const query = (group) => {
    const q = new URLSearchParams();
    if (group) q.set('by', group);
    if (weight) q.set('weightColumn', weight);
    return q;
  };
  try {
    const [overall, grouped] = await Promise.all([
      post(`/api/gauge?${query('')}`, deals.text, 'text/csv'),
      by ? post(`/api/gauge?${query(by)}`, deals.text, 'text/csv') : Promise.resolve({ groups: [] }),
    ]);
    if (at !== gaugeRev) return;
    renderGauges(overall.groups[0], grouped.groups);
    $('#gauge-error').hidden = true;
  } catch (error) {
    if (at !== gaugeRev) return;
    showGaugeError(error.message);
  }
  $('#gauge-source').textContent = `${deals.name}${by ? `, by ${by}` : ''}${weight ? `, weighted by ${weight}` : ''}`;
  Object.assign($('#gauge-table').dataset, { source: deals.name, by, weight });
}

function renderGauges(overall, groups) {
  const rows = [{ label: 'overall', gauge: overall, overall: true }, ...groups.map((g) => ({ label: g.key, gauge: g, overall: false }))];
  $('#gauge-table tbody').replaceChildren(...rows.map(({ label, gauge, overall: isOverall }) => el('tr', {
    className: isOverall ? 'overall' : 'group',
    dataset: {
      key: isOverall ? '' : gauge.key, count: String(gauge.count), smileIndex: String(gauge.smileIndex),
      lower: String(gauge.smileIndexLower), upper: String(gauge.smileIndexUpper),
    },
  },
  el('td', {}, label),
  el('td', { className: 'num count' }, String(gauge.count)),
  el('td', { className: 'num' }, percent(gauge.shares.bargain + gauge.shares.fair)),
  el('td', { className: 'num' }, percent(gauge.shares.grumble + gauge.shares.tooExpensive)),
  el('td', { className: 'num smile' }, one(gauge.smileIndex)),
  el('td', { className: 'num interval' }, `[${one(gauge.smileIndexLower)}, ${one(gauge.smileIndexUpper)}]`))));
  drawGauges(rows);
}

// Each row's smile index as a dot on its 95 % interval, on the scale −100 to 100.
function drawGauges(rows) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = (tag, attributes = {}, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const width = 560; const left = 110; const right = 20; const top = 10; const row = 22; const bottom = 30;
  const height = top + rows.length * row + bottom;
  const x = (value) => left + ((value + 100) / 200) * (width - left - right);
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Smile index per group with its 95 % interval' });
  for (const tick of [-100, -50, 0, 50, 100]) {
    root.append(svg('line', { x1: x(tick), x2: x(tick), y1: top, y2: height - bottom, stroke: tick === 0 ? '#9aa3ae' : '#e3e6ea' }));
    root.append(svg('text', { x: x(tick), y: height - bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#5b6472' }, String(tick)));
  }
  rows.forEach(({ label, gauge, overall }, i) => {
    const y = top + i * row + row / 2;
    const color = overall ? '#1f4e79' : '#2b7a2b';
    root.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', 'font-size': 11, 'font-weight': overall ? 600 : 400, fill: '#1d2430' }, label));
    root.append(svg('line', { x1: x(gauge.smileIndexLower), x2: x(gauge.smileIndexUpper), y1: y, y2: y, stroke: color, 'stroke-width': 2, class: 'interval' }));
    root.append(svg('circle', { cx: x(gauge.smileIndex), cy: y, r: 4, fill: color, class: 'smile' }));
  });
  root.append(svg('text', { x: left + (width - left - right) / 2, y: height - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6472' }, 'smile index'));
  $('#gauge-chart').replaceChildren(root);
}

$('#gauge-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) await loadDeals(file.name, await file.text());
});
$('#gauge-by').addEventListener('change', measureDeals);
$('#gauge-weight').addEventListener('change', measureDeals);
$('#gauge-demo').addEventListener('click', async () => loadDeals('built-in deals', await (await fetch('/api/demo/deals')).text()));

// --- Start --------------------------------------------------------------------------------------------------------

async function start() {
  doc = await (await fetch('/api/demo')).json();
  const select = $('#customer');
  select.replaceChildren(...doc.customers.map((c, i) => el('option', { value: String(i) }, c.id)));
  select.addEventListener('change', () => { customerIndex = Number(select.value); renderCustomer(); });
  renderCustomer();
  $('#psm-demo').click();
  $('#gauge-demo').click();
}

start();
