// The import page: while an import runs, poll its progress and move the bar; reload when it has finished.
(() => {
  const status = document.getElementById('import-status');
  const bar = document.getElementById('import-progress');
  if (bar) {
    bar.style.width = `${bar.dataset.width}%`;
  }
  if (!status || status.dataset.running !== 'true') {
    return;
  }
  const url = `/api/v1/projects/imports/${status.dataset.importId}`;
  const tick = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const body = await response.json();
        if (bar) {
          bar.style.width = `${body.percent}%`;
          bar.setAttribute('aria-valuenow', body.percent);
          bar.textContent = `${body.percent}%`;
        }
        if (!['Queued', 'Checking', 'Committing'].includes(body.status)) {
          window.location.reload();
          return;
        }
      }
    } catch {
      // The next tick tries again.
    }
    window.setTimeout(tick, 400);
  };
  window.setTimeout(tick, 400);
})();
