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

  const ns = 'http://www.w3.org/2000/svg';

  function text(content, x, y, size, weight, colour) {
    const element = document.createElementNS(ns, 'text');
    element.setAttribute('x', x);
    element.setAttribute('y', y);
    element.setAttribute('font-family', 'Roboto, Helvetica, Arial, sans-serif');
    element.setAttribute('font-size', size);
    element.setAttribute('font-weight', weight);
    element.setAttribute('fill', colour);
    // textContent, never markup: titles and citations carry names from articles.
    element.textContent = content;
    return element;
  }

  // Lines of at most `max` characters, broken at spaces (a long address may still run on: it has none).
  function wrap(content, max) {
    const lines = [];
    let line = '';
    for (const word of content.split(' ')) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  // The chart framed for a file: its title above and its citation below, so a saved image says what it shows and
  // where it came from. Returns the framed SVG element and its size.
  function framed(svg, title, citation) {
    const copy = svg.cloneNode(true);
    // Page-only state (focus rings, the active segment) stays out of the file.
    copy.querySelectorAll('[tabindex]').forEach(e => e.removeAttribute('tabindex'));
    copy.querySelectorAll('.active').forEach(e => e.classList.remove('active'));
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const top = title ? 30 : 0;
    // 11 px text runs about 6 px a character: the citation wraps to the chart's width.
    const citationLines = citation ? wrap(citation, Math.max(40, Math.floor((width - 16) / 6))) : [];
    const bottom = citationLines.length > 0 ? 10 + 14 * citationLines.length : 0;
    const frame = document.createElementNS(ns, 'svg');
    frame.setAttribute('xmlns', ns);
    frame.setAttribute('width', width);
    frame.setAttribute('height', height + top + bottom);
    frame.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
    const background = document.createElementNS(ns, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    frame.appendChild(background);
    if (title) {
      frame.appendChild(text(title, 8, 20, 15, 'bold', '#1b1b1b'));
    }
    copy.setAttribute('x', 0);
    copy.setAttribute('y', top);
    frame.appendChild(copy);
    citationLines.forEach((line, index) => frame.appendChild(text(line, 8, top + height + 16 + 14 * index, 11, 'normal', '#424242')));
    return { frame, width, height: height + top + bottom };
  }

  function svgText(frame) {
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(frame);
  }

  function exportPng(chart, fileName) {
    const content = svgText(chart.frame);
    const width = chart.width;
    const height = chart.height;
    const scale = 2;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([content], { type: 'image/svg+xml' }));
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
      const chart = framed(svg, exporter.dataset.title, exporter.dataset.citation);
      if (exporter.dataset.chartExport === 'png') {
        exportPng(chart, fileName);
      } else {
        save(new Blob([svgText(chart.frame)], { type: 'image/svg+xml' }), fileName);
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
