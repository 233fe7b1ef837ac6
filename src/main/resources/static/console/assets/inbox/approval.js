// The decision form of an approval: when the inbox refuses a decision (400, 403, 409), its answer is the decision
// area with the refusal in it, so htmx puts it in place instead of treating it as a failed request.
(function () {
  'use strict';
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var target = event.detail.target;
    if (xhr.status >= 400 && xhr.status < 500 && target && target.id === 'decision'
        && (xhr.responseText || '').indexOf('data-inbox-decision') >= 0) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var shown = document.getElementById('refusal') || document.getElementById('decided');
    if (shown && event.detail.target && (event.detail.target.id === 'decision' || event.detail.target.id === 'decided')) {
      shown.setAttribute('tabindex', '-1');
      shown.focus();
    }
  });
})();
