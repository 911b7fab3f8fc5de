// Fazhi 法治 — the only script of the pages (the CSP allows no inline script).
(function () {
  'use strict';

  // htmx and fetch requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Destructive actions ask first: <form data-confirm="…">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // <select data-navigate> goes to the chosen URL (month pickers and the like).
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.hasAttribute && select.hasAttribute('data-navigate') && select.value) {
      window.location.href = select.value;
    }
  });
})();
