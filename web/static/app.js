// A little help for the search page; it works the same without it.
// Changing the sort order or the grouping searches again at once.
document.addEventListener('DOMContentLoaded', function () {
  ['sort', 'group'].forEach(function (id) {
    var select = document.getElementById(id);
    if (select && select.form) {
      select.addEventListener('change', function () { select.form.submit(); });
    }
  });
});
