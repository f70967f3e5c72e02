// oncoguide tracker: choose the browser's own time zone in the plan form, unless the person already chose one.
(function () {
  "use strict";
  var select = document.querySelector("select[data-browser-zone]");
  if (!select || select.hasAttribute("data-chosen")) return;
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { select.selectedIndex = i; return; }
  }
})();
