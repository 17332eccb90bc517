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

// The recommendation's rank acceptability: a fixed number of samples and seed, so the page shows the same shares for
// the same inputs.
const acceptabilitySamples = 1000;
const acceptabilitySeed = 1;

function coachQuery() {
  const query = new URLSearchParams({ samples: String(acceptabilitySamples), seed: String(acceptabilitySeed) });
  const uncertainty = $('#uncertainty').value.trim();
  if (uncertainty !== '') query.set('importanceUncertainty', uncertainty);
  return query;
}

async function refresh() {
  const at = rev;
  const body = JSON.stringify({ customers: [customer()], solutions: doc.solutions });
  try {
    const [rank, coach] = await Promise.all([
      post('/api/rank', body, 'application/json'),
      post(`/api/coach?${coachQuery()}`, body, 'application/json'),
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
  const acceptability = coaching.acceptability;
  const sure = $('#acceptability');
  if (acceptability) {
    sure.textContent = `${acceptability.description} (importances ± ${acceptability.uncertainty}).`;
    Object.assign(sure.dataset, {
      first: String(acceptability.first), uncertainty: String(acceptability.uncertainty),
      samples: String(acceptability.samples), skippedSamples: String(acceptability.skippedSamples),
    });
  } else {
    sure.textContent = '';
    for (const key of Object.keys(sure.dataset)) delete sure.dataset[key];
  }
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

$('#acceptability-samples').textContent = acceptabilitySamples.toLocaleString('en-US');
$('#acceptability-seed').textContent = String(acceptabilitySeed);
$('#uncertainty').addEventListener('input', edited);

// --- Price sensitivity -------------------------------------------------------------------------------------------

// Each point's key in the JSON, its label, and its key among the bootstrap intervals.
const pointRows = [
  ['pointOfMarginalCheapness', 'Point of marginal cheapness (PMC)', 'pmc'],
  ['optimalPricePoint', 'Optimal price point (OPP)', 'opp'],
  ['indifferencePricePoint', 'Indifference price point (IPP)', 'ipp'],
  ['pointOfMarginalExpensiveness', 'Point of marginal expensiveness (PME)', 'pme'],
  ['reachOptimalPrice', 'NMS reach-optimal price', 'nmsReachOptimum'],
  ['revenueOptimalPrice', 'NMS revenue-optimal price', 'nmsRevenueOptimum'],
];

// The price points' intervals: a Poisson bootstrap with a fixed number of replicates and seed, so the page shows the
// same intervals for the same survey (as `solutionfit psm --bootstrap 200 --seed 20261206` prints).
const bootstrapReplicates = 200;
const bootstrapSeed = '20261206';

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
  const withIntervals = new URLSearchParams(query);
  withIntervals.set('bootstrap', String(bootstrapReplicates));
  withIntervals.set('seed', bootstrapSeed);
  try {
    const [points, chart] = await Promise.all([
      post(`/api/psm?${withIntervals}`, survey.text, 'text/csv'),
      post(`/api/psm/chart?${query}`, survey.text, 'text/csv'),
    ]);
    if (at !== psmRev) return;
    renderPoints(points);
    drawChart(chart, points.bootstrap);
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
  const intervals = points.bootstrap?.intervals ?? {};
  const interval = (key) => {
    const i = intervals[key];
    return i && i.lower !== null ? `[${i.lower.toFixed(2)}, ${i.upper.toFixed(2)}]` : '–';
  };
  const rows = pointRows.filter(([key]) => points[key] !== null).map(([key, label, intervalKey]) => el('tr', {
    dataset: {
      key, value: String(points[key]),
      lower: String(intervals[intervalKey]?.lower ?? null), upper: String(intervals[intervalKey]?.upper ?? null), defined: String(intervals[intervalKey]?.defined ?? null),
    },
  }, el('th', {}, label), el('td', { className: 'num value' }, points[key].toFixed(2)), el('td', { className: 'num interval' }, interval(intervalKey))));
  rows.unshift(el('tr', { dataset: { key: 'respondents' } }, el('th', {}, 'Respondents used'),
    el('td', { className: 'num' }, `${points.respondentsUsed} of ${points.totalRespondents}`),
    el('td', { className: 'num hint' }, points.bootstrap ? `${Math.round(100 * points.bootstrap.confidence)} % interval` : '')));
  $('#psm-points tbody').replaceChildren(...rows);
  const b = points.bootstrap;
  const note = $('#psm-bootstrap');
  for (const key of Object.keys(note.dataset)) delete note.dataset[key];
  if (b) Object.assign(note.dataset, { replicates: String(b.replicates), seed: String(b.seed), confidence: String(b.confidence) });
  note.textContent = b
    ? `Intervals: ${Math.round(100 * b.confidence)} % Poisson bootstrap of the respondents, ${b.replicates} replicates, seed ${b.seed} (the shaded bands on the chart).`
    : '';
}

function drawChart({ curves, pricePoints }, bootstrap) {
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
  [['pointOfMarginalCheapness', 'PMC', 'pmc'], ['optimalPricePoint', 'OPP', 'opp'], ['indifferencePricePoint', 'IPP', 'ipp'], ['pointOfMarginalExpensiveness', 'PME', 'pme']].forEach(([key, label, intervalKey], i) => {
    const p = pricePoints[key];
    if (p === null) return;
    const band = bootstrap?.intervals[intervalKey];
    if (band && band.lower !== null) {
      const [from, to] = [Math.max(band.lower, min), Math.min(band.upper, max)];
      root.append(svg('rect', { x: x(from), y: top, width: Math.max(x(to) - x(from), 1), height: height - top - bottom, fill: '#1f4e79', 'fill-opacity': 0.1, class: `interval-band band-${key}` }));
    }
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

// --- Demand curves -----------------------------------------------------------------------------------------------

let demandSurvey = null; // { name, text }
let demandRev = 0;
const palette = ['#1f4e79', '#2b7a2b', '#a4161a', '#b36b00', '#6a3d9a', '#1b9e77', '#7f7f7f'];
const shareText = (value) => value === null ? '–' : `${(100 * value).toFixed(1)} %`;
const fixed = (value, digits) => value === null ? '–' : value.toFixed(digits);

function svgNode(tag, attributes = {}, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function showDemandError(message) {
  $('#demand-respondents').replaceChildren();
  $('#demand-charts').replaceChildren();
  $('#demand-segments').replaceChildren();
  $('#demand-error').textContent = message;
  $('#demand-error').hidden = false;
}

// Offers the file's columns (read by the server's CSV reader) that are not prices or the id as weight and segment
// columns, choosing those named weight and segment.
async function loadDemand(name, text) {
  const at = ++demandRev;
  let columns;
  try {
    columns = (await post('/api/columns', text, 'text/csv')).columns;
  } catch (error) {
    if (at !== demandRev) return;
    demandSurvey = null;
    showDemandError(error.message);
    $('#demand-segments').dataset.source = name;
    return;
  }
  if (at !== demandRev) return;
  demandSurvey = { name, text };
  const others = columns.filter((c) => c.toLowerCase() !== 'id' && !(c.trim() !== '' && Number.isFinite(Number(c))));
  const pick = (wanted) => others.find((c) => c.toLowerCase() === wanted) ?? '';
  for (const [id, wanted] of [['#demand-weight', 'weight'], ['#demand-segment', 'segment']]) {
    $(id).replaceChildren(el('option', { value: '' }, 'none'), ...others.map((c) => el('option', { value: c }, c)));
    $(id).value = pick(wanted);
  }
  await analyzeDemand();
}

// /api/demand/chart: the document of `solutionfit demand --json` and the fitted model's curves.
async function analyzeDemand() {
  if (!demandSurvey) return;
  const at = ++demandRev;
  const weight = $('#demand-weight').value;
  const segment = $('#demand-segment').value;
  const query = new URLSearchParams();
  if (weight) query.set('weightColumn', weight);
  if (segment) query.set('segmentColumn', segment);
  try {
    const chart = await post(`/api/demand/chart?${query}`, demandSurvey.text, 'text/csv');
    if (at !== demandRev) return;
    renderDemand(chart);
    $('#demand-error').hidden = true;
  } catch (error) {
    if (at !== demandRev) return;
    showDemandError(error.message);
  }
  $('#demand-source').textContent = `${demandSurvey.name}${segment ? `, segments of ${segment}` : ''}${weight ? `, weighted by ${weight}` : ''}`;
  Object.assign($('#demand-segments').dataset, { source: demandSurvey.name, weight, segment });
}

function renderDemand({ demand, fitted }) {
  const r = demand.respondents;
  $('#demand-respondents').replaceChildren(el('span', { dataset: { inFile: String(r.inFile), used: String(r.used), inconsistent: String(r.inconsistent), noAnswer: String(r.noAnswer) } },
    `${r.used} of ${r.inFile} respondents used (${r.inconsistent} inconsistent, ${r.noAnswer} with no answer).`));
  const segments = demand.segments.map((s, i) => ({ ...s, color: palette[i % palette.length], fitted: fitted[i] }));
  $('#demand-charts').replaceChildren(demandChart(segments, 'demand'), demandChart(segments, 'revenue'));
  $('#demand-segments').replaceChildren(...segments.map(segmentTable));
}

function modelText(model) {
  if (model === null) return 'No model: the answers do not bound the willingness to pay (one price agrees with every answer, or every answer is censored on the same side).';
  const optimum = model.revenueOptimalPrice === null
    ? 'no revenue optimum (shape ≤ 1: revenue rises with price)'
    : `revenue optimum ${price(model.revenueOptimalPrice)} (demand ${shareText(model.demandAtOptimum)}, revenue ${fixed(model.revenueAtOptimum, 2)})`;
  return `Model: median willingness to pay ${price(model.medianWtp)} ± ${price(model.medianWtpSe)}, shape ${fixed(model.shape, 2)} ± ${fixed(model.shapeSe, 2)}; ${optimum}.`;
}

function segmentTable(segment) {
  const m = segment.model;
  const modelData = m === null ? { model: 'none' } : Object.fromEntries(Object.entries(m).map(([key, value]) => [key, String(value)]));
  return el('div', { className: 'demand-segment', dataset: { segment: segment.segment, weight: String(segment.weight), revenueOptimalPrice: String(segment.revenueOptimalPrice) } },
    el('h3', {}, el('span', { style: `color: ${segment.color}` }, '■ '), `${segment.segment} (weight ${price(segment.weight)})`),
    el('p', { className: 'model', dataset: modelData }, modelText(m)),
    el('p', { className: 'model' }, `Tested price of highest revenue: ${price(segment.revenueOptimalPrice)}.`),
    el('table', { className: 'demand-table' },
      el('thead', {}, el('tr', {}, ...['price', 'demand', 'decided by', 'revenue', 'elasticity', 'arc elasticity'].map((h) => el('th', { className: 'num' }, h)))),
      el('tbody', {}, ...segment.prices.map((p) => el('tr', {
        dataset: {
          price: String(p.price), demand: String(p.demand), determinedWeight: String(p.determinedWeight),
          revenue: String(p.revenue), elasticity: String(p.elasticity), arcElasticity: String(p.arcElasticity),
        },
      },
      el('td', { className: 'num' }, price(p.price)),
      el('td', { className: 'num demand' }, shareText(p.demand)),
      el('td', { className: 'num' }, price(p.determinedWeight)),
      el('td', { className: 'num revenue' }, fixed(p.revenue, 2)),
      el('td', { className: 'num' }, fixed(p.elasticity, 2)),
      el('td', { className: 'num' }, fixed(p.arcElasticity, 2)))))));
}

// Demand or revenue over price: each segment's tested prices (points joined by a line), its fitted curve (dashed),
// its tested revenue optimum (○, revenue chart) and the model's optimum (◆).
function demandChart(segments, kind) {
  const width = 420; const height = 280; const left = 46; const right = 26; const top = 24; const bottom = 32;
  const tested = segments.flatMap((s) => s.prices.filter((p) => p[kind] !== null).map((p) => [p.price, p[kind]]));
  const curves = segments.flatMap((s) => s.fitted.prices.map((p, j) => [p, s.fitted[kind][j]]));
  const all = [...tested, ...curves];
  if (all.length === 0) return svgNode('svg', { width: 0, height: 0 });
  const minX = Math.min(...all.map(([p]) => p)); const maxX = Math.max(...all.map(([p]) => p)) > minX ? Math.max(...all.map(([p]) => p)) : minX + 1;
  const maxY = kind === 'demand' ? 1 : Math.max(...all.map(([, v]) => v)) * 1.1 || 1;
  const x = (p) => left + ((p - minX) / (maxX - minX)) * (width - left - right);
  const y = (v) => top + (1 - v / maxY) * (height - top - bottom);
  const root = svgNode('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: `demand-chart chart-${kind}`, 'aria-label': `${kind} over price per segment` });
  root.append(svgNode('text', { x: left, y: 14, 'font-size': 12, 'font-weight': 600, fill: '#1d2430' }, kind === 'demand' ? 'Demand (share who buy)' : 'Revenue index (price × demand)'));
  for (let i = 0; i <= 4; i++) {
    const v = (i / 4) * maxY;
    root.append(svgNode('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: '#e3e6ea' }));
    root.append(svgNode('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#5b6472' }, kind === 'demand' ? `${i * 25}%` : v.toFixed(v < 10 ? 1 : 0)));
    const p = minX + (i / 4) * (maxX - minX);
    root.append(svgNode('text', { x: x(p), y: height - bottom + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#5b6472' }, price(p)));
  }
  root.append(svgNode('text', { x: left + (width - left - right) / 2, y: height - 4, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6472' }, 'price'));
  segments.forEach((s, i) => {
    const data = { 'data-segment': s.segment };
    const points = s.prices.filter((p) => p[kind] !== null);
    root.append(svgNode('polyline', { ...data, points: points.map((p) => `${x(p.price).toFixed(1)},${y(p[kind]).toFixed(1)}`).join(' '), fill: 'none', stroke: s.color, 'stroke-width': 1.6, class: 'tested' }));
    for (const p of points) root.append(svgNode('circle', { ...data, cx: x(p.price), cy: y(p[kind]), r: 2.5, fill: s.color, class: 'tested-point' }));
    if (s.fitted.prices.length > 0) {
      root.append(svgNode('polyline', { ...data, points: s.fitted.prices.map((p, j) => `${x(p).toFixed(1)},${y(s.fitted[kind][j]).toFixed(1)}`).join(' '), fill: 'none', stroke: s.color, 'stroke-width': 1.4, 'stroke-dasharray': '5 3', class: 'fitted' }));
    }
    const best = s.prices.find((p) => p.price === s.revenueOptimalPrice);
    if (kind === 'revenue' && best && best.revenue !== null) {
      root.append(svgNode('circle', { ...data, 'data-price': String(best.price), cx: x(best.price), cy: y(best.revenue), r: 6, fill: 'none', stroke: s.color, 'stroke-width': 1.6, class: 'tested-optimum' }));
    }
    const m = s.model;
    if (m !== null && m.revenueOptimalPrice !== null && m.revenueOptimalPrice <= maxX) {
      const v = kind === 'demand' ? m.demandAtOptimum : m.revenueAtOptimum;
      const [cx, cy] = [x(m.revenueOptimalPrice), y(v)];
      root.append(svgNode('polygon', { ...data, 'data-price': String(m.revenueOptimalPrice), points: `${cx},${cy - 6} ${cx + 6},${cy} ${cx},${cy + 6} ${cx - 6},${cy}`, fill: s.color, class: 'model-optimum' }));
    }
    root.append(svgNode('rect', { x: width - right - 110, y: top + 2 + i * 14, width: 10, height: 10, fill: s.color }));
    root.append(svgNode('text', { x: width - right - 96, y: top + 11 + i * 14, 'font-size': 10, fill: '#1d2430' }, s.segment));
  });
  return root;
}

$('#demand-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (file) await loadDemand(file.name, await file.text());
});
$('#demand-weight').addEventListener('change', analyzeDemand);
$('#demand-segment').addEventListener('change', analyzeDemand);

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
