// GreenBuild energy: a building's load curve, daily and monthly energy and sub-item breakdown (ECharts). The page
// passes the data in data-chart (the Content-Security-Policy forbids inline code). Excluded values are marked.
(() => {
  const root = document.getElementById('energy-charts');
  if (!root || !window.echarts) {
    return;
  }

  const data = JSON.parse(root.dataset.chart || '{}');
  const chart = (id) => echarts.init(document.getElementById(id));
  const grid = { left: 56, right: 24, top: 48, bottom: 32 };

  const curve = chart('curve-chart');
  const times = (data.curve[0] || { points: [] }).points.map((p) => p[0]);
  curve.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: times },
    yAxis: { type: 'value' },
    series: data.curve.map((c) => ({
      name: c.name,
      type: 'line',
      data: c.points.map((p) => (p[2] ? { value: p[1], itemStyle: { color: '#d63939' }, symbolSize: 10 } : p[1])),
      markPoint: { data: c.points.filter((p) => p[2]).map((p) => ({ coord: [p[0], p[1]], value: p[2] })) },
    })),
  });

  chart('daily-chart').setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: data.days },
    yAxis: data.daily.map(() => ({ type: 'value' })).slice(0, 2),
    series: data.daily.map((d, i) => ({ name: d.name, type: 'bar', yAxisIndex: Math.min(i, 1), data: d.data })),
  });

  chart('monthly-chart').setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: data.months },
    yAxis: data.monthly.map(() => ({ type: 'value' })).slice(0, 2),
    series: data.monthly.map((m, i) => ({ name: m.name, type: 'bar', yAxisIndex: Math.min(i, 1), data: m.data })),
  });

  chart('subitem-chart').setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} kWh ({d}%)' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: data.subItems, label: { formatter: '{b}\n{d}%' } }],
  });
  root.dataset.drawn = String(data.curve.length + data.daily.length + data.monthly.length);
})();
