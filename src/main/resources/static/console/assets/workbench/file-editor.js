// The candidate's DRL and feature files in CodeMirror 5. The textarea stays the form's field: CodeMirror writes its
// text back into it on submit, so the page works as a plain form without this script too.
(function () {
  'use strict';
  var textarea = document.getElementById('rule-text');
  if (!textarea || typeof CodeMirror === 'undefined') {
    return;
  }
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: textarea.getAttribute('data-mode') || 'text/x-java',
    lineNumbers: true,
    screenReaderLabel: 'Rule text',
    viewportMargin: 50
  });
  // the scrolling area must be reachable by keyboard (axe: scrollable-region-focusable)
  editor.getScrollerElement().setAttribute('tabindex', '0');
  // a problem's line (#line-12 in the address) is where the cursor starts
  var match = /^#line-(\d+)$/.exec(window.location.hash);
  if (match) {
    var line = parseInt(match[1], 10) - 1;
    editor.setCursor({line: line, ch: 0});
    editor.scrollIntoView({line: line, ch: 0}, 100);
  }
  window.ruleEditor = editor;
})();
