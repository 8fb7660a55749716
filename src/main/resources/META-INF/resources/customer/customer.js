// Progressive enhancement of the customer pages; every page works without this script.
(function () {
  'use strict';
  // A character count under each limited text area, as the customer types.
  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var max = Number(area.getAttribute('data-counter'));
    var count = document.createElement('p');
    count.className = 'hint counter';
    count.id = area.id + '-count';
    count.setAttribute('aria-live', 'polite');
    var show = function () {
      count.textContent = area.value.length + ' / ' + max.toLocaleString('en') + ' characters';
    };
    area.insertAdjacentElement('afterend', count);
    area.addEventListener('input', show);
    show();
  });
  // The draft's length as questions are ticked: the texts come from the server (one definition).
  var length = document.getElementById('draft-length');
  if (length) {
    var texts = length.getAttribute('data-lengths').split('|');
    var boxes = document.querySelectorAll('input[type=checkbox][name=keep]');
    var update = function () {
      var kept = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      length.textContent = 'Now: ' + texts[kept] + '.';
    };
    boxes.forEach(function (b) { b.addEventListener('change', update); });
  }
  // One click sends once: the button waits while the form is on its way (the server refuses a second anyway).
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sending')) {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sending', 'true');
      var clicked = event.submitter;
      if (clicked) {
        clicked.setAttribute('aria-disabled', 'true');
      }
    });
  });
})();
