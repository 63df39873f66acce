// The explorer's logic. Every metric value comes from the lab: each run carries its sharp metric and that metric's
// prediction at every value of the knob's grid, computed by the experiment's Java classes. The page looks them up,
// averages over seeds and samples sizes; the two sharpness scores (ports of the lab's EmergenceScore.of and
// Sharpness.transitionWidth, and EmergenceTable.everyKth, written by hand because no JavaScript library computes
// them) are checked against the Java values by the browser test. Charts are uPlot's.
(function () {
  "use strict";
  var DATA = window.EXPLORER_DATA;
  var $ = function (id) { return document.getElementById(id); };

  // ---- a run's values at the knob: the lab computed them at every grid value (null: undefined there) ----
  function at(values, index) {
    var v = values[index];
    return v === null ? NaN : v;
  }

  // ---- sharpness of a curve (EmergenceScore.of, Sharpness.transitionWidth) ----
  function emergenceScore(y) {
    var argMax = 0, argMin = 0, i;
    for (i = 0; i < y.length; i++) {
      if (y[i] > y[argMax]) argMax = i;
      if (y[i] < y[argMin]) argMin = i;
    }
    var range = y[argMax] - y[argMin];
    if (range === 0) return 0;
    var sq = [];
    for (i = 1; i < y.length; i++) sq.push((y[i] - y[i - 1]) * (y[i] - y[i - 1]));
    sq.sort(function (a, b) { return a - b; });
    var m = sq.length, median = m % 2 === 1 ? sq[(m - 1) / 2] : (sq[m / 2 - 1] + sq[m / 2]) / 2;
    return Math.sign(argMax - argMin) * range / Math.sqrt(median);
  }
  function transitionWidth(x, y) {
    var argMin = 0, argMax = 0, i;
    for (i = 0; i < y.length; i++) {
      if (y[i] < y[argMin]) argMin = i;
      if (y[i] > y[argMax]) argMax = i;
    }
    var range = y[argMax] - y[argMin];
    if (range === 0 || argMax < argMin) return NaN;
    var r = y.map(function (v) { return (v - y[argMin]) / range; });
    return crossing(x, r, 0.9) - crossing(x, r, 0.1);
  }
  function crossing(x, r, level) {
    var from = 0;
    while (r[from] > 0) from++;
    for (var i = from; i < r.length; i++) {
      if (r[i] >= level) {
        if (i === from) return x[i];
        return x[i - 1] + (level - r[i - 1]) / (r[i] - r[i - 1]) * (x[i] - x[i - 1]);
      }
    }
    throw new Error("a normalised rise reaches 1");
  }
  /** Intervals.overSeeds: mean ± t(0.975, n − 1) · s / √n; NaN ends with under 2 seeds or a value not finite. */
  function seedInterval(values, t975) {
    var n = values.length;
    if (n < 2 || !values.every(isFinite)) return [NaN, NaN];
    var mean = values.reduce(function (a, b) { return a + b; }, 0) / n;
    var ss = values.reduce(function (a, v) { return a + (v - mean) * (v - mean); }, 0);
    var half = t975[n] * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
    return [mean - half, mean + half];
  }
  function everyKth(n, k) {
    var idx = [];
    for (var i = 0; i < n; i += k) idx.push(i);
    if (idx.length > 0 && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
    return idx;
  }

  // ---- state and controls ----
  var state = { exp: null, knob: 0, knobIndex: 0, checkpoint: 0, sampling: "dense", picked: [], seed: "mean", logy: false,
    x: "params", smooth: true, prediction: true };
  var chart = null;

  /** The grid index nearest a value (in log steps on a log knob). */
  function nearest(k) {
    var g = state.exp.grid, r = state.exp.range, best = 0;
    var dist = function (a, b) { return r.log ? Math.abs(Math.log(a) - Math.log(b)) : Math.abs(a - b); };
    for (var i = 1; i < g.length; i++) if (dist(g[i], k) < dist(g[best], k)) best = i;
    return best;
  }
  function setKnobIndex(i) {
    state.knobIndex = Math.max(0, Math.min(state.exp.grid.length - 1, i));
    state.knob = state.exp.grid[state.knobIndex];
    $("knob").value = state.knobIndex;
    $("knob-value").value = state.knob;
    render();
  }
  function setKnob(k) {
    setKnobIndex(isFinite(k) ? nearest(k) : state.knobIndex);
  }

  // ---- training time: the checkpoints every run of the family stored (none: the end of training only) ----
  function lastCheckpoint() {
    return Math.max(0, state.exp.checkpoints.length - 1);
  }
  function setCheckpoint(i) {
    state.checkpoint = Math.max(0, Math.min(lastCheckpoint(), i));
    $("checkpoint").value = state.checkpoint;
    var c = state.exp.checkpoints[state.checkpoint];
    $("checkpoint-value").textContent = c ? "step " + c.step.toLocaleString("en") + " of "
      + state.exp.checkpoints[lastCheckpoint()].step.toLocaleString("en") + " (" + c.examples.toLocaleString("en")
      + " examples)" : "";
    render();
  }
  /** A run's values at a checkpoint: the final ones at the last (in full precision), else the stored earlier ones. */
  function runAt(run, checkpoint) {
    return checkpoint === lastCheckpoint() ? run : run.earlier[checkpoint];
  }

  function selectExperiment(name) {
    state.exp = DATA.experiments.filter(function (e) { return e.name === name; })[0];
    var r = state.exp.range, knob = $("knob");
    $("knob-label").textContent = state.exp.knob;
    $("sharp-name").textContent = state.exp.sharp;
    knob.min = 0; knob.max = state.exp.grid.length - 1; knob.step = 1;
    var seeds = {};
    state.exp.runs.forEach(function (run) { seeds[run.seed] = true; });
    var sel = $("seeds"), ids = Object.keys(seeds).sort(function (a, b) { return a - b; });
    sel.innerHTML = "";
    // One seed (the live demo's family) is shown as that seed, not as a "mean" with a band of one.
    if (ids.length > 1) addOption(sel, "mean", "mean over seeds (band: min–max)");
    ids.forEach(function (s) {
      var at = sizesOf(s).filter(function (h) { return h; }).length, all = state.exp.sizes.length;
      addOption(sel, s, "seed " + s + (at < all ? " (" + at + " of " + all + " sizes)" : ""));
    });
    state.seed = ids.length > 1 ? "mean" : ids[0];
    sel.value = state.seed;
    state.picked = [];
    var chips = $("sizes");
    chips.innerHTML = "";
    state.exp.sizes.forEach(function (size, i) {
      var b = document.createElement("button");
      b.type = "button"; b.textContent = size.id; b.setAttribute("data-index", i);
      b.addEventListener("click", function () {
        var at = state.picked.indexOf(i);
        if (at >= 0) state.picked.splice(at, 1); else state.picked.push(i);
        state.sampling = "pick"; $("sampling").value = "pick";
        render();
      });
      chips.appendChild(b);
    });
    var training = state.exp.checkpoints.length > 1;
    $("training").style.display = training ? "" : "none";
    $("checkpoint").min = 0; $("checkpoint").max = lastCheckpoint(); $("checkpoint").step = 1;
    Array.prototype.forEach.call($("xaxis").options, function (o) {
      o.disabled = !training && (o.value === "steps" || o.value === "flops");
    });
    if (!training && (state.x === "steps" || state.x === "flops")) { state.x = "params"; $("xaxis").value = "params"; }
    state.knobIndex = nearest(r.initial);
    setCheckpoint(lastCheckpoint());
    setKnob(r.initial);
  }
  function addOption(select, value, text) {
    var o = document.createElement("option");
    o.value = value; o.textContent = text;
    select.appendChild(o);
  }

  /** The sampled sizes; with one seed shown, those that have a run of it (a refined family has more seeds at some). */
  function selectedSizes() {
    var n = state.exp.sizes.length, idx;
    if (state.sampling === "every2") idx = everyKth(n, 2);
    else if (state.sampling === "every3") idx = everyKth(n, 3);
    else if (state.sampling === "pick") idx = state.picked.slice().sort(function (a, b) { return a - b; });
    else {
      idx = [];
      for (var i = 0; i < n; i++) idx.push(i);
    }
    if (state.seed === "mean") return idx;
    var has = sizesOf(state.seed);
    return idx.filter(function (i) { return has[i]; });
  }
  /** Whether each size has a run of {@code seed}. */
  function sizesOf(seed) {
    var has = state.exp.sizes.map(function () { return false; });
    state.exp.runs.forEach(function (run) { if (String(run.seed) === String(seed)) has[run.size] = true; });
    return has;
  }

  /**
   * Per size: mean (summed in seed order, as the Java summary does), min and max over the runs shown, of a run's
   * values at a checkpoint (the one on the slider unless given).
   */
  function curve(f, checkpoint) {
    var exp = state.exp, out = exp.sizes.map(function () { return { sum: 0, n: 0, min: Infinity, max: -Infinity }; });
    var cp = checkpoint === undefined ? state.checkpoint : checkpoint;
    exp.runs.forEach(function (run) {
      if (state.seed !== "mean" && String(run.seed) !== state.seed) return;
      var v = f(runAt(run, cp)), p = out[run.size];
      p.sum += v; p.n++; p.min = Math.min(p.min, v); p.max = Math.max(p.max, v);
    });
    return out.map(function (p) { return { mean: p.sum / p.n, min: p.min, max: p.max }; });
  }

  function format(v) {
    if (!isFinite(v)) return isNaN(v) ? "none" : (v > 0 ? "∞" : "−∞");
    var a = Math.abs(v);
    return a >= 100 ? v.toFixed(1) : a >= 10 ? v.toFixed(2) : v.toFixed(3);
  }
  function show(id, v) {
    var o = $(id);
    o.setAttribute("data-value", String(v));
    o.textContent = format(v);
  }

  function render() {
    var exp = state.exp, idx = selectedSizes();
    Array.prototype.forEach.call($("sizes").children, function (b, i) {
      b.className = idx.indexOf(i) >= 0 ? "on" : "";
    });
    var sharp = curve(function (v) { return at(v.sharp, state.knobIndex); });
    var pred = curve(function (v) { return at(v.predicted, state.knobIndex); });
    var smooth = curve(function (v) { return v.smooth; });
    var loss = curve(function (v) { return v.loss; });
    var logParams = idx.map(function (i) { return Math.log10(exp.sizes[i].params); });
    var ySharp = idx.map(function (i) { return sharp[i].mean; });
    var sign = exp.smoothHigherIsBetter ? 1 : -1;
    var ySmooth = idx.map(function (i) { return sign * smooth[i].mean; });
    if (idx.length >= 2) {
      show("score-sharp", emergenceScore(ySharp));
      show("width-sharp", transitionWidth(logParams, ySharp));
      show("score-smooth", emergenceScore(ySmooth));
      show("width-smooth", transitionWidth(logParams, ySmooth));
    } else {
      ["score-sharp", "width-sharp", "score-smooth", "width-smooth"].forEach(function (id) { show(id, NaN); });
    }
    overSeeds(idx, logParams, sign);
    var body = $("points").tBodies[0];
    body.innerHTML = "";
    idx.forEach(function (i) {
      var tr = document.createElement("tr");
      [exp.sizes[i].id, exp.sizes[i].params.toLocaleString("en"), sharp[i].mean, pred[i].mean, smooth[i].mean,
        loss[i].mean].forEach(function (v, c) {
        var td = document.createElement("td");
        if (c >= 2) { td.setAttribute("data-value", String(v)); td.textContent = format(v); } else td.textContent = v;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    if (state.x === "steps" || state.x === "flops") drawTraining(idx); else draw(idx, sharp, pred, smooth, loss);
  }

  /**
   * With the seed mean shown: the score and width of each seed's own curve over the sampled sizes (seeds present at
   * all of them), as 95% t-intervals (EmergenceTable.OverSeeds).
   */
  function overSeeds(idx, logParams, sign) {
    var exp = state.exp, bySeed = {};
    exp.runs.forEach(function (run) {
      (bySeed[run.seed] = bySeed[run.seed] || {})[run.size] = runAt(run, state.checkpoint);
    });
    var seeds = Object.keys(bySeed).sort(function (a, b) { return a - b; }).filter(function (seed) {
      return idx.every(function (i) { return bySeed[seed][i] !== undefined; });
    });
    var per = { "sharp": [[], []], "smooth": [[], []] };
    if (state.seed === "mean" && idx.length >= 2) {
      seeds.forEach(function (seed) {
        var ySharp = idx.map(function (i) { return at(bySeed[seed][i].sharp, state.knobIndex); });
        var ySmooth = idx.map(function (i) { return sign * bySeed[seed][i].smooth; });
        per.sharp[0].push(emergenceScore(ySharp)); per.sharp[1].push(transitionWidth(logParams, ySharp));
        per.smooth[0].push(emergenceScore(ySmooth)); per.smooth[1].push(transitionWidth(logParams, ySmooth));
      });
    }
    ["sharp", "smooth"].forEach(function (which) {
      var score = seedInterval(per[which][0], exp.t975), width = seedInterval(per[which][1], exp.t975);
      interval("score-" + which + "-seeds", score);
      interval("width-" + which + "-seeds", width);
    });
    $("seed-count").textContent = state.seed === "mean" ? String(seeds.length) : "–";
  }
  function interval(id, ends) {
    var o = $(id);
    o.setAttribute("data-low", String(ends[0]));
    o.setAttribute("data-high", String(ends[1]));
    o.textContent = state.seed !== "mean" ? "" : isNaN(ends[0]) ? "[none]"
      : "[" + format(ends[0]) + ", " + format(ends[1]) + "]";
  }

  function draw(idx, sharp, pred, smooth, loss) {
    var exp = state.exp, byLoss = state.x === "loss";
    var order = idx.slice();
    if (byLoss) order.sort(function (a, b) { return loss[a].mean - loss[b].mean; });
    var xs = order.map(function (i) { return byLoss ? loss[i].mean : exp.sizes[i].params; });
    // On a log axis, values below LOG_FLOOR (a fitted distribution's tails reach 1e-300) are left out, not drawn.
    var pos = function (v) { return state.logy && !(v >= LOG_FLOOR) ? null : v; };
    var band = state.seed === "mean";
    var xLabel = byLoss ? "held-out " + words(exp.loss) + " (lower to the right)" : "parameters";
    var data = [xs], series = [{ label: xLabel }], bands = [], hidden = [0];
    // The prediction first, so that the measured curve is drawn over it where they coincide.
    if (state.prediction) {
      data.push(order.map(function (i) { return pos(pred[i].mean); }));
      series.push({ label: "prediction", stroke: "#c05621", dash: [6, 4], width: 2 });
    }
    var sharpAt = series.length;
    data.push(order.map(function (i) { return pos(sharp[i].mean); }));
    series.push({ label: exp.sharp + ", " + exp.knob + " = " + state.knob, stroke: "#2b6cb0", width: 2.5,
      points: { show: true } });
    if (band) {
      data.push(order.map(function (i) { return pos(sharp[i].max); }), order.map(function (i) { return pos(sharp[i].min); }));
      series.push({ label: "max over seeds", stroke: "rgba(43,108,176,0.25)" }, { label: "min over seeds", stroke: "rgba(43,108,176,0.25)" });
      bands.push({ series: [sharpAt + 1, sharpAt + 2], fill: "rgba(43,108,176,0.12)" });
      hidden.push(sharpAt + 1, sharpAt + 2);
    }
    if (state.smooth) {
      data.push(order.map(function (i) { return smooth[i].mean; }));
      series.push({ label: words(exp.smooth) + " (right axis)", stroke: "#2f855a", width: 2, scale: "smooth" });
    }
    var opts = {
      width: Math.max(600, $("chart").clientWidth || 820), height: 420,
      title: exp.title + ": " + exp.sharp,
      scales: { x: { time: false, distr: 3, dir: byLoss ? -1 : 1 },
        y: state.logy ? { distr: 3, range: function (u, min, max) {
          return uPlot.rangeLog(Math.max(min, LOG_FLOOR), Math.max(max, 10 * LOG_FLOOR), 10, true);
        } } : { range: [0, 1] },
        smooth: { range: function (u, min, max) { return min >= 0 && max <= 1 ? [0, 1] : [min, max]; } } },
      axes: [{ label: xLabel },
        // The metric's full name is in the title and the legend; a long one would be clipped along the axis.
        { label: "sharp metric, " + exp.knob + " = " + state.knob + (state.logy ? " (log)" : ""), values: tickLabels },
        { scale: "smooth", side: 1, label: words(exp.smooth), grid: { show: false } }],
      series: series, bands: bands
    };
    plot(opts, data, hidden, 1);
  }

  function plot(opts, data, hidden, curves) {
    if (chart) chart.destroy();
    chart = new uPlot(opts, data, $("chart"));
    $("chart").setAttribute("data-x", state.x);
    $("chart").setAttribute("data-curves", String(curves));
    // The legend lists the curves only: not the x value, nor the band's two edges (a legend without live values
    // has no row for x).
    var rows = chart.root.querySelectorAll(".u-legend .u-series");
    var shift = opts.legend && opts.legend.live === false ? 1 : 0;
    hidden.forEach(function (i) { if (i >= shift && rows[i - shift]) rows[i - shift].style.display = "none"; });
  }

  /**
   * Over training (Wei et al.'s layout): one curve per sampled size of the sharp metric (and, dashed, the smooth one)
   * against optimiser steps or training FLOPs, each size's point at the slider's checkpoint ringed. Sizes reach a FLOP
   * count at different checkpoints, so the x values are the union of theirs and each curve spans its own.
   */
  function drawTraining(idx) {
    var exp = state.exp, byFlops = state.x === "flops", n = exp.checkpoints.length;
    var pos = function (v) { return state.logy && !(v >= LOG_FLOOR) ? null : v; };
    var sharpAt = [], smoothAt = [];
    for (var c = 0; c < n; c++) {
      sharpAt.push(curve(function (v) { return at(v.sharp, state.knobIndex); }, c));
      smoothAt.push(curve(function (v) { return v.smooth; }, c));
    }
    var perSize = idx.map(function (i) {
      var run = exp.runs.filter(function (r) { return r.size === i; })[0], points = [];
      for (var c = 0; c < n; c++) {
        points.push({ x: byFlops ? run.flops[c] : exp.checkpoints[c].step, sharp: sharpAt[c][i].mean,
          smooth: smoothAt[c][i].mean });
      }
      return points;
    });
    var xs = [];
    perSize.forEach(function (points) { points.forEach(function (p) { if (xs.indexOf(p.x) < 0) xs.push(p.x); }); });
    xs.sort(function (a, b) { return a - b; });
    var column = function (points, field) {
      return xs.map(function (x) {
        var p = points.filter(function (q) { return q.x === x; })[0];
        return p ? (field === "sharp" ? pos(p[field]) : p[field]) : null;
      });
    };
    var xLabel = byFlops ? "training FLOPs" : "optimiser steps";
    var data = [xs], series = [{ label: xLabel }], rings = [], hidden = [0];
    idx.forEach(function (i, k) {
      var shade = 70 - 50 * (idx.length > 1 ? k / (idx.length - 1) : 1);
      rings.push({ series: series.length, x: perSize[k][state.checkpoint].x });
      data.push(column(perSize[k], "sharp"));
      series.push({ label: exp.sizes[i].id, stroke: "hsl(212, 65%, " + shade + "%)", width: 2, spanGaps: true });
      if (state.smooth) {
        hidden.push(series.length);
        data.push(column(perSize[k], "smooth"));
        series.push({ label: exp.sizes[i].id + " " + words(exp.smooth), stroke: "hsl(140, 45%, " + shade + "%)",
          width: 1, dash: [4, 3], spanGaps: true, scale: "smooth" });
      }
    });
    var xAxis = { label: xLabel };
    if (byFlops) {
      xAxis.values = function (u, splits) {
        return splits.map(function (v) { return v == null ? "" : v.toExponential(0); });
      };
    }
    var opts = {
      width: Math.max(600, $("chart").clientWidth || 820), height: 420,
      title: exp.title + ": " + exp.sharp + " over training, one curve per size",
      scales: { x: { time: false, distr: 3 },
        y: state.logy ? { distr: 3, range: function (u, min, max) {
          return uPlot.rangeLog(Math.max(min, LOG_FLOOR), Math.max(max, 10 * LOG_FLOOR), 10, true);
        } } : { range: [0, 1] },
        smooth: { range: function (u, min, max) { return min >= 0 && max <= 1 ? [0, 1] : [min, max]; } } },
      axes: [xAxis,
        { label: "sharp metric, " + exp.knob + " = " + state.knob + (state.logy ? " (log)" : ""), values: tickLabels },
        { scale: "smooth", side: 1, label: words(exp.smooth) + " (dashed)", grid: { show: false } }],
      // The legend names the sizes (blue, darker when larger); the dashed smooth curves share their shade.
      legend: { live: false },
      series: series,
      hooks: { draw: [function (u) { ring(u, rings); }] }
    };
    plot(opts, data, hidden, idx.length);
  }

  /** Rings each size's point at the slider's checkpoint. */
  function ring(u, rings) {
    var ctx = u.ctx;
    rings.forEach(function (r) {
      var i = u.data[0].indexOf(r.x), y = i < 0 ? null : u.data[r.series][i];
      if (y == null) return;
      ctx.beginPath();
      ctx.arc(u.valToPos(r.x, "x", true), u.valToPos(y, "y", true), 5 * devicePixelRatio, 0, 2 * Math.PI);
      ctx.strokeStyle = "#c05621";
      ctx.lineWidth = 2 * devicePixelRatio;
      ctx.stroke();
    });
  }

  var LOG_FLOOR = 1e-6;

  /** Axis labels that stay distinct on a log axis: 3 significant digits, powers of ten below 0.001. */
  function tickLabels(u, splits) {
    return splits.map(function (v) {
      if (v == null) return "";
      return v !== 0 && Math.abs(v) < 0.001 ? v.toExponential(0) : String(+v.toPrecision(3));
    });
  }

  /** A metric's name as a reader says it. */
  function words(metric) {
    return { cross_entropy: "cross-entropy", mse: "mean squared error" }[metric] || metric.replace(/_/g, " ");
  }

  // ---- §2 model ----
  var s2 = { chart: null };
  function section2(preset) {
    if (preset) {
      $("s2-logc").value = Math.log10(preset.c);
      $("s2-alpha").value = preset.alpha;
    }
    var logc = Number($("s2-logc").value), alpha = Number($("s2-alpha").value), L = Number($("s2-L").value);
    var from = Number($("s2-from").value), to = Number($("s2-to").value);
    $("s2-logc-value").textContent = logc.toFixed(2);
    $("s2-alpha-value").textContent = alpha.toFixed(3);
    $("s2-L-value").textContent = L;
    var xs = [], p = [], pl = [], ed = [];
    for (var i = 0; i <= 60; i++) {
      var logN = from + (to - from) * i / 60, ce = Math.pow(Math.pow(10, logc - logN), alpha), q = Math.exp(-ce);
      xs.push(Math.pow(10, logN)); p.push(q); pl.push(Math.pow(q, L)); ed.push(L * (1 - q));
    }
    show("s2-pmin", p[0]);
    show("s2-pmax", p[p.length - 1]);
    var opts = { width: Math.max(600, $("s2-chart").clientWidth || 820), height: 360, title: "§2: per-token p, exact match p^L, edit distance L(1 − p)",
      scales: { x: { time: false, distr: 3 }, y: { range: [0, 1] }, ed: {} },
      axes: [{ label: "parameters N" }, { label: "p, p^L" }, { scale: "ed", side: 1, label: "L(1 − p)", grid: { show: false } }],
      series: [{}, { label: "p", stroke: "#2f855a", width: 2 }, { label: "p^L (sharp)", stroke: "#2b6cb0", width: 2 },
        { label: "L(1 − p) (smooth, right axis)", stroke: "#c05621", width: 2, scale: "ed" }] };
    if (s2.chart) s2.chart.destroy();
    s2.chart = new uPlot(opts, [xs, p, pl, ed], $("s2-chart"));
  }

  // ---- wiring ----
  DATA.walkthrough.forEach(function (step) {
    var li = document.createElement("li");
    li.textContent = step;
    $("walkthrough").appendChild(li);
  });
  DATA.experiments.forEach(function (e) { addOption($("experiment"), e.name, e.title + " (" + e.name + ")"); });
  $("experiment").addEventListener("change", function () { selectExperiment(this.value); });
  $("knob").addEventListener("input", function () { setKnobIndex(Number(this.value)); });
  $("knob-value").addEventListener("change", function () { setKnob(Number(this.value)); });
  $("checkpoint").addEventListener("input", function () { setCheckpoint(Number(this.value)); });
  $("sampling").addEventListener("change", function () {
    state.sampling = this.value;
    if (state.sampling === "pick" && state.picked.length === 0) state.picked = everyKth(state.exp.sizes.length, Math.max(1, Math.floor((state.exp.sizes.length - 1) / 3)));
    render();
  });
  $("seeds").addEventListener("change", function () { state.seed = this.value; render(); });
  $("logy").addEventListener("change", function () { state.logy = this.checked; render(); });
  $("xaxis").addEventListener("change", function () { state.x = this.value; render(); });
  $("show-smooth").addEventListener("change", function () { state.smooth = this.checked; render(); });
  $("show-prediction").addEventListener("change", function () { state.prediction = this.checked; render(); });
  ["s2-logc", "s2-alpha", "s2-L", "s2-from", "s2-to"].forEach(function (id) {
    $(id).addEventListener("input", function () { section2(); });
  });
  $("s2-default").addEventListener("click", function () { section2(DATA.section2); });
  $("s2-kaplan").addEventListener("click", function () { section2(DATA.section2.kaplan); });
  $("s2-L").value = 5;
  $("s2-from").value = Math.log10(DATA.section2.from);
  $("s2-to").value = Math.log10(DATA.section2.to);
  section2(DATA.section2);
  // A setting can be linked: #experiment=lenet-mnist&knob=10&sampling=every3&seeds=0&logy=1&x=loss&step=121
  var link = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var p = kv.split("=");
    if (p.length === 2) link[decodeURIComponent(p[0])] = decodeURIComponent(p[1]);
  });
  var first = DATA.experiments.filter(function (e) { return e.name === link.experiment; })[0] || DATA.experiments[0];
  if (first) {
    $("experiment").value = first.name;
    selectExperiment(first.name);
    if (link.seeds) { $("seeds").value = link.seeds; state.seed = link.seeds; }
    if (link.sampling && link.sampling !== "pick") { $("sampling").value = link.sampling; state.sampling = link.sampling; }
    if (link.logy === "1") { $("logy").checked = true; state.logy = true; }
    var x = $("xaxis").querySelector("option[value='" + link.x + "']");
    if (x && !x.disabled) { $("xaxis").value = link.x; state.x = link.x; }
    var step = first.checkpoints.map(function (c) { return String(c.step); }).indexOf(link.step);
    if (step >= 0) setCheckpoint(step);
    setKnob(link.knob ? Number(link.knob) : first.range.initial);
  }
  document.body.setAttribute("data-ready", "true");
  document.body.setAttribute("data-ready-ms", String(Math.round(performance.now())));
})();
