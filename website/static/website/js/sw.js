/* Saved guides for offline reading. Registered only when a visitor presses "Save this guide for offline
   reading"; the page itself puts the guide and its CSS and JavaScript in the "saved-guides" cache.
   This worker fetches nothing on its own: every request goes to the network as usual, and only when the
   network fails does it answer from that cache (a saved guide, or the files it needs). */
"use strict";

var CACHE = "saved-guides-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    fetch(request).catch(function (error) {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(request, { ignoreSearch: request.mode === "navigate", ignoreVary: true });
      }).then(function (saved) {
        if (saved) {
          return saved;
        }
        throw error;
      });
    })
  );
});
