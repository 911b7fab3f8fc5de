// Fazhi 法治 — charts of the indicator page: each <div data-chart='{"categories":[…],"series":{name:[…]},"unit":"%"}'
// data-chart-type="line|bar"> becomes an ECharts chart, drawn as SVG without animation.
(function () {
  'use strict';

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var type = element.getAttribute('data-chart-type') || 'line';
    var names = Object.keys(data.series);
    if (!data.categories.length || !names.length) {
      element.classList.add('d-none');
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + data.unit; } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: data.categories },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}' + data.unit } },
      series: names.map(function (name) {
        return { name: name, type: type, connectNulls: false, data: data.series[name] };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-chart-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(draw);
  });
})();
