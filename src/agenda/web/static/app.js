// Progressive enhancement only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // filter forms apply as soon as a choice changes
  document.querySelectorAll("form.filters select, form.filters input[type=date]").forEach(function (field) {
    field.addEventListener("change", function () { field.form.requestSubmit(); });
  });
  // a form is sent once, even on a double click
  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (button) { button.disabled = true; });
    });
  });
  // copy the shareable link of a filtered list
  document.querySelectorAll("button[data-copy-link]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      if (navigator.clipboard) {
        navigator.clipboard.writeText(window.location.href).then(function () {
          button.textContent = button.getAttribute("data-copied") || button.textContent;
        });
      }
    });
  });
});
