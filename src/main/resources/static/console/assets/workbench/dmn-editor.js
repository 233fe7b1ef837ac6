// The candidate's DMN file in Apache KIE's standalone DMN editor. The editor saves DMN 1.6; the server converts it,
// validates it and answers with the problems it found, shown here by file and line.
(function () {
  'use strict';
  var holder = document.getElementById('dmn-editor');
  var save = document.getElementById('dmn-save');
  var status = document.getElementById('dmn-status');
  var result = document.getElementById('dmn-result');
  if (!holder || typeof DmnEditor === 'undefined') {
    if (status) {
      status.textContent = 'The DMN editor could not be loaded.';
    }
    return;
  }
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  var file = holder.getAttribute('data-file');
  // the candidate's revision this editor was opened at: a save over another analyst's later save is refused (409)
  var revision = holder.getAttribute('data-revision');
  var content = fetch(holder.getAttribute('data-content'), {credentials: 'same-origin'}).then(function (response) {
    if (!response.ok) {
      throw new Error('The file could not be read (' + response.status + ')');
    }
    return response.text();
  });
  var editor = DmnEditor.open({
    container: holder,
    initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: file,
    initialContent: content,
    readOnly: false
  });
  function nameTheFrame() {
    var frame = document.getElementById('dmn-editor-standalone');
    if (frame && !frame.getAttribute('title')) {
      frame.setAttribute('title', 'DMN editor for rules/' + file);
      return true;
    }
    return !!frame;
  }
  if (!nameTheFrame()) {
    new MutationObserver(function (changes, observer) {
      if (nameTheFrame()) {
        observer.disconnect();
      }
    }).observe(holder, {childList: true, subtree: true});
  }
  content.then(function () {
    save.disabled = false;
    status.textContent = 'Ready.';
  }, function (error) {
    status.textContent = error.message;
  });
  editor.subscribeToContentChanges(function (dirty) {
    status.textContent = dirty ? 'Unsaved changes.' : 'No unsaved changes.';
  });
  function show(problems, other, version) {
    result.textContent = '';
    var box = document.createElement('div');
    if (problems.length === 0) {
      box.className = 'alert good';
      box.textContent = 'Saved; the candidate compiles' + (version ? ' as ' + version : '') + '.'
          + (other > 0 ? ' ' + other + ' problem(s) remain in other files.' : '');
    } else {
      box.className = 'alert error problems';
      box.setAttribute('role', 'alert');
      var heading = document.createElement('p');
      heading.textContent = 'Saved, with problems to fix:';
      box.appendChild(heading);
      var list = document.createElement('ul');
      problems.forEach(function (problem) {
        var item = document.createElement('li');
        var where = document.createElement('code');
        where.className = 'where';
        where.textContent = (problem.file || '') + (problem.line > 0 ? ':' + problem.line : '');
        item.appendChild(where);
        item.appendChild(document.createTextNode(' ' + problem.message));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    result.appendChild(box);
  }
  function showStale(message) {
    result.textContent = '';
    var box = document.createElement('div');
    box.className = 'alert error';
    box.id = 'stale';
    box.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent = message + ' ';
    var reload = document.createElement('a');
    reload.href = window.location.pathname;
    reload.textContent = 'Reload the candidate\'s file';
    text.appendChild(reload);
    box.appendChild(text);
    result.appendChild(box);
  }
  save.addEventListener('click', function () {
    save.disabled = true;
    status.textContent = 'Saving and checking…';
    editor.getContent().then(function (xml) {
      var headers = {'Content-Type': 'application/xml', 'Accept': 'application/json'};
      var header = meta('csrf-header');
      if (header) {
        headers[header] = meta('csrf-token');
      }
      var address = holder.getAttribute('data-save') + '?revision=' + encodeURIComponent(revision);
      return fetch(address, {method: 'POST', credentials: 'same-origin', headers: headers, body: xml});
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (saved) {
          editor.markAsSaved();
          revision = String(saved.revision);
          status.textContent = 'Saved.';
          show(saved.problems, saved.otherProblems, saved.version);
        });
      }
      if (response.status === 409) {
        return response.json().then(function (stale) {
          showStale(stale.message);
          status.textContent = 'Not saved.';
        });
      }
      return response.text().then(function (text) {
        var page = new DOMParser().parseFromString(text, 'text/html');
        var alert = page.querySelector('[role="alert"]');
        show([{file: 'rules/' + file, line: 0, message: alert ? alert.textContent.trim() : 'The save failed (' + response.status + ')'}], 0, null);
        status.textContent = 'Not saved.';
      });
    }).catch(function (error) {
      status.textContent = 'Not saved: ' + error.message;
    }).then(function () {
      save.disabled = false;
    });
  });
})();
