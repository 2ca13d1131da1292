// Chart export and copy buttons, by delegation so that they work on pages Blazor renders and re-renders, and on the
// static embeddable views. Everything happens in the browser from the page's own SVG: nothing is fetched.
(() => {
  'use strict';

  function save(blob, fileName) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function svgText(svg) {
    const copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // Page-only state (focus rings, the active segment) stays out of the file.
    copy.querySelectorAll('[tabindex]').forEach(e => e.removeAttribute('tabindex'));
    copy.querySelectorAll('.active').forEach(e => e.classList.remove('active'));
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }

  function exportPng(svg, fileName) {
    const text = svgText(svg);
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const scale = 2;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(blob => save(blob, fileName), 'image/png');
    };
    image.src = url;
  }

  document.addEventListener('click', event => {
    const exporter = event.target.closest('[data-chart-export]');
    if (exporter) {
      const svg = document.getElementById(exporter.dataset.chart);
      if (!svg) {
        return;
      }
      const fileName = exporter.dataset.file;
      if (exporter.dataset.chartExport === 'png') {
        exportPng(svg, fileName);
      } else {
        save(new Blob([svgText(svg)], { type: 'image/svg+xml' }), fileName);
      }
      return;
    }
    const copier = event.target.closest('[data-copy]');
    if (copier) {
      const source = document.getElementById(copier.dataset.copy);
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent.trim()).then(() => {
          const label = copier.textContent;
          copier.textContent = 'Copied';
          setTimeout(() => { copier.textContent = label; }, 1500);
        }, () => {});
      }
    }
  });
})();
