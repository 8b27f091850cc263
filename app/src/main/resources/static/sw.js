/*
 * The service worker of the vendor and buyer pages: keeps the pages and their assets so they open on a
 * phone without a connection, and shows the new-order notifications the server pushes.
 *
 * Pages and assets come from the network while it answers (a deploy shows at once) and from the cache
 * when it does not, or not within a few seconds (a weak connection). The API is never cached here: what
 * a page shows offline it kept itself, with its age.
 */
'use strict';

const SHELL_CACHE = 'khaacho-shell-v1';
// the page's language, which the pages keep here for the notifications (offline.js)
const SETTINGS_CACHE = 'khaacho-settings';
const NEW_ORDER = {
  en: 'A new order is waiting for your answer.',
  ne: 'नयाँ अर्डरले तपाईंको जवाफ पर्खिरहेको छ।'
};
const NETWORK_WAIT_MS = 4000;
const SHELL = [
  '/vendor.html', '/buyer.html', '/index.html',
  '/vendor.webmanifest', '/buyer.webmanifest',
  '/icons/khaacho-192.png', '/icons/khaacho-512.png', '/icons/khaacho.svg',
  '/assets/app.css', '/assets/vendor.css', '/assets/buyer.css',
  '/assets/i18n.js', '/assets/bs-calendar.js', '/assets/khaacho.js', '/assets/offline.js',
  '/assets/vendor.js', '/assets/vendor-prices.js', '/assets/vendor-demand.js',
  '/assets/buyer.js', '/assets/sign-in.js'
];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL_CACHE)
    .then(function (cache) { return cache.addAll(SHELL.map(function (path) { return new Request(path, { cache: 'reload' }); })); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys()
    .then(function (names) {
      return Promise.all(names.filter(function (n) { return n.startsWith('khaacho-') && n !== SHELL_CACHE; })
        .map(function (n) { return caches.delete(n); }));
    })
    .then(function () { return self.clients.claim(); }));
});

function isShell(url, request) {
  if (url.origin !== self.location.origin || request.method !== 'GET') return false;
  if (request.mode === 'navigate') return !url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/actuator');
  return url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/') || url.pathname.endsWith('.webmanifest');
}

/** The network's answer kept for later; the cached one when the network fails or keeps the page waiting. */
function networkThenCache(request) {
  const url = new URL(request.url);
  // "/" and "/vendor.html?x" are the pages kept under their own path
  const key = url.pathname === '/' ? '/index.html' : url.pathname;
  const cached = function () {
    return caches.open(SHELL_CACHE).then(function (cache) { return cache.match(key); });
  };
  const network = fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(SHELL_CACHE).then(function (cache) { return cache.put(key, copy); });
    }
    return response;
  });
  const slow = new Promise(function (resolve) {
    setTimeout(function () { cached().then(function (hit) { if (hit) resolve(hit); }); }, NETWORK_WAIT_MS);
  });
  const failed = network.catch(function (e) {
    return cached().then(function (hit) { if (hit) return hit; throw e; });
  });
  return Promise.race([failed, slow]);
}

self.addEventListener('fetch', function (event) {
  const url = new URL(event.request.url);
  if (isShell(url, event.request)) event.respondWith(networkThenCache(event.request));
});

function language() {
  return caches.open(SETTINGS_CACHE)
    .then(function (cache) { return cache.match('/settings/language'); })
    .then(function (hit) { return hit ? hit.text() : 'en'; })
    .catch(function () { return 'en'; });
}

// a push carries no data: whoever reads the phone's lock screen learns only that an order waits
self.addEventListener('push', function (event) {
  event.waitUntil(language().then(function (lang) {
    return self.registration.showNotification('Khaacho', {
      body: NEW_ORDER[lang] || NEW_ORDER.en,
      icon: '/icons/khaacho-192.png',
      tag: 'khaacho-new-order',
      renotify: true,
      data: { url: '/vendor.html#inbox-section' }
    });
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  const target = (event.notification.data && event.notification.data.url) || '/vendor.html';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    const open = windows.find(function (w) { return new URL(w.url).pathname === new URL(target, self.location.origin).pathname; });
    return open ? open.focus() : self.clients.openWindow(target);
  }));
});
