/*
 * The sign-in page: a phone number, then the code sent to it on WhatsApp. After signing in, the person
 * goes where ?next= says when that is a page of this site, else to their role's page.
 */
(function () {
  'use strict';
  const K = window.Khaacho;

  /**
   * The path of next when it is a place on this origin, else null: an absolute URL elsewhere,
   * //host, /\host, javascript: and the like resolve to another origin (or to none) and are refused.
   */
  function sameOriginPath(next) {
    if (!next) return null;
    let url;
    try { url = new URL(next, location.origin); } catch (e) { return null; }
    if (url.origin !== location.origin) return null;
    return url.pathname + url.search + url.hash;
  }

  const next = sameOriginPath(new URLSearchParams(location.search).get('next'));
  const s = K.session();
  if (s && !next) { location.href = K.home[s.role] || '/'; return; }
  const phoneForm = document.getElementById('phone-form');
  const codeForm = document.getElementById('code-form');
  let phone = null;
  phoneForm.addEventListener('submit', async function (e) {
    e.preventDefault();
    phone = document.getElementById('phone').value.trim();
    try {
      await K.api('POST', '/v1/auth/login', { phone: phone });
      phoneForm.classList.add('hidden');
      codeForm.classList.remove('hidden');
      document.getElementById('otp').focus();
    } catch (err) { K.notice(K.errorText(err), 'error'); }
  });
  codeForm.addEventListener('submit', async function (e) {
    e.preventDefault();
    try {
      const session = await K.api('POST', '/v1/auth/verify-otp', { phone: phone, otp: document.getElementById('otp').value.trim() });
      K.saveSession(session);
      await K.storedLanguage();
      location.href = next || K.home[session.user.role] || '/';
    } catch (err) { K.notice(K.errorText(err), 'error'); }
  });
  document.getElementById('other-phone').addEventListener('click', function () {
    codeForm.classList.add('hidden'); phoneForm.classList.remove('hidden');
  });
  // The simulator exists only in the demo mode; elsewhere its page answers 404 and stays unmentioned.
  fetch('/simulator.html', { method: 'HEAD' }).then(function (r) {
    if (r.ok) document.querySelectorAll('.demo-only').forEach(function (el) { el.classList.remove('hidden'); });
  }).catch(function () { /* no hint, no harm */ });
})();
