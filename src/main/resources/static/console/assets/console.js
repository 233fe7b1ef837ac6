// The console's only script of its own: htmx requests carry the CSRF token of the page, and an htmx request the
// server refuses shows the server's message instead of failing silently.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  document.addEventListener('htmx:responseError', function (event) {
    var box = document.getElementById('messages');
    if (!box) {
      return;
    }
    var page = new DOMParser().parseFromString(event.detail.xhr.responseText || '', 'text/html');
    var alert = page.querySelector('[role="alert"]');
    box.textContent = alert ? alert.textContent.trim() : 'The request failed (' + event.detail.xhr.status + ').';
    box.className = 'messages alert error';
  });
  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('messages');
    if (box) {
      box.textContent = 'The service could not be reached. Check the connection and try again.';
      box.className = 'messages alert error';
    }
  });
})();
