/* The hand-off page to a payment gateway: sends its signed form at once (its button does the same by hand). */
(function () {
  'use strict';
  const form = document.getElementById('hand-off');
  if (form) form.submit();
})();
