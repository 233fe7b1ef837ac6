// The run's diagram: the playbook's own BPMN drawn by bpmn-js's navigated viewer (its watermark kept), with the nodes the
// run passed and the one it stands in marked. Which nodes comes from the server (the run's trail), in data attributes.
(function () {
  'use strict';
  function ids(text) {
    return new Set((text || '').split(' ').filter(function (id) { return id.length > 0; }));
  }
  function show(figure, message) {
    var canvas = figure.querySelector('.diagram-canvas');
    canvas.textContent = '';
    var note = document.createElement('p');
    note.className = 'diagram-error alert error';
    note.textContent = message;
    canvas.appendChild(note);
    figure.setAttribute('data-rendered', 'failed');
  }
  function draw() {
    var figure = document.getElementById('diagram');
    if (!figure) {
      return;
    }
    if (typeof window.BpmnJS !== 'function') {
      show(figure, 'The diagram viewer could not be loaded.');
      return;
    }
    var completed = ids(figure.getAttribute('data-completed'));
    var current = ids(figure.getAttribute('data-current'));
    var stopped = figure.getAttribute('data-stopped') === 'true';
    var viewer = new window.BpmnJS({ container: figure.querySelector('.diagram-canvas') });
    fetch(figure.getAttribute('data-bpmn'), { credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('The diagram could not be fetched (' + answer.status + ').');
        }
        return answer.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        var root = canvas.getRootElement();
        registry.forEach(function (element) {
          if (element === root || element.type === 'label') {
            return;
          }
          var id = element.id;
          if (current.has(id)) {
            canvas.addMarker(id, stopped ? 'cr-stopped' : 'cr-current');
          } else if (completed.has(id)) {
            canvas.addMarker(id, 'cr-done');
          } else if (element.type === 'bpmn:SequenceFlow' && element.businessObject.sourceRef && element.businessObject.targetRef) {
            var from = element.businessObject.sourceRef.id;
            var to = element.businessObject.targetRef.id;
            if (completed.has(from) && (completed.has(to) || current.has(to))) {
              canvas.addMarker(id, 'cr-done');
            }
          }
        });
        canvas.zoom('fit-viewport');
        figure.setAttribute('data-rendered', 'true');
      })
      .catch(function (error) {
        show(figure, (error && error.message) || 'The diagram could not be drawn.');
      });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
