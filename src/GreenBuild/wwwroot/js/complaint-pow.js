// GreenBuild complaint form: the CAPTCHA-free flood control. Before the form is sent, find a nonce such that
// SHA-256(token + ":" + nonce) starts with `difficulty` zero bits (the server checks it and signs the token), and
// wait until the form has been open for the minimum time. Without JavaScript the server refuses the form and says why.
(() => {
  const form = document.querySelector('form[data-pow]');
  if (!form) {
    return;
  }

  const opened = Date.now();
  const status = document.getElementById('pow-status');
  const button = form.querySelector('button[type="submit"]');
  const encoder = new TextEncoder();

  const leadingZeroBits = (bytes) => {
    let bits = 0;
    for (const b of bytes) {
      if (b === 0) { bits += 8; continue; }
      return bits + Math.clz32(b) - 24;
    }
    return bits;
  };

  const solve = async (token, difficulty) => {
    for (let nonce = 0; ; nonce++) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${token}:${nonce}`)));
      if (leadingZeroBits(digest) >= difficulty) {
        return String(nonce);
      }
    }
  };

  form.addEventListener('submit', async (event) => {
    const nonceField = form.elements.namedItem('Nonce');
    if (nonceField.value) {
      return;
    }

    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }

    button.disabled = true;
    status.textContent = status.dataset.working;
    nonceField.value = await solve(form.elements.namedItem('Token').value, Number(form.dataset.difficulty));
    const wait = Number(form.dataset.waitMs) - (Date.now() - opened);
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }

    status.textContent = status.dataset.sending;
    form.submit();
  });
})();
