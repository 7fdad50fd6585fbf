// GreenBuild indicators: the trend chart and the map of Shanxi's cities (ECharts). No inline script: the
// page passes its data URLs and texts in data-* attributes (the Content-Security-Policy forbids inline code).
(() => {
  const root = document.getElementById('indicator-charts');
  const choice = document.getElementById('indicator-choice');
  if (!root || !choice || !window.echarts) {
    return;
  }

  const text = (name) => root.dataset['text' + name] || name;
  const trend = echarts.init(document.getElementById('trend-chart'));
  const map = echarts.init(document.getElementById('city-map'));
  let publicData = null;

  const load = async (code) => {
    if (root.dataset.url.includes('{code}')) {
      const response = await fetch(root.dataset.url.replace('{code}', encodeURIComponent(code)), { credentials: 'same-origin' });
      return response.ok ? response.json() : null;
    }
    publicData = publicData || await (await fetch(root.dataset.url)).json();
    return publicData.find((d) => d.province.code === code) || null;
  };

  const expectedLine = (option, years, targetYear) => {
    const start = Number(option.dataset.baseline);
    const startYear = Number(option.dataset.baselineYear);
    const target = Number(option.dataset.target);
    if (option.dataset.baseline === '' || option.dataset.target === '') {
      return years.map(() => null);
    }
    return years.map((y) => (y < startYear ? null : +(start + (target - start) * Math.min(1, (y - startYear) / (targetYear - startYear))).toFixed(2)));
  };

  const draw = async () => {
    const option = choice.selectedOptions[0];
    if (!option) {
      return;
    }
    const data = await load(option.value);
    if (!data) {
      return;
    }
    const unit = option.dataset.unit;
    const series = data.province.series;
    const targetYear = Number(root.dataset.targetYear || 2025);
    const years = Array.from({ length: 6 }, (_, i) => targetYear - 5 + i);
    const values = years.map((y) => (series.find((v) => v.year === y) || {}).value ?? null);
    trend.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [text('Value'), text('Expected')] },
      grid: { left: 48, right: 24, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: unit },
      series: [
        { name: text('Value'), type: 'line', data: values, connectNulls: true, label: { show: true } },
        { name: text('Expected'), type: 'line', data: expectedLine(option, years, targetYear), lineStyle: { type: 'dashed' } },
      ],
    }, true);

    const cities = data.cities.map((c) => ({ name: c.cityName, value: c.value, code: c.cityCode, status: c.status }));
    const known = cities.filter((c) => c.value !== null).map((c) => c.value);
    map.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: (p) => `${p.name}<br/>${p.value === undefined || isNaN(p.value) ? text('Nodata') : p.value + ' ' + unit}` },
      visualMap: { min: known.length ? Math.min(...known) : 0, max: known.length ? Math.max(...known) : 1, calculable: true, left: 8, bottom: 8, text: [unit, ''] },
      series: [{ type: 'map', map: 'shanxi', roam: false, label: { show: true, fontSize: 10 }, data: cities }],
    }, true);
    root.dataset.cities = String(cities.length);
    root.dataset.drawn = option.value;
  };

  fetch(root.dataset.mapUrl).then((r) => r.json()).then((geo) => {
    echarts.registerMap('shanxi', geo);
    root.dataset.mapFeatures = String(geo.features.length);
    choice.addEventListener('change', draw);
    draw();
  });
  window.addEventListener('resize', () => { trend.resize(); map.resize(); });
})();
